import type { SmsClient } from '../types.ts';
import { type GateFailure } from './gate-failure.ts';
/**
 * `batch-cancel` (reference §2.12, §5.3): no gate beyond the task's own state. Already canceled (7)
 * answers `alreadyCanceled` without a call; a task outside 0–5 is refused; a scheduled task only while
 * its send time is more than one minute ahead (an unknown send time is refused); then DeleteBatchTask
 * once. A lost answer is settled by the detail: 7 means it was canceled. A second cancel finds 7 and
 * calls nothing, so cancelling twice deletes once.
 */
export interface BatchCancelled {
    ok: true;
    /** `DeleteBatchTask` when it was called, `batch-cancel` for an answer without a call. */
    action: string;
    requestId: string | undefined;
    result: Record<string, unknown>;
}
/** A detail's `sendTime` in epoch ms: a number is Unix seconds, a string ISO 8601; 0 or empty is none. */
export declare function sendTimeMs(sendTime: number | string | null | undefined): number | undefined;
export declare function cancelBatchTask(client: SmsClient, ref: {
    subAccount: string;
    taskId: string;
}, now?: number): Promise<BatchCancelled | GateFailure>;
