/**
 * A set of mainland mobile numbers (11 digits, 13,000,000,000 to 19,999,999,999: 35 bits) kept as
 * open-addressing tables of 32-bit words, one per value of the bits above 32: about 8 bytes a number,
 * where a Set of strings costs some 60–80. A batch file holds up to 1,000,000 numbers and must be
 * de-duplicated within a 100 MB process.
 */
var _a;
const TWO_32 = 0x1_0000_0000;
/** 32-bit values; 0 marks an empty slot, so it is kept aside. */
class Uint32Set {
    #slots = new Uint32Array(1024);
    #count = 0;
    #hasZero = false;
    add(value) {
        if (value === 0) {
            const added = !this.#hasZero;
            this.#hasZero = true;
            return added;
        }
        if (this.#count * 2 >= this.#slots.length)
            this.#grow();
        const added = _a.#insert(this.#slots, value);
        if (added)
            this.#count += 1;
        return added;
    }
    get size() {
        return this.#count + (this.#hasZero ? 1 : 0);
    }
    static #insert(slots, value) {
        const mask = slots.length - 1;
        // Numbers of one batch often differ only in their last digits: mix before masking.
        let index = Math.imul(value, 0x9e3779b1) >>> 0;
        index = (index ^ (index >>> 16)) & mask;
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
    #grow() {
        const old = this.#slots;
        const next = new Uint32Array(old.length * 2);
        for (const value of old)
            if (value !== 0)
                _a.#insert(next, value);
        this.#slots = next;
    }
}
_a = Uint32Set;
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
