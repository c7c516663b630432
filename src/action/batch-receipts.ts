import type { SmsClient } from '../core/index.ts';

/** The receipts of a finished task, from the stats of its group, template and signature since it was created. */
export interface BatchReceipts {
  accepted: number;
  delivered: number;
  failed: number;
  pending: number;
}

export interface ReceiptWaitDeps {
  client: Pick<SmsClient, 'getSendStats'>;
  now: () => Date;
  sleep: (ms: number) => Promise<void>;
  info: (message: string) => void;
  pollIntervalMs: number;
}

const MAX_POLL_INTERVAL_MS = 10_000;
// The stats API counts by send time; a minute before the task's creation covers clock skew.
const CLOCK_SLACK_SECONDS = 60;

/**
 * Reads the window's stats until every accepted message has a receipt, or `timeoutMs` passes. The API has
 * no per-task stats: the window counts every send of this template and signature in the group since the
 * task was created, which is the task alone unless something else sent the same template meanwhile.
 */
export async function waitForTaskReceipts(
  deps: ReceiptWaitDeps,
  query: {
    subAccount: string;
    signature: string;
    templateId: string;
    fromTime: number;
    expected: number;
    timeoutMs: number;
  },
): Promise<BatchReceipts> {
  const deadline = deps.now().getTime() + query.timeoutMs;
  let pause = deps.pollIntervalMs;
  for (;;) {
    const { result } = await deps.client.getSendStats({
      startTime: query.fromTime - CLOCK_SLACK_SECONDS,
      endTime: Math.ceil(deps.now().getTime() / 1000) + 1,
      subAccount: query.subAccount,
      signature: query.signature,
      templateId: query.templateId,
    });
    const accepted = result.TotalSendSuccessCount;
    const delivered = result.TotalReceiptSuccessCount;
    const failed = result.TotalReceiptFailureCount;
    const receipts = { accepted, delivered, failed, pending: Math.max(0, accepted - delivered - failed) };
    if (receipts.pending === 0 && accepted >= query.expected) return receipts;
    const remaining = deadline - deps.now().getTime();
    if (remaining <= 0) return receipts;
    deps.info(
      `Receipts: ${delivered} delivered, ${failed} failed, ${receipts.pending} of ${accepted} still without one…`,
    );
    await deps.sleep(Math.min(pause, remaining));
    pause = Math.min(pause * 1.5, MAX_POLL_INTERVAL_MS);
  }
}
