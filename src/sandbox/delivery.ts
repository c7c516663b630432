import type { DeliveryRule } from './seed-schema.ts';
import type { MessageRow, PlannedOutcome } from './store-tables.ts';

/**
 * Deterministic delivery: the outcome is decided at send time from the number's ending (seed rules,
 * longest matching suffix wins; the default seed: 7 → NE:0105, 9 → CR:0202, 6 → no receipt), and the
 * receipt becomes visible once the clock passes sendTime + receiptDelayMs. Nothing runs in the
 * background: every reader derives the status from the clock it is given.
 */

const DELIVERED_CODE = 'DELIVRD';

export interface PlannedDelivery {
  outcome: PlannedOutcome;
  receiptDueMs: number | null;
  errorCode: string;
  errorMessage: string;
}

export function planDelivery(
  mobile: string,
  rules: readonly DeliveryRule[],
  sendTimeMs: number,
  receiptDelayMs: number,
): PlannedDelivery {
  let match: DeliveryRule | undefined;
  for (const rule of rules) {
    if (mobile.endsWith(rule.suffix) && (!match || rule.suffix.length > match.suffix.length)) match = rule;
  }
  const outcome = match?.outcome ?? 'delivered';
  const receiptDueMs = outcome === 'no-receipt' ? null : sendTimeMs + receiptDelayMs;
  if (outcome === 'failed') {
    return {
      outcome,
      receiptDueMs,
      errorCode: match?.errorCode ?? 'UN:0900',
      errorMessage: match?.errorMessage ?? '',
    };
  }
  return { outcome, receiptDueMs, errorCode: '', errorMessage: '' };
}

/** Send-log status (agent API): 1 awaiting receipt, 2 failed, 3 delivered. */
export type DeliveryStatus = 1 | 2 | 3;

export interface DeliveryState {
  status: DeliveryStatus;
  /** 'DELIVRD', the failure code, or '' while no receipt has arrived. */
  errorCode: string;
  errorMessage: string;
  /** Epoch ms, or null while no receipt has arrived. */
  receiptTimeMs: number | null;
}

export function deliveryState(message: MessageRow, nowMs: number): DeliveryState {
  if (message.receiptDueMs === null || nowMs < message.receiptDueMs) {
    return { status: 1, errorCode: '', errorMessage: '', receiptTimeMs: null };
  }
  if (message.outcome === 'failed') {
    return {
      status: 2,
      errorCode: message.errorCode,
      errorMessage: message.errorMessage,
      receiptTimeMs: message.receiptDueMs,
    };
  }
  return {
    status: 3,
    errorCode: DELIVERED_CODE,
    errorMessage: 'Delivered.',
    receiptTimeMs: message.receiptDueMs,
  };
}
