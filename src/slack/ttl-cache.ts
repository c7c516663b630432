/**
 * A small cache for lookups that are asked often and change rarely (user-group members, the SMS list APIs).
 * Concurrent callers for the same key share one request; failures are not cached.
 */
export class TtlCache<T> {
  readonly #ttlMs: number;
  readonly #now: () => number;
  readonly #entries = new Map<string, { value: Promise<T>; expiresAt: number }>();

  constructor(ttlMs: number, now: () => number = Date.now) {
    this.#ttlMs = ttlMs;
    this.#now = now;
  }

  get(key: string, load: () => Promise<T>): Promise<T> {
    const hit = this.#entries.get(key);
    if (hit !== undefined && hit.expiresAt > this.#now()) return hit.value;
    const value = load();
    this.#entries.set(key, { value, expiresAt: this.#now() + this.#ttlMs });
    value.catch(() => {
      if (this.#entries.get(key)?.value === value) this.#entries.delete(key);
    });
    return value;
  }

  clear(): void {
    this.#entries.clear();
  }
}
