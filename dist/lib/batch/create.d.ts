import { type GateFailure } from '../consent/gate-failure.ts';
import { type BatchCsvSource } from '../sending/batch-csv.ts';
import { type TemplateFacts } from '../sending/delivery-plan.ts';
import type { CallOptions, SmsClient } from '../types.ts';
import { type BatchPrecheckReport } from './precheck.ts';
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
/** Status 2 (Valid): created and validated, awaiting consent (ConsentBatchTask). */
export declare const BATCH_TASK_AWAITING_CONSENT = 2;
export interface BatchSendInput {
    subAccount: string;
    signature: string;
    templateId: string;
    /** The task's name, shown in the console and `batch-list`. */
    taskName: string;
    recipients: BatchCsvSource;
    /** See BatchCsvOptions.duplicates. @default 'error' */
    duplicates?: 'error' | 'skip' | undefined;
    /** Unix seconds; without it the task sends as soon as it is consented. */
    sendTime?: number | undefined;
    /** Already looked up (describeTemplate); else it is looked up here. */
    template?: TemplateFacts | undefined;
}
export interface BatchSendTask {
    taskId: string;
    subAccount: string;
    /** GetBatchTaskDetail's status (2 = awaiting consent), undefined when the detail could not be read. */
    status: number | undefined;
    /** The status came from a detail whose task id and group matched. */
    statusAuthoritative: boolean;
    /** The service's counts of the file (every row; repeats it dropped). */
    totalCount: number | undefined;
    dupCount: number | undefined;
    /** Rows written to the file, and repeats skipped locally (`duplicates: 'skip'`). */
    rows: number;
    skippedDuplicates: number;
    fileBytes: number;
    fileSha256: string;
    template: TemplateFacts;
}
/**
 * The batch engine's path up to consent: streams the recipients into a CSV (a private temporary file,
 * removed afterwards), uploads it (uploadBatchFile) and creates the task (setBatchTask), then reads its
 * detail. The task is left awaiting consent (status 2): starting it is a separate, explicit
 * consentBatchTask. Nothing is asked of the service before the whole file is built and checked.
 * @throws SmsInputError for a verification template or a bad recipient (nothing uploaded); the client's
 *   errors for the calls, SmsOutcomeUnknownError when SetBatchTask's answer was lost
 */
export declare function createBatchSendTask(client: Pick<SmsClient, 'listTemplates' | 'uploadBatchFile' | 'setBatchTask' | 'getBatchTaskDetail'>, input: BatchSendInput, options?: CallOptions): Promise<BatchSendTask>;
