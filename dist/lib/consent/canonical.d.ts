/**
 * The consent digest of the skill 1.3 gates (reference §4.3): lower-case hex SHA-256 of the UTF-8 JSON of
 * a payload with keys sorted at every level, no whitespace, non-ASCII characters as they are. It never
 * leaves the machine; it only proves that a submit carries exactly what its preview showed.
 */
/** Compact JSON with the keys of every object sorted; `undefined` members are left out as JSON does. */
export declare function canonicalJson(value: unknown): string;
export declare function consentDigest(payload: unknown): string;
/** A digest as a submit must carry it: 64 lower-case hex digits (upper case is accepted and lowered). */
export declare function parseDigest(text: string): string | undefined;
