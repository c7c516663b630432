/**
 * A set of mainland mobile numbers (11 digits, 13,000,000,000 to 19,999,999,999: 35 bits) kept as
 * open-addressing tables of 32-bit words, one set per value of the bits above 32: about 8 bytes a number,
 * where a Set of strings costs some 60–80. A batch file holds up to 1,000,000 numbers and must be
 * de-duplicated within a 100 MB process.
 */
const TWO_32 = 0x1_0000_0000;
/** Each set is split by the top bits of the hash into this many tables that grow on their own. */
const PART_BITS = 8;
const PARTS = 1 << PART_BITS;
const FIRST_SLOTS = 16;
// Numbers of one batch often differ only in their last digits: mixed before masking. The top bits pick
// the table, the low bits (folded with the middle ones) the slot in it.
const mix = (value) => Math.imul(value, 0x9e3779b1) >>> 0;
const slotHash = (mixed) => (mixed ^ (mixed >>> 16)) >>> 0;
/** 32-bit values; 0 marks an empty slot, so it is kept aside. */
class Uint32Set {
    // One table of a million numbers would double from 4 to 8 MB, both held while it is copied; split
    // 256 ways, a table that grows copies ~30 kB.
    #parts = new Array(PARTS).fill(undefined);
    #counts = new Uint32Array(PARTS);
    #count = 0;
    #hasZero = false;
    add(value) {
        if (value === 0) {
            const added = !this.#hasZero;
            this.#hasZero = true;
            return added;
        }
        const mixed = mix(value);
        const part = mixed >>> (32 - PART_BITS);
        let slots = this.#parts[part] ?? (this.#parts[part] = new Uint32Array(FIRST_SLOTS));
        const count = this.#counts[part];
        // Linear probing stays short up to three quarters full.
        if (count * 4 >= slots.length * 3)
            this.#parts[part] = slots = Uint32Set.#grown(slots);
        const added = Uint32Set.#insert(slots, value, slotHash(mixed));
        if (added) {
            this.#counts[part] = count + 1;
            this.#count += 1;
        }
        return added;
    }
    get size() {
        return this.#count + (this.#hasZero ? 1 : 0);
    }
    static #insert(slots, value, hash) {
        const mask = slots.length - 1;
        let index = hash & mask;
        for (;;) {
            const slot = slots[index];
            if (slot === 0) {
                slots[index] = value;
                return true;
            }
            if (slot === value)
                return false;
            index = (index + 1) & mask;
        }
    }
    static #grown(old) {
        const next = new Uint32Array(old.length * 2);
        for (const value of old)
            if (value !== 0)
                Uint32Set.#insert(next, value, slotHash(mix(value)));
        // Freed now rather than when a full collection finds it (the tables of a million numbers left ~6 MB
        // of old tables behind). transfer is ES2024, beyond the ES2023 lib the project compiles against.
        old.buffer.transfer(0);
        return next;
    }
}
export class MobileNumberSet {
    #tables = new Map();
    get size() {
        let size = 0;
        for (const table of this.#tables.values())
            size += table.size;
        return size;
    }
    /** Adds a non-negative integer (an 11-digit mobile as a number); false when it was already there. */
    add(value) {
        const high = Math.floor(value / TWO_32);
        let table = this.#tables.get(high);
        if (table === undefined)
            this.#tables.set(high, (table = new Uint32Set()));
        return table.add(value - high * TWO_32);
    }
}
