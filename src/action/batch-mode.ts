import {
  SmsOutcomeUnknownError,
  followBatchTask,
  formatErrorLine,
  waitForTaskReceipts,
  formatWallTime,
} from '../core/index.ts';
import { checkAndUploadBatchFile } from './batch-file-check.ts';
import {
  AWAITING_CONSENT,
  isFinalStatus,
  isStarted,
  seconds,
  taskStatusName,
  type ProgressStep,
} from './batch-progress.ts';
import { batchSummary, type BatchReceipts, type BatchSource } from './batch-report.ts';
import { batchTemplate } from './batch-template.ts';
import { templateRef, type BatchInputs } from './inputs.ts';
import type { ActionIo } from './runner-io.ts';
import type { SendModeDeps } from './send-mode.ts';
import { code } from './summary-markdown.ts';

const SHANGHAI = 'Asia/Shanghai';

/** What `mode: batch` runs with: the same as `mode: send`, which hands large sends to it. */
export type BatchModeDeps = SendModeDeps;

/**
 * `mode: batch`: the recipients and their parameters in a CSV of the workspace go to the service's
 * batch-task engine. The file is checked, uploaded and the task created (the service validates it: status
 * 2); `launch: true` is the workflow author's consent and starts it, once; `wait: true` follows it to a
 * final state and then collects the receipts. Outputs are written at each stage, so a later failure still
 * leaves the task id for a follow-up step.
 */
export async function runBatch(deps: BatchModeDeps, inputs: BatchInputs): Promise<void> {
  const { io, client } = deps;
  const ref = templateRef(inputs);
  const template = await batchTemplate(client, ref);
  const startedAt = deps.now().getTime();
  // Checked as it is uploaded: read once, and a file with a defect is never stored.
  const { file, upload } = await checkAndUploadBatchFile(
    client,
    inputs.batchFilePath,
    inputs.batchFile,
    template.variables,
  );
  io.info(
    `Batch file ${inputs.batchFile}: ${file.rows} number(s), ${file.bytes} bytes, columns ${file.columns.join(',')}.`,
  );
  const { result: created } = await client.setBatchTask({
    ...ref,
    name: inputs.taskName,
    templateName: template.name,
    channelType: template.channelType,
    ...inputs.schedule,
    fileUrl: upload.file,
  });
  if (inputs.schedule.scheduled)
    io.info(
      `Task ${created.taskId} is scheduled: the service sends at ${formatWallTime(inputs.schedule.sendTime * 1000, SHANGHAI)} once it is launched.`,
    );
  await launchAndFollow(deps, inputs, {
    taskId: created.taskId,
    totalCount: created.totalCount ?? file.rows,
    dupCount: created.dupCount ?? 0,
    sha256: upload.sha256,
    startedAt,
    source: { label: `file ${code(inputs.batchFile)}`, rows: file.rows, bytes: file.bytes },
    channelType: template.channelType,
  });
}

/** What the batch stage after creation needs to know of the task and where its numbers came from. */
export interface CreatedTask {
  taskId: string;
  totalCount: number;
  dupCount: number;
  sha256: string;
  /** Epoch ms when the upload began: the progress clock, and the receipts' window start. */
  startedAt: number;
  /** For the summary: `file recipients.csv`, or the inputs the file was built from. */
  source: BatchSource;
  channelType: string | undefined;
}

/** The batch task's settings, from `mode: batch` or from `mode: send` above the threshold. */
export interface BatchTaskSettings {
  subAccount: string;
  signature: string;
  templateId: string;
  taskName: string;
  launch: boolean;
  wait: boolean;
  waitTimeoutMs: number;
  failOnError: boolean;
  failOnDeliveryError: boolean;
}

/**
 * After the task is created: its outputs, then (with `launch`) the one consent, then (with `wait`) the
 * task followed to a final state and its receipts collected.
 */
