import type { QualificationSeed, SignatureSeed, SubAccountSeed, TemplateSeed } from './seed-schema.ts';
import type { QualificationRow, SignatureRow, SubAccountRow, TemplateRow } from './store-tables.ts';

/**
 * Seed items (the seed file, or the admin API at run time) as the store's records: defaults filled in,
 * V2 details kept in `extra`. One conversion for both ways in, so an item added at run time is exactly
 * what the same item in a seed file would have been.
 */

export function seededGroup(g: SubAccountSeed, createdAt: number): SubAccountRow {
  return {
    id: g.id,
    name: g.name,
    status: g.status,
    channelTypes: g.channelTypes,
    createdAt: g.createdAt ?? createdAt,
    industries: g.channelTypes.map(
      (channelType) =>
        g.industries?.find((i) => i.channelType === channelType) ?? {
          channelType,
          industry: 'general',
          industryCn: '通用',
        },
    ),
  };
}

export function seededSignature(s: SignatureSeed, createdAt: number): SignatureRow {
  const extra: SignatureRow['extra'] = {};
  if (s.channelTypes) extra.channelTypes = s.channelTypes;
  if (s.identificationId !== undefined) extra.identificationId = s.identificationId;
  if (s.purpose !== undefined) extra.purpose = s.purpose;
  if (s.auditOpinion !== undefined) extra.auditOpinion = s.auditOpinion;
  return {
    text: s.text,
    status: s.status,
    source: s.source,
    subAccounts: s.subAccounts,
    createdAt: s.createdAt ?? createdAt,
    extra,
    reviewDueMs: null,
  };
}

export function seededTemplate(t: TemplateSeed, createdAt: number): TemplateRow {
  const extra: TemplateRow['extra'] = {};
  if (t.secondTemplateId !== undefined) extra.secondTemplateId = t.secondTemplateId;
  if (t.project !== undefined) extra.project = t.project;
  if (t.auditOpinion !== undefined) extra.auditOpinion = t.auditOpinion;
  return {
    id: t.id,
    name: t.name ?? t.id,
    channelType: t.channelType,
    content: t.content,
    status: t.status,
    signatures: t.signatures,
    subAccounts: t.subAccounts,
    createdAt: t.createdAt ?? createdAt,
    extra,
    reviewDueMs: null,
  };
}

export function seededQualification(q: QualificationSeed): QualificationRow {
  return {
    id: q.id,
    purpose: q.purpose,
    materialName: q.materialName,
    businessCertificateName: q.businessCertificateName ?? q.materialName,
    effectSignatures: q.effectSignatures,
    auditStatus: q.auditStatus,
    auditOpinion: q.auditOpinion,
    auditedAt: q.auditedAt,
    usable: q.usable ?? (q.auditStatus === 3 || q.auditStatus === 5),
    isOrder: q.isOrder,
  };
}
