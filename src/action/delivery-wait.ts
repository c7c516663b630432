import type { SendLogEntry, SmsClient } from '../core/index.ts';

export interface DeliveryState {
  status: 'delivered' | 'failed' | 'pending';
  /** For `failed`: the receipt's code and message, e.g. `NE:0105 (空号/停机)`. */
  error?: string | undefined;
}

export interface DeliveryQuery {
  subAccount: string;
  signature: string;
  templateId: string;
  /** Epoch seconds at which the send started; the log is searched from a minute before. */
  sentAt: number;
  messageIds: readonly string[];
  timeoutMs: number;
}

export interface DeliveryWaitDeps {
  client: Pick<SmsClient, 'listSendLogs'>;
  now: () => Date;
  sleep: (ms: number) => Promise<void>;
  info: (message: string) => void;
  /** First pause before polling; later pauses grow ×1.5 up to 10 s. */
  pollIntervalMs: number;
}

export interface DeliveryWaitResult {
  states: Map<string, DeliveryState>;
  timedOut: boolean;
  /** Set when reading the send log failed for good; the remaining messages stay `pending`. */
  readError?: unknown;
}

// Receipt codes the skill itself counts as success (reference §5.2).
const SUCCESS_CODES = new Set(['', '0', 'OK', 'SUCCESS', 'DELIVRD']);
const PAGE_SIZE = 100;
const MAX_PAGES_PER_POLL = 100;
const MAX_POLL_INTERVAL_MS = 10_000;
const CLOCK_SLACK_SECONDS = 60;

/** Reads one send-log entry as a delivery state; `Status` wins, the receipt fields are the fallback. */
export function deliveryState(entry: SendLogEntry): DeliveryState {
  const errorCode = entry.ErrorCode ?? '';
  const error = [errorCode, entry.ErrorMessage].filter(Boolean).join(' ');
  if (entry.Status === 3) return { status: 'delivered' };
  if (entry.Status === 2) return { status: 'failed', error: error || 'failed without an error code' };
  if (entry.Status === 1) return { status: 'pending' };
  if (!SUCCESS_CODES.has(errorCode.toUpperCase())) return { status: 'failed', error };
  return entry.ReceiptTime ? { status: 'delivered' } : { status: 'pending' };
}

/**
 * Polls the send log until every message has a receipt or the timeout passes. The log is scanned by
 * message group, template and signature from the send time, page by page, so a large send costs one
 * request per 100 messages per poll rather than one per message.
 */
export async function waitForDelivery(
  deps: DeliveryWaitDeps,
  query: DeliveryQuery,
): Promise<DeliveryWaitResult> {
  const states = new Map<string, DeliveryState>(query.messageIds.map((id) => [id, { status: 'pending' }]));
  const deadline = deps.now().getTime() + query.timeoutMs;
  let pause = deps.pollIntervalMs;
  for (;;) {
    const remaining = deadline - deps.now().getTime();
    await deps.sleep(Math.max(0, Math.min(pause, remaining)));
    pause = Math.min(pause * 1.5, MAX_POLL_INTERVAL_MS);
    try {
      await pollOnce(deps.client, query, states);
    } catch (err) {
      return { states, timedOut: false, readError: err };
    }
    const pending = [...states.values()].filter((state) => state.status === 'pending').length;
    if (pending === 0) return { states, timedOut: false };
    if (deps.now().getTime() >= deadline) return { states, timedOut: true };
    deps.info(`Waiting for delivery receipts: ${pending} of ${states.size} still without a receipt…`);
  }
}

async function pollOnce(
  client: Pick<SmsClient, 'listSendLogs'>,
  query: DeliveryQuery,
  states: Map<string, DeliveryState>,
): Promise<void> {
  const waiting = new Set([...states].filter(([, state]) => state.status === 'pending').map(([id]) => id));
  for (let page = 1; page <= MAX_PAGES_PER_POLL && waiting.size > 0; page++) {
    const { result } = await client.listSendLogs({
      subAccount: query.subAccount,
      templateId: query.templateId,
      signature: query.signature,
      fromTime: query.sentAt - CLOCK_SLACK_SECONDS,
      page,
      pageSize: PAGE_SIZE,
    });
    for (const entry of result.List) {
      if (!waiting.has(entry.MessageId)) continue;
      const state = deliveryState(entry);
      if (state.status !== 'pending') {
        states.set(entry.MessageId, state);
        waiting.delete(entry.MessageId);
      }
    }
    if (result.List.length < PAGE_SIZE || page * PAGE_SIZE >= result.Total) return;
  }
}
