import { BATCH_TASK_AWAITING_CONSENT, FINAL_TASK_STATES, batchTaskStateName } from '../core/index.ts';

/**
 * How the Action words a batch task's progress. The states and their names are the core's (agent-v2
 * reference §2.9), and so is the loop that follows a task (followBatchTask); unknown values show as numbers.
 */
export const AWAITING_CONSENT = BATCH_TASK_AWAITING_CONSENT;

/** `5 Sending`; `status 12` for a value the reference does not name. */
export function taskStatusName(status: number | undefined): string {
  if (status === undefined) return 'unknown';
  const name = batchTaskStateName(status);
  return name ? `${status} ${name}` : `status ${status}`;
}

export const isFinalStatus = (status: number | undefined) =>
  status !== undefined && FINAL_TASK_STATES.has(status);
/** 3–6: the service took the consent (the reconciling read of ConsentBatchTask). */
export const isStarted = (status: number | undefined) => status !== undefined && status >= 3 && status <= 6;

export interface ProgressStep {
  status: number | undefined;
  /** Milliseconds since the step's clock started (the task's creation). */
  atMs: number;
}

/** `3.4 s`, `95 s`. */
export function seconds(ms: number): string {
  return ms < 10_000 ? `${(ms / 1000).toFixed(1)} s` : `${Math.round(ms / 1000)} s`;
}
