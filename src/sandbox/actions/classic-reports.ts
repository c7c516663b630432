import { maskPhone } from '../../core/index.ts';
import { businessErrors } from '../business-error.ts';
import { deliveryState } from '../delivery.ts';
import { normaliseMobile } from '../phone-numbers.ts';
import { shanghaiDayStart } from '../shanghai-time.ts';
import { requireActivated, validateParams, type ActionContext } from './action-context.ts';
import { GetSmsSendDetailsSchema, GetTotalSendCountStatV5Schema } from './classic-schemas.ts';
import { computeSendStats } from './send-stats.ts';

/**
 * GetSmsSendDetails and GetTotalSendCountStatV5 (reference §3.6–3.7) over the log both API generations
 * share: a message sent through the agent API shows here, and the other way round.
 */

export function getSmsSendDetails(params: Record<string, unknown>, context: ActionContext) {
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

export function getTotalSendCountStatV5(params: Record<string, unknown>, context: ActionContext) {
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
