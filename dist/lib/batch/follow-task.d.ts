import type { BatchTask } from '../schemas/agent-v2-results.ts';
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
    /** False when the wait was stopped before a final state. */
    final: boolean;
}
export declare function followBatchTask(deps: FollowTaskDeps, ref: {
    subAccount: string;
    taskId: string;
}, options: {
    intervalMs: number;
    since: number;
}): Promise<FollowedTask>;
