import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import {
  SmsInputError,
  templateVariables,
  type BatchTask,
  type InputIssue,
  type SmsClient,
} from '../core/index.ts';
import type { BatchCommand } from './batch-command-parser.ts';
import { checkBatchFile } from './batch-file-check.ts';
import { cancelRefusal } from './batch-cancel.ts';
import {
  batchCancelMessage,
  batchListMessage,
  batchStatusMessage,
  batchSummaryMessage,
  statusName,
} from './batch-messages.ts';
import type { SlackMessage } from './blocks.ts';
import { notice } from './blocks.ts';
import type { AuditCommand, Invocation } from './command-audit.ts';
import { isVerificationTemplate } from './displayed-text.ts';
import { resolveSendTarget } from './send-target.ts';
import { findSharedCsv, type SlackFileApi, type SlackFileInfo } from './slack-files.ts';
import type { SmsCatalog } from './sms-catalog.ts';
import type { BatchRow, BatchSummary, NewBatchRow } from './store-batches.ts';
import type { SlackStore } from './store.ts';
import { newId } from './store-tables.ts';

/**
 * `/sms batch …`: create a task from a CSV shared in the channel, list, status, launch (through the same
 * Launch button as create: the click is the consent) and cancel. The slow parts (download, check, upload)
 * run after the command was acknowledged; the full numbers exist only in a temporary file, removed once
 * the task is created.
 */

export interface SlackSide {
  files: SlackFileApi;
  download(file: SlackFileInfo, path: string): Promise<number>;
  /** Posts in a channel (in a thread with `threadTs`); the message's ts, or undefined if Slack refused. */
  post(channelId: string, message: SlackMessage, threadTs?: string): Promise<string | undefined>;
}

export interface BatchCommandDeps {
  sms: SmsClient;
  store: SlackStore;
  catalog: SmsCatalog;
  slack: SlackSide;
  audit: AuditCommand;
  now: () => number;
}

/** Batch tasks take notification and marketing templates only (agent-v2 reference §3.4). */
const BATCH_CHANNELS = ['CN_NTC', 'CN_MKT'] as const;

export async function runBatchCommand(
  command: BatchCommand,
  invocation: Invocation,
  deps: BatchCommandDeps,
): Promise<SlackMessage> {
  switch (command.kind) {
    case 'batch-create':
      return createBatch(command, invocation, deps);
    case 'batch-list':
      return listBatches(command.subAccount, invocation, command, deps);
    case 'batch-status': {
      const { subAccount, task } = await readTask(command, deps);
      await deps.audit(invocation, command, `status ${task.status ?? '?'}`);
      return batchStatusMessage(task, await deps.store.findBatch(subAccount, command.taskId));
    }
    case 'batch-launch':
      return prepareLaunch(command, invocation, deps);
    case 'batch-cancel':
      return cancelBatch(command, invocation, deps);
  }
}

/** A task's message group: as given, else the one the app knows the task in, else the account's only one. */
async function taskGroup(taskId: string, given: string | undefined, deps: BatchCommandDeps): Promise<string> {
  if (given !== undefined) return given;
  const known = await deps.store.batchesByTask(taskId);
  if (known.length === 1) return (known[0] as BatchRow).subAccount;
  const groups = await deps.catalog.subAccounts();
  if (known.length === 0 && groups.length === 1) return (groups[0] as { SubAccount: string }).SubAccount;
  const message = `name the message group of task ${taskId} with group=<sub-account> (see /sms groups)`;
  throw new SmsInputError(`group: ${message}`, [{ field: 'group', message }]);
}

/** The task a command names, read from the service, in its message group. */
async function readTask(
  command: { taskId: string; subAccount?: string | undefined },
  deps: BatchCommandDeps,
): Promise<{ subAccount: string; task: BatchTask }> {
  const subAccount = await taskGroup(command.taskId, command.subAccount, deps);
  const { result: task } = await deps.sms.getBatchTaskDetail({ subAccount, taskId: command.taskId });
  return { subAccount, task };
}

