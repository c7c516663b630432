/**
 * Start times `1000 / qps` ms apart, on the monotonic clock: request n starts no earlier than n / qps
 * seconds after the first, so a send never outruns the account's limit (5 req/s by default) however
 * quickly the answers come, and never waits longer than the limit needs.
 */
export interface Pacer {
    /** Resolves at this caller's slot; rejects with the signal's reason when aborted while waiting. */
    wait(signal?: AbortSignal): Promise<void>;
}
export declare function createPacer(qps: number, now?: () => number, sleep?: (ms: number, signal?: AbortSignal) => Promise<unknown>): Pacer;
