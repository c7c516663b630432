import { sha256Hex } from "../signing/sign.js";
/**
 * The consent digest of the skill 1.3 gates (reference §4.3): lower-case hex SHA-256 of the UTF-8 JSON of
 * a payload with keys sorted at every level, no whitespace, non-ASCII characters as they are. It never
 * leaves the machine; it only proves that a submit carries exactly what its preview showed.
 */
/** Compact JSON with the keys of every object sorted; `undefined` members are left out as JSON does. */
export function canonicalJson(value) {
    return JSON.stringify(sortKeys(value));
}
function sortKeys(value) {
    if (Array.isArray(value))
        return value.map(sortKeys);
    if (value === null || typeof value !== 'object')
        return value;
    const out = {};
    // Code-unit order, as Python's sort_keys and Array.prototype.sort agree on for these keys.
    for (const key of Object.keys(value).sort())
        out[key] = sortKeys(value[key]);
    return out;
}
export function consentDigest(payload) {
    return sha256Hex(canonicalJson(payload));
}
/** A digest as a submit must carry it: 64 lower-case hex digits (upper case is accepted and lowered). */
export function parseDigest(text) {
    const value = text.trim().toLowerCase();
    return /^[0-9a-f]{64}$/.test(value) ? value : undefined;
}
