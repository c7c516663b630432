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
  receiptPollMs: number;
  receiptPollAttempts: number;
  schedulerTickMs: number;
  scheduleGraceMs: number;
  /**
   * A send still `sending` this long after it was claimed was cut short (the app stopped mid-send): it is
   * reported as interrupted. Far above the longest send (50 requests of 200 numbers, 4 at a time, 15 s each).
   */
  interruptedAfterMs: number;
}

export const DEFAULT_TUNING: Tuning = {
  listCacheMs: 60_000,
  groupCacheMs: 300_000,
  pendingTtlMs: 15 * 60_000,
  confirmAbove: 10,
  // Most receipts arrive within seconds; 24 polls 5 s apart cover two minutes in 24 requests.
  receiptPollMs: 5_000,
  receiptPollAttempts: 24,
  schedulerTickMs: 20_000,
  scheduleGraceMs: 60 * 60_000,
  interruptedAfterMs: 15 * 60_000,
};
