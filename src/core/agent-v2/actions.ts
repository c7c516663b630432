import type { PickSchema } from '../dialects/dialect.ts';
import type { ReconcilingRead } from '../errors/errors.ts';
import type {
  ApplySmsSignatureV2Body,
  ApplySmsTemplateV2Body,
  BatchTaskRef,
  GetBatchTaskDetailQuery,
  GetBatchTaskListQuery,
  GetSignatureIdentificationListBody,
  GetSubAccountDetailQuery,
  GetUploadTosURLQuery,
  ListSecondTemplateQuery,
  SetBatchTaskBody,
  TemplateUploadDemoBody,
} from '../schemas/agent-v2-requests.ts';
import type {
  BatchTask,
  BatchTaskCreated,
  BatchTaskList,
  EmptyResult,
  QualificationList,
  SecondTemplateList,
  SignatureApplication,
  SubAccountDetail,
  TemplateApplication,
  TemplateUploadDemo,
  UploadTosURL,
} from '../schemas/agent-v2-results.ts';

/**
 * The twelve lowerCamel `2026-01-01` actions as data: method, class, schemas and, for a write, the read that
 * settles a lost answer (agent-v2 reference §1.2). The class alone decides retries: a read is retried on
 * anything transient, a write is sent at most once and a lost answer is "outcome unknown" (§5.2).
 */
export interface AgentV2Action<I, P, R> {
  action: string;
  /** The exact params sent, from the caller's input: the documented defaults filled in, nothing else. */
  prepare: (input: I) => P;
  method: 'GET' | 'POST';
  kind: 'read' | 'write';
  params: PickSchema;
  result: PickSchema<R>;
  /** Writes only: the read that reconciles a lost answer; undefined when nothing can (no key to look up). */
  reconcile?: ((params: P) => ReconcilingRead | undefined) | undefined;
  /** Writes only: what to do when it cannot be reconciled. */
  unreconciled?: string | undefined;
  /** The one action whose success may be a CSV file instead of JSON (reference §2.7). */
  answersCsv?: boolean | undefined;
}

const action = <I, P, R>(spec: AgentV2Action<I, P, R>) => spec;
const asIs = <P>(input: P): P => input;
// The skill's paging defaults: page 1 of 100.
const firstPage = <P extends { pageIndex?: number; pageSize?: number }>(input: P) => ({
  ...input,
  pageIndex: input.pageIndex ?? 1,
  pageSize: input.pageSize ?? 100,
});

/** Paged inputs may leave the page out: page 1 of 100. */
export type WithPaging<P extends { pageIndex: number; pageSize: number }> = Omit<
  P,
  'pageIndex' | 'pageSize'
> &
  Partial<Pick<P, 'pageIndex' | 'pageSize'>>;
export type GetSignatureIdentificationListInput = WithPaging<GetSignatureIdentificationListBody>;
export type GetBatchTaskListInput = WithPaging<GetBatchTaskListQuery>;
/** `area` is always `cn`. */
export type ApplySmsTemplateV2Input = Omit<ApplySmsTemplateV2Body, 'area'> & { area?: 'cn' };
/** `forceUpdate: false` is not sent. */
export type TemplateUploadDemoInput = Omit<TemplateUploadDemoBody, 'forceUpdate'> & { forceUpdate?: boolean };
/** `extra` is always `{}`. */
export type SetBatchTaskInput = Omit<SetBatchTaskBody, 'extra'> & { extra?: Record<string, never> };

const taskDetail = (params: BatchTaskRef, settledWhen: string): ReconcilingRead => ({
  action: 'GetBatchTaskDetail',
  params: { subAccount: params.subAccount, taskId: params.taskId },
  settledWhen,
});

