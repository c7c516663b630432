import { SmsInputError, batchTaskStateName } from '../core/index.ts';
import { inputError, jsonObject, ok, type AdminResponse } from './admin-http-helpers.ts';
import type { BatchTaskRow } from './batch-tasks.ts';
import type { SandboxServices } from './services.ts';

/** The batch tasks as the admin API shows them: every field, the status's name, progress and history. */

export type BatchTaskView = BatchTaskRow & { statusName: string };

export interface BatchAdmin {
  /** Every task, newest first. */
  batchTasks(): BatchTaskView[];
  batchTask(taskId: string): BatchTaskView | undefined;
  /** Ends a task as the service might: 8 Failed or 9 Killed (a running one stops between transactions). */
  endBatchTask(taskId: string, status: 8 | 9): BatchTaskView;
}

const view = (task: BatchTaskRow): BatchTaskView => ({
  ...task,
  statusName: batchTaskStateName(task.status) ?? String(task.status),
});

export function createBatchAdmin(services: SandboxServices): BatchAdmin {
  const find = (taskId: string) => {
    const task = services.tasks.find(taskId);
    return task && view(task);
  };
  return {
    batchTasks: () => services.tasks.list().map(view),
    batchTask: find,
    endBatchTask(taskId, status) {
      if (!services.tasks.find(taskId))
        throw new SmsInputError(`No batch task ${taskId}.`, [{ field: 'taskId', message: 'unknown' }]);
      services.engine.stop(taskId, status);
      return find(taskId) as BatchTaskView;
    },
  };
}

export const BATCH_ROUTES = [
  'GET /_sandbox/batch-tasks',
  'GET /_sandbox/batch-tasks/TASK_ID',
  'POST /_sandbox/batch-tasks/TASK_ID/status {"status": 8|9}',
];

export function routeBatch(
  admin: BatchAdmin,
  method: string,
  parts: readonly string[],
  body: Buffer,
): AdminResponse | undefined {
  if (parts[0] !== 'batch-tasks') return undefined;
  if (method === 'GET' && parts.length === 1) return ok({ tasks: admin.batchTasks() });
  const taskId = parts[1] ?? '';
  if (method === 'GET' && parts.length === 2) {
    const task = admin.batchTask(taskId);
    return task ? ok(task) : { status: 404, body: { error: `No batch task ${taskId}.` } };
  }
  if (method === 'POST' && parts.length === 3 && parts[2] === 'status') {
    const status = jsonObject(body).status;
    if (status !== 8 && status !== 9) throw inputError('status', 'give 8 (Failed) or 9 (Killed)');
    return ok(admin.endBatchTask(taskId, status));
  }
  return undefined;
}
