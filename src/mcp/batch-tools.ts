import type { McpServer } from '@modelcontextprotocol/sdk/server/mcp.js';
import { z } from 'zod';
import {
  CONSENT_PHRASE,
  cancelBatchTask,
  createBatchTask,
  previewBatchLaunch,
  submitBatchLaunch,
} from '../core/index.ts';
import type { BatchLaunchRequest, LaunchSummary, SmsClient } from '../core/index.ts';
import { WRITE_OUTPUT, type GateTools } from './gate-tools.ts';
import { toolError, toolSuccess } from './tool-result.ts';

/**
 * Batch tasks as tools, on the core code of `batch-create`, `batch-launch-preview`/`-submit` and
 * `batch-cancel` (reference §3.1, §4.4, §2.12). Creating never starts a task and needs no consent; the
 * launch is the gated write (the digest and the user's exact words `确认启动任务 <taskId>`); a cancel has no
 * gate beyond the task's own state, and a second cancel deletes nothing.
 */

const TASK = {
  subAccount: z.string().min(1).describe("The task's message group."),
  taskId: z.string().min(1).describe('The task id batch_create returned.'),
};
const count = (what: string) =>
  z.number().int().min(0).max(1_000_000).describe(`${what} (from batch_create).`);

const HANDOFF = {
  ...TASK,
  fileSha256: z
    .string()
    .regex(/^[0-9a-fA-F]{64}$/)
    .describe("The file's SHA-256 (from batch_create)."),
  totalCount: count('Rows in the file').optional(),
  validCount: count('Valid rows'),
  invalidCount: count('Invalid rows'),
  dupCount: count('Duplicate numbers'),
};

export const BATCH_LAUNCH_TOOLS: GateTools<BatchLaunchRequest, LaunchSummary> = {
  tool: 'batch_launch',
  title: { preview: 'Preview a batch launch', submit: 'Launch a previewed batch task' },
  description: {
    preview:
      'Reads a created batch task (it must be in state 2, Valid), re-checks its group, signature and template, ' +
      'and returns the launch summary and a digest over the task, the handoff values batch_create returned and ' +
      'the template content. Starts nothing. A task already started answers alreadyStarted.',
    submit:
      `Starts the task a batch_launch_preview returned, once, only with the digest and authorizationText: the ` +
      `user's own words, exactly "${CONSENT_PHRASE} <taskId>". Reads the task again and refuses on any difference.`,
  },
  input: HANDOFF,
  toRequest: (args: BatchLaunchRequest) => args,
  summary: z.object({
    taskId: z.string(),
    taskName: z.string(),
    subAccount: z.string(),
    signature: z.string(),
    templateId: z.string(),
    channelType: z.string(),
    fileKeySha256: z.string(),
    sendTime: z.union([z.number(), z.string()]),
    totalCount: z.number().int(),
    fileSha256: z.string(),
    validCount: z.number().int(),
    invalidCount: z.number().int(),
    dupCount: z.number().int(),
    contentSha256: z.string(),
  }),
  // A task already started: this answer instead of a preview.
  answer: { alreadyStarted: z.boolean(), status: z.number().int(), taskId: z.string() },
  submitInput: {
    authorizationText: z
      .string()
      .describe(`The user's words, exactly "${CONSENT_PHRASE} <taskId>"; never written for them.`),
  },
  authorization: (args: { authorizationText: string }) => ({ authorizationText: args.authorizationText }),
  destructive: true,
  describe: (s) =>
    `Start batch task ${s.taskId} (${s.taskName}): template ${s.templateId} with 【${s.signature}】 to ` +
    `${s.validCount} number(s) of group ${s.subAccount}, ${s.sendTime === 0 ? 'at once' : `at ${String(s.sendTime)}`}?`,
  logged: (s) => `${s.validCount} number(s)`,
  preview: previewBatchLaunch,
  submit: submitBatchLaunch,
};

export function registerBatchWriteTools(
  server: McpServer,
  client: SmsClient,
  now: () => number,
  log: (line: string) => void,
) {
  server.registerTool(
    'batch_create',
    {
      title: 'Create a batch task',
      description:
        'Checks the schedule, the group, signature and template (notification or marketing only), prechecks ' +
        'the CSV file on this machine (phone, then the template variables in order), uploads it and creates the ' +
        'task (SetBatchTask). Never starts it: the task waits in state 2 for batch_launch_preview, whose ' +
        'arguments the result carries as `launch`.',
      inputSchema: {
        file: z.string().min(1).describe('Path of the batch CSV on the machine that runs this server.'),
        subAccount: z.string().min(1),
        taskName: z.string().min(1),
        signature: z.string().min(1).describe('An approved signature bound to the group.'),
        templateId: z.string().min(1).describe('An approved notification or marketing template.'),
        scheduled: z.boolean().optional().describe('Send at sendTime instead of at once.'),
        sendTime: z
          .string()
          .optional()
          .describe('With scheduled: ISO 8601, Asia/Shanghai unless an offset is given, 08:00–21:30.'),
      },
      outputSchema: WRITE_OUTPUT,
      // It creates a task that sends nothing until it is launched.
      annotations: {
        readOnlyHint: false,
        destructiveHint: false,
        idempotentHint: false,
        openWorldHint: true,
      },
    },
    async (args) => {
      const outcome = await createBatchTask(client, { ...args, scheduled: args.scheduled === true }, now());
      if (!outcome.ok) {
        log(`batch_create refused: ${outcome.code}`);
        return toolError(outcome);
      }
      const r = outcome.result;
      log(`batch_create ok (${r.validCount} number(s))`);
      const launch = {
        subAccount: r.subAccount,
        taskId: r.taskId,
        fileSha256: r.fileSha256,
        totalCount: r.totalCount,
        validCount: r.validCount,
        invalidCount: r.invalidCount,
        dupCount: r.dupCount,
      };
      return toolSuccess({
        action: 'SetBatchTask',
        requestId: outcome.requestId ?? null,
        result: { ...r, launch },
      });
    },
  );

  server.registerTool(
    'batch_cancel',
    {
      title: 'Cancel a batch task',
      description:
        'Cancels a batch task that has not started sending (DeleteBatchTask, once): already canceled answers ' +
        'alreadyCanceled without a call; states 6–9 are refused; a scheduled task only while its send time is ' +
        'more than one minute ahead.',
      inputSchema: TASK,
      outputSchema: WRITE_OUTPUT,
      annotations: { readOnlyHint: false, destructiveHint: true, idempotentHint: true, openWorldHint: true },
    },
    async (args) => {
      const outcome = await cancelBatchTask(client, args, now());
      if (!outcome.ok) {
        log(`batch_cancel refused: ${outcome.code}`);
        return toolError(outcome);
      }
      log(`batch_cancel done (${outcome.action})`);
      return toolSuccess({
        action: outcome.action === 'batch-cancel' ? 'batch_cancel' : outcome.action,
        requestId: outcome.requestId ?? null,
        result: outcome.result,
      });
    },
  );
}
