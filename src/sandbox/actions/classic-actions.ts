import { maskPhone } from '../../core/index.ts';
import { businessErrors } from '../business-error.ts';
import { deliveryState } from '../delivery.ts';
import { normaliseMobile } from '../phone-numbers.ts';
import type { ParamShape } from '../request-params.ts';
import { shanghaiDayStart } from '../shanghai-time.ts';
import { acceptSend } from './accept-send.ts';
import {
  pageOf,
  requireActivated,
  validateParams,
  type ActionContext,
  type ActionDefinition,
} from './action-context.ts';
import {
  GetSignatureAndOrderListSchema,
  GetSmsSendDetailsSchema,
  GetSmsTemplateAndOrderListSchema,
  GetSubAccountListSchema,
  GetTotalSendCountStatV5Schema,
  SendBatchSmsBodySchema,
  SendSmsBodySchema,
} from './classic-schemas.ts';
import { computeSendStats } from './send-stats.ts';

/**
 * The classic actions of the official SDKs, over the same state as the agent actions: a message sent
 * through one shows in the other's log and stats. Results are lowerCamel (`list`/`total`, `templateID`
 * in send details, millisecond times, masked numbers); sends answer `{MessageID: [...]}` in number order.
 * Bad send parameters answer RE:0009 (the send API's code); bad management parameters answer 1001.
 */

const CHANNEL_NAMES: Record<string, string> = {
  CN_OTP: '验证码',
  CN_NTC: '通知',
  CN_MKT: '营销',
  CN_VMS: '视频短信',
  I18N_OTP: '国际验证码',
  I18N_MKT: '国际营销',
};

const toMs = (epochSeconds: number) => epochSeconds * 1000;

function sendSms(params: Record<string, unknown>, context: ActionContext) {
  const body = validateParams(SendSmsBodySchema, params, businessErrors.parameter);
  const numbers = body.PhoneNumbers.split(',')
    .map((n) => n.trim())
    .filter(Boolean);
  const ids = acceptSend(
    {
      api: 'classic',
      subAccount: body.SmsAccount,
      signature: body.Sign,
      templateId: body.TemplateID,
      recipients: numbers.map((mobile) => ({ mobile, templateParam: body.TemplateParam })),
      fields: { mobiles: 'PhoneNumbers', templateParam: 'TemplateParam' },
    },
    context,
  );
  return { MessageID: ids };
}

function sendBatchSms(params: Record<string, unknown>, context: ActionContext) {
  const body = validateParams(SendBatchSmsBodySchema, params, businessErrors.parameter);
  const ids = acceptSend(
    {
      api: 'classic',
      subAccount: body.SmsAccount,
      signature: body.Sign,
      templateId: body.TemplateID,
      recipients: body.Messages.map((m) => ({ mobile: m.PhoneNumber, templateParam: m.TemplateParam })),
      fields: { mobiles: 'Messages', templateParam: 'Messages[].TemplateParam' },
    },
    context,
  );
  return { MessageID: ids };
}

function getSubAccountList(params: Record<string, unknown>, context: ActionContext) {
  requireActivated(context);
  const query = validateParams(GetSubAccountListSchema, params, businessErrors.managementParameter);
  const needle = query.subAccountName?.toLowerCase();
  const matches = context.store
    .listSubAccounts()
    .filter((g) => g.status === 'approved')
    .filter(
      (g) =>
        (!query.subAccount || g.id === query.subAccount) &&
        (!needle || g.name.toLowerCase().includes(needle)),
    )
    .map((g) => ({
      subAccountId: g.id,
      subAccountName: g.name,
      createdTime: toMs(g.createdAt),
      status: 1,
      desc: '',
      enabledChannelType: g.channelTypes.map((type) => ({
        name: CHANNEL_NAMES[type] ?? type,
        value: type,
        area: type.startsWith('I18N') ? 'overseas' : 'cn',
      })),
    }));
  return { list: pageOf(matches, query.pageIndex, query.pageSize), total: matches.length };
}

