import { type GateFailure } from '../consent/gate-failure.ts';
import type { SmsClient } from '../types.ts';
import { type BatchPrecheckReport } from './precheck.ts';
/**
 * `batch-create` (reference §3.1): schedule check → resource checks → precheck of the file → upload →
 * SetBatchTask → the task's detail. Creation is never consent: the task is left in state 2 for
 * batch-launch-preview/-submit. Shared by the CLI and any entry point that creates tasks.
 */
export interface CreateBatchTaskInput {
    file: string;
    subAccount: string;
    taskName: string;
    signature: string;
    templateId: string;
    scheduled: boolean;
    /** ISO 8601, Asia/Shanghai unless it has an offset; with `scheduled` only. */
    sendTime?: string | undefined;
}
export interface BatchTaskHandoff extends BatchPrecheckReport {
    taskId: string;
    subAccount: string;
    /** From the detail when its identity matched (`statusAuthoritative`), else null. */
    status: number | null;
    statusAuthoritative: boolean;
    dupCount: number;
    /** Informational (§3.1 step 8): no later command consumes it. */
    digest: string;
}
export declare function createBatchTask(client: SmsClient, input: CreateBatchTaskInput, now: number): Promise<{
    ok: true;
    requestId: string | undefined;
    result: BatchTaskHandoff;
} | GateFailure>;
