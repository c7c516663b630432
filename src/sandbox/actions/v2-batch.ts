import { link } from 'node:fs/promises';
import { batchTaskStateName, templateVariables } from '../../core/index.ts';
import { batchFileCounts, checkStoredUpload, readUploadFacts } from '../batch-csv.ts';
import type { BatchTaskRow } from '../batch-tasks.ts';
import { businessErrors } from '../business-error.ts';
import type { TemplateRow } from '../store-tables.ts';
import { MAX_UPLOAD_BYTES } from '../uploads.ts';
import { pageOf, RawAnswer, requireActivated, validateV2, type ActionContext } from './action-context.ts';
import {
  BatchTaskRefSchema,
  GetBatchTaskListSchema,
  GetUploadTosUrlSchema,
  SetBatchTaskSchema,
  TemplateUploadDemoSchema,
} from './v2-schemas.ts';

/**
 * The batch-task actions (reference-v2 §2.6–2.12, §3): an upload URL, the sample CSV, task creation with
 * the server-side file check, the detail and the list, consent (only in status 2) and cancel (not within
 * a minute of a scheduled sendTime). The batch engine (batch-engine.ts) sends consented tasks.
 */

const CANCEL_CUTOFF_MS = 60_000;
const statusName = (status: number) => batchTaskStateName(status) ?? `status ${status}`;

function requireGroup(subAccount: string, context: ActionContext): void {
  const group = context.store.findSubAccount(subAccount);
  if (!group || group.status !== 'approved')
    throw businessErrors.notFound(`message group ${subAccount} does not exist or is not approved.`);
}

/** A template a batch may use: approved, the group's, and not a verification template. */
function batchTemplate(templateId: string, subAccount: string, context: ActionContext): TemplateRow {
  const template = context.store.findTemplate(templateId);
  if (!template) throw businessErrors.templateUnusable(`template ${templateId} does not exist.`);
  if (!template.subAccounts.includes(subAccount))
    throw businessErrors.templateUnusable(
      `template ${templateId} is not available in message group ${subAccount}.`,
    );
  if (template.channelType === 'CN_OTP')
    throw businessErrors.templateUnusable(
      `template ${templateId} is a verification template; batch tasks never send those.`,
    );
  return template;
}

export function getUploadTosUrl(params: Record<string, unknown>, context: ActionContext) {
  requireActivated(context);
  validateV2(GetUploadTosUrlSchema, params);
  return context.services.uploads.presign(context.publicUrl, context.nowMs);
}

export function templateUploadDemo(params: Record<string, unknown>, context: ActionContext) {
  requireActivated(context);
  const body = validateV2(TemplateUploadDemoSchema, params);
  requireGroup(body.subAccount, context);
  const template = batchTemplate(body.templateId, body.subAccount, context);
  const header = ['phone', ...templateVariables(template.content)].join(',');
  const fileName = `${template.id}_demo.csv`;
  return new RawAnswer('text/csv; charset=utf-8', Buffer.from(`${header}\r\n`), {
    'Content-Disposition': `attachment; filename="${fileName}"; filename*=UTF-8''${encodeURIComponent(fileName)}`,
  });
}

export async function setBatchTask(params: Record<string, unknown>, context: ActionContext) {
  requireActivated(context);
  const body = validateV2(SetBatchTaskSchema, params);
  requireGroup(body.subAccount, context);
  const template = batchTemplate(body.templateId, body.subAccount, context);
  if (template.status !== 3)
    throw businessErrors.templateUnusable(
      `template ${template.id} is not approved (status ${template.status}).`,
    );
  if (body.channelType !== template.channelType)
    throw businessErrors.managementParameter(
      `channelType ${body.channelType} is not template ${template.id}'s ${template.channelType}.`,
    );
  const signature = context.store.findSignature(body.signature);
  if (
    !signature ||
    ![3, 5].includes(signature.status) ||
    !signature.subAccounts.includes(body.subAccount) ||
    !template.signatures.includes(signature.text)
  )
    throw businessErrors.templateUnusable(
      `signature "${body.signature}" is not approved for template ${template.id} in message group ${body.subAccount}.`,
    );
  if (body.scheduled && body.sendTime * 1000 <= context.nowMs)
    throw businessErrors.managementParameter(
      'sendTime of a scheduled task must be in the future (Unix seconds).',
    );
  const { uploads, tasks } = context.services;
  const size = uploads.uploadedSize(body.fileUrl);
  if (size === undefined)
    throw businessErrors.managementParameter(
      `fileUrl "${body.fileUrl}" was not uploaded: PUT the file to the url GetUploadTosURL gave with it.`,
    );
  if (size > MAX_UPLOAD_BYTES)
    throw businessErrors.managementParameter(`the file has ${size} bytes; at most ${MAX_UPLOAD_BYTES}.`);
  // The file was checked as it was uploaded (upload-http.ts); only its header waits for the template.
  const checked = uploads.checkedOf(body.fileUrl);
  const facts =
    (await readUploadFacts(checked.facts)) ??
    (await checkStoredUpload(uploads.pathOf(body.fileUrl), checked));
  const counts = batchFileCounts(facts, templateVariables(template.content));
  const task = tasks.create({
    subAccount: body.subAccount,
    taskName: body.name,
    signature: signature.text,
    templateId: template.id,
    templateName: body.templateName || template.name,
    channelType: template.channelType,
    scheduled: body.scheduled,
    sendTime: body.scheduled ? body.sendTime : 0,
    fileUrl: body.fileUrl,
    ...counts,
    extra: body.extra ?? {},
    createdMs: context.nowMs,
  });
  try {
    // A second name for the upload's rows: the same file may make another task, and either can go.
    await link(checked.rows, uploads.taskFile(task.taskId));
  } catch (error) {
    tasks.setStatus(task.taskId, 8, context.nowMs);
    throw error;
  }
  return { taskId: task.taskId, dupCount: counts.dupCount, totalCount: counts.totalCount };
}