function getSignatureAndOrderList(params: Record<string, unknown>, context: ActionContext) {
  requireActivated(context);
  const query = validateParams(GetSignatureAndOrderListSchema, params, businessErrors.managementParameter);
  const groups = new Set([...(query.subAccounts ?? []), ...(query.subAccount ? [query.subAccount] : [])]);
  const channelsOf = new Map(context.store.listSubAccounts().map((g) => [g.id, g.channelTypes]));
  // "AndOrderList": applications under review or rejected are listed too, with their status.
  const matches = context.store
    .listSignatures()
    .filter(
      (s) =>
        (groups.size === 0 || s.subAccounts.some((g) => groups.has(g))) &&
        (!query.signature || s.text.includes(query.signature)),
    )
    .filter((s) => query.status === undefined || s.status === query.status)
    .map((s, index) => ({
      id: `sig_${index + 1}`,
      applyId: `apply_sig_${index + 1}`,
      content: s.text,
      createdTime: toMs(s.createdAt),
      status: s.status,
      source: s.source,
      reason: s.status === 2 ? 'Rejected in the sandbox seed.' : '',
      isOrder: s.status !== 3 && s.status !== 5,
      subAccounts: s.subAccounts,
      channelTypes: [...new Set(s.subAccounts.flatMap((g) => channelsOf.get(g) ?? []))],
      usable: s.status === 3 || s.status === 5,
    }));
  return { list: pageOf(matches, query.pageIndex, query.pageSize), total: matches.length };
}

function getSmsTemplateAndOrderList(params: Record<string, unknown>, context: ActionContext) {
  requireActivated(context);
  const query = validateParams(GetSmsTemplateAndOrderListSchema, params, businessErrors.managementParameter);
  const areaOf = (type: string) => (type.startsWith('I18N') ? 'overseas' : 'cn');
  const matches = context.store
    .listTemplates()
    .filter((t) => !query.subAccount || t.subAccounts.includes(query.subAccount))
    .filter((t) => !query.templateId || t.id === query.templateId)
    .filter((t) => !query.name || t.name.includes(query.name))
    .filter((t) => !query.content || t.content.includes(query.content))
    .filter((t) => !query.channelType || t.channelType === query.channelType)
    .filter((t) => !query.area || query.area === 'all' || areaOf(t.channelType) === query.area)
    .map((t, index) => ({
      id: `tpl_${index + 1}`,
      applyId: `apply_${t.id}`,
      templateId: t.id,
      channelType: t.channelType,
      channelTypeName: CHANNEL_NAMES[t.channelType] ?? t.channelType,
      name: t.name,
      content: t.content,
      status: t.status,
      isOrder: t.status !== 3,
      reason: '',
      createdTime: toMs(t.createdAt),
      subAccounts: t.subAccounts,
      signatures: t.signatures,
      shortUrlConfig: { isEnabled: '0', isNeedClickDetails: '0', uaCheckStrategy: 0 },
    }));
  return { list: pageOf(matches, query.pageIndex, query.pageSize), total: matches.length };
}

