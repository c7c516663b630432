import { runBatchChecks } from '../consent/batch-checks.ts';
import { consentDigest } from '../consent/canonical.ts';
import { failureOf, gateFailure, type GateFailure } from '../consent/gate-failure.ts';
import { readTask } from '../consent/batch-launch-gate.ts';
import { SmsOutcomeUnknownError, isSmsError } from '../errors/errors.ts';
import type { SmsClient } from '../types.ts';
import { precheckBatchCsv, precheckError, type BatchPrecheckReport } from './precheck.ts';
import { checkBatchSchedule } from './schedule.ts';

/**
 * `batch-create` (reference §3.1): schedule check → resource checks → precheck of the file → upload →
 * SetBatchTask → the task's detail. Creation is never consent: the task is left in state 2 for
 * batch-launch-preview/-submit. Shared by the CLI and any entry point that creates tasks.
 */

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

export async function createBatchTask(
  client: SmsClient,
  input: CreateBatchTaskInput,
  now: number,
): Promise<{ ok: true; requestId: string | undefined; result: BatchTaskHandoff } | GateFailure> {
  let schedule;
  try {
    schedule = checkBatchSchedule(input, now);
  } catch (error) {
    return failureOf(error, 'check');
  }
  const checks = await runBatchChecks(client, input);
  if (!checks.ok) return checks;
  const { template } = checks;
  let report: BatchPrecheckReport;
  try {
    const check = await precheckBatchCsv({ path: input.file }, { variableNames: template.variableNames });
    if (!check.ok) return failureOf(precheckError(check), 'check');
    report = check.report;
  } catch (error) {
    return failureOf(error, 'check');
  }
  let upload;
  try {
    upload = await client.uploadBatchFile({ path: input.file });
  } catch (error) {
    // An upload URL is a write of its own, but nothing is created without SetBatchTask (§2.6).
    return { ...failureOf(error, 'check'), code: 'resource_query_failed' };
  }
  if (upload.sha256 !== report.fileSha256) {
    return gateFailure(
      'validation_error',
      'The file changed between its precheck and its upload: no task was created',
      'file',
      'Leave the file alone while batch-create runs, and run it again.',
    );
  }
  const body = {
    subAccount: input.subAccount,
    name: input.taskName,
    signature: input.signature,
    templateId: input.templateId,
    templateName: template.templateName,
    channelType: template.channelType,
    scheduled: schedule.scheduled,
    sendTime: schedule.sendTime,
    fileUrl: upload.file,
  };
  let created;
  try {
    created = await client.setBatchTask(body);
  } catch (error) {
    if (isSmsError(error) && error.code === 'ERR_SMS_OUTCOME_UNKNOWN') {
      // No task id came back: nothing can settle it (time-window matching is forbidden, §5.2).
      const unknown = new SmsOutcomeUnknownError(
        'SetBatchTask got no usable answer: a task may or may not have been created',
        {
          cause: error,
          requestId: error.requestId,
          hint: `Look for task "${input.taskName}" with \`volc-sms batch-list --sub-account ${input.subAccount}\` before creating it again.`,
        },
      );
      return { ...failureOf(unknown, 'send'), attempted: true };
    }
    return { ...failureOf(error, 'send'), attempted: true };
  }
  const taskId = created.result.taskId;
  const detail = await readTask(client, input.subAccount, taskId);
  const counts = {
    ...report,
    totalCount: created.result.totalCount ?? report.totalCount,
    dupCount: created.result.dupCount ?? report.dupCount,
  };
  const handoff = {
    fileSha256: counts.fileSha256,
    totalCount: counts.totalCount,
    validCount: counts.validCount,
    invalidCount: counts.invalidCount,
    dupCount: counts.dupCount,
    contentSha256: template.contentSha256,
  };
  return {
    ok: true,
    requestId: created.requestId,
    result: {
      ...counts,
      taskId,
      subAccount: input.subAccount,
      status: detail.ok ? detail.task.status : null,
      statusAuthoritative: detail.ok,
      digest: consentDigest({ taskId, subAccount: input.subAccount, body: { ...body, extra: {} }, handoff }),
    },
  };
}
