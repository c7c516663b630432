import { maskPhonesInText } from "../sending/phone-mask.js";
const REDACTED = '***';
// Credentials that can appear in text even when the caller did not list them: a signature in an
// Authorization header value, a Bearer token, a session token header.
const CREDENTIAL_PATTERNS = [
    /(Signature=)[0-9a-fA-F]{16,}/g,
    /(Bearer\s+)[^\s"',]+/gi,
    /(X-Security-Token["']?\s*[:=]\s*["']?)[^\s"',]+/gi,
    /(Credential=)[^/\s,]+/g,
];
// Short values (an empty SK, `1`) would shred unrelated text; real keys are longer than this.
const MIN_SECRET_LENGTH = 4;
/**
 * Removes secrets from text before it reaches an error, a log or a channel: every listed secret,
 * signatures, Bearer tokens and access key ids in Authorization values; also masks phone numbers.
 */
export function redact(text, secrets = []) {
    let out = text;
    const sorted = secrets
        .filter((s) => typeof s === 'string' && s.length >= MIN_SECRET_LENGTH)
        .sort((a, b) => b.length - a.length);
    for (const secret of sorted)
        out = out.split(secret).join(REDACTED);
    for (const pattern of CREDENTIAL_PATTERNS)
        out = out.replace(pattern, `$1${REDACTED}`);
    return maskPhonesInText(out);
}
/** redact() applied to every string inside a parsed JSON value (an envelope kept on an error). */
export function redactJson(value, secrets = []) {
    if (typeof value === 'string')
        return redact(value, secrets);
    if (Array.isArray(value))
        return value.map((item) => redactJson(item, secrets));
    if (value !== null && typeof value === 'object') {
        const out = {};
        for (const [key, item] of Object.entries(value))
            out[key] = redactJson(item, secrets);
        return out;
    }
    return value;
}
