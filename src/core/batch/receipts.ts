import type { SendLogEntry } from '../schemas/agent.ts';
import type { SmsClient } from '../types.ts';

/**
 * Delivery receipts, read from the send log: the one poller behind the Action's `wait`, the Slack app's
 * receipt follow-up and the CLI's `batch-wait`. Receipts arrive seconds to minutes after a send; the log is
 * scanned by message group, template (and signature) from the send time, page by page, so a large send
 * costs one request per 100 messages per poll, never one per message, and stays inside 5 QPS.
 */

export type ReceiptStatus = 'delivered' | 'failed' | 'pending';

export interface Receipt {
  status: ReceiptStatus;
  /** For `failed`: the receipt's code and message, e.g. `NE:0105 Number empty`. */
  error?: string | undefined;
  errorCode?: string | undefined;
  errorMessage?: string | undefined;
}

// Receipt codes the skill counts as success (reference §2.14).
const SUCCESS_CODES = new Set(['', '0', 'OK', 'SUCCESS', 'DELIVRD']);
const PAGE_SIZE = 100;
const CLOCK_SLACK_SECONDS = 60;

/** One send-log entry as a receipt: `Status` wins (3 delivered, 2 failed, 1 waiting), else the receipt fields. */
export function receiptOf(entry: SendLogEntry): Receipt {
  const errorCode = (entry.ErrorCode ?? '').trim();
  const errorMessage = entry.ErrorMessage ?? undefined;
  const error = [errorCode, errorMessage].filter(Boolean).join(' ');
  const failed = (): Receipt => ({
    status: 'failed',
    error: error || 'failed without an error code',
    errorCode: errorCode || undefined,
    errorMessage,
  });
  if (entry.Status === 3) return { status: 'delivered' };
  if (entry.Status === 2) return failed();
  if (entry.Status === 1) return { status: 'pending' };
  if (!SUCCESS_CODES.has(errorCode.toUpperCase())) return failed();
  return entry.ReceiptTime ? { status: 'delivered' } : { status: 'pending' };
}

/** Where the messages are in the send log. */
export interface SendLogScope {
  subAccount: string;
  templateId: string;
  signature?: string | undefined;
  /** Epoch seconds at which the send started; the log is read from a minute before. */
  sentAt: number;
  /** Epoch seconds after which nothing is read (a minute of slack is added); default: no end. */
  until?: number | undefined;
}

export interface ReceiptWaitPolicy {
  /** The first pause before a poll; later ones grow by `growth` up to `maxPauseMs`. */
  pauseMs: number;
  /** @default 1 (a fixed interval) */
  growth?: number | undefined;
  /** @default pauseMs × growth, uncapped below 10 s */
  maxPauseMs?: number | undefined;
  /** Stop after this long… */
  timeoutMs?: number | undefined;
  /** …or after this many polls, whichever comes first. */
  attempts?: number | undefined;
  /** A read that fails for good: `stop` returns it, `retry` tries again at the next poll. @default 'stop' */
  onReadError?: 'stop' | 'retry' | undefined;
  /** Pages read per poll. @default 100 */
  maxPages?: number | undefined;
}

export interface ReceiptWaitDeps {
  client: Pick<SmsClient, 'listSendLogs'>;
  now: () => number;
  sleep: (ms: number, signal?: AbortSignal) => Promise<void>;
  signal?: AbortSignal | undefined;
  /** After each poll that leaves messages waiting. */
  onPoll?: ((pending: number, total: number, attempt: number) => void) | undefined;
  /** A poll that failed and will be tried again (`onReadError: 'retry'`). */
  onReadError?: ((error: unknown, attempt: number) => void) | undefined;
}

export interface ReceiptWaitResult {
  receipts: Map<string, Receipt>;
  timedOut: boolean;
  /** Reading the send log failed for good (`onReadError: 'stop'`); the rest stay `pending`. */
  readError?: unknown;
}

