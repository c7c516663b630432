import { randomBytes } from 'node:crypto';
import { templateVariables } from '../../core/index.ts';
import { businessErrors } from '../business-error.ts';
import type { SignatureRow, TemplateRow } from '../store-tables.ts';
import { requireActivated, validateV2, type ActionContext } from './action-context.ts';
import { ApplySmsSignatureV2Schema, ApplySmsTemplateV2Schema } from './v2-schemas.ts';

/**
 * ApplySmsSignatureV2 and ApplySmsTemplateV2 (reference-v2 §2.4–2.5): each creates a record under review
 * (status 1), listed at once by the list actions; the admin API (or --auto-review) approves or rejects
 * it, and an approved one sends like a seeded one. Checked in this order: fields (1001), groups (1009),
 * then the action's own codes.
 */

const REVIEWING = 1;
const APPROVED = new Set([3, 5]);
const PLACEHOLDER_NAME = /^[A-Za-z_][A-Za-z0-9_]*$/;
const LINK_NAMES = new Set(['url', 'link', 'short_url', 'shortUrl']);

/** One outer 【】, [] or ［］ is not part of the signature. */
function bareSignature(text: string): string {
  const trimmed = text.trim();
  const match = /^(?:【(.*)】|\[(.*)\]|［(.*)］)$/u.exec(trimmed);
  return (match ? (match[1] ?? match[2] ?? match[3] ?? '') : trimmed).trim();
}

const newId = (prefix: string) => `${prefix}${randomBytes(4).toString('hex')}`;

function requireGroups(ids: readonly string[], context: ActionContext): void {
  for (const id of ids) {
    const group = context.store.findSubAccount(id);
    if (!group || group.status !== 'approved')
      throw businessErrors.notFound(`message group ${id} does not exist or is not approved.`);
  }
}

function reviewDueMs(context: ActionContext): number | null {
  const delay = context.services.autoReviewMs;
  return delay === undefined ? null : context.nowMs + delay;
}

export function applySmsSignatureV2(params: Record<string, unknown>, context: ActionContext) {
  requireActivated(context);
  const body = validateV2(ApplySmsSignatureV2Schema, params);
  const content = bareSignature(body.content);
  const length = [...content].length;
  if (length < 2 || length > 25)
    throw businessErrors.managementParameter(`content must have 2 to 25 characters (has ${length}).`);
  const subAccounts = [...new Set(body.subAccounts)];
  requireGroups(subAccounts, context);
  const qualification = context.store
    .listQualifications()
    .find((q) => q.id === body.signatureIdentificationID);
  if (!qualification || !APPROVED.has(qualification.auditStatus) || !qualification.usable) {
    throw businessErrors.qualification(
      `qualification ${body.signatureIdentificationID} is ${qualification ? 'not approved or not usable' : 'unknown'}.`,
    );
  }
  if (qualification.purpose !== body.purpose) {
    throw businessErrors.purposeMismatch(
      `purpose ${body.purpose} differs from qualification ${qualification.id}'s purpose ${qualification.purpose}.`,
    );
  }
  if (body.appIcp && body.source !== 2)
    throw businessErrors.appIcpMaterial('appIcp is only for source 2 (App).');
  if (body.trademark && body.source !== 3)
    throw businessErrors.trademarkMaterial('trademark is only for source 3 (trademark).');
  const existing = context.store.findSignature(content);
  if (existing && existing.status !== 2) {
    throw businessErrors.signatureExists(
      `"${content}" exists already (status ${existing.status}); a rejected one may be applied for again.`,
    );
  }
  const applyId = newId('A-');
  const extra: SignatureRow['extra'] = {
    applyId,
    channelTypes: [...new Set(body.channelTypes)],
    identificationId: qualification.id,
    purpose: body.purpose,
  };
  for (const key of ['desc', 'domain', 'scene', 'projectName', 'appIcp', 'trademark'] as const) {
    if (body[key] !== undefined) Object.assign(extra, { [key]: body[key] });
  }
  context.store.putSignature({
    text: content,
    status: REVIEWING,
    source: String(body.source),
    subAccounts,
    createdAt: Math.floor(context.nowMs / 1000),
    extra,
    reviewDueMs: reviewDueMs(context),
  });
  return { applyId, status: REVIEWING, reason: '' };
}

export function applySmsTemplateV2(params: Record<string, unknown>, context: ActionContext) {
  requireActivated(context);
  const body = validateV2(ApplySmsTemplateV2Schema, params);
  const placeholders = [...body.content.matchAll(/\$\{([^}]*)\}/g)].map((m) => m[1] as string);
  const badName = placeholders.find((name) => !PLACEHOLDER_NAME.test(name));
  if (badName !== undefined)
    throw businessErrors.managementParameter(`content placeholder \${${badName}} is not a valid name.`);
  if (new Set(placeholders).size !== placeholders.length)
    throw businessErrors.managementParameter('content repeats a placeholder; each ${name} appears once.');
  const declared = body.templateParams.map((p) => p.name);
  if (declared.join('\n') !== templateVariables(body.content).join('\n')) {
    throw businessErrors.managementParameter(
      `templateParams must list the placeholders in order: [${placeholders.join(', ')}], not [${declared.join(', ')}].`,
    );
  }
  if (body.channelType === 'CN_OTP' && !placeholders.some((name) => !LINK_NAMES.has(name)))
    throw businessErrors.managementParameter('a CN_OTP template needs a variable for the code.');
  if (body.shortUrlConfig && body.channelType !== 'CN_MKT')
    throw businessErrors.managementParameter('shortUrlConfig is only for CN_MKT templates.');
  const subAccounts = [...new Set(body.subAccounts)];
  requireGroups(subAccounts, context);
  const signatures = [...new Set(body.signatures.map(bareSignature))];
  for (const text of signatures) {
    const signature = context.store.findSignature(text);
    const problem = !signature
      ? 'does not exist'
      : !APPROVED.has(signature.status)
        ? `is not approved (status ${signature.status})`
        : subAccounts.find((g) => !signature.subAccounts.includes(g))
          ? 'is not bound to every message group'
          : signature.extra.channelTypes && !signature.extra.channelTypes.includes(body.channelType)
            ? `is not approved for ${body.channelType}`
            : undefined;
    if (problem) throw businessErrors.templateSignature(`signature "${text}" ${problem}.`);
  }
  const templateId = newId('ST_');
  const extra: TemplateRow['extra'] = { applied: true, area: body.area };
  for (const key of ['project', 'desc', 'shortUrlConfig'] as const) {
    if (body[key] !== undefined) Object.assign(extra, { [key]: body[key] });
  }
  context.store.putTemplate({
    id: templateId,
    name: body.name,
    channelType: body.channelType,
    content: body.content,
    status: REVIEWING,
    signatures,
    subAccounts,
    createdAt: Math.floor(context.nowMs / 1000),
    extra,
    reviewDueMs: reviewDueMs(context),
  });
  return { templateId, status: REVIEWING, statusDescription: 'Reviewing', auditOpinion: '' };
}
