/**
 * A set of mainland mobile numbers (11 digits, below 2^53) kept as doubles in one open-addressing table:
 * 16 bytes a number at the lowest load, where a Set of strings costs some 60–80. A batch file holds up to
 * 1,000,000 numbers and must be de-duplicated within a 100 MB process.
 */
export class MobileNumberSet {
  #slots: Float64Array;
  #size = 0;

  constructor(expected = 1024) {
    let capacity = 1024;
    while (capacity < expected * 2) capacity *= 2;
    this.#slots = new Float64Array(capacity);
  }

  get size(): number {
    return this.#size;
  }

  /** Adds `value` (a positive integer); false when it was already there. */
  add(value: number): boolean {
    if (this.#size * 2 >= this.#slots.length) this.#grow();
    const added = this.#insert(this.#slots, value);
    if (added) this.#size += 1;
    return added;
  }

  #insert(slots: Float64Array, value: number): boolean {
    const mask = slots.length - 1;
    // Mixes both 32-bit halves; numbers of one batch often share their high digits.
    const low = (value % 0x1_0000_0000) >>> 0;
    const high = Math.floor(value / 0x1_0000_0000) >>> 0;
    let index = Math.imul(low ^ Math.imul(high, 0x9e3779b1), 0x85ebca6b) >>> 0;
    index = (index ^ (index >>> 15)) & mask;
    for (;;) {
      const slot = slots[index] as number;
      if (slot === 0) {
        slots[index] = value;
        return true;
      }
      if (slot === value) return false;
      index = (index + 1) & mask;
    }
  }

  #grow(): void {
    const old = this.#slots;
    const next = new Float64Array(old.length * 2);
    for (const value of old) if (value !== 0) this.#insert(next, value);
    this.#slots = next;
  }
}
