import type { z } from 'zod';
import type { PickSchema } from '../dialects/dialect.ts';
import type { ReconcilingRead } from '../errors/errors.ts';
import type * as Req from '../schemas/agent-v2-requests.ts';
import type { WireSchemas } from '../schemas/wire-schemas.ts';

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

/** Paged inputs may leave the page out: page 1 of 100. */
export type WithPaging<P extends { pageIndex: number; pageSize: number }> = Omit<
  P,
  'pageIndex' | 'pageSize'
> &
  Partial<Pick<P, 'pageIndex' | 'pageSize'>>;
export type GetSignatureIdentificationListInput = WithPaging<Req.GetSignatureIdentificationListBody>;
export type GetBatchTaskListInput = WithPaging<Req.GetBatchTaskListQuery>;
/** `area` is always `cn`. */
export type ApplySmsTemplateV2Input = Omit<Req.ApplySmsTemplateV2Body, 'area'> & { area?: 'cn' };
/** `forceUpdate: false` is not sent. */
export type TemplateUploadDemoInput = Omit<Req.TemplateUploadDemoBody, 'forceUpdate'> & {
  forceUpdate?: boolean;
};
/** `extra` is always `{}`. */
export type SetBatchTaskInput = Omit<Req.SetBatchTaskBody, 'extra'> & { extra?: Record<string, never> };

type Method = AgentV2Action<never, never, unknown>['method'];
type SchemaName = keyof WireSchemas;
/** An action's request schema is named after it: `<Action>QuerySchema` for a GET, `<Action>BodySchema` for a POST. */
type ParamsSchemaName<
  A extends string,
  M extends Method,
> = `${A}${M extends 'GET' ? 'Query' : 'Body'}Schema` & SchemaName;
type ParamsOf<A extends string, M extends Method> = z.input<WireSchemas[ParamsSchemaName<A, M>]>;

/** What a row states beyond class, method, action and result: only what is not the default. */
interface Row<I, P> {
  /** The documented defaults filled in; the input is sent as it is without one. */
  prepare?: (input: I) => P;
  reconcile?: (params: P) => ReconcilingRead | undefined;
  unreconciled?: string;
  answersCsv?: boolean;
}

/** One row of the table; the params and result types follow from the schemas it names. */
function actionRow<const A extends string, M extends Method, R extends SchemaName, I = ParamsOf<A, M>>(
  kind: 'read' | 'write',
  method: M,
  action: A,
  result: R,
  row: Row<I, ParamsOf<A, M>> = {},
): AgentV2Action<I, ParamsOf<A, M>, z.output<WireSchemas[R]>> {
  const paramsSchema = `${action}${method === 'GET' ? 'Query' : 'Body'}Schema` as ParamsSchemaName<A, M>;
  const { prepare = (input: I) => input as unknown as ParamsOf<A, M>, ...rest } = row;
  return {
    action,
    prepare,
    method,
    kind,
    params: (s) => s[paramsSchema],
    result: (s) => s[result] as unknown as z.ZodType<z.output<WireSchemas[R]>>,
    ...rest,
  };
}

// The skill's paging defaults: page 1 of 100.
const firstPage = <P extends { pageIndex: number; pageSize: number }>(input: WithPaging<P>): P =>
  ({ ...input, pageIndex: input.pageIndex ?? 1, pageSize: input.pageSize ?? 100 }) as P;

const taskDetail = (params: Req.BatchTaskRef, settledWhen: string): ReconcilingRead => ({
  action: 'GetBatchTaskDetail',
  params: { subAccount: params.subAccount, taskId: params.taskId },
  settledWhen,
});

export const AGENT_V2_ACTIONS = {
  getSubAccountDetail: actionRow('read', 'GET', 'GetSubAccountDetail', 'SubAccountDetailSchema'),
  getSignatureIdentificationList: actionRow(
    'read',
    'POST',
    'GetSignatureIdentificationList',
    'QualificationListSchema',
    { prepare: (input: GetSignatureIdentificationListInput) => firstPage(input) },
  ),
  listSecondTemplate: actionRow('read', 'GET', 'ListSecondTemplate', 'SecondTemplateListSchema'),
  applySmsSignatureV2: actionRow('write', 'POST', 'ApplySmsSignatureV2', 'SignatureApplicationSchema', {
    reconcile: (body) => ({
      action: 'ListSignatureForAgent',
      params: { Signature: body.content, SubAccounts: [...body.subAccounts], Page: 1, PageSize: 100 },
      settledWhen:
        'exactly one signature with this text lists a status other than 2 (rejected), these message groups and channels, and the same qualification and purpose',
    }),
  }),
  applySmsTemplateV2: actionRow('write', 'POST', 'ApplySmsTemplateV2', 'TemplateApplicationSchema', {
    prepare: (input: ApplySmsTemplateV2Input) => ({ ...input, area: input.area ?? 'cn' }),
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
  getUploadTosURL: actionRow('write', 'GET', 'GetUploadTosURL', 'UploadTosURLSchema', {
    prepare: (input: Partial<Req.GetUploadTosURLQuery>) => ({ ...input, suffix: input.suffix ?? 'csv' }),
    unreconciled: 'Nothing was uploaded yet: ask for a new upload URL.',
  }),
  templateUploadDemo: actionRow('read', 'POST', 'TemplateUploadDemo', 'TemplateUploadDemoSchema', {
    prepare: ({ forceUpdate, ...input }: TemplateUploadDemoInput) =>
      forceUpdate ? { ...input, forceUpdate } : input,
    answersCsv: true,
  }),
  setBatchTask: actionRow('write', 'POST', 'SetBatchTask', 'BatchTaskCreatedSchema', {
    prepare: (input: SetBatchTaskInput) => ({ ...input, extra: input.extra ?? {} }),
    unreconciled:
      'The task may or may not have been created, and without its taskId it cannot be looked up (matching by name or time is not safe): check the batch tasks in the console before creating it again. Creating a task never starts it.',
  }),
  getBatchTaskDetail: actionRow('read', 'GET', 'GetBatchTaskDetail', 'BatchTaskSchema'),
  getBatchTaskList: actionRow('read', 'GET', 'GetBatchTaskList', 'BatchTaskListSchema', {
    prepare: (input: GetBatchTaskListInput) => firstPage(input),
  }),
  consentBatchTask: actionRow('write', 'POST', 'ConsentBatchTask', 'EmptyResultSchema', {
    reconcile: (ref) => taskDetail(ref, 'status is 3 to 6: the task started'),
  }),
  deleteBatchTask: actionRow('write', 'POST', 'DeleteBatchTask', 'EmptyResultSchema', {
    reconcile: (ref) => taskDetail(ref, 'status is 7: the task is canceled'),
  }),
};
