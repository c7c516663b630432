import type { CallRuntime } from '../http/execute-call.ts';
import type { ApiResponse, CallOptions } from '../types.ts';
import type { BatchTaskRef, GetBatchTaskDetailQuery, GetSubAccountDetailQuery, GetUploadTosURLQuery, ListSecondTemplateQuery, ApplySmsSignatureV2Body } from '../schemas/agent-v2-requests.ts';
import type { BatchTask, BatchTaskCreated, BatchTaskList, EmptyResult, QualificationList, SecondTemplateList, SignatureApplication, SubAccountDetail, TemplateApplication, TemplateUploadDemo, UploadTosURL } from '../schemas/agent-v2-results.ts';
import { type ApplySmsTemplateV2Input, type GetBatchTaskListInput, type GetSignatureIdentificationListInput, type SetBatchTaskInput, type TemplateUploadDemoInput } from './actions.ts';
import { type BatchFileUpload, type UploadBatchFileInput, type UploadSettings } from './upload.ts';
type Call<I, R> = (input: I, options?: CallOptions) => Promise<ApiResponse<R>>;
/**
 * The twelve lowerCamel actions of the `2026-01-01` agent API (agent-v2 reference §2), one method each,
 * named after its action; inputs are the wire fields themselves (zod schemas in
 * ../schemas/agent-v2-requests.ts), results the allowlisted keys of §1.3. Reads retry on anything
 * transient. Writes (marked below) go out at most once; a lost answer rejects with SmsOutcomeUnknownError
 * whose `reconcile` names the read that settles it.
 */
export interface AgentV2Methods {
    /** GET. A message group's status (1 = usable) and its channel → industry map. */
    getSubAccountDetail: Call<GetSubAccountDetailQuery, SubAccountDetail>;
    /** POST. Signature qualifications; page 1 of 100 unless given. */
    getSignatureIdentificationList: (input?: GetSignatureIdentificationListInput, options?: CallOptions) => Promise<ApiResponse<QualificationList>>;
    /** GET. V2 template details (content, variables, groups, signatures). */
    listSecondTemplate: (input?: ListSecondTemplateQuery, options?: CallOptions) => Promise<ApiResponse<SecondTemplateList>>;
    /** POST, write. Applies for a signature; reconciled by ListSignatureForAgent. */
    applySmsSignatureV2: Call<ApplySmsSignatureV2Body, SignatureApplication>;
    /** POST, write. Applies for a template (`area` is `cn`); reconciled by ListSmsTemplateForAgent. */
    applySmsTemplateV2: Call<ApplySmsTemplateV2Input, TemplateApplication>;
    /** GET, write. A presigned PUT URL (five minutes) and the object key for SetBatchTask. */
    getUploadTosURL: (input?: Partial<GetUploadTosURLQuery>, options?: CallOptions) => Promise<ApiResponse<UploadTosURL>>;
    /** POST. The sample CSV of a template (the one action that may answer a CSV file instead of JSON). */
    templateUploadDemo: Call<TemplateUploadDemoInput, TemplateUploadDemo>;
    /** POST, write. Creates a batch task from an uploaded file (never starts it); cannot be reconciled. */
    setBatchTask: Call<SetBatchTaskInput, BatchTaskCreated>;
    /** GET. The authoritative state of one task. */
    getBatchTaskDetail: Call<GetBatchTaskDetailQuery, BatchTask>;
    /** GET. A group's tasks, page 1 of 100 unless given (state-2 tasks may be missing: use the detail). */
    getBatchTaskList: Call<GetBatchTaskListInput, BatchTaskList>;
    /** POST, write. Starts a task in status 2; reconciled by GetBatchTaskDetail (3–6). */
    consentBatchTask: Call<BatchTaskRef, EmptyResult>;
    /** POST, write. Cancels a task; reconciled by GetBatchTaskDetail (7). */
    deleteBatchTask: Call<BatchTaskRef, EmptyResult>;
    /**
     * GetUploadTosURL, then a streamed PUT of the file to the presigned URL (https under `.volces.com`, or
     * the endpoint's own host). Gives the `file` key for setBatchTask, the size and the SHA-256 sent.
     */
    uploadBatchFile(input: UploadBatchFileInput, options?: CallOptions): Promise<BatchFileUpload>;
}
export declare function createAgentV2Methods(runtime: CallRuntime, upload: UploadSettings): AgentV2Methods;
export {};
