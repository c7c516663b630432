import { setTimeout as delay } from 'node:timers/promises';

/**
 * Start times `1000 / qps` ms apart, on the monotonic clock: request n starts no earlier than n / qps
 * seconds after the first, so a send never outruns the account's limit (5 req/s by default) however
 * quickly the answers come, and never waits longer than the limit needs.
 */
export interface Pacer {
  /** Resolves at this caller's slot; rejects with the signal's reason when aborted while waiting. */
  wait(signal?: AbortSignal): Promise<void>;
}

/**
 * Sleeps at least `ms` on the monotonic clock. A Node timer counts from the event loop's cached time, which
 * may lag the real one, so it can fire a little early; a pacer that woke early would outrun the limit.
 */
async function sleepAtLeast(ms: number, signal?: AbortSignal): Promise<void> {
  const end = performance.now() + ms;
  for (let left = ms; left > 0; left = end - performance.now()) {
    await delay(Math.ceil(left), undefined, signal ? { signal } : {});
  }
}

export function createPacer(
  qps: number,
  now: () => number = () => performance.now(),
  sleep: (ms: number, signal?: AbortSignal) => Promise<unknown> = sleepAtLeast,
): Pacer {
  const interval = 1000 / qps;
  let next = -Infinity;
  return {
    async wait(signal) {
      const at = Math.max(now(), next);
      // The slot is taken before sleeping, so concurrent callers queue in call order.
      next = at + interval;
      const ms = at - now();
      if (ms > 0) await sleep(ms, signal);
    },
  };
}
