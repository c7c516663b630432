/**
 * Per-key token buckets (the skill's "单客户默认限制为 5 QPS"): each key holds up to `qps` tokens and
 * regains `qps` per second. Measured on the monotonic clock, not the injected one: the limit is about how
 * fast the real client calls, while the injected clock only moves simulated time.
 */
export class RateLimiter {
  readonly #qps: number;
  readonly #now: () => number;
  readonly #buckets = new Map<string, { tokens: number; updatedMs: number }>();

  constructor(qps: number, now: () => number = () => performance.now()) {
    this.#qps = qps;
    this.#now = now;
  }

  /** Takes a token; returns 0 when allowed, else the milliseconds until a token is free. */
  take(key: string): number {
    if (this.#qps <= 0) return 0;
    const now = this.#now();
    let bucket = this.#buckets.get(key);
    if (!bucket) {
      bucket = { tokens: this.#qps, updatedMs: now };
      this.#buckets.set(key, bucket);
    }
    bucket.tokens = Math.min(this.#qps, bucket.tokens + ((now - bucket.updatedMs) / 1000) * this.#qps);
    bucket.updatedMs = now;
    if (bucket.tokens >= 1) {
      bucket.tokens -= 1;
      return 0;
    }
    return Math.ceil(((1 - bucket.tokens) / this.#qps) * 1000);
  }

  reset(): void {
    this.#buckets.clear();
  }
}
