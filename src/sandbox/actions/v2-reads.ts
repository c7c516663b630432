import { createHash } from 'node:crypto';
import { templateVariables } from '../../core/index.ts';
import { businessErrors } from '../business-error.ts';
import { CHANNEL_NAMES } from '../channel-names.ts';
import type { TemplateRow } from '../store-tables.ts';
import { pageOf, requireActivated, validateV2, type ActionContext } from './action-context.ts';
import { groupItem } from './classic-lists.ts';
import {
  GetSignatureIdentificationListSchema,
  GetSubAccountDetailV2Schema,
  ListSecondTemplateSchema,
} from './v2-schemas.ts';

/**
 * The V2 reads of the configuration (reference-v2 §2.1–2.3), lowerCamel with `total`/`list`: the
 * message-group detail with its billing industries, the qualifications, and the second templates (one
 * per template and signature, content prefixed with 【signature】).
 */

/** Group status as the V2 detail reports it: 1 usable; 0 under review, 2 rejected (sandbox choice). */
const GROUP_STATUS = { approved: 1, reviewing: 0, rejected: 2 } as const;

export function getSubAccountDetailV2(params: Record<string, unknown>, context: ActionContext) {
  requireActivated(context);
  const query = validateV2(GetSubAccountDetailV2Schema, params);
  const group = context.store.findSubAccount(query.subAccount);
  if (!group) throw businessErrors.notFound(`message group ${query.subAccount} does not exist.`);
  return {
    // The classic detail's fields come along (the V2 handler reuses it); clients keep only the four below.
    ...groupItem(group),
    subAccountId: group.id,
    subAccountName: group.name,
    status: GROUP_STATUS[group.status],
    channelTypeToIndustryConfig: group.industries.map((i) => ({
      channelType: i.channelType,
      channelTypeCn: CHANNEL_NAMES[i.channelType] ?? i.channelType,
      industry: i.industry,
      industryCn: i.industryCn,
    })),
  };
}

export function getSignatureIdentificationList(params: Record<string, unknown>, context: ActionContext) {
  requireActivated(context);
  const body = validateV2(GetSignatureIdentificationListSchema, params);
  const needle = body.materialName?.trim();
  const statuses = body.status?.length ? new Set(body.status) : undefined;
  const matches = context.store
    .listQualifications()
    .filter((q) => body.id === undefined || q.id === body.id)
    .filter((q) => !needle || q.materialName.includes(needle))
    .filter((q) => !statuses || statuses.has(q.auditStatus));
  return { total: matches.length, list: pageOf(matches, body.pageIndex, body.pageSize) };
}

/** Stable per (template, signature): the template's prefix plus a short hash of the signature. */
export function secondTemplateId(template: TemplateRow, signature: string): string {
  const prefix = template.extra.secondTemplateId ?? `S${template.id}`;
  return `${prefix}_${createHash('sha256').update(signature).digest('hex').slice(0, 6)}`;
}

export function listSecondTemplate(params: Record<string, unknown>, context: ActionContext) {
  requireActivated(context);
  const query = validateV2(ListSecondTemplateSchema, params);
  const wanted = query.signatures === undefined ? [] : [query.signatures].flat().filter(Boolean);
  const signatures = wanted.length ? new Set(wanted) : undefined;
  const items = context.store
    .listTemplates()
    .filter((t) => !query.templateId || t.id === query.templateId)
    .filter((t) => !query.project || t.extra.project === query.project)
    .flatMap((t) => t.signatures.map((signature) => ({ template: t, signature })))
    .filter((pair) => !signatures || signatures.has(pair.signature))
    .map(({ template: t, signature }) => ({
      templateId: t.id,
      secondTemplateId: secondTemplateId(t, signature),
      name: t.name,
      templateName: t.name,
      content: `【${signature}】${t.content}`,
      templateParams: templateVariables(t.content).map((name) => ({ name })),
      channelType: t.channelType,
      subAccounts: t.subAccounts,
      signature,
      signatures: [signature],
      status: t.status,
      area: t.extra.area ?? 'cn',
      ...(t.extra.project === undefined ? {} : { project: t.extra.project }),
      createdAt: t.createdAt,
      updatedAt: t.extra.updatedAt ?? t.createdAt,
    }))
    .filter((item) => !query.secondTemplateId || item.secondTemplateId === query.secondTemplateId);
  // No paging keys are sent by the skill: everything matching comes back unless a page is asked for.
  const page = query.pageIndex ?? 1;
  const size = query.pageSize ?? Math.max(items.length, 1);
  return { total: items.length, list: pageOf(items, page, size) };
}
