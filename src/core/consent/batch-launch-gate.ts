import { batchTaskStateName } from '../agent-v2/batch-status.ts';
import { SmsInputError } from '../errors/errors.ts';
import type { BatchTask } from '../schemas/agent-v2-results.ts';
import { sha256Hex } from '../signing/sign.ts';
import type { SmsClient } from '../types.ts';
import { runBatchChecks } from './batch-checks.ts';
import { consentDigest } from './canonical.ts';
import { gateCalls } from './gate.ts';
import type { GateAnswer, GateDefinition } from './gate-types.ts';
import { failureOf, gateFailure, type GateFailure } from './gate-failure.ts';
import { invalid, query } from './resource-checks.ts';

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

export const describeTaskStatus = (status: number) =>
  `${status} (${batchTaskStateName(status) ?? 'unknown'})`;
const STARTED = new Set([3, 4, 5, 6]);
export const CONSENT_PHRASE = '确认启动任务';

/** GetBatchTaskDetail, with the identity check the launch and the cancel need. */
export async function readTask(
  client: SmsClient,
  subAccount: string,
  taskId: string,
): Promise<{ ok: true; task: BatchTask & { status: number } } | GateFailure> {
  const detail = await query(() => client.getBatchTaskDetail({ subAccount, taskId }));
  if (!detail.ok) return detail;
  const task = detail.value.result;
  if (task.taskId !== taskId || task.subAccount !== subAccount) {
    return invalid(
      `Task ${taskId} of group ${subAccount}: the detail's identity does not match (taskId ${task.taskId ?? 'none'}, subAccount ${task.subAccount ?? 'none'})`,
      'task-id',
      'Check --task-id and --sub-account against the output of batch-create.',
    );
  }
  return { ok: true, task: { ...task, status: task.status ?? -1 } };
}

const started = (task: { status: number; taskId?: string | undefined }): GateAnswer => ({
  ok: true,
  answer: { alreadyStarted: true, status: task.status, taskId: task.taskId },
});

/** The digest's object; throws naming a value that neither the detail nor the flags give. */
function launchCanonical(task: BatchTask, request: BatchLaunchRequest, contentSha256: string) {
  const missing: string[] = [];
  const need = <T>(value: T | null | undefined, name: string): T => {
    if (value === undefined || value === null || value === '') missing.push(name);
    return value as T;
  };
  const canonical = {
    taskId: need(task.taskId, 'taskId'),
    taskName: need(task.taskName, 'taskName'),
    subAccount: need(task.subAccount, 'subAccount'),
    signature: need(task.signature, 'signature'),
    templateId: need(task.templateId, 'templateId'),
    templateName: need(task.templateName, 'templateName'),
    channelType: need(task.channelType, 'channelType'),
    fileUrl: need(task.fileUrl, 'fileUrl'),
    scheduled: task.scheduled ?? false,
    sendTime: task.sendTime ?? 0,
    totalCount: need(task.totalCount ?? request.totalCount, 'totalCount'),
    fileSha256: need(request.fileSha256?.toLowerCase(), 'fileSha256'),
    validCount: need(request.validCount, 'validCount'),
    invalidCount: need(request.invalidCount, 'invalidCount'),
    dupCount: need(request.dupCount, 'dupCount'),
    contentSha256,
  };
  if (missing.length > 0) {
    throw new SmsInputError(
      `Neither the task detail nor the flags give ${missing.join(', ')}`,
      missing.map((field) => ({ field, message: 'is required' })),
      { hint: 'Pass the handoff flags batch-create printed (--file-sha256, --valid-count, …).' },
    );
  }
  return canonical;
}

function summaryOf(canonical: ReturnType<typeof launchCanonical>): LaunchSummary {
  // templateName and scheduled are digested but not shown; the file key is shown as its hash (§4.3).
  const shown = { ...canonical } as Partial<typeof canonical>;
  delete shown.fileUrl;
  delete shown.templateName;
  delete shown.scheduled;
  return { ...(shown as LaunchSummary), fileKeySha256: sha256Hex(canonical.fileUrl) };
}

