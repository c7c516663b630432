import { maskPhone, type WireSchemas } from '../../core/index.ts';
import { z } from 'zod';
import { businessErrors } from '../business-error.ts';
import { deliveryState } from '../delivery.ts';
import { normaliseMobile } from '../phone-numbers.ts';
import {
  requireActivated,
  validateParams,
  withPagingDefaults,
  type ActionContext,
} from './action-context.ts';
import { computeSendStats } from './send-stats.ts';

/** The agent send log and stats (reference §3.6–3.7), read from what was really sent. */

export function listSendLogs(params: Record<string, unknown>, context: ActionContext) {
  requireActivated(context);
  const body = validateParams(context.schemas.ListSmsSendLogForAgentBodySchema, withPagingDefaults(params));
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

// The core's stats body widened the way clients send it (lists, SmsAccount); built once, on first use.
const widenedStatsBody = (schemas: WireSchemas) =>
  schemas.ListTotalSendCountStatForAgentBodySchema.extend({
    SmsAccount: z.string().optional(),
    ChannelType: z.union([z.string(), z.array(z.string())]).optional(),
    Signature: z.union([z.string(), z.array(z.string())]).optional(),
    TemplateId: z.union([z.string(), z.array(z.string())]).optional(),
  });
let statsBodySchema: ReturnType<typeof widenedStatsBody> | undefined;

export function sendStats(params: Record<string, unknown>, context: ActionContext) {
  requireActivated(context);
  const body = validateParams((statsBodySchema ??= widenedStatsBody(context.schemas)), params);
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
