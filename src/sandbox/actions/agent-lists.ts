import { templateVariables } from '../../core/index.ts';
import type { SignatureExtra } from '../store-tables.ts';
import {
  pageOf,
  requireActivated,
  validateParams,
  withPagingDefaults,
  type ActionContext,
} from './action-context.ts';

/**
 * The agent list actions (reference §3.3–3.5) with the skill's filters and Page/PageSize paging: approved
 * groups only; signatures and templates in every review status, with it (an application under review
 * shows as 1, a rejected one as 2 with its opinion: reference-v2 §2.4–2.5 reconcile against these lists).
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

export const REVIEW_STATUS_TEXT: Record<number, string> = {
  1: 'Reviewing',
  2: 'Rejected',
  3: 'Approved',
  4: 'Closed',
  5: 'Exempted',
};

export function listSignatures(params: Record<string, unknown>, context: ActionContext) {
  requireActivated(context);
  const body = validateParams(context.schemas.ListSignatureForAgentBodySchema, withPagingDefaults(params));
  const needle = body.Signature?.trim().toLowerCase();
  const groups = body.SubAccounts?.length ? new Set(body.SubAccounts) : undefined;
  const channelsOf = channelTypesByGroup(context);
  const matches = context.store
    .listSignatures()
    .filter((s) => !needle || s.text.toLowerCase().includes(needle))
    .filter((s) => !groups || s.subAccounts.some((g) => groups.has(g)))
    .map((s) => ({
      Signature: s.text,
      Status: s.status,
      StatusDescription: REVIEW_STATUS_TEXT[s.status] ?? '',
      ...(s.extra.auditOpinion ? { Reason: s.extra.auditOpinion } : {}),
      Source: s.source,
      SubAccounts: s.subAccounts,
      ChannelTypes: s.extra.channelTypes ?? [
        ...new Set(s.subAccounts.flatMap((g) => channelsOf.get(g) ?? [])),
      ],
      ...(s.extra.identificationId === undefined ? {} : { IdentificationId: s.extra.identificationId }),
      ...(s.extra.purpose === undefined ? {} : { Purpose: s.extra.purpose }),
      ...optionalSignatureFields(s.extra),
      Usable: s.status === 3 || s.status === 5,
      CreatedAt: s.createdAt,
      UpdatedAt: s.extra.updatedAt ?? s.createdAt,
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
    .filter((t) => !body.TemplateId || t.id === body.TemplateId)
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
      StatusDescription: REVIEW_STATUS_TEXT[t.status] ?? '',
      ...(t.extra.auditOpinion ? { Reason: t.extra.auditOpinion } : {}),
      Area: t.extra.area ?? 'cn',
      ...(t.extra.project === undefined ? {} : { Project: t.extra.project }),
      ...(t.extra.desc === undefined ? {} : { Description: t.extra.desc }),
      ...(t.extra.shortUrlConfig === undefined ? {} : { ShortUrlConfig: t.extra.shortUrlConfig }),
      CreatedAt: t.createdAt,
      UpdatedAt: t.extra.updatedAt ?? t.createdAt,
    }));
  return { Total: matches.length, List: pageOf(matches, body.Page, body.PageSize) };
}

/** The optional fields of a signature application, under the list's PascalCase names. */
function optionalSignatureFields(extra: SignatureExtra): Record<string, unknown> {
  const fields: Record<string, unknown> = {};
  if (extra.desc !== undefined) fields.Description = extra.desc;
  if (extra.domain !== undefined) fields.Domain = extra.domain;
  if (extra.scene !== undefined) fields.Scene = extra.scene;
  if (extra.projectName !== undefined) fields.ProjectName = extra.projectName;
  if (extra.appIcp !== undefined) fields.AppIcp = extra.appIcp;
  if (extra.trademark !== undefined) fields.Trademark = extra.trademark;
  return fields;
}

function channelTypesByGroup(context: ActionContext): Map<string, string[]> {
  return new Map(context.store.listSubAccounts().map((g) => [g.id, g.channelTypes]));
}