async function createBatch(
  command: Extract<BatchCommand, { kind: 'batch-create' }>,
  invocation: Invocation,
  deps: BatchCommandDeps,
): Promise<SlackMessage> {
  const issues: InputIssue[] = [];
  const { template, signature, subAccount } = await resolveSendTarget(command, deps.catalog, issues, (t) => {
    if (isVerificationTemplate(t)) {
      issues.push({
        field: 'template',
        message: `${t.TemplateId} is a verification template; the batch engine never sends those. Use /sms send`,
      });
    } else if (!BATCH_CHANNELS.includes(t.ChannelType as (typeof BATCH_CHANNELS)[number])) {
      issues.push({
        field: 'template',
        message: `${t.TemplateId} is of type ${t.ChannelType ?? 'unknown'}; batch tasks take ${BATCH_CHANNELS.join(' or ')} templates`,
      });
    }
  });
  const file = await findSharedCsv(deps.slack.files, { ...invocation, fileId: command.fileId });
  const dir = await mkdtemp(join(tmpdir(), 'volc-sms-batch-'));
  let taskId: string;
  let report;
  try {
    const path = join(dir, 'recipients.csv');
    await deps.slack.download(file, path);
    report = await checkBatchFile(path, templateVariables(template.Content ?? ''));
    const upload = await deps.sms.uploadBatchFile({ path });
    const { result } = await deps.sms.setBatchTask({
      subAccount,
      name: command.name ?? file.name.replace(/\.csv$/i, ''),
      signature,
      templateId: template.TemplateId,
      templateName: template.TemplateName ?? template.TemplateId,
      channelType: template.ChannelType as (typeof BATCH_CHANNELS)[number],
      scheduled: false,
      sendTime: 0,
      fileUrl: upload.file,
    });
    taskId = result.taskId;
  } finally {
    // The only copy of the full numbers on this side.
    await rm(dir, { recursive: true, force: true });
  }
  const detail = await deps.sms
    .getBatchTaskDetail({ subAccount, taskId })
    .then((answer) => answer.result)
    .catch(() => undefined);
  const row = await deps.store.recordBatch(
    newBatchRow(taskId, subAccount, invocation, deps, {
      taskName: command.name ?? file.name.replace(/\.csv$/i, ''),
      templateId: template.TemplateId,
      signature,
      channelType: template.ChannelType ?? '',
      totalCount: detail?.totalCount ?? report.rows,
      sample: report.sample,
      // The template as written: the file's values (names, codes) are not repeated in the channel.
      rendered: `【${signature}】${template.Content ?? ''}`,
      fileName: file.name,
    }),
  );
  await deps.audit(
    invocation,
    command,
    `created task ${taskId} (${row.summary.totalCount} recipients, ${statusName(detail?.status)})`,
    {
      templateId: template.TemplateId,
    },
  );
  const intro = `<@${invocation.userId}> created this task from ${file.name}; the service checked the file (${statusName(detail?.status)}).`;
  return postBatchSummary(row, intro, deps);
}

/**
 * Posts a new task's summary with its Launch button in the channel it was asked from, so any sender there
 * can launch it and the progress has a thread to go in; if Slack refuses, the summary is the answer.
 */
export async function postBatchSummary(
  row: BatchRow,
  intro: string,
  deps: Pick<BatchCommandDeps, 'slack' | 'store'>,
): Promise<SlackMessage> {
  const summary = batchSummaryMessage(row, intro);
  const ts = await deps.slack.post(row.channelId, summary);
  if (ts === undefined) return summary;
  await deps.store.setBatchThread(row.id, ts);
  return notice(
    `:white_check_mark: Created batch task ${row.taskId} (${row.summary.totalCount} recipients). Its summary and Launch button are in the channel; nothing is sent until a sender presses Launch.`,
  );
}