interface LaunchWrite {
  request: BatchLaunchRequest;
  digest: string;
  contentSha256: string;
}

const FIELD_WORDS: Record<string, string> = {
  totalCount: 'the number count',
  fileUrl: 'the file',
  sendTime: 'the send time',
  scheduled: 'the schedule',
  contentSha256: 'the template content',
  fileSha256: 'the file hash',
  taskName: 'the task name',
};

export const BATCH_LAUNCH_GATE: GateDefinition<BatchLaunchRequest, LaunchSummary, LaunchWrite> = {
  name: 'batch-launch',
  action: 'ConsentBatchTask',
  authorise(input, _digest, request) {
    const expected = `${CONSENT_PHRASE} ${request.taskId}`;
    if (input.authorizationText === expected) return undefined;
    return gateFailure(
      'authorization_mismatch',
      `--authorization-text must be exactly "${expected}": nothing was launched`,
      'authorization-text',
      `Show the summary to the user; launch only after they write "${expected}".`,
    );
  },
  async prepare(client, request) {
    const read = await readTask(client, request.subAccount, request.taskId);
    if (!read.ok) return read;
    const { task } = read;
    if (STARTED.has(task.status)) return started(task);
    if (task.status !== 2) {
      return invalid(
        `Task ${request.taskId} is in state ${describeTaskStatus(task.status)}, not in Valid(2) state`,
        'task-id',
        'Only a validated task waiting for consent can be launched; see batch-detail.',
      );
    }
    const checks = await runBatchChecks(client, {
      subAccount: request.subAccount,
      signature: task.signature ?? '',
      templateId: task.templateId ?? '',
    });
    if (!checks.ok) return checks;
    // A count the detail returns must equal its flag (§4.3).
    if (
      task.totalCount !== undefined &&
      request.totalCount !== undefined &&
      task.totalCount !== request.totalCount
    ) {
      return gateFailure(
        'digest_mismatch',
        `--total-count ${request.totalCount} is not the task's totalCount ${task.totalCount}: nothing was launched`,
        'total-count',
        'Pass the counts batch-create printed for this task.',
      );
    }
    let canonical;
    try {
      canonical = launchCanonical(task, request, checks.template.contentSha256);
    } catch (error) {
      return failureOf(error, 'check');
    }
    const write = { request, digest: consentDigest(canonical), contentSha256: checks.template.contentSha256 };
    return { canonical, summary: summaryOf(canonical), write };
  },
  async write(client, { request, digest, contentSha256 }) {
    // The last read before the consent: a task started meanwhile is not consented twice.
    const task = (await client.getBatchTaskDetail({ subAccount: request.subAccount, taskId: request.taskId }))
      .result;
    const status = task.status ?? -1;
    if (STARTED.has(status))
      return { requestId: undefined, result: started({ status, taskId: task.taskId }).answer };
    if (status !== 2 || consentDigest(launchCanonical(task, request, contentSha256)) !== digest) {
      throw new SmsInputError(
        `Task ${request.taskId} changed right before the launch (state ${describeTaskStatus(status)}): nothing was launched`,
        [{ field: 'task-id', message: 'changed' }],
        { hint: 'Run batch-launch-preview again and show the new summary.' },
      );
    }
    const { requestId } = await client.consentBatchTask({
      subAccount: request.subAccount,
      taskId: request.taskId,
    });
    return { requestId, result: { taskId: request.taskId, subAccount: request.subAccount } };
  },
  // §2.11: after a lost answer the detail settles it: 3–6 is started.
  async reconcile(client, { request }) {
    const task = (await client.getBatchTaskDetail({ subAccount: request.subAccount, taskId: request.taskId }))
      .result;
    return STARTED.has(task.status ?? -1) ? { status: task.status, taskId: request.taskId } : undefined;
  },
  reconcileCommand: ({ request }) =>
    `volc-sms batch-detail --sub-account ${request.subAccount} --task-id ${request.taskId}`,
  fieldWords: FIELD_WORDS,
};

export const { preview: previewBatchLaunch, submit: submitBatchLaunch } = gateCalls(BATCH_LAUNCH_GATE);
