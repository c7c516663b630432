import type { BatchTask } from '../schemas/agent-v2-results.ts';
import type { SmsClient } from '../types.ts';
import type { GateDefinition } from './gate-types.ts';
import { type GateFailure } from './gate-failure.ts';
/**
 * The batch launch gate (reference §4.3–4.4): ConsentBatchTask for a task in state 2 (Valid), once. The
 * digest covers the launch summary: the task's fields from GetBatchTaskDetail, the handoff values
 * `batch-create` printed (the detail does not return them) and the current template's content hash.
 * The submit needs the digest and the phrase `确认启动任务 <taskId>`; it re-runs the preview's reads and
 * checks, and right before the consent reads the detail once more.
 */
export interface BatchLaunchRequest {
    subAccount: string;
    taskId: string;
    /** The handoff values of batch-create (its precheck of the file). */
    fileSha256: string;
    totalCount?: number | undefined;
    validCount: number;
    invalidCount: number;
    dupCount: number;
}
/** What the preview shows: the summary without the file key (its hash instead), templateName, scheduled. */
export interface LaunchSummary {
    taskId: string;
    taskName: string;
    subAccount: string;
    signature: string;
    templateId: string;
    channelType: string;
    fileKeySha256: string;
    sendTime: number | string;
    totalCount: number;
    fileSha256: string;
    validCount: number;
    invalidCount: number;
    dupCount: number;
    contentSha256: string;
}
export declare const describeTaskStatus: (status: number) => string;
export declare const CONSENT_PHRASE = "\u786E\u8BA4\u542F\u52A8\u4EFB\u52A1";
/** GetBatchTaskDetail, with the identity check the launch and the cancel need. */
export declare function readTask(client: SmsClient, subAccount: string, taskId: string): Promise<{
    ok: true;
    task: BatchTask & {
        status: number;
    };
} | GateFailure>;
interface LaunchWrite {
    request: BatchLaunchRequest;
    digest: string;
    contentSha256: string;
}
export declare const BATCH_LAUNCH_GATE: GateDefinition<BatchLaunchRequest, LaunchSummary, LaunchWrite>;
export declare const previewBatchLaunch: (context: import("./gate-types.ts").GateContext, request: BatchLaunchRequest) => Promise<import("./gate-types.ts").GateOutcome<import("./gate-types.ts").GatePreview<LaunchSummary>>>, submitBatchLaunch: (context: import("./gate-types.ts").GateContext, request: BatchLaunchRequest, input: import("./gate-types.ts").GateSubmitInput<LaunchSummary>) => Promise<import("./gate-types.ts").GateOutcome<import("./gate-types.ts").GateSubmitted<LaunchSummary>>>;
export {};
