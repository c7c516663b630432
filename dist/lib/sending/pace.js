import { setTimeout as delay } from 'node:timers/promises';
/**
 * Sleeps at least `ms` on the monotonic clock. A Node timer counts from the event loop's cached time, which
 * may lag the real one, so it can fire a little early; a pacer that woke early would outrun the limit.
 */
async function sleepAtLeast(ms, signal) {
    const end = performance.now() + ms;
    for (let left = ms; left > 0; left = end - performance.now()) {
        await delay(Math.ceil(left), undefined, signal ? { signal } : {});
    }
}
export function createPacer(qps, now = () => performance.now(), sleep = sleepAtLeast) {
    const interval = 1000 / qps;
    let next = -Infinity;
    return {
        async wait(signal) {
            const at = Math.max(now(), next);
            // The slot is taken before sleeping, so concurrent callers queue in call order.
            next = at + interval;
            const ms = at - now();
            if (ms > 0)
                await sleep(ms, signal);
        },
    };
}
