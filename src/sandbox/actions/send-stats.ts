import { businessErrors } from '../business-error.ts';
import { deliveryState } from '../delivery.ts';
import { shanghaiDate, shanghaiDatesBetween } from '../shanghai-time.ts';
import type { ActionContext } from './action-context.ts';

/**
 * Send statistics computed from what was really sent (both API generations share the log), with one
 * data point per Asia/Shanghai day of the window so a chart has no gaps. Rates use the skill's formulas:
 * send success = sendSuccess / allSend; receipt success = receiptSuccess / sendSuccess.
 */

export const MAX_STATS_WINDOW_SECONDS = 90 * 86_400;
const NO_RECEIPT_AFTER_MS = 72 * 3600_000;

export interface StatsQuery {
  /** Epoch seconds. */
  startTime: number;
  endTime: number;
  subAccount?: string | undefined;
  channelTypes?: readonly string[] | undefined;
  signatures?: readonly string[] | undefined;
  templateIds?: readonly string[] | undefined;
  /** The inbox's extra filters (the API's stats have none for a number or a message). */
  mobile?: string | undefined;
  messageId?: string | undefined;
}

interface Counters {
  AllSendCount: number;
  SendSuccessCount: number;
  ReceiptSuccessCount: number;
  ReceiptFailureCount: number;
  NoReceipt72HourCount: number;
  /** Billed segments. */
  Segments: number;
}

const emptyCounters = (): Counters => ({
  AllSendCount: 0,
  SendSuccessCount: 0,
  ReceiptSuccessCount: 0,
  ReceiptFailureCount: 0,
  NoReceipt72HourCount: 0,
  Segments: 0,
});

const ratio = (part: number, whole: number) =>
  whole === 0 ? 0 : Math.round((part / whole) * 10_000) / 10_000;

export function computeSendStats(query: StatsQuery, context: Pick<ActionContext, 'store' | 'nowMs'>) {
  if (query.endTime < query.startTime) throw businessErrors.parameter('EndTime is before StartTime.');
  if (query.endTime - query.startTime > MAX_STATS_WINDOW_SECONDS) {
    throw businessErrors.parameter('the window from StartTime to EndTime is longer than 90 days.');
  }
  const fromMs = query.startTime * 1000;
  const toMs = query.endTime * 1000 + 999;
  const inSet = (set: readonly string[] | undefined, value: string) => !set || set.includes(value);
  const messages = context.store
    .allMessages({
      subAccount: query.subAccount,
      fromMs,
      toMs,
      mobile: query.mobile,
      messageId: query.messageId,
    })
    .filter(
      (m) =>
        inSet(query.channelTypes, m.channelType) &&
        inSet(query.signatures, m.signature) &&
        inSet(query.templateIds, m.templateId),
    );

  const byDate = new Map(shanghaiDatesBetween(fromMs, toMs).map((date) => [date, emptyCounters()]));
  const total = emptyCounters();
  for (const message of messages) {
    const day = byDate.get(shanghaiDate(message.sendTimeMs));
    const state = deliveryState(message, context.nowMs);
    for (const counters of day ? [total, day] : [total]) {
      counters.AllSendCount += 1;
      // Everything the sandbox records was accepted by the "carrier"; failures arrive as receipts.
      counters.SendSuccessCount += 1;
      counters.Segments += message.segments;
      if (state.status === 3) counters.ReceiptSuccessCount += 1;
      else if (state.status === 2) counters.ReceiptFailureCount += 1;
      else if (context.nowMs - message.sendTimeMs >= NO_RECEIPT_AFTER_MS) counters.NoReceipt72HourCount += 1;
    }
  }

  return {
    // Documented choice: TotalSendCount counts billed segments (a long SMS counts once per part).
    TotalSendCount: total.Segments,
    TotalAllSendCount: total.AllSendCount,
    TotalSendSuccessCount: total.SendSuccessCount,
    TotalReceiptSuccessCount: total.ReceiptSuccessCount,
    TotalReceiptFailureCount: total.ReceiptFailureCount,
    TotalNoReceipt72HourCount: total.NoReceipt72HourCount,
    TotalSendSuccessRate: ratio(total.SendSuccessCount, total.AllSendCount),
    TotalReceiptSuccessRate: ratio(total.ReceiptSuccessCount, total.SendSuccessCount),
    DataPoints: [...byDate].map(([date, c]) => ({
      Date: date,
      AllSendCount: c.AllSendCount,
      SendSuccessCount: c.SendSuccessCount,
      ReceiptSuccessCount: c.ReceiptSuccessCount,
      ReceiptFailureCount: c.ReceiptFailureCount,
      NoReceipt72HourCount: c.NoReceipt72HourCount,
      SendSuccessRate: ratio(c.SendSuccessCount, c.AllSendCount),
      ReceiptSuccessRate: ratio(c.ReceiptSuccessCount, c.SendSuccessCount),
    })),
  };
}
