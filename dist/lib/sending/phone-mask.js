import { maskPhone, normalizePhone } from "./phone.js";
// Finding phone numbers in free text (server messages, logs, envelopes) in every spelling people use,
// without touching identifiers: a SHA-256 digest, a request id or a message id holds an 11-digit run
// `1[3-9]…` often enough (about 1 in 300 digests) that masking it would corrupt what a caller must send
// back. Such identifiers are matched first and kept as they are.
// A UUID (message ids), or a run of 16 or more hex characters (digests, request ids such as
// 202612021422318E0A0079D68ECC652255). Shorter runs are masked inside: `a13512345678` is a typo, not an id.
const IDENTIFIER = String.raw `[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}|[0-9a-f]{16,}`;
// One separator inside a number: space (also no-break), dash or dot.
const SEP = String.raw `[ .\-\u00a0]`;
// A mainland mobile: `13800000000`, `138 0000 0000`, `138-0000-0000`, `(138) 0000 0000`, after an optional
// `+86`, `86`, `0086` or `(+86)`; never inside a longer run of digits.
const MAINLAND = String.raw `(?<![\d+])(?:(?:\+|00)?86${SEP}?|\(\s?(?:\+|00)?86\s?\)\s?)?` +
    String.raw `(?:1[3-9]\d|\(1[3-9]\d\)\s?)${SEP}?\d{4}${SEP}?\d{4}(?!\d)`;
// An international number: `+` (or `(+65)`, or `00`) then digit groups joined by up to two separator
// characters (`+1 (415) 555-2671`). Which leading groups form the number is worked out in maskInternational.
const INTERNATIONAL = String.raw `(?<![\d+])(?:\(\+\d{1,4}\)\s?|\+|00)\d+(?:[ .\-()\u00a0]{1,2}\d+)*`;
const PHONE_OR_IDENTIFIER = new RegExp(`(?<identifier>${IDENTIFIER})|(?<mainland>${MAINLAND})|(?<international>${INTERNATIONAL})`, 'gi');
const MAINLAND_ONLY = new RegExp(MAINLAND, 'g');
const DIGIT_GROUP = /\d+/g;
const COMPACT_E164 = /^\+\d{8,15}$/;
/**
 * Masks every phone number found in free text (server messages, logs, envelopes): mainland mobiles in any
 * spelling (`138 0000 0000`, `+86-138-0000-0000`, `(+86) 138…`, `0086138…`) become `138****0000`,
 * international numbers (`+65 6466 5541`, `0065…`) `+65****5541`. Identifiers are left alone: UUIDs and
 * runs of 16+ hex characters (digests, request ids), and digits inside a longer digit run.
 */
export function maskPhonesInText(text) {
    return text.replace(PHONE_OR_IDENTIFIER, (match, ...args) => {
        const groups = args.at(-1);
        if (groups.identifier !== undefined)
            return match;
        if (groups.mainland !== undefined)
            return maskPhone(match.replace(/\D/g, '').slice(-11));
        return maskInternational(match);
    });
}
/**
 * The longest run of leading digit groups that is a number is masked; what follows is searched again.
 * `+6564665541` with no separators is masked whenever it has E.164's 8 to 15 digits, as a number written that
 * way is one; separated groups and `00` prefixes must make a valid number (so `+1 2026-12-02` stays).
 */
function maskInternational(span) {
    const ends = Array.from(span.matchAll(DIGIT_GROUP), (m) => (m.index ?? 0) + m[0].length);
    for (const end of ends.reverse()) {
        const masked = maskedNumber(span.slice(0, end));
        if (masked !== undefined)
            return masked + maskPhonesInText(span.slice(end));
    }
    return span.replace(MAINLAND_ONLY, (m) => maskPhone(m.replace(/\D/g, '').slice(-11)));
}
function maskedNumber(candidate) {
    if (COMPACT_E164.test(candidate))
        return maskPhone(candidate);
    const digits = candidate.replace(/\D/g, '').length;
    if (digits < 8 || digits > 17)
        return undefined;
    const phone = normalizePhone(candidate);
    return phone.ok ? maskPhone(phone.mobile) : undefined;
}