function getSmsSendDetails(params: Record<string, unknown>, context: ActionContext) {
  requireActivated(context);
  const query = validateParams(GetSmsSendDetailsSchema, params, businessErrors.managementParameter);
  if (!context.store.findSubAccount(query.subAccount)) throw businessErrors.unknownSubAccount();
  let fromMs: number | undefined;
  let toMs: number | undefined;
  if (query.sendDate) {
    const [y, m, d] = [
      query.sendDate.slice(0, 4),
      query.sendDate.slice(4, 6),
      query.sendDate.slice(6, 8),
    ].map(Number);
    fromMs = shanghaiDayStart(Date.UTC(y as number, (m as number) - 1, d as number, 12));
    toMs = fromMs + 86_400_000 - 1;
  }
  const { total, rows } = context.store.queryMessages(
    {
      subAccount: query.subAccount,
      mobile:
        query.phoneNumber === undefined
          ? undefined
          : (normaliseMobile(query.phoneNumber) ?? query.phoneNumber),
      messageId: query.messageId,
      fromMs,
      toMs,
    },
    { offset: (query.pageIndex - 1) * query.pageSize, limit: query.pageSize },
  );
  return {
    account: 'sandbox',
    subAccount: query.subAccount,
    total,
    sendDetailsResults: rows.map((row) => {
      const state = deliveryState(row, context.nowMs);
      // The classic log reports a delivered message as errorCode "0" (the official sample).
      const delivered = state.status === 3;
      return {
        status: state.status,
        errorCode: delivered ? '0' : state.errorCode,
        errorMessage: delivered ? '发送成功' : state.errorMessage,
        phoneNumber: maskPhone(row.mobile),
        signature: row.signature,
        templateID: row.templateId,
        content: `【${row.signature}】${row.content}`,
        channelType: row.channelType,
        messageId: row.messageId,
        msgCount: row.segments,
        sendTime: row.sendTimeMs,
        receiptTime: state.receiptTimeMs,
      };
    }),
  };
}

function getTotalSendCountStatV5(params: Record<string, unknown>, context: ActionContext) {
  requireActivated(context);
  const query = validateParams(GetTotalSendCountStatV5Schema, params, businessErrors.managementParameter);
  const stats = computeSendStats(
    {
      startTime: query.startTime,
      endTime: query.endTime,
      subAccount: query.smsAccount,
      signatures: query.signature ? [query.signature] : undefined,
      templateIds: query.templateId ? [query.templateId] : undefined,
      channelTypes: query.channelType ? [query.channelType] : undefined,
    },
    context,
  );
  return {
    dataPoints: stats.DataPoints.map((p) => ({
      allSendCount: p.AllSendCount,
      sendSuccessCount: p.SendSuccessCount,
      receiptSuccessCount: p.ReceiptSuccessCount,
      receiptFailureCount: p.ReceiptFailureCount,
      noReceipt72HourCount: p.NoReceipt72HourCount,
      date: p.Date,
      sendSuccessRate: p.SendSuccessRate,
      receiptSuccessRate: p.ReceiptSuccessRate,
    })),
    totalSendSuccessCount: stats.TotalSendSuccessCount,
    totalAllSendCount: stats.TotalAllSendCount,
    totalReceiptSuccessCount: stats.TotalReceiptSuccessCount,
    totalReceiptFailureCount: stats.TotalReceiptFailureCount,
    totalNoReceipt72HourCount: stats.TotalNoReceipt72HourCount,
    totalSendSuccessRate: stats.TotalSendSuccessRate,
    totalReceiptSuccessRate: stats.TotalReceiptSuccessRate,
  };
}

const PAGING: ParamShape = { integers: ['pageIndex', 'pageSize'] };

const classic = (
  action: string,
  version: string,
  handle: ActionDefinition['handle'],
  shape: ParamShape = {},
) => ({
  action,
  version,
  handle,
  shape,
});

export const CLASSIC_ACTIONS: readonly ActionDefinition[] = [
  classic('SendSms', '2020-01-01', sendSms),
  classic('SendBatchSms', '2021-01-01', sendBatchSms),
  classic('GetSubAccountList', '2021-01-11', getSubAccountList, PAGING),
  classic('GetSignatureAndOrderList', '2021-01-11', getSignatureAndOrderList, {
    ...PAGING,
    integers: ['pageIndex', 'pageSize', 'status'],
    arrays: ['subAccounts'],
  }),
  classic('GetSignatureAndOrderList', '2025-01-01', getSignatureAndOrderList, {
    ...PAGING,
    integers: ['pageIndex', 'pageSize', 'status'],
    arrays: ['subAccounts'],
  }),
  classic('GetSmsTemplateAndOrderList', '2021-01-11', getSmsTemplateAndOrderList, PAGING),
  classic('GetSmsSendDetails', '2021-01-11', getSmsSendDetails, PAGING),
  classic('GetTotalSendCountStatV5', '2021-01-11', getTotalSendCountStatV5),
];
