import type { SendStats } from '../core/index.ts';
import { percent } from './summary-markdown.ts';

/**
 * The receipt success rate recomputed from the window's counts (agent-v2 reference §6: delivered receipts
 * over accepted sends), never the service's rounded rate field.
 */
export interface ReceiptRate {
  delivered: number;
  accepted: number;
  /** delivered / accepted, a fraction. */
  rate: number;
}

const isCount = (value: unknown): value is number => Number.isInteger(value) && (value as number) >= 0;

/** Undefined when the counts cannot give a rate: nothing accepted, or receipts that exceed the sends. */
export function receiptRate(
  stats: Pick<SendStats, 'TotalReceiptSuccessCount' | 'TotalSendSuccessCount'>,
): ReceiptRate | undefined {
  const delivered = stats.TotalReceiptSuccessCount;
  const accepted = stats.TotalSendSuccessCount;
  if (!isCount(delivered) || !isCount(accepted) || accepted === 0 || delivered > accepted) return undefined;
  return { delivered, accepted, rate: delivered / accepted };
}

/** `91.2 % (912 of 1000 accepted messages delivered)`. */
export function describeRate(rate: ReceiptRate): string {
  return `${percent(rate.rate)} (${rate.delivered} of ${rate.accepted} accepted messages delivered)`;
}

/** The `receipt-rate` output: the fraction to 4 places, '' when there is none. */
export function rateOutput(rate: ReceiptRate | undefined): string {
  return rate === undefined ? '' : String(Math.round(rate.rate * 10_000) / 10_000);
}
