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
/** One send-log entry as a receipt: `Status` wins (3 delivered, 2 failed, 1 waiting), else the receipt fields. */
export declare function receiptOf(entry: SendLogEntry): Receipt;
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
export declare function waitForReceipts(deps: ReceiptWaitDeps, scope: SendLogScope, messageIds: readonly string[], policy: ReceiptWaitPolicy): Promise<ReceiptWaitResult>;
/** The send log of a scope, page after page (at most `maxPages`), newest pages as the service orders them. */
export declare function sendLogEntries(deps: Pick<ReceiptWaitDeps, 'client' | 'signal'>, scope: SendLogScope, maxPages: number, paging?: {
    truncated: boolean;
}): AsyncGenerator<SendLogEntry>;
export interface ReceiptSummary {
    /** Send-log entries found in the scope. */
    messages: number;
    delivered: number;
    failed: number;
    pending: number;
    /** Failure codes and how often each came back, most frequent first. */
    failures: Array<{
        code: string;
        count: number;
    }>;
    /** False when the page limit stopped the count. */
    complete: boolean;
}
/** Counts the receipts of every message in the scope (a batch task's, by group, template and window). */
export declare function summarizeReceipts(deps: Pick<ReceiptWaitDeps, 'client' | 'signal'>, scope: SendLogScope, maxPages?: number): Promise<ReceiptSummary>;
/**
 * Counts the scope's receipts (summarizeReceipts) again every `pauseMs` until none is pending, `timeoutMs`
 * has passed or the signal aborts: the wait for a finished batch task's last receipts (`batch-wait`).
 * Messages still `pending` in the summary returned are those whose receipt did not come in time.
 */
export declare function waitForReceiptSummary(deps: Pick<ReceiptWaitDeps, 'client' | 'now' | 'sleep' | 'signal'> & {
    onPoll?: ((summary: ReceiptSummary) => void) | undefined;
}, scope: SendLogScope, policy: {
    pauseMs: number;
    timeoutMs: number;
}): Promise<ReceiptSummary>;