async function listBatches(
  subAccount: string | undefined,
  invocation: Invocation,
  command: BatchCommand,
  deps: BatchCommandDeps,
): Promise<SlackMessage> {
  const groups =
    subAccount !== undefined ? [subAccount] : (await deps.catalog.subAccounts()).map((g) => g.SubAccount);
  const tasks: BatchTask[] = [];
  // One read per group, one after the other: a few groups stay well inside the API's 5 QPS.
  for (const group of groups) {
    const { result } = await deps.sms.getBatchTaskList({ subAccount: group, pageIndex: 1, pageSize: 20 });
    tasks.push(...result.list);
  }
  const awaiting = (await deps.store.recentBatches(20)).filter(
    (row) => row.state === 'ready' && groups.includes(row.subAccount),
  );
  await deps.audit(invocation, command, `ok (${tasks.length} listed)`);
  return batchListMessage(tasks, awaiting);
}

/** `/sms batch launch ID`: the task's summary with the Launch button, never a launch by itself. */
async function prepareLaunch(
  command: Extract<BatchCommand, { kind: 'batch-launch' }>,
  invocation: Invocation,
  deps: BatchCommandDeps,
): Promise<SlackMessage> {
  const { subAccount, task } = await readTask(command, deps);
  if (task.status !== 2) {
    await deps.audit(invocation, command, `not launchable: ${statusName(task.status)}`);
    return notice(
      `Batch task ${command.taskId} is ${statusName(task.status)} (${task.status ?? '?'}); only a task awaiting launch (2) can be launched. See \`/sms batch status ${command.taskId}\`.`,
    );
  }
  const row = await recordFromDetail(task, command.taskId, subAccount, invocation, deps);
  if (row.state !== 'ready') {
    await deps.audit(invocation, command, `already ${row.state}`);
    return notice(`Batch task ${command.taskId} is already ${row.state} here; it is not launched again.`);
  }
  await deps.audit(invocation, command, `awaiting launch confirmation (${row.id})`, {
    templateId: row.summary.templateId,
  });
  return batchSummaryMessage(row, 'Press Launch to start it: that click is the consent.');
}

/** `/sms batch cancel ID`: the task with a Cancel button, if the service would take a cancel now. */
async function cancelBatch(
  command: Extract<BatchCommand, { kind: 'batch-cancel' }>,
  invocation: Invocation,
  deps: BatchCommandDeps,
): Promise<SlackMessage> {
  const { subAccount, task } = await readTask(command, deps);
  const refusal = cancelRefusal(task, command.taskId, deps.now());
  if (refusal !== undefined) {
    await deps.audit(invocation, command, refusal.outcome);
    return notice(refusal.text);
  }
  const row = await recordFromDetail(task, command.taskId, subAccount, invocation, deps);
  await deps.store.askBatchCancel(row.id);
  await deps.audit(invocation, command, `awaiting cancel confirmation (${row.id})`, {
    templateId: row.summary.templateId,
  });
  return batchCancelMessage(row, task);
}

/** The app's row for a task (kept if it has one): the summary from the service's detail, no number. */
function recordFromDetail(
  task: BatchTask,
  taskId: string,
  subAccount: string,
  invocation: Invocation,
  deps: BatchCommandDeps,
): Promise<BatchRow> {
  const summary = {
    taskName: task.taskName ?? taskId,
    templateId: task.templateId ?? '',
    signature: task.signature ?? '',
    channelType: task.channelType ?? '',
    totalCount: task.totalCount ?? 0,
    sample: [],
  };
  const row = newBatchRow(taskId, subAccount, invocation, deps, summary);
  return deps.store.recordBatch(row, task.status === 2 ? 'ready' : 'launched');
}

/** A new row for a task asked for by `invocation` (its user and channel). */
export function newBatchRow(
  taskId: string,
  subAccount: string,
  invocation: Invocation,
  deps: Pick<BatchCommandDeps, 'now'>,
  summary: BatchSummary,
): NewBatchRow {
  const { userId: createdBy, channelId } = invocation;
  return { id: newId('bat'), taskId, subAccount, createdAt: deps.now(), createdBy, channelId, summary };
}
