import type { z } from 'zod';
import type { CallRuntime } from '../http/execute-call.ts';
import type { ApiResponse, CallOptions } from '../types.ts';
import { AGENT_V2_ACTIONS as A } from './actions.ts';
import { runAgentV2 } from './run.ts';
import {
  batchFileSize,
  putBatchFile,
  type BatchFileUpload,
  type UploadBatchFileInput,
  type UploadSettings,
} from './upload.ts';

type Actions = typeof A;
type InputOf<K extends keyof Actions> = Parameters<Actions[K]['prepare']>[0];
type ResultOf<K extends keyof Actions> = z.output<ReturnType<Actions[K]['result']>>;
/** The method of the table's action `K`: its input, its result. */
type Call<K extends keyof Actions> = (
  input: InputOf<K>,
  options?: CallOptions,
) => Promise<ApiResponse<ResultOf<K>>>;
/** The same, for an action whose input may be left out. */
type OptionalCall<K extends keyof Actions> = (
  input?: InputOf<K>,
  options?: CallOptions,
) => Promise<ApiResponse<ResultOf<K>>>;

/**
 * The twelve lowerCamel actions of the `2026-01-01` agent API (agent-v2 reference §2), one method each,
 * named after its action; inputs are the wire fields themselves (zod schemas in
 * ../schemas/agent-v2-requests.ts), results the allowlisted keys of §1.3. Reads retry on anything
 * transient. Writes (marked below) go out at most once; a lost answer rejects with SmsOutcomeUnknownError
 * whose `reconcile` names the read that settles it.
 */
export interface AgentV2Methods {
  /** GET. A message group's status (1 = usable) and its channel → industry map. */
  getSubAccountDetail: Call<'getSubAccountDetail'>;
  /** POST. Signature qualifications; page 1 of 100 unless given. */
  getSignatureIdentificationList: OptionalCall<'getSignatureIdentificationList'>;
  /** GET. V2 template details (content, variables, groups, signatures). */
  listSecondTemplate: OptionalCall<'listSecondTemplate'>;
  /** POST, write. Applies for a signature; reconciled by ListSignatureForAgent. */
  applySmsSignatureV2: Call<'applySmsSignatureV2'>;
  /** POST, write. Applies for a template (`area` is `cn`); reconciled by ListSmsTemplateForAgent. */
  applySmsTemplateV2: Call<'applySmsTemplateV2'>;
  /** GET, write. A presigned PUT URL (five minutes) and the object key for SetBatchTask. */
  getUploadTosURL: OptionalCall<'getUploadTosURL'>;
  /** POST. The sample CSV of a template (the one action that may answer a CSV file instead of JSON). */
  templateUploadDemo: Call<'templateUploadDemo'>;
  /** POST, write. Creates a batch task from an uploaded file (never starts it); cannot be reconciled. */
  setBatchTask: Call<'setBatchTask'>;
  /** GET. The authoritative state of one task. */
  getBatchTaskDetail: Call<'getBatchTaskDetail'>;
  /** GET. A group's tasks, page 1 of 100 unless given (state-2 tasks may be missing: use the detail). */
  getBatchTaskList: Call<'getBatchTaskList'>;
  /** POST, write. Starts a task in status 2; reconciled by GetBatchTaskDetail (3–6). */
  consentBatchTask: Call<'consentBatchTask'>;
  /** POST, write. Cancels a task; reconciled by GetBatchTaskDetail (7). */
  deleteBatchTask: Call<'deleteBatchTask'>;
  /**
   * GetUploadTosURL, then a streamed PUT of the file to the presigned URL (https under `.volces.com`, or
   * the endpoint's own host). Gives the `file` key for setBatchTask, the size and the SHA-256 sent.
   */
  uploadBatchFile(input: UploadBatchFileInput, options?: CallOptions): Promise<BatchFileUpload>;
}

export function createAgentV2Methods(runtime: CallRuntime, upload: UploadSettings): AgentV2Methods {
  const methods: AgentV2Methods = {
    getSubAccountDetail: (input, o) => runAgentV2(runtime, A.getSubAccountDetail, input, o),
    getSignatureIdentificationList: (input = {}, o) =>
      runAgentV2(runtime, A.getSignatureIdentificationList, input, o),
    listSecondTemplate: (input = {}, o) => runAgentV2(runtime, A.listSecondTemplate, input, o),
    applySmsSignatureV2: (input, o) => runAgentV2(runtime, A.applySmsSignatureV2, input, o),
    applySmsTemplateV2: (input, o) => runAgentV2(runtime, A.applySmsTemplateV2, input, o),
    getUploadTosURL: (input = {}, o) => runAgentV2(runtime, A.getUploadTosURL, input, o),
    templateUploadDemo: (input, o) => runAgentV2(runtime, A.templateUploadDemo, input, o),
    setBatchTask: (input, o) => runAgentV2(runtime, A.setBatchTask, input, o),
    getBatchTaskDetail: (input, o) => runAgentV2(runtime, A.getBatchTaskDetail, input, o),
    getBatchTaskList: (input, o) => runAgentV2(runtime, A.getBatchTaskList, input, o),
    consentBatchTask: (input, o) => runAgentV2(runtime, A.consentBatchTask, input, o),
    deleteBatchTask: (input, o) => runAgentV2(runtime, A.deleteBatchTask, input, o),
    uploadBatchFile: async (input, o = {}) => {
      // The file is checked first: asking for an upload URL is a write.
      const size = await batchFileSize(input.path);
      const { result, requestId } = await methods.getUploadTosURL({ suffix: 'csv' }, o);
      const file = { path: input.path, size, inspect: input.inspect };
      const put = await putBatchFile(result.url, file, { ...upload, endpoint: runtime.endpoint.url }, o);
      return { file: result.file, requestId, ...put };
    },
  };
  return methods;
}