/** The task as GetBatchTaskDetail and GetBatchTaskList answer it (the allowlisted keys plus the counts). */
export function taskDetail(task: BatchTaskRow) {
  return {
    taskId: task.taskId,
    subAccount: task.subAccount,
    taskName: task.taskName,
    name: task.taskName,
    signature: task.signature,
    templateId: task.templateId,
    templateName: task.templateName,
    channelType: task.channelType,
    scheduled: task.scheduled,
    sendTime: task.sendTime,
    fileUrl: task.fileUrl,
    status: task.status,
    totalCount: task.totalCount,
    validCount: task.validCount,
    invalidCount: task.invalidCount,
    dupCount: task.dupCount,
    extra: task.extra,
  };
}

function ownTask(params: Record<string, unknown>, context: ActionContext): BatchTaskRow {
  const ref = validateV2(BatchTaskRefSchema, params);
  const task = context.services.tasks.find(ref.taskId);
  if (!task || task.subAccount !== ref.subAccount)
    throw businessErrors.notFound(`task ${ref.taskId} does not exist in message group ${ref.subAccount}.`);
  return task;
}

export function getBatchTaskDetail(params: Record<string, unknown>, context: ActionContext) {
  requireActivated(context);
  return taskDetail(ownTask(params, context));
}

export function getBatchTaskList(params: Record<string, unknown>, context: ActionContext) {
  requireActivated(context);
  const query = validateV2(GetBatchTaskListSchema, params);
  requireGroup(query.subAccount, context);
  const matches = context.services.tasks
    .list()
    .filter((t) => t.subAccount === query.subAccount)
    .filter((t) => !query.taskName || t.taskName.includes(query.taskName))
    .filter((t) => !query.signature || t.signature === query.signature)
    .filter((t) => !query.templateId || t.templateId === query.templateId)
    .map(taskDetail);
  return { total: matches.length, list: pageOf(matches, query.pageIndex, query.pageSize) };
}

export function consentBatchTask(params: Record<string, unknown>, context: ActionContext) {
  requireActivated(context);
  const task = ownTask(params, context);
  if (task.status !== 2) {
    throw businessErrors.managementParameter(
      `task ${task.taskId} is ${statusName(task.status)} (${task.status}); only a task in status 2 (Valid) can be started.`,
    );
  }
  context.services.tasks.setStatus(task.taskId, 3, context.nowMs);
  context.services.engine.start(task.taskId);
  return {};
}

export function deleteBatchTask(params: Record<string, unknown>, context: ActionContext) {
  requireActivated(context);
  const task = ownTask(params, context);
  if (task.status === 7) return {};
  if (task.status > 5) {
    throw businessErrors.managementParameter(
      `task ${task.taskId} is ${statusName(task.status)} (${task.status}) and cannot be cancelled.`,
    );
  }
  if (task.scheduled && task.sendTime * 1000 - context.nowMs <= CANCEL_CUTOFF_MS) {
    throw businessErrors.managementParameter(
      `task ${task.taskId} is scheduled for ${task.sendTime} (Unix s): a scheduled task can be cancelled only until one minute before.`,
    );
  }
  context.services.engine.stop(task.taskId, 7);
  return {};
}
