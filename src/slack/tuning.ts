import { DEFAULT_BATCH_THRESHOLD } from '../core/index.ts';

/** Timings and thresholds of the app; tests shorten them, production uses the defaults. */

export interface Tuning {
  /** How long the list APIs (templates, signatures, groups) are cached. */
  listCacheMs: number;
  /** How long user-group membership is cached. */
  groupCacheMs: number;
  /** How long a confirmation stays valid. */
  pendingTtlMs: number;
  /** Above this many recipients the Send button asks once more. */
  confirmAbove: number;
  /** Above this many recipients `/sms send` goes through a batch task (the core's planner decides). */
  batchThreshold: number;
  receiptPollMs: number;
  receiptPollAttempts: number;
  schedulerTickMs: number;
  scheduleGraceMs: number;
  /** The shortest gap between two slots of a schedule: a minute, shortened only for tests. */
  minSlotMs: number;
  /**
   * How long a replica's claim on a send in flight (or its receipt follow-up) lasts without renewal; the
   * owner renews it every third of this. When an owner dies, a survivor acts once this has run out: the
   * send is announced as interrupted, or the follow-up taken over. At most 60 s (SMS_SLACK_LEASE_MS).
   */
  leaseMs: number;
  /** How often each replica looks for leases that ran out. */
  leaseCheckMs: number;
  /** How often a launched batch task's status is read while its progress is followed. */
  batchPollMs: number;
  /** How long a launched batch task is followed before the thread says to check it by hand. */
  batchFollowMs: number;
}

export const DEFAULT_TUNING: Tuning = {
  listCacheMs: 60_000,
  groupCacheMs: 300_000,
  pendingTtlMs: 15 * 60_000,
  confirmAbove: 10,
  batchThreshold: DEFAULT_BATCH_THRESHOLD,
  // Most receipts arrive within seconds; 24 polls 5 s apart cover two minutes in 24 requests.
  receiptPollMs: 5_000,
  receiptPollAttempts: 24,
  schedulerTickMs: 20_000,
  scheduleGraceMs: 60 * 60_000,
  minSlotMs: 60_000,
  leaseMs: 30_000,
  leaseCheckMs: 10_000,
  // One read every 15 s is well inside 5 QPS, and a task's states last minutes.
  batchPollMs: 15_000,
  batchFollowMs: 12 * 3_600_000,
};
