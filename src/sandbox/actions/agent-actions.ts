import {
  AGENT_VERSION,
  ListSignatureForAgentBodySchema,
  ListSmsSendLogForAgentBodySchema,
  ListSmsTemplateForAgentBodySchema,
  ListSubAccountForAgentBodySchema,
  ListTotalSendCountStatForAgentBodySchema,
  SendSmsForAgentBodySchema,
  maskPhone,
  templateVariables,
} from '../../core/index.ts';
import { z } from 'zod';
import { businessErrors } from '../business-error.ts';
import { deliveryState } from '../delivery.ts';
import { normaliseMobile } from '../phone-numbers.ts';
import { acceptSend } from './accept-send.ts';
import {
  pageOf,
  requireActivated,
  validateParams,
  type ActionContext,
  type ActionDefinition,
} from './action-context.ts';
import { computeSendStats } from './send-stats.ts';

/**
 * The six `2026-01-01` agent actions (reference §3.3–3.8), PascalCase in and out, plus the names newer
 * skill revisions use for the same operations. List actions return approved items only.
 */

const PAGING_DEFAULTS = { Page: 1, PageSize: 20 };
const withPagingDefaults = (params: Record<string, unknown>) => ({ ...PAGING_DEFAULTS, ...params });

function sendSmsForAgent(params: Record<string, unknown>, context: ActionContext) {
  const body = validateParams(SendSmsForAgentBodySchema, params);
  const mobiles = body.Mobiles.split(',')
    .map((m) => m.trim())
    .filter(Boolean);
  const messageIds = acceptSend(
    {
      api: 'agent',
      subAccount: body.SubAccount,
      signature: body.Signature,
      templateId: body.TemplateId,
      recipients: mobiles.map((mobile) => ({ mobile, templateParam: body.TemplateParam })),
      fields: { mobiles: 'Mobiles', templateParam: 'TemplateParam' },
    },
    context,
  );
  return { MessageIds: messageIds };
}

function listSubAccounts(params: Record<string, unknown>, context: ActionContext) {
  requireActivated(context);
  const body = validateParams(ListSubAccountForAgentBodySchema, params);
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

function listSignatures(params: Record<string, unknown>, context: ActionContext) {
  requireActivated(context);
  const body = validateParams(ListSignatureForAgentBodySchema, withPagingDefaults(params));
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

function listTemplates(params: Record<string, unknown>, context: ActionContext) {
  requireActivated(context);
  const body = validateParams(ListSmsTemplateForAgentBodySchema, withPagingDefaults(params));
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

function listSendLogs(params: Record<string, unknown>, context: ActionContext) {
  requireActivated(context);
  const body = validateParams(ListSmsSendLogForAgentBodySchema, withPagingDefaults(params));
  if (body.SubAccount !== undefined && !context.store.findSubAccount(body.SubAccount)) {
    throw businessErrors.unknownSubAccount();
  }
  if (body.FromTime !== undefined && body.ToTime !== undefined && body.FromTime > body.ToTime) {
    throw businessErrors.parameter('FromTime is after ToTime.');
  }
  const { total, rows } = context.store.queryMessages(
    {
      subAccount: body.SubAccount,
      // Request times are epoch seconds; the log keeps milliseconds, so ToTime covers its whole second.
      fromMs: body.FromTime === undefined ? undefined : body.FromTime * 1000,
      toMs: body.ToTime === undefined ? undefined : body.ToTime * 1000 + 999,
      mobile: body.Mobile === undefined ? undefined : (normaliseMobile(body.Mobile) ?? body.Mobile.trim()),
      templateId: body.TemplateId,
      signature: body.Signature,
      messageId: body.MessageId,
    },
    { offset: (body.Page - 1) * body.PageSize, limit: body.PageSize },
  );
  const list = rows.map((row) => {
    const state = deliveryState(row, context.nowMs);
    return {
      MessageId: row.messageId,
      SubAccount: row.subAccount,
      Signature: row.signature,
      TemplateId: row.templateId,
      ChannelType: row.channelType,
      Mobile: maskPhone(row.mobile),
      Content: `【${row.signature}】${row.content}`,
      Status: state.status,
      ErrorCode: state.errorCode,
      ErrorMessage: state.errorMessage,
      SendTime: row.sendTimeMs,
      ReceiptTime: state.receiptTimeMs,
      Count: row.segments,
    };
  });
  return { Total: total, List: list };
}

// The newest skill's V4 stats body names the group SmsAccount and takes lists for the filters.
const StatsBodySchema = ListTotalSendCountStatForAgentBodySchema.extend({
  SmsAccount: z.string().optional(),
  ChannelType: z.union([z.string(), z.array(z.string())]).optional(),
  Signature: z.union([z.string(), z.array(z.string())]).optional(),
  TemplateId: z.union([z.string(), z.array(z.string())]).optional(),
});

function sendStats(params: Record<string, unknown>, context: ActionContext) {
  requireActivated(context);
  const body = validateParams(StatsBodySchema, params);
  return computeSendStats(
    {
      startTime: body.StartTime,
      endTime: body.EndTime,
      subAccount: body.SubAccount ?? body.SmsAccount,
      channelTypes: asList(body.ChannelType),
      signatures: asList(body.Signature),
      templateIds: asList(body.TemplateId),
    },
    context,
  );
}

function asList(value: string | string[] | undefined): string[] | undefined {
  if (value === undefined) return undefined;
  const list = (Array.isArray(value) ? value : [value]).filter(Boolean);
  return list.length ? list : undefined;
}

function channelTypesByGroup(context: ActionContext): Map<string, string[]> {
  return new Map(context.store.listSubAccounts().map((g) => [g.id, g.channelTypes]));
}

const LIST_PAGING = { integers: ['Page', 'PageSize'] } as const;

function agent(
  action: string,
  handle: ActionDefinition['handle'],
  shape: ActionDefinition['shape'] = {},
): ActionDefinition {
  return { action, version: AGENT_VERSION, shape, handle };
}

const statsShape = { integers: ['StartTime', 'EndTime'], arrays: [] };

export const AGENT_ACTIONS: readonly ActionDefinition[] = [
  agent('SendSmsForAgent', sendSmsForAgent),
  agent('ListSubAccountForAgent', listSubAccounts),
  agent('GetSubAccountListForAgent', listSubAccounts),
  agent('ListSignatureForAgent', listSignatures, { ...LIST_PAGING, arrays: ['SubAccounts'] }),
  agent('ListSignaturesForAgent', listSignatures, { ...LIST_PAGING, arrays: ['SubAccounts'] }),
  agent('ListSmsTemplateForAgent', listTemplates, { ...LIST_PAGING, arrays: ['SubAccounts', 'Signatures'] }),
  agent('ListBatchTemplatesForAgent', listTemplates, {
    ...LIST_PAGING,
    arrays: ['SubAccounts', 'Signatures'],
  }),
  agent('ListSmsSendLogForAgent', listSendLogs, { integers: ['Page', 'PageSize', 'FromTime', 'ToTime'] }),
  agent('ListTotalSendCountStatForAgent', sendStats, statsShape),
  agent(
    'GetTotalSendCountStatV4ForAgent',
    (params, context) => {
      const stats = sendStats(params, context);
      return { ...stats, DataPointsByDate: stats.DataPoints };
    },
    statsShape,
  ),
];