export async function launchAndFollow(
  deps: BatchModeDeps,
  inputs: BatchTaskSettings,
  created: CreatedTask,
): Promise<void> {
  const { io, client } = deps;
  const ref = templateRef(inputs);
  const { startedAt } = created;
  const taskRef = { subAccount: inputs.subAccount, taskId: created.taskId };
  io.setOutput('task-id', created.taskId);
  io.setOutput('total-count', String(created.totalCount));
  io.setOutput('dup-count', String(created.dupCount));
  const steps: ProgressStep[] = [];
  let { result: task } = await client.getBatchTaskDetail(taskRef);
  steps.push({ status: task.status, atMs: deps.now().getTime() - startedAt });
  io.setOutput('task-status', String(task.status ?? ''));
  io.info(
    `Task ${created.taskId} "${inputs.taskName}" created: ${taskStatusName(task.status)}, ` +
      `${created.totalCount} number(s) (SHA-256 ${created.sha256.slice(0, 12)}…).`,
  );
  const report = {
    inputs,
    source: created.source,
    channelType: created.channelType,
    taskId: created.taskId,
    steps,
    startedAt,
  };

  if (!inputs.launch) {
    deps.setStatus(task.status === AWAITING_CONSENT ? 'created' : 'failed');
    await io.appendSummary(batchSummary({ ...report, task, launched: false }));
    if (task.status !== AWAITING_CONSENT) {
      return raise(
        io,
        inputs.failOnError,
        `Task ${created.taskId} is ${taskStatusName(task.status)}, not 2 Valid: the service did not accept the file as it is.`,
      );
    }
    io.info(
      `Task ${created.taskId} awaits launch; nothing is sent until it is consented: set launch: true in the ` +
        "step (the workflow author's consent), or start it from the console.",
    );
    return;
  }

  // The consent: once, and only from status 2 (a re-run of the step finds the task started, and says so).
  if (task.status !== AWAITING_CONSENT) {
    deps.setStatus('failed');
    await io.appendSummary(batchSummary({ ...report, task, launched: false }));
    return raise(
      io,
      inputs.failOnError,
      `Task ${created.taskId} is ${taskStatusName(task.status)}; only a task in 2 Valid can be launched, so it was not.`,
    );
  }
  try {
    await client.consentBatchTask(taskRef);
  } catch (err) {
    // A lost answer: the task's own state says whether the consent arrived (reference §2.11).
    if (!(err instanceof SmsOutcomeUnknownError)) throw err;
    ({ result: task } = await client.getBatchTaskDetail(taskRef));
    if (!isStarted(task.status)) {
      deps.setStatus('partial'); // The consent may still arrive: the task may send.
      throw err;
    }
    io.info(`The launch's answer was lost; the task is ${taskStatusName(task.status)}, so it did start.`);
  }
  io.info(`Task ${created.taskId} launched.`);
  deps.setStatus('launched');

  if (!inputs.wait) {
    ({ result: task } = await client.getBatchTaskDetail(taskRef));
    if (steps.at(-1)?.status !== task.status)
      steps.push({ status: task.status, atMs: deps.now().getTime() - startedAt });
    io.setOutput('task-status', String(task.status ?? ''));
    await io.appendSummary(batchSummary({ ...report, task, launched: true }));
    return;
  }

  const deadline = startedAt + inputs.waitTimeoutMs;
  const remaining = () => Math.max(0, deadline - deps.now().getTime());
  // The core's loop: one detail read per poll, the pause growing ×1.5 up to 10 s; a line per change.
  const followed = await followBatchTask(
    {
      client,
      now: () => deps.now().getTime(),
      sleep: deps.sleep,
      onChange: ({ status }) => {
        const atMs = deps.now().getTime() - startedAt;
        steps.push({ status, atMs });
        io.info(`Task ${created.taskId}: ${taskStatusName(status)} (after ${seconds(atMs)})`);
      },
    },
    taskRef,
    {
      intervalMs: deps.pollIntervalMs,
      growth: 1.5,
      maxIntervalMs: 10_000,
      timeoutMs: remaining(),
      since: Math.floor(startedAt / 1000),
      counts: false,
      lastStatus: steps.at(-1)?.status,
    },
  );
  task = followed.task;
  io.setOutput('task-status', String(task.status ?? ''));
  let receipts: BatchReceipts | undefined;
  let receiptProblem: string | undefined;
  if (task.status === 6) {
    try {
      receipts = await waitForTaskReceipts(
        {
          client,
          now: () => deps.now().getTime(),
          sleep: deps.sleep,
          onPoll: (r) =>
            io.info(
              `Receipts: ${r.delivered} delivered, ${r.failed} failed, ${r.pending} of ${r.accepted} still without one…`,
            ),
        },
        { ...ref, fromTime: Math.floor(startedAt / 1000), expected: created.totalCount },
        { pauseMs: deps.pollIntervalMs, growth: 1.5, maxPauseMs: 10_000, timeoutMs: remaining() },
      );
    } catch (err) {
      receiptProblem = `Could not read the receipts: ${formatErrorLine(err)}`;
    }
  }
  if (receipts) {
    io.setOutput('delivered-count', String(receipts.delivered));
    io.setOutput('delivery-failed-count', String(receipts.failed));
    io.setOutput('delivery-pending-count', String(receipts.pending));
    io.setOutput(
      'receipt-rate',
      receipts.accepted > 0
        ? String(Math.round((receipts.delivered / receipts.accepted) * 10_000) / 10_000)
        : '',
    );
  }
  const done = task.status === 6;
  deps.setStatus(
    !isFinalStatus(task.status)
      ? 'launched'
      : !done
        ? 'failed'
        : receipts && receipts.failed === 0 && receipts.pending === 0
          ? 'ok'
          : 'partial',
  );
  await io.appendSummary(batchSummary({ ...report, task, launched: true, receipts }));

  if (followed.timedOut) {
    return raise(
      io,
      inputs.failOnError,
      `Task ${created.taskId} is still ${taskStatusName(task.status)} after ${seconds(inputs.waitTimeoutMs)} (wait-timeout); it goes on sending: follow it in the console or with a later step.`,
    );
  }
  if (!done)
    return raise(
      io,
      inputs.failOnError,
      `Task ${created.taskId} ended ${taskStatusName(task.status)}: it did not send every number.`,
    );
  if (receiptProblem) return raise(io, inputs.failOnDeliveryError, receiptProblem);
  if (receipts && (receipts.failed > 0 || receipts.pending > 0)) {
    raise(
      io,
      inputs.failOnDeliveryError,
      `Task ${created.taskId} is done: ${receipts.failed} delivery failure(s), ${receipts.pending} message(s) without a receipt after ${seconds(inputs.waitTimeoutMs)}.`,
    );
  }
}

/** The step fails, or (when the workflow opted out) the same words become a warning. */
function raise(io: ActionIo, fail: boolean, message: string): void {
  if (fail) io.setFailed(message);
  else io.warning(message);
}
