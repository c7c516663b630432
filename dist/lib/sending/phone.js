import { createRequire } from 'node:module';
import { parsePhoneNumberFromString } from 'libphonenumber-js/core';
// libphonenumber's country metadata, read on the first international number. Taken as JSON through
// require() rather than the package's default JS module: a bundle (ncc/webpack, where `require` exists)
// then carries it as one lazily run JSON.parse instead of an 83 kB object literal that every mainland-only
// send would parse at start (~5 ms of the Action's cold start, bench/action-cold-start.ts). Unbundled ES
// modules have no `require`, hence createRequire.
let metadata;
function phoneMetadata() {
    if (metadata)
        return metadata;
    const load = typeof require === 'function' ? require : createRequire(import.meta.url);
    return (metadata = load('libphonenumber-js/metadata.min.json'));
}
// Mainland mobiles are 11 digits starting 13–19 (the skill's own rule); `+86`/`86`/`0086` prefixes are
// dropped because the API wants the bare 11 digits for mainland numbers.
const MAINLAND_MOBILE = /^(?:\+86|0086|86)?(1[3-9]\d{9})$/;
const BARE_MAINLAND_MOBILE = /^1[3-9]\d{9}$/;
// E.164: at most 15 digits, country code included. libphonenumber accepts some longer national forms.
const E164_MAX_DIGITS = 15;
// Separators people paste inside one number: spaces, dashes, dots, brackets.
const INNER_SEPARATORS = /[\s\-().\u00a0]/g;
/**
 * Normalises one phone number: mainland mobiles become their bare 11 digits (`13800000000`),
 * international numbers their E.164 form (`+6598620548`). Never throws.
 */
export function normalizePhone(input) {
    // Most numbers arrive already as the bare 11 digits: one test instead of two rewrites and a match.
    if (BARE_MAINLAND_MOBILE.test(input))
        return { ok: true, mobile: input };
    const compact = input.replace(INNER_SEPARATORS, '').replace(/^＋/, '+');
    if (compact === '')
        return { ok: false, reason: 'empty' };
    const mainland = MAINLAND_MOBILE.exec(compact);
    if (mainland)
        return { ok: true, mobile: mainland[1] };
    if (!/^(?:\+|00)?\d+$/.test(compact))
        return { ok: false, reason: 'contains characters other than digits' };
    // Each reason says what is wrong in terms that stay true of the masked number (`138****0000` of a
    // 10-digit input looks valid): how many digits, where it starts.
    const international = compact.startsWith('00') ? `+${compact.slice(2)}` : compact;
    const digits = international.replace('+', '');
    const count = `${digits.length} digit${digits.length === 1 ? '' : 's'}`;
    if (digits.length > E164_MAX_DIGITS) {
        return { ok: false, reason: `${count}: a phone number has at most ${E164_MAX_DIGITS} (E.164)` };
    }
    if (!international.startsWith('+')) {
        const shape = digits.length === 11 && digits.startsWith('1')
            ? `${count} starting ${digits.slice(0, 2)}: mainland mobiles start 13–19`
            : `${count}: not an 11-digit mainland mobile (1[3-9]…)`;
        return { ok: false, reason: `${shape}; international numbers need + and a country code (E.164)` };
    }
    if (international.startsWith('+86')) {
        return {
            ok: false,
            reason: `+86 and ${digits.length - 2} digits: a +86 number must be an 11-digit mobile starting 13–19`,
        };
    }
    const parsed = parsePhoneNumberFromString(international, phoneMetadata());
    if (!parsed || !parsed.isValid()) {
        const country = parsed?.country === undefined ? '' : ` for ${parsed.country}`;
        return { ok: false, reason: `${count}: not a valid international number${country} (E.164)` };
    }
    return { ok: true, mobile: parsed.number };
}
/**
 * Masks a number for logs, summaries and channels: first 3 and last 4 characters kept
 * (`138****0000`, `+65****0548`); short inputs keep only their last 2.
 */
export function maskPhone(mobile) {
    const value = mobile.trim();
    if (value.length >= 8)
        return `${value.slice(0, 3)}****${value.slice(-4)}`;
    return `****${value.slice(-2)}`;
}
/** Splits a pasted list on commas, semicolons, newlines and whitespace (ASCII and full-width). */
export function splitPhoneList(text) {
    return text.split(/[\s,;，；、]+/).filter((part) => part !== '');
}
