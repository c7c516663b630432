/**
 * A set of mainland mobile numbers (11 digits, 13,000,000,000 to 19,999,999,999: 35 bits) kept as
 * open-addressing tables of 32-bit words, one set per value of the bits above 32: about 8 bytes a number,
 * where a Set of strings costs some 60–80. A batch file holds up to 1,000,000 numbers and must be
 * de-duplicated within a 100 MB process.
 */
export declare class MobileNumberSet {
    #private;
    get size(): number;
    /** Adds a non-negative integer (an 11-digit mobile as a number); false when it was already there. */
    add(value: number): boolean;
}
