import { batchTaskStateName } from '../agent-v2/batch-status.ts';
import type { BatchTask } from '../schemas/agent-v2-results.ts';
import type { SmsClient } from '../types.ts';

/**
 * Follows a launched batch task (reference §2.9, §4.4) to a final state: GetBatchTaskDetail is the
 * authoritative state, read every `intervalMs`; each change (state or sent count) is reported once. The
 * detail has no progress count, so the count comes from the stats of the task's group, template and
 * signature since it started (one request per poll; absent when the stats cannot be read). Stopping (the
 * signal) stops the waiting, never the task. 6 Done means processed, not delivered: receipts are in the
 * send log (receipts.ts).
 */

export const FINAL_TASK_STATES: ReadonlySet<number> = new Set([6, 7, 8, 9]);

export interface TaskProgress {
  taskId: string;
  status: number;
  /** The reference's name of the state (`Sending`), if it has one. */
  state: string | undefined;
  totalCount: number | undefined;
  /** Messages the stats count as sent so far, when they could be read. */
  sentCount: number | undefined;
  final: boolean;
}

export interface FollowTaskDeps {
  client: Pick<SmsClient, 'getBatchTaskDetail' | 'getSendStats'>;
  now: () => number;
  sleep: (ms: number, signal?: AbortSignal) => Promise<void>;
  signal?: AbortSignal | undefined;
  onChange?: ((progress: TaskProgress) => void) | undefined;
}

/** A task's send time in epoch seconds, or undefined for an immediate task. */
function scheduledAt(task: BatchTask): number | undefined {
  const value = task.sendTime;
  if (value === undefined || value === null || value === 0 || value === '') return undefined;
  const seconds = typeof value === 'number' ? value : Math.floor(Date.parse(value) / 1000);
  return Number.isFinite(seconds) ? seconds : undefined;
}

export interface FollowedTask {
  task: BatchTask;
  progress: TaskProgress;
  /** Epoch seconds from which its messages are in the send log (send time, else `since`). */
  startedAt: number;
  /** False when the wait was stopped before a final state. */
  final: boolean;
}

export async function followBatchTask(
  deps: FollowTaskDeps,
  ref: { subAccount: string; taskId: string },
  options: { intervalMs: number; since: number },
): Promise<FollowedTask> {
  let last: TaskProgress | undefined;
  for (;;) {
    const { result: task } = await deps.client.getBatchTaskDetail(ref, { signal: deps.signal });
    const status = task.status ?? -1;
    const startedAt = scheduledAt(task) ?? options.since;
    const sentCount = await sentSoFar(deps, ref, task, startedAt);
    const progress: TaskProgress = {
      taskId: ref.taskId,
      status,
      state: batchTaskStateName(status),
      totalCount: task.totalCount,
      sentCount,
      final: FINAL_TASK_STATES.has(status),
    };
    if (last === undefined || last.status !== status || last.sentCount !== sentCount)
      deps.onChange?.(progress);
    last = progress;
    if (progress.final) return { task, progress, startedAt, final: true };
    await deps.sleep(options.intervalMs, deps.signal);
    if (deps.signal?.aborted) return { task, progress, startedAt, final: false };
  }
}

async function sentSoFar(
  deps: FollowTaskDeps,
  ref: { subAccount: string },
  task: BatchTask,
  startedAt: number,
): Promise<number | undefined> {
  if (task.templateId === undefined) return undefined;
  const now = Math.floor(deps.now() / 1000);
  try {
    const { result } = await deps.client.getSendStats(
      {
        startTime: startedAt - 60,
        // A scheduled task's messages carry its send time, which may be ahead of this clock.
        endTime: Math.max(now, startedAt) + 7 * 86_400,
        subAccount: ref.subAccount,
        templateId: task.templateId,
        ...(task.signature === undefined ? {} : { signature: task.signature }),
      },
      { signal: deps.signal },
    );
    return result.TotalSendCount ?? undefined;
  } catch {
    // Progress is a courtesy: the task's state still comes from the detail.
    return undefined;
  }
}
