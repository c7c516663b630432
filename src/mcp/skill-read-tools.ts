import { z } from 'zod';
import {
  DEFAULT_SEND_QPS,
  buildAnalyticsReport,
  createPacer,
  matchTemplate,
  normalizeSignature,
  SmsInputError,
} from '../core/index.ts';
import type { GateFailure, SmsClient, WireSchemas } from '../core/index.ts';

/**
 * The read tools of skill 1.3's commands (batch-detail, batch-list, match-template, analytics): the same
 * core call as the CLI command with the same inputs, answering what the command's envelope carries as
 * `result`. Input shapes are cut from the core's request schemas where the action has one.
 */

type Shape = z.ZodRawShape;
// eslint-disable-next-line @typescript-eslint/no-explicit-any -- validated by the input schema
type Args = any;

export interface SkillReadTool {
  name: string;
  title: string;
  description: string;
  input: (s: WireSchemas) => Shape;
  output: (s: WireSchemas) => Shape;
  /** `args` has passed the input schema. The result is the CLI envelope's `result`. */
  call: (client: SmsClient, args: Args) => Promise<{ result: object; requestId?: string } | GateFailure>;
}

const invalid = (field: string, message: string): GateFailure => ({
  ok: false,
  code: 'validation_error',
  error: new SmsInputError(`${field} ${message}`, [{ field, message }]),
  retryable: false,
});

// The result schemas read ids of either type into text; the output is that text (a JSON Schema has no
// transforms).
const task = (s: WireSchemas) => ({ ...s.BatchTaskSchema.shape, taskId: z.string().optional() });
const pagedTasks = (s: WireSchemas) => ({
  total: z.number().int().optional(),
  list: z.array(z.object(task(s))),
  pageIndex: z.number().int().optional(),
  pageSize: z.number().int().optional(),
});

const window = z.object({ start_inclusive: z.string(), end_exclusive: z.string() });

export const SKILL_READ_TOOLS: readonly SkillReadTool[] = [
  {
    name: 'batch_detail',
    title: 'Batch task detail',
    description:
      "One batch task's authoritative state (status 0–9: 2 Valid awaits consent, 6 Done means processed, not " +
      'delivered). Same as `volc-sms batch-detail`.',
    input: (s) => ({
      subAccount: s.GetBatchTaskDetailQuerySchema.shape.subAccount.describe('The message group.'),
      taskId: s.GetBatchTaskDetailQuerySchema.shape.taskId.describe('The task id.'),
    }),
    output: task,
    call: (client, args) => client.getBatchTaskDetail(args),
  },
  {
    name: 'batch_list',
    title: 'Batch tasks',
    description:
      "A message group's batch tasks (a task in status 2 may be missing: ask batch_detail). Same as " +
      '`volc-sms batch-list`.',
    input: (s) => {
      const query = s.GetBatchTaskListQuerySchema.shape;
      return {
        subAccount: query.subAccount.describe('The message group.'),
        taskName: query.taskName.describe('Match on the task name.'),
        signature: query.signature.describe('Only this signature (sent as given).'),
        templateId: query.templateId,
        pageIndex: query.pageIndex.optional().describe('Page number (default 1).'),
        pageSize: query.pageSize.optional().describe('Items per page, 1–100 (default 100).'),
      };
    },
    output: pagedTasks,
    call: (client, args) => client.getBatchTaskList(args),
  },
  {
    name: 'match_template',
    title: 'Match a template',
    description:
      'Which approved template has exactly this text (no signature prefix): none, single or ambiguous, ' +
      'candidates sorted by id with content as length + SHA-256. Same as `volc-sms match-template`.',
    input: (s) => ({
      content: z.string().min(1).describe('The message text without the signature, compared exactly.'),
      signature: z.string().min(1).describe('The signature (one outer 【】 or [] removed).'),
      subAccount: z.string().min(1).describe('The message group.'),
      channelType: s.ChannelTypeSchema,
    }),
    output: () => ({
      classification: z.enum(['none', 'single', 'ambiguous']),
      candidates: z.array(
        z.object({
          templateId: z.string(),
          signature: z.string(),
          subAccount: z.string(),
          variableNames: z.array(z.string()),
          contentLength: z.number().int(),
          contentSha256: z.string(),
        }),
      ),
    }),
    async call(client, args) {
      const signature = normalizeSignature(args.signature);
      if ('problem' in signature) return invalid('signature', signature.problem);
      const match = await matchTemplate(client, { ...args, signature: signature.value });
      return match.ok
        ? { result: { classification: match.classification, candidates: match.candidates } }
        : match;
    },
  },
  {
    name: 'analytics',
    title: 'Send analytics',
    description:
      'Submission and receipt trends of an explicit window [start, end) (ISO 8601, Asia/Shanghai without an ' +
      'offset, at most 90 days) by total, hour or day; rates recomputed from the counts with their fields; ' +
      'insufficient_data where counts are missing or disagree; includeLogs adds the send log as evidence. ' +
      'Same as `volc-sms analytics`.',
    input: (s) => ({
      start: z.string().describe('Start, included: 2026-07-01T00:00:00.'),
      end: z.string().describe('End, excluded.'),
      subAccount: z.string().optional().describe('Only this group (required with includeLogs).'),
      channelType: s.ChannelTypeSchema.optional().describe('Not with includeLogs.'),
      signature: z.string().optional().describe('Only this signature (sent as given).'),
      templateId: z.string().optional(),
      mobile: z.string().optional().describe('Send-log filter only (needs includeLogs); never shown back.'),
      bucket: z.enum(['total', 'hour', 'day']).optional().describe('Default day; at most 100 buckets.'),
      includeLogs: z.boolean().optional(),
      dimension: z.enum(['time', 'subAccount', 'signature', 'template']).optional(),
      pageSize: z.number().int().min(1).max(100).optional(),
      maxPages: z.number().int().min(1).max(100).optional(),
    }),
    output: () => ({
      status: z.enum(['complete', 'insufficient_data']),
      aggregate_population: z.literal('submission_level'),
      timezone: z.literal('Asia/Shanghai'),
      window,
      data_cutoff_exclusive: z.string(),
      scope: z.record(z.string(), z.unknown()),
      bucket: z.enum(['total', 'hour', 'day']),
      trend: z.array(z.object({ window, metrics: z.record(z.string(), z.unknown()) })),
      send_logs: z.record(z.string(), z.unknown()).optional(),
    }),
    async call(client, args) {
      const pacer = createPacer(DEFAULT_SEND_QPS);
      const built = await buildAnalyticsReport(client, args, { beforeQuery: () => pacer.wait() });
      return built.ok ? { result: built.report } : built;
    },
  },
];
