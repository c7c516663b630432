import { templateVariables } from '../../core/index.ts';
import {
  pageOf,
  requireActivated,
  validateParams,
  withPagingDefaults,
  type ActionContext,
} from './action-context.ts';

/**
 * The agent list actions (reference §3.3–3.5): approved items only (groups approved, signatures status 3
 * or 5, templates status 3), with the skill's filters and Page/PageSize paging.
 */

export function listSubAccounts(params: Record<string, unknown>, context: ActionContext) {
  requireActivated(context);
  const body = validateParams(context.schemas.ListSubAccountForAgentBodySchema, params);
  const needle = body.SubAccountName?.trim().toLowerCase();
  const list = context.store
    .listSubAccounts()
    .filter((g) => g.status === 'approved' && (!needle || g.name.toLowerCase().includes(needle)))
    .map((g) => ({
      SubAccount: g.id,
      SubAccountName: g.name,
      ChannelTypes: g.channelTypes,
      Status: 1,
      CreatedAt: g.createdAt,
    }));
  return { Total: list.length, List: list };
}

const SIGNATURE_STATUS_TEXT: Record<number, string> = { 3: 'Approved', 5: 'Exempted' };

export function listSignatures(params: Record<string, unknown>, context: ActionContext) {
  requireActivated(context);
  const body = validateParams(context.schemas.ListSignatureForAgentBodySchema, withPagingDefaults(params));
  const needle = body.Signature?.trim().toLowerCase();
  const groups = body.SubAccounts?.length ? new Set(body.SubAccounts) : undefined;
  const channelsOf = channelTypesByGroup(context);
  const matches = context.store
    .listSignatures()
    .filter((s) => (s.status === 3 || s.status === 5) && (!needle || s.text.toLowerCase().includes(needle)))
    .filter((s) => !groups || s.subAccounts.some((g) => groups.has(g)))
    .map((s) => ({
      Signature: s.text,
      Status: s.status,
      StatusDescription: SIGNATURE_STATUS_TEXT[s.status] ?? '',
      Source: s.source,
      SubAccounts: s.subAccounts,
      ChannelTypes: [...new Set(s.subAccounts.flatMap((g) => channelsOf.get(g) ?? []))],
      Usable: true,
      CreatedAt: s.createdAt,
      UpdatedAt: s.createdAt,
    }));
  return { Total: matches.length, List: pageOf(matches, body.Page, body.PageSize) };
}

export function listTemplates(params: Record<string, unknown>, context: ActionContext) {
  requireActivated(context);
  const body = validateParams(context.schemas.ListSmsTemplateForAgentBodySchema, withPagingDefaults(params));
  const groups = body.SubAccounts?.length ? new Set(body.SubAccounts) : undefined;
  const signatures = body.Signatures?.length ? new Set(body.Signatures) : undefined;
  const matches = context.store
    .listTemplates()
    .filter((t) => t.status === 3 && (!body.TemplateId || t.id === body.TemplateId))
    .filter((t) => !groups || t.subAccounts.some((g) => groups.has(g)))
    .filter((t) => !signatures || t.signatures.some((s) => signatures.has(s)))
    .map((t) => ({
      TemplateId: t.id,
      TemplateName: t.name,
      Content: t.content,
      ChannelType: t.channelType,
      Signatures: t.signatures,
      SubAccounts: t.subAccounts,
      TemplateParams: templateVariables(t.content).map((name) => ({ Name: name })),
      Status: t.status,
      StatusDescription: 'Approved',
      CreatedAt: t.createdAt,
      UpdatedAt: t.createdAt,
    }));
  return { Total: matches.length, List: pageOf(matches, body.Page, body.PageSize) };
}

function channelTypesByGroup(context: ActionContext): Map<string, string[]> {
  return new Map(context.store.listSubAccounts().map((g) => [g.id, g.channelTypes]));
}
