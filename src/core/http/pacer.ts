import { setTimeout as delay } from 'node:timers/promises';

/**
 * Spaces requests to a rate (the API allows 5 per second per customer by default): `wait()` resolves when
 * the next request may go, at most `perSecond` a second, evenly spaced rather than in bursts, so a long
 * walk through pages never meets a 429. A rate of 0 (or Infinity) does not wait at all.
 */
export interface Pacer {
  wait(signal?: AbortSignal): Promise<void>;
}

/** The service's default limit per customer (reference §5.3). */
export const DEFAULT_REQUESTS_PER_SECOND = 5;

export function createPacer(
  perSecond: number = DEFAULT_REQUESTS_PER_SECOND,
  clock: { now: () => number; sleep: (ms: number, signal?: AbortSignal) => Promise<void> } = {
    now: () => performance.now(),
    sleep: (ms, signal) => delay(ms, undefined, signal ? { signal } : {}),
  },
): Pacer {
  if (!(perSecond > 0) || perSecond === Infinity) return { wait: () => Promise.resolve() };
  const interval = 1000 / perSecond;
  let next = -Infinity;
  return {
    async wait(signal) {
      const now = clock.now();
      const slot = Math.max(now, next);
      next = slot + interval;
      if (slot > now) await clock.sleep(slot - now, signal);
    },
  };
}