export const AGENT_V2_ACTIONS = {
  getSubAccountDetail: action<GetSubAccountDetailQuery, GetSubAccountDetailQuery, SubAccountDetail>({
    action: 'GetSubAccountDetail',
    prepare: asIs,
    method: 'GET',
    kind: 'read',
    params: (s) => s.GetSubAccountDetailQuerySchema,
    result: (s) => s.SubAccountDetailSchema,
  }),
  getSignatureIdentificationList: action<
    WithPaging<GetSignatureIdentificationListBody>,
    GetSignatureIdentificationListBody,
    QualificationList
  >({
    action: 'GetSignatureIdentificationList',
    prepare: firstPage,
    method: 'POST',
    kind: 'read',
    params: (s) => s.GetSignatureIdentificationListBodySchema,
    result: (s) => s.QualificationListSchema,
  }),
  listSecondTemplate: action<ListSecondTemplateQuery, ListSecondTemplateQuery, SecondTemplateList>({
    action: 'ListSecondTemplate',
    prepare: asIs,
    method: 'GET',
    kind: 'read',
    params: (s) => s.ListSecondTemplateQuerySchema,
    result: (s) => s.SecondTemplateListSchema,
  }),
  applySmsSignatureV2: action<ApplySmsSignatureV2Body, ApplySmsSignatureV2Body, SignatureApplication>({
    action: 'ApplySmsSignatureV2',
    prepare: asIs,
    method: 'POST',
    kind: 'write',
    params: (s) => s.ApplySmsSignatureV2BodySchema,
    result: (s) => s.SignatureApplicationSchema,
    reconcile: (body) => ({
      action: 'ListSignatureForAgent',
      params: { Signature: body.content, SubAccounts: [...body.subAccounts], Page: 1, PageSize: 100 },
      settledWhen:
        'exactly one signature with this text lists a status other than 2 (rejected), these message groups and channels, and the same qualification and purpose',
    }),
  }),
  applySmsTemplateV2: action<ApplySmsTemplateV2Input, ApplySmsTemplateV2Body, TemplateApplication>({
    action: 'ApplySmsTemplateV2',
    prepare: (input) => ({ ...input, area: input.area ?? 'cn' }),
    method: 'POST',
    kind: 'write',
    params: (s) => s.ApplySmsTemplateV2BodySchema,
    result: (s) => s.TemplateApplicationSchema,
    reconcile: (body) => ({
      action: 'ListSmsTemplateForAgent',
      params: {
        SubAccounts: [...body.subAccounts],
        Signatures: [...body.signatures],
        Page: 1,
        PageSize: 100,
      },
      settledWhen:
        'exactly one template with this name lists a status other than 2 (rejected) and the same content, channel, message groups, signatures and variables',
    }),
  }),
  getUploadTosURL: action<Partial<GetUploadTosURLQuery>, GetUploadTosURLQuery, UploadTosURL>({
    action: 'GetUploadTosURL',
    prepare: (input) => ({ ...input, suffix: input.suffix ?? 'csv' }),
    method: 'GET',
    kind: 'write',
    params: (s) => s.GetUploadTosURLQuerySchema,
    result: (s) => s.UploadTosURLSchema,
    unreconciled: 'Nothing was uploaded yet: ask for a new upload URL.',
  }),
  templateUploadDemo: action<TemplateUploadDemoInput, TemplateUploadDemoBody, TemplateUploadDemo>({
    action: 'TemplateUploadDemo',
    prepare: ({ forceUpdate, ...input }) => (forceUpdate ? { ...input, forceUpdate } : input),
    method: 'POST',
    kind: 'read',
    params: (s) => s.TemplateUploadDemoBodySchema,
    result: (s) => s.TemplateUploadDemoSchema,
    answersCsv: true,
  }),
  setBatchTask: action<SetBatchTaskInput, SetBatchTaskBody, BatchTaskCreated>({
    action: 'SetBatchTask',
    prepare: (input) => ({ ...input, extra: input.extra ?? {} }),
    method: 'POST',
    kind: 'write',
    params: (s) => s.SetBatchTaskBodySchema,
    result: (s) => s.BatchTaskCreatedSchema,
    unreconciled:
      'The task may or may not have been created, and without its taskId it cannot be looked up (matching by name or time is not safe): check the batch tasks in the console before creating it again. Creating a task never starts it.',
  }),
  getBatchTaskDetail: action<GetBatchTaskDetailQuery, GetBatchTaskDetailQuery, BatchTask>({
    action: 'GetBatchTaskDetail',
    prepare: asIs,
    method: 'GET',
    kind: 'read',
    params: (s) => s.GetBatchTaskDetailQuerySchema,
    result: (s) => s.BatchTaskSchema,
  }),
  getBatchTaskList: action<GetBatchTaskListInput, GetBatchTaskListQuery, BatchTaskList>({
    action: 'GetBatchTaskList',
    prepare: firstPage,
    method: 'GET',
    kind: 'read',
    params: (s) => s.GetBatchTaskListQuerySchema,
    result: (s) => s.BatchTaskListSchema,
  }),
  consentBatchTask: action<BatchTaskRef, BatchTaskRef, EmptyResult>({
    action: 'ConsentBatchTask',
    prepare: asIs,
    method: 'POST',
    kind: 'write',
    params: (s) => s.ConsentBatchTaskBodySchema,
    result: (s) => s.EmptyResultSchema,
    reconcile: (ref) => taskDetail(ref, 'status is 3 to 6: the task started'),
  }),
  deleteBatchTask: action<BatchTaskRef, BatchTaskRef, EmptyResult>({
    action: 'DeleteBatchTask',
    prepare: asIs,
    method: 'POST',
    kind: 'write',
    params: (s) => s.DeleteBatchTaskBodySchema,
    result: (s) => s.EmptyResultSchema,
    reconcile: (ref) => taskDetail(ref, 'status is 7: the task is canceled'),
  }),
};
