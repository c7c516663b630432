import { batchTaskStateName, type BatchTask, type SmsClient } from '../core/index.ts';

/** GetBatchTaskDetail's `status` names are the core's (agent-v2 reference §2.9); unknown values show as numbers. */
/** The states a task does not leave. */
const FINAL = new Set([6, 7, 8, 9]);
export const AWAITING_CONSENT = 2;

/** `5 Sending`; `status 12` for a value the reference does not name. */
export function taskStatusName(status: number | undefined): string {
  if (status === undefined) return 'unknown';
  const name = batchTaskStateName(status);
  return name ? `${status} ${name}` : `status ${status}`;
}

export const isFinalStatus = (status: number | undefined) => status !== undefined && FINAL.has(status);
/** 3–6: the service took the consent (the reconciling read of ConsentBatchTask). */
export const isStarted = (status: number | undefined) => status !== undefined && status >= 3 && status <= 6;

export interface ProgressStep {
  status: number | undefined;
  /** Milliseconds since the step's clock started (the task's creation). */
  atMs: number;
}

export interface FollowDeps {
  client: Pick<SmsClient, 'getBatchTaskDetail'>;
  now: () => Date;
  sleep: (ms: number) => Promise<void>;
  info: (message: string) => void;
  /** First pause between detail reads; later ones grow ×1.5 up to 10 s. */
  pollIntervalMs: number;
}

export interface FollowResult {
  task: BatchTask | undefined;
  steps: ProgressStep[];
  timedOut: boolean;
}

const MAX_POLL_INTERVAL_MS = 10_000;

/**
 * Reads the task's detail until it reaches a final state (6 Done, 7 Canceled, 8 Failed, 9 Killed) or
 * `timeoutMs` passes, logging one line per status change. `steps` continues the given history.
 */
export async function followTask(
  deps: FollowDeps,
  ref: { subAccount: string; taskId: string },
  options: { timeoutMs: number; startedAt: number; steps: ProgressStep[] },
): Promise<FollowResult> {
  const steps = options.steps;
  const deadline = deps.now().getTime() + options.timeoutMs;
  let pause = deps.pollIntervalMs;
  let task: BatchTask | undefined;
  for (;;) {
    ({ result: task } = await deps.client.getBatchTaskDetail(ref));
    const status = task.status;
    if (steps.at(-1)?.status !== status) {
      const atMs = deps.now().getTime() - options.startedAt;
      steps.push({ status, atMs });
      deps.info(`Task ${ref.taskId}: ${taskStatusName(status)} (after ${seconds(atMs)})`);
    }
    if (isFinalStatus(status)) return { task, steps, timedOut: false };
    const remaining = deadline - deps.now().getTime();
    if (remaining <= 0) return { task, steps, timedOut: true };
    await deps.sleep(Math.min(pause, remaining));
    pause = Math.min(pause * 1.5, MAX_POLL_INTERVAL_MS);
  }
}

/** `3.4 s`, `95 s`. */
export function seconds(ms: number): string {
  return ms < 10_000 ? `${(ms / 1000).toFixed(1)} s` : `${Math.round(ms / 1000)} s`;
}
