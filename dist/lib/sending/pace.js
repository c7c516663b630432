import { setTimeout as delay } from 'node:timers/promises';
export function createPacer(qps, now = () => performance.now(), sleep = (ms, signal) => delay(ms, undefined, signal ? { signal } : {})) {
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
