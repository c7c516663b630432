import type { BatchTask } from '../schemas/agent-v2-results.ts';
import type { SendStats } from '../schemas/agent.ts';
import type { SmsClient } from '../types.ts';
/**
 * Follows a launched batch task (reference §2.9, §4.4) to a final state: GetBatchTaskDetail is the
 * authoritative state, read every `intervalMs`; each change (state or sent count) is reported once. The
 * detail has no progress count, so the count comes from the stats of the task's group, template and
 * signature since it started (one request per poll; absent when the stats cannot be read). Stopping (the
 * signal) stops the waiting, never the task. 6 Done means processed, not delivered: receipts are in the
 * send log (receipts.ts).
 */
export declare const FINAL_TASK_STATES: ReadonlySet<number>;
export interface TaskProgress {
    taskId: string;
    status: number;
    /** The reference's name of the state (`Sending`), if it has one. */
    state: string | undefined;
    totalCount: number | undefined;
    /** Messages the stats count as sent so far, when they could be read. */
    sentCount: number | undefined;
    final: boolean;
}
export interface FollowTaskDeps {
    client: Pick<SmsClient, 'getBatchTaskDetail' | 'getSendStats'>;
    now: () => number;
    sleep: (ms: number, signal?: AbortSignal) => Promise<void>;
    signal?: AbortSignal | undefined;
    onChange?: ((progress: TaskProgress) => void) | undefined;
}
export interface FollowedTask {
    task: BatchTask;
    progress: TaskProgress;
    /** Epoch seconds from which its messages are in the send log (send time, else `since`). */
    startedAt: number;
    /** False when the wait was stopped (the signal) or timed out before a final state. */
    final: boolean;
    /** `timeoutMs` ran out before a final state. */
    timedOut: boolean;
}
export interface FollowTaskOptions {
    /** The first pause between detail reads; later ones grow by `growth` up to `maxIntervalMs`. */
    intervalMs: number;
    /** Epoch seconds: where the task's messages start in the send log when it has no send time. */
    since: number;
    /** @default 1 (a fixed interval) */
    growth?: number | undefined;
    maxIntervalMs?: number | undefined;
    /** Stop waiting after this long (the task goes on). @default no limit */
    timeoutMs?: number | undefined;
    /** Read the sent count from the stats on each poll (one more request). @default true */
    counts?: boolean | undefined;
    /** The status already reported (a follow-up taken over): no change is reported until it differs. */
    lastStatus?: number | undefined;
    /** A failed detail read: without this it is thrown; with it, reported and read again at the next poll. */
    onReadError?: ((error: unknown) => void) | undefined;
}
export declare function followBatchTask(deps: FollowTaskDeps, ref: {
    subAccount: string;
    taskId: string;
}, options: FollowTaskOptions): Promise<FollowedTask>;
export interface TaskReceipts {
    /** Accepted by the service (the stats' send successes), and their receipts so far. */
    accepted: number;
    delivered: number;
    failed: number;
    pending: number;
    /** The window's stats as read last. */
    stats: SendStats;
    /** The time or the attempts ran out with receipts still awaited. */
    timedOut: boolean;
}
export interface TaskReceiptScope {
    subAccount: string;
    templateId: string;
    signature?: string | undefined;
    /** Epoch seconds from which the task's messages count (a minute of slack is added). */
    fromTime: number;
    /** Wait until at least this many were accepted, too. @default 0 */
    expected?: number | undefined;
}
/**
 * The receipts of a finished task, from the send stats of its group, template and signature since it
 * started (the API has no per-task stats, so another send of that template in that time counts too), read
 * until every accepted message has a receipt or the time or attempts run out. One request per read.
 */
export declare function waitForTaskReceipts(deps: Omit<FollowTaskDeps, 'onChange' | 'client'> & {
    client: Pick<SmsClient, 'getSendStats'>;
    onPoll?: ((receipts: TaskReceipts) => void) | undefined;
}, scope: TaskReceiptScope, policy: {
    pauseMs: number;
    growth?: number;
    maxPauseMs?: number;
    timeoutMs?: number;
    attempts?: number;
}): Promise<TaskReceipts>;