/** Polls the send log until every message has a final receipt, the time or the attempts run out, or abort. */
export async function waitForReceipts(
  deps: ReceiptWaitDeps,
  scope: SendLogScope,
  messageIds: readonly string[],
  policy: ReceiptWaitPolicy,
): Promise<ReceiptWaitResult> {
  const receipts = new Map<string, Receipt>(messageIds.map((id) => [id, { status: 'pending' }]));
  const pendingCount = () => [...receipts.values()].filter((r) => r.status === 'pending').length;
  const deadline = policy.timeoutMs === undefined ? Infinity : deps.now() + policy.timeoutMs;
  const growth = policy.growth ?? 1;
  const maxPause = policy.maxPauseMs ?? Infinity;
  let pause = policy.pauseMs;
  for (let attempt = 1; pendingCount() > 0; attempt++) {
    if (policy.attempts !== undefined && attempt > policy.attempts) return { receipts, timedOut: true };
    await deps.sleep(Math.max(0, Math.min(pause, deadline - deps.now())), deps.signal);
    if (deps.signal?.aborted) return { receipts, timedOut: false };
    pause = Math.min(pause * growth, maxPause);
    try {
      const waiting = new Set([...receipts].filter(([, r]) => r.status === 'pending').map(([id]) => id));
      for await (const entry of sendLogEntries(deps, scope, policy.maxPages ?? 100)) {
        if (!waiting.has(entry.MessageId)) continue;
        const receipt = receiptOf(entry);
        if (receipt.status === 'pending') continue;
        receipts.set(entry.MessageId, receipt);
        waiting.delete(entry.MessageId);
        if (waiting.size === 0) break;
      }
    } catch (error) {
      if ((policy.onReadError ?? 'stop') === 'stop') return { receipts, timedOut: false, readError: error };
      deps.onReadError?.(error, attempt);
    }
    const pending = pendingCount();
    if (pending === 0) break;
    if (deps.now() >= deadline) return { receipts, timedOut: true };
    deps.onPoll?.(pending, receipts.size, attempt);
  }
  return { receipts, timedOut: false };
}

/** The send log of a scope, page after page (at most `maxPages`), newest pages as the service orders them. */
export async function* sendLogEntries(
  deps: Pick<ReceiptWaitDeps, 'client' | 'signal'>,
  scope: SendLogScope,
  maxPages: number,
  paging: { truncated: boolean } = { truncated: false },
): AsyncGenerator<SendLogEntry> {
  for (let page = 1; page <= maxPages; page++) {
    const { result } = await deps.client.listSendLogs(
      {
        subAccount: scope.subAccount,
        templateId: scope.templateId,
        ...(scope.signature === undefined ? {} : { signature: scope.signature }),
        fromTime: scope.sentAt - CLOCK_SLACK_SECONDS,
        ...(scope.until === undefined ? {} : { toTime: scope.until + CLOCK_SLACK_SECONDS }),
        page,
        pageSize: PAGE_SIZE,
      },
      { signal: deps.signal },
    );
    yield* result.List;
    if (result.List.length < PAGE_SIZE || page * PAGE_SIZE >= result.Total) return;
  }
  paging.truncated = true;
}

export interface ReceiptSummary {
  /** Send-log entries found in the scope. */
  messages: number;
  delivered: number;
  failed: number;
  pending: number;
  /** Failure codes and how often each came back, most frequent first. */
  failures: Array<{ code: string; count: number }>;
  /** False when the page limit stopped the count. */
  complete: boolean;
}

/** Counts the receipts of every message in the scope (a batch task's, by group, template and window). */
export async function summarizeReceipts(
  deps: Pick<ReceiptWaitDeps, 'client' | 'signal'>,
  scope: SendLogScope,
  maxPages = 10_000,
): Promise<ReceiptSummary> {
  const seen = new Set<string>();
  const codes = new Map<string, number>();
  const counts = { delivered: 0, failed: 0, pending: 0 };
  const paging = { truncated: false };
  for await (const entry of sendLogEntries(deps, scope, maxPages, paging)) {
    // Pages can shift while receipts arrive; a message is counted once.
    if (seen.has(entry.MessageId)) continue;
    seen.add(entry.MessageId);
    const receipt = receiptOf(entry);
    counts[receipt.status]++;
    if (receipt.status === 'failed') {
      const code = receipt.errorCode ?? 'unknown';
      codes.set(code, (codes.get(code) ?? 0) + 1);
    }
  }
  const failures = [...codes].map(([code, count]) => ({ code, count })).sort((a, b) => b.count - a.count);
  return { messages: seen.size, ...counts, failures, complete: !paging.truncated };
}

/**
 * Counts the scope's receipts (summarizeReceipts) again every `pauseMs` until none is pending, `timeoutMs`
 * has passed or the signal aborts: the wait for a finished batch task's last receipts (`batch-wait`).
 * Messages still `pending` in the summary returned are those whose receipt did not come in time.
 */
export async function waitForReceiptSummary(
  deps: Pick<ReceiptWaitDeps, 'client' | 'now' | 'sleep' | 'signal'> & {
    onPoll?: ((summary: ReceiptSummary) => void) | undefined;
  },
  scope: SendLogScope,
  policy: { pauseMs: number; timeoutMs: number },
): Promise<ReceiptSummary> {
  const deadline = deps.now() + policy.timeoutMs;
  let summary = await summarizeReceipts(deps, scope);
  while (summary.pending > 0 && deps.now() < deadline && !deps.signal?.aborted) {
    deps.onPoll?.(summary);
    await deps.sleep(Math.min(policy.pauseMs, deadline - deps.now()), deps.signal);
    if (deps.signal?.aborted) break;
    summary = await summarizeReceipts(deps, scope);
  }
  return summary;
}
