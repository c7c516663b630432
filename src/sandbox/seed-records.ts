import type { QualificationSeed, SignatureSeed, SubAccountSeed, TemplateSeed } from './seed-schema.ts';
import type { QualificationRow, SignatureRow, SubAccountRow, TemplateRow } from './store-tables.ts';

/**
 * Seed items (the seed file, or the admin API at run time) as the store's records: defaults filled in,
 * V2 details kept in `extra`. One conversion for both ways in, so an item added at run time is exactly
 * what the same item in a seed file would have been.
 */

/** The keys that are set: a row's `extra` is stored as JSON and holds no undefined. */
function definedOnly<T extends Record<string, unknown>>(
  value: T,
): { [K in keyof T]?: Exclude<T[K], undefined> } {
  return Object.fromEntries(Object.entries(value).filter((entry) => entry[1] !== undefined)) as {
    [K in keyof T]?: Exclude<T[K], undefined>;
  };
}

export function seededGroup({ industries, ...g }: SubAccountSeed, createdAt: number): SubAccountRow {
  return {
    ...g,
    createdAt: g.createdAt ?? createdAt,
    industries: g.channelTypes.map(
      (channelType) =>
        industries?.find((i) => i.channelType === channelType) ?? {
          channelType,
          industry: 'general',
          industryCn: '通用',
        },
    ),
  };
}

export function seededSignature(seed: SignatureSeed, createdAt: number): SignatureRow {
  const { channelTypes, identificationId, purpose, auditOpinion, ...s } = seed;
  const extra = definedOnly({ channelTypes, identificationId, purpose, auditOpinion });
  return { ...s, createdAt: s.createdAt ?? createdAt, extra, reviewDueMs: null };
}

export function seededTemplate(seed: TemplateSeed, createdAt: number): TemplateRow {
  const { secondTemplateId, project, auditOpinion, ...t } = seed;
  const extra = definedOnly({ secondTemplateId, project, auditOpinion });
  return { ...t, name: t.name ?? t.id, createdAt: t.createdAt ?? createdAt, extra, reviewDueMs: null };
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
