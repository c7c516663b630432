export const id = 20;
export const ids = [20];
export const modules = {

/***/ 3020:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  run: () => (/* binding */ run)
});

// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __webpack_require__(3024);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(6760);
var external_node_path_default = /*#__PURE__*/__webpack_require__.n(external_node_path_);
// EXTERNAL MODULE: ./src/core/errors/errors.ts
var errors = __webpack_require__(8692);
// EXTERNAL MODULE: external "node:crypto"
var external_node_crypto_ = __webpack_require__(7598);
;// CONCATENATED MODULE: ./src/core/signing/sign.ts

/**
 * Volcengine "HMAC-SHA256" request signing (reference §4). Everything here is a pure function of its
 * inputs; the one piece of state, a cache of derived keys, belongs to whoever creates it (a client).
 */
const SIGNING_ALGORITHM = 'HMAC-SHA256';
const EMPTY_BODY_SHA256 = 'e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855';
const UNRESERVED = /^[A-Za-z0-9\-._~]*$/;
/** RFC 3986 encoding: unreserved characters kept, everything else as upper-case `%XX` (space is `%20`). */
function uriEncode(value) {
    // Most values (action names, versions, ids) are unreserved already: nothing to encode.
    if (UNRESERVED.test(value))
        return value;
    return encodeURIComponent(value).replace(/[!'()*]/g, (c) => `%${c.charCodeAt(0).toString(16).toUpperCase()}`);
}
/**
 * Sorts `items` in place, stably, by `before`. An insertion sort: what is signed is a handful of query
 * parameters and headers, and Array.prototype.sort allocates about 1 KB of working state per call however
 * short the list (Node 24), which every request paid twice.
 */
function sortSmall(items, before) {
    for (let i = 1; i < items.length; i++) {
        const item = items[i];
        let j = i;
        for (; j > 0 && before(item, items[j - 1]); j--)
            items[j] = items[j - 1];
        items[j] = item;
    }
    return items;
}
function canonicalQueryString(query) {
    const pairs = [];
    for (const key of Object.keys(query)) {
        const value = query[key];
        const name = uriEncode(key);
        if (typeof value === 'string')
            pairs.push([name, uriEncode(value)]);
        else
            for (const v of value)
                pairs.push([name, uriEncode(v)]);
    }
    sortSmall(pairs, ([ak, av], [bk, bv]) => ak < bk || (ak === bk && av < bv));
    let text = '';
    for (const [name, value] of pairs)
        text += text === '' ? `${name}=${value}` : `&${name}=${value}`;
    return text;
}
/** Canonical header value: trimmed, inner whitespace runs folded to one space (as the Node SDK does). */
function canonicalHeaderValue(value) {
    // The usual values (a type, a host, a date, a digest) hold no white space: nothing to fold.
    return /\s/.test(value) ? value.trim().replace(/\s+/g, ' ') : value;
}
function sign_sha256Hex(data) {
    return (0,external_node_crypto_.hash)('sha256', data, 'hex');
}
/** The one canonicaliser, for the client's requests and the sandbox's checks alike. */
function canonicalRequest(parts) {
    const headers = [];
    for (const name of Object.keys(parts.signedHeaders))
        headers.push([name.toLowerCase(), canonicalHeaderValue(parts.signedHeaders[name])]);
    sortSmall(headers, ([a], [b]) => a < b);
    let headerLines = '';
    let signedHeaderNames = '';
    for (const [name, value] of headers) {
        headerLines += `${name}:${value}\n`;
        signedHeaderNames += signedHeaderNames === '' ? name : `;${name}`;
    }
    const query = canonicalQueryString(parts.query);
    const text = `${parts.method.toUpperCase()}\n${parts.path || '/'}\n${query}\n` +
        `${headerLines}\n${signedHeaderNames}\n${parts.bodySha256}`;
    return { text, signedHeaderNames, query };
}
const twoDigits = (n) => (n < 10 ? `0${n}` : `${n}`);
/** `20240102T030405Z`, for years 0000–9999. @throws RangeError for an invalid date (as toISOString does) */
function formatXDate(date) {
    // From the UTC fields: toISOString formats a longer string (about 4× the time) only to be cut up.
    if (Number.isNaN(date.getTime()))
        throw new RangeError('Invalid time value');
    return (`${String(date.getUTCFullYear()).padStart(4, '0')}${twoDigits(date.getUTCMonth() + 1)}` +
        `${twoDigits(date.getUTCDate())}T${twoDigits(date.getUTCHours())}${twoDigits(date.getUTCMinutes())}` +
        `${twoDigits(date.getUTCSeconds())}Z`);
}
function credentialScope(shortDate, region, service) {
    return `${shortDate}/${region}/${service}/request`;
}
function stringToSign(xDate, scope, canonicalRequestText) {
    return `${SIGNING_ALGORITHM}\n${xDate}\n${scope}\n${sign_sha256Hex(canonicalRequestText)}`;
}
/** kDate = HMAC(secret, shortDate) → kRegion → kService → kSigning; no "AWS4"-style prefix. */
function deriveSigningKeyBytes(secret, shortDate, region, service) {
    const kDate = (0,external_node_crypto_.createHmac)('sha256', secret).update(shortDate).digest();
    const kRegion = (0,external_node_crypto_.createHmac)('sha256', kDate).update(region).digest();
    const kService = (0,external_node_crypto_.createHmac)('sha256', kRegion).update(service).digest();
    return (0,external_node_crypto_.createHmac)('sha256', kService).update('request').digest();
}
/**
 * The derived signing keys of one client (or one sandbox), by day, region, service and secret. Deriving
 * costs four HMACs per request otherwise. Bounded, and it never holds a secret: entries are keyed by a
 * salted hash of it, the salt random per cache, so nothing in memory maps back to the secret in clear.
 */
class SigningKeyCache {
    #keys = new Map();
    #salt = (0,external_node_crypto_.randomBytes)(16).toString('hex');
    #limit;
    constructor(limit = 8) {
        this.#limit = limit;
    }
    get(secret, shortDate, region, service) {
        const id = `${shortDate}\u0000${region}\u0000${service}\u0000${(0,external_node_crypto_.hash)('sha256', this.#salt + secret, 'hex')}`;
        let key = this.#keys.get(id);
        if (key === undefined) {
            key = (0,external_node_crypto_.createSecretKey)(deriveSigningKeyBytes(secret, shortDate, region, service));
            // A day's change leaves yesterday's key unused: dropping the oldest entry is enough.
            if (this.#keys.size >= this.#limit)
                this.#keys.delete(this.#keys.keys().next().value);
            this.#keys.set(id, key);
        }
        return key;
    }
    get size() {
        return this.#keys.size;
    }
}
/** The signing key for a day; derived afresh unless a cache is given. */
function signingKey(secret, shortDate, region, service, cache) {
    return cache
        ? cache.get(secret, shortDate, region, service)
        : (0,external_node_crypto_.createSecretKey)(deriveSigningKeyBytes(secret, shortDate, region, service));
}
function computeSignature(key, toSign) {
    return (0,external_node_crypto_.createHmac)('sha256', key).update(toSign).digest('hex');
}
/**
 * Signs a request: returns the headers to send (the caller's headers plus `X-Date`,
 * `X-Content-Sha256`, `X-Security-Token` when a session token is set, and `Authorization`).
 * Every header passed in is signed, so the caller decides the set (SKILL/Go style:
 * `content-type;host;x-content-sha256;x-date`).
 */
function signRequest(request, context) {
    return signParts(request, context).headers;
}
/**
 * signRequest, also giving the canonical query string it signed: a client sends exactly that query, so
 * what is sent is what is signed, canonicalised once.
 */
function signParts(request, context) {
    const { credentials, region, service, date } = context;
    const xDate = formatXDate(date);
    const shortDate = xDate.slice(0, 8);
    const scope = credentialScope(shortDate, region, service);
    const bodySha256 = sign_sha256Hex(request.body);
    const headers = {
        ...request.headers,
        'X-Date': xDate,
        'X-Content-Sha256': bodySha256,
    };
    if (credentials.sessionToken)
        headers['X-Security-Token'] = credentials.sessionToken;
    const { text, signedHeaderNames, query } = canonicalRequest({
        method: request.method,
        path: request.path,
        query: request.query,
        signedHeaders: headers,
        bodySha256,
    });
    const signature = computeSignature(signingKey(credentials.secretAccessKey, shortDate, region, service, context.signingKeys), stringToSign(xDate, scope, text));
    headers['Authorization'] =
        `${SIGNING_ALGORITHM} Credential=${credentials.accessKeyId}/${scope}, ` +
            `SignedHeaders=${signedHeaderNames}, Signature=${signature}`;
    return { headers, query };
}
/** Parses an `Authorization: HMAC-SHA256 Credential=…, SignedHeaders=…, Signature=…` value; null if malformed. */
function parseAuthorization(value) {
    const match = /^HMAC-SHA256\s+Credential=([^/,\s]+)\/(\d{8})\/([^/,\s]+)\/([^/,\s]+)\/request\s*,\s*SignedHeaders=([^,\s]+)\s*,\s*Signature=([0-9a-fA-F]+)\s*$/.exec(value.trim());
    if (!match)
        return null;
    const [, accessKeyId, shortDate, region, service, signed, signature] = match;
    return {
        accessKeyId,
        shortDate,
        region,
        service,
        signedHeaders: signed.toLowerCase().split(';'),
        signature: signature.toLowerCase(),
    };
}

// EXTERNAL MODULE: external "node:module"
var external_node_module_ = __webpack_require__(8995);
// EXTERNAL MODULE: ./node_modules/libphonenumber-js/es6/parsePhoneNumber.js + 39 modules
var parsePhoneNumber = __webpack_require__(6871);
;// CONCATENATED MODULE: ./src/core/sending/phone.ts


// libphonenumber's country metadata, read on the first international number. Taken as JSON through
// require() rather than the package's default JS module: a bundle (ncc/webpack, where `require` exists)
// then carries it as one lazily run JSON.parse instead of an 83 kB object literal that every mainland-only
// send would parse at start (~5 ms of the Action's cold start, bench/action-cold-start.ts). Unbundled ES
// modules have no `require`, hence createRequire.
let metadata;
function phoneMetadata() {
    if (metadata)
        return metadata;
    const load = undefined;
    return (metadata = __webpack_require__(8871));
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
function normalizePhone(input) {
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
    const parsed = (0,parsePhoneNumber/* default */.A)(international, phoneMetadata());
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
function phone_maskPhone(mobile) {
    const value = mobile.trim();
    if (value.length >= 8)
        return `${value.slice(0, 3)}****${value.slice(-4)}`;
    return `****${value.slice(-2)}`;
}
/** Splits a pasted list on commas, semicolons, newlines and whitespace (ASCII and full-width). */
function splitPhoneList(text) {
    return text.split(/[\s,;，；、]+/).filter((part) => part !== '');
}

;// CONCATENATED MODULE: ./src/core/sending/phone-mask.ts

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
function maskPhonesInText(text) {
    return text.replace(PHONE_OR_IDENTIFIER, (match, ...args) => {
        const groups = args.at(-1);
        if (groups.identifier !== undefined)
            return match;
        if (groups.mainland !== undefined)
            return phone_maskPhone(match.replace(/\D/g, '').slice(-11));
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
    return span.replace(MAINLAND_ONLY, (m) => phone_maskPhone(m.replace(/\D/g, '').slice(-11)));
}
function maskedNumber(candidate) {
    if (COMPACT_E164.test(candidate))
        return phone_maskPhone(candidate);
    const digits = candidate.replace(/\D/g, '').length;
    if (digits < 8 || digits > 17)
        return undefined;
    const phone = normalizePhone(candidate);
    return phone.ok ? phone_maskPhone(phone.mobile) : undefined;
}

// EXTERNAL MODULE: ./src/core/sending/template.ts
var sending_template = __webpack_require__(1614);
;// CONCATENATED MODULE: ./src/core/time/time-zone.ts

/**
 * The zone in which times are shown and zone-less times are read. The API's day boundaries and stats
 * windows are Asia/Shanghai (UTC+8, no DST), and so are the skill's, so that is the default everywhere;
 * `VOLC_SMS_TZ` (an IANA name such as `UTC` or `Europe/Berlin`) moves both together, so a time copied
 * from a table always finds the same record again.
 */
const DEFAULT_TIME_ZONE = 'Asia/Shanghai';
const TIME_ZONE_VARIABLE = 'VOLC_SMS_TZ';
const formatters = new Map();
function formatterFor(zone) {
    let formatter = formatters.get(zone);
    if (formatter === undefined) {
        formatter = new Intl.DateTimeFormat('en-US', {
            timeZone: zone,
            hourCycle: 'h23',
            year: 'numeric',
            month: '2-digit',
            day: '2-digit',
            hour: '2-digit',
            minute: '2-digit',
            second: '2-digit',
        });
        formatters.set(zone, formatter);
    }
    return formatter;
}
// Zones with one offset all year, computed without Intl (its zone data costs 15–40 ms of a cold start).
const FIXED_OFFSET_MINUTES = { 'Asia/Shanghai': 480, UTC: 0, 'Etc/UTC': 0 };
function wallClock(ms, zone) {
    const fixed = FIXED_OFFSET_MINUTES[zone];
    if (fixed !== undefined) {
        const d = new Date(ms + fixed * 60_000);
        return {
            year: d.getUTCFullYear(),
            month: d.getUTCMonth() + 1,
            day: d.getUTCDate(),
            hour: d.getUTCHours(),
            minute: d.getUTCMinutes(),
            second: d.getUTCSeconds(),
        };
    }
    const parts = Object.fromEntries(formatterFor(zone)
        .formatToParts(new Date(ms))
        .map((part) => [part.type, Number(part.value)]));
    return {
        year: parts.year ?? 0,
        month: parts.month ?? 0,
        day: parts.day ?? 0,
        hour: parts.hour ?? 0,
        minute: parts.minute ?? 0,
        second: parts.second ?? 0,
    };
}
const asUtc = (w) => Date.UTC(w.year, w.month - 1, w.day, w.hour, w.minute, w.second);
/** Minutes east of UTC at that instant (`480` for Shanghai). */
function zoneOffsetMinutes(ms, zone) {
    const fixed = FIXED_OFFSET_MINUTES[zone];
    if (fixed !== undefined)
        return fixed;
    const whole = Math.floor(ms / 1000) * 1000;
    return Math.round((asUtc(wallClock(whole, zone)) - whole) / 60_000);
}
/** `+08:00`, `Z` for UTC. */
function formatOffset(minutes) {
    if (minutes === 0)
        return 'Z';
    const sign = minutes < 0 ? '-' : '+';
    const abs = Math.abs(minutes);
    return `${sign}${String(Math.floor(abs / 60)).padStart(2, '0')}:${String(abs % 60).padStart(2, '0')}`;
}
/**
 * The instant of a wall-clock time in a zone. Two passes find the offset in force at that instant (a
 * time inside a DST gap lands after it, as most libraries do).
 */
function instantOf(wall, zone) {
    const utc = asUtc(wall) + (wall.ms ?? 0);
    let guess = utc - zoneOffsetMinutes(utc, zone) * 60_000;
    guess = utc - zoneOffsetMinutes(guess, zone) * 60_000;
    return guess;
}
/** Whether the zone name is one Intl knows. */
function isTimeZone(zone) {
    if (FIXED_OFFSET_MINUTES[zone] !== undefined)
        return true;
    try {
        formatterFor(zone);
        return true;
    }
    catch {
        return false;
    }
}
/**
 * The zone the user asked for (`VOLC_SMS_TZ`), else Asia/Shanghai.
 * @throws SmsInputError naming the variable when it is not a zone name
 */
function timeZoneFrom(env) {
    const asked = env[TIME_ZONE_VARIABLE]?.trim();
    if (asked === undefined || asked === '')
        return DEFAULT_TIME_ZONE;
    if (isTimeZone(asked))
        return asked;
    const message = `${TIME_ZONE_VARIABLE}="${asked}" is not a time zone: use an IANA name such as Asia/Shanghai or UTC`;
    throw new SmsInputError(message, [{ field: TIME_ZONE_VARIABLE, message }]);
}
const pad = (n) => String(n).padStart(2, '0');
/** Epoch milliseconds → `2026-11-25 19:40:02` in the zone. */
function time_zone_formatWallTime(ms, zone = DEFAULT_TIME_ZONE) {
    const w = wallClock(ms, zone);
    return `${w.year}-${pad(w.month)}-${pad(w.day)} ${pad(w.hour)}:${pad(w.minute)}:${pad(w.second)}`;
}
/** What a table says about its times: `Asia/Shanghai, UTC+08:00` (the offset of `at`). */
function describeTimeZone(zone = DEFAULT_TIME_ZONE, at = Date.now()) {
    const offset = formatOffset(zoneOffsetMinutes(at, zone));
    if (offset === 'Z')
        return /^(Etc\/)?UTC$/.test(zone) ? 'UTC' : `${zone}, UTC`;
    return `${zone}, UTC${offset}`;
}

;// CONCATENATED MODULE: ./src/core/time/time.ts


const UNIT_MS = {
    ms: 1,
    s: 1000,
    m: 60_000,
    h: 3_600_000,
    d: 86_400_000,
    w: 604_800_000,
};
const DURATION = /^(\d+(?:\.\d+)?)\s*(ms|s|m|h|d|w)?$/i;
const DATE_ONLY = /^(\d{4})-(\d{2})-(\d{2})$/;
const DATE_TIME = /^(\d{4})-(\d{2})-(\d{2})[T ](\d{2}):(\d{2})(?::(\d{2})(\.\d+)?)?(Z|[+-]\d{2}:?\d{2})?$/i;
/** `600000` → `10m`, `100` → `100ms`, `90000` → `90s`: the largest unit that divides it. */
function formatDuration(ms) {
    const units = Object.entries(UNIT_MS).reverse();
    const [unit, size] = units.find(([, size]) => ms >= size && ms % size === 0) ?? ['ms', 1];
    return `${ms / size}${unit}`;
}
/** Reads `30s`, `500ms`, `2m`, `24h`, `7d` (and a bare number in the default unit) within the rules. */
function checkDuration(text, rules = {}) {
    const match = DURATION.exec(text.trim());
    const unit = (match?.[2]?.toLowerCase() ?? rules.defaultUnit);
    const units = rules.units ?? Object.keys(UNIT_MS);
    const shape = `must be a duration such as ${rules.examples ?? '30s, 5m or 24h'}, not "${text}"`;
    if (!match || unit === undefined || !units.includes(unit))
        return { ok: false, problem: shape };
    if (rules.whole && match[1]?.includes('.'))
        return { ok: false, problem: shape };
    const ms = Math.round(Number(match[1]) * UNIT_MS[unit]);
    if (rules.minMs !== undefined && ms < rules.minMs)
        return { ok: false, problem: `must be at least ${formatDuration(rules.minMs)}, not "${text}"` };
    if (rules.maxMs !== undefined && ms > rules.maxMs)
        return { ok: false, problem: `must be at most ${formatDuration(rules.maxMs)}, not "${text}"` };
    return { ok: true, ms };
}
/**
 * A duration in milliseconds.
 * @throws SmsInputError "`field` must be …" naming the field
 */
function parseDuration(text, rules) {
    const result = checkDuration(text, rules);
    if (result.ok)
        return result.ms;
    const message = `${rules.field} ${result.problem}`;
    throw new SmsInputError(message, [{ field: rules.field, message }]);
}
// An age or a window length: whole, and a unit is required, so `2026` is never read as an age.
const AGE_RULES = { units: ['s', 'm', 'h', 'd', 'w'], whole: true };
/** Whether `text` is a window length that parseWindow accepts (`30m`, `24h`, `7d`, `2w`). */
function isWindowLength(text) {
    return checkDuration(text, AGE_RULES).ok;
}
function nowMs(now) {
    return now === undefined ? Date.now() : typeof now === 'number' ? now : now.getTime();
}
const nowSeconds = (now) => Math.floor(nowMs(now) / 1000);
function time_invalid(field, value, why) {
    const message = (why ?? `"${value}" is not a time`) +
        ': use epoch seconds (1773113285), an ISO date or datetime ' +
        '(2026-11-25, 2026-11-25T08:00:00+08:00), a relative age (30m, 24h, 7d) or "now"';
    throw new errors/* SmsInputError */.E$(`${field}: ${message}`, [{ field, message }]);
}
const daysIn = (year, month) => new Date(Date.UTC(year, month, 0)).getUTCDate();
/** A date's fields, refused when the day does not exist (`2026-02-31`, `2026-13-01`). */
function checkedDate(field, text, fields) {
    const [y, m, d] = fields;
    const [year, month, day] = [Number(y), Number(m), Number(d)];
    if (month < 1 || month > 12)
        time_invalid(field, text, `"${text}" has no month ${month}`);
    if (day < 1 || day > daysIn(year, month)) {
        time_invalid(field, text, `"${text}" is not a date: ${y}-${m} has ${daysIn(year, month)} days`);
    }
    return { year, month, day };
}
function zoneOffsetMs(zone) {
    if (/^z$/i.test(zone))
        return 0;
    const [, sign, hh, mm] = /^([+-])(\d{2}):?(\d{2})$/.exec(zone) ?? [];
    return (sign === '-' ? -1 : 1) * (Number(hh) * 60 + Number(mm)) * 60_000;
}
/**
 * Parses a time given on a command line or in a workflow into epoch seconds. Accepts epoch seconds
 * (13-digit epoch milliseconds are converted), ISO dates/datetimes (no zone = `timeZone`, by default
 * Asia/Shanghai), `now`, and relative ages like `24h`/`7d`/`30m` meaning that long before `now`.
 * Dates that do not exist (`2026-02-31`) are refused rather than rolled over. Throws SmsInputError.
 */
function time_parseTimeInput(value, options = {}) {
    const field = options.field ?? 'time';
    const text = String(value).trim();
    if (/^\d+$/.test(text)) {
        const n = Number(text);
        return text.length >= 13 ? Math.floor(n / 1000) : n;
    }
    if (text.toLowerCase() === 'now')
        return nowSeconds(options.now);
    const age = checkDuration(text, AGE_RULES);
    if (age.ok)
        return Math.floor((nowMs(options.now) - age.ms) / 1000);
    const zone = options.timeZone ?? DEFAULT_TIME_ZONE;
    const dateOnly = DATE_ONLY.exec(text);
    if (dateOnly) {
        const date = checkedDate(field, text, dateOnly.slice(1));
        return Math.floor(instantOf({ ...date, hour: 0, minute: 0, second: 0 }, zone) / 1000);
    }
    const dateTime = DATE_TIME.exec(text);
    if (!dateTime)
        time_invalid(field, text);
    const [, , , , hh, mi, ss = '00', fraction = '', offset] = dateTime;
    const date = checkedDate(field, text, dateTime.slice(1, 4));
    const [hour, minute, second] = [Number(hh), Number(mi), Number(ss)];
    if (hour > 23 || minute > 59 || second > 59)
        time_invalid(field, text, `"${text}" is not a time of day`);
    const wall = { ...date, hour, minute, second, ms: Math.floor(Number(`0${fraction}`) * 1000) };
    const ms = offset === undefined
        ? instantOf(wall, zone)
        : Date.UTC(date.year, date.month - 1, date.day, hour, minute, second) + wall.ms - zoneOffsetMs(offset);
    return Math.floor(ms / 1000);
}
/** A window ending now: `24h`, `7d`, `30m` → `{ startTime: now − that, endTime: now }` in epoch seconds. */
function parseWindow(value, options = {}) {
    const field = options.field ?? 'window';
    const length = checkDuration(value, AGE_RULES);
    if (!length.ok) {
        const message = `"${value}" is not a window: use a length such as 30m, 24h or 7d`;
        throw new errors/* SmsInputError */.E$(`${field}: ${message}`, [{ field, message }]);
    }
    const endTime = nowSeconds(options.now);
    return { startTime: endTime - Math.floor(length.ms / 1000), endTime };
}

;// CONCATENATED MODULE: ./src/core/time/stats-window.ts

/** The stats action (`ListTotalSendCountStat*`) answers at most 90 days per request (reference §3.7). */
const MAX_STATS_WINDOW_DAYS = 90;
const stats_window_MAX_STATS_WINDOW_SECONDS = MAX_STATS_WINDOW_DAYS * 86_400;
/** What is wrong with a stats window in epoch seconds, or undefined when the API will take it. */
function statsWindowProblem(startTime, endTime) {
    if (endTime <= startTime)
        return 'the start must come before the end';
    if (endTime - startTime > stats_window_MAX_STATS_WINDOW_SECONDS) {
        const days = Math.ceil((endTime - startTime) / 86_400);
        return `the stats API covers at most ${MAX_STATS_WINDOW_DAYS} days per request, this window is ${days}`;
    }
    return undefined;
}
/**
 * Refuses a stats window the API would answer with RE:0009, before sending it.
 * @throws SmsInputError naming `field`
 */
function checkStatsWindow(startTime, endTime, field) {
    const problem = statsWindowProblem(startTime, endTime);
    if (problem === undefined)
        return;
    const message = `${field}: ${problem}`;
    throw new SmsInputError(message, [{ field, message }], {
        hint: `Ask for ${MAX_STATS_WINDOW_DAYS} days or fewer, or split the window into several requests.`,
    });
}

;// CONCATENATED MODULE: ./src/core/config/redact.ts

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
function redact(text, secrets = []) {
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
function redactJson(value, secrets = []) {
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

;// CONCATENATED MODULE: ./src/core/http/proxy.ts
// Which HTTP(S) proxy a client uses, worked out once per client (it talks to one endpoint) so both HTTP
// engines follow the same rules: curl's, which self-hosted runners and corporate machines are set up for,
// plus Go's and Java's loopback exception.
const nonEmpty = (vars, name) => vars[name]?.trim() || undefined;
/**
 * The proxy for `endpoint` from the environment: `https_proxy`/`HTTPS_PROXY` for an https endpoint,
 * `http_proxy`/`HTTP_PROXY` for http (the lower-case name wins, as in curl and Node), unless
 * `no_proxy`/`NO_PROXY` covers the endpoint's host or the endpoint is this machine's loopback (a proxy
 * cannot reach it; Go and Java skip it too, so a sandbox in CI behind a proxy just works). Undefined means a
 * direct connection.
 */
function proxyFromEnv(endpoint, env) {
    const target = URL.parse(endpoint);
    if (!target || isLoopback(target.hostname))
        return undefined;
    const names = target.protocol === 'https:' ? ['https_proxy', 'HTTPS_PROXY'] : ['http_proxy', 'HTTP_PROXY'];
    const from = names.find((name) => nonEmpty(env, name));
    if (!from)
        return undefined;
    const noProxy = nonEmpty(env, 'no_proxy') ?? nonEmpty(env, 'NO_PROXY');
    if (noProxy && bypassesProxy(target, noProxy))
        return undefined;
    return { url: nonEmpty(env, from), from };
}
/** `localhost` (and its subdomains), 127.0.0.0/8 and ::1. */
function isLoopback(hostname) {
    const host = hostname.toLowerCase().replace(/^\[|\]$/g, '');
    return (host === 'localhost' ||
        host.endsWith('.localhost') ||
        host === '::1' ||
        /^127\.\d{1,3}\.\d{1,3}\.\d{1,3}$/.test(host));
}
/**
 * True when a `NO_PROXY` list covers `target`: `*`; a host or IP (`10.0.0.5`, `[::1]`); a domain and its
 * subdomains (`corp.example`, `.corp.example` or `*.corp.example`); any of these with `:port`.
 * Comma or space separated, case-insensitive. (CIDR ranges are not understood.)
 */
function bypassesProxy(target, noProxy) {
    const host = target.hostname.toLowerCase().replace(/^\[|\]$/g, '');
    const port = target.port || (target.protocol === 'https:' ? '443' : '80');
    for (const raw of noProxy.toLowerCase().split(/[\s,]+/)) {
        if (raw === '')
            continue;
        if (raw === '*')
            return true;
        const match = /^(\[[^\]]+\]|[^:]+)(?::(\d+))?$/.exec(raw);
        if (!match)
            continue;
        const entryHost = match[1].replace(/^\[|\]$/g, '').replace(/^\*?\./, '');
        if (match[2] !== undefined && match[2] !== port)
            continue;
        if (host === entryHost || host.endsWith(`.${entryHost}`))
            return true;
    }
    return false;
}
/** The proxy URL without its credentials, for messages and logs. */
function displayProxy(url) {
    const parsed = URL.parse(url);
    if (!parsed)
        return '<proxy>';
    return `${parsed.protocol}//${parsed.host}`;
}
/**
 * The secret inside a proxy URL, as written and decoded, to scrub from anything reported: the password,
 * or a lone user name (proxies that take a token as the user).
 */
function proxySecrets(url) {
    const parsed = url === undefined ? null : URL.parse(url);
    const secret = parsed?.password || parsed?.username;
    if (!secret)
        return [];
    let decoded = secret;
    try {
        decoded = decodeURIComponent(secret);
    }
    catch {
        // A malformed escape: the text as written is all there is to scrub.
    }
    return [...new Set([secret, decoded])];
}
/** What to do when a proxy answers 407 (to a request or to a tunnel). */
const PROXY_CREDENTIALS_HINT = 'Put them in the proxy URL, e.g. HTTPS_PROXY=http://user:password@proxy.example:3128 (percent-encode special characters).';

;// CONCATENATED MODULE: ./src/core/config/secrets.ts
// The one registry of what must never be printed: every entry point (client errors and attempt events,
// the Action's setSecret and outputs, the Slack app's log lines) asks here, so a credential added in one
// place is scrubbed in all of them.

/**
 * Environment variables whose values are credentials, whoever reads them: the SMS API's (both sign-in
 * modes) and the Slack app's. The access key id is one: not secret by itself, but it has no business in
 * public logs.
 */
const SECRET_VARIABLES = [
    'VOLCENGINE_ACCESS_KEY',
    'VOLCENGINE_SECRET_KEY',
    'VOLC_ACCESSKEY',
    'VOLC_SECRETKEY',
    'VOLCENGINE_SESSION_TOKEN',
    'ARK_SKILL_API_KEY',
    'SLACK_BOT_TOKEN',
    'SLACK_SIGNING_SECRET',
    'SLACK_APP_TOKEN',
];
/** Proxy URLs may carry a password (or a token as the user name). */
const PROXY_VARIABLES = ['https_proxy', 'HTTPS_PROXY', 'http_proxy', 'HTTP_PROXY'];
/** Every secret value from these sources, as written and trimmed, without empty ones and repeats. */
function secretsToRedact(sources) {
    const { auth, env = {} } = sources;
    const authValues = auth === undefined
        ? []
        : auth.kind === 'gateway'
            ? [auth.apiKey]
            : [auth.accessKeyId, auth.secretAccessKey, auth.sessionToken];
    const proxies = [sources.proxy, ...PROXY_VARIABLES.map((name) => env[name])];
    const values = [
        ...authValues,
        ...(sources.values ?? []),
        ...SECRET_VARIABLES.map((name) => env[name]),
        ...proxies.flatMap((url) => proxySecrets(url?.trim() || undefined)),
    ];
    const found = new Set();
    for (const value of values) {
        if (!value?.trim())
            continue;
        found.add(value);
        found.add(value.trim());
    }
    return [...found];
}

;// CONCATENATED MODULE: ./src/core/errors/format-error.ts


/** Describes any thrown value; unknown errors keep their message (redacted), never their stack. */
function describeError(err) {
    if ((0,errors/* isSmsError */.yc)(err)) {
        const description = { code: err.code, message: err.message };
        if ((0,errors/* isSmsApiError */.MZ)(err))
            description.apiCode = err.apiCode;
        if (err.hint)
            description.hint = err.hint;
        if (err.requestId)
            description.requestId = err.requestId;
        return description;
    }
    const message = err instanceof Error ? err.message : String(err);
    return { code: 'ERR_UNEXPECTED', message: redact(message || 'Unexpected error') };
}
/** One line: the message, then the request id and the hint when present. */
function formatErrorLine(err) {
    const d = describeError(err);
    let line = d.message;
    if (d.requestId)
        line += ` (request id ${d.requestId})`;
    if (d.hint)
        line += `${/[.?!]$/.test(line) ? '' : '.'} Hint: ${d.hint}`;
    return line;
}

;// CONCATENATED MODULE: ./src/core/errors/codes/agent-codes.ts
/** The management and agent business codes (reference §5.4), answered with HTTP 200. */
const AGENT_CODES = {
    '1001': {
        kind: 'api',
        provesNotProcessed: true,
        message: 'Parameter error',
        hint: 'Check the request fields (page size 1–100, times in epoch seconds, window ≤ 90 days).',
    },
    // 1003–1030 and 1015: meanings unpublished (reference §5.4, agent v2 §1.4), so none proves anything.
    '1003': {
        kind: 'api',
        provesNotProcessed: false,
        message: 'The API answered error 1003 (its meaning is not published)',
        hint: 'Check the request fields and ids; the server message says more.',
    },
    '1007': {
        kind: 'api',
        provesNotProcessed: false,
        message: 'The API answered error 1007 (its meaning is not published)',
        hint: 'Check the message group, signature and template ids.',
    },
    '1008': {
        kind: 'api',
        provesNotProcessed: false,
        message: 'The API answered error 1008 (its meaning is not published)',
        hint: 'Check the message group, signature and template ids.',
    },
    '1009': {
        kind: 'api',
        provesNotProcessed: false,
        message: 'The API answered error 1009 (its meaning is not published)',
        hint: 'Check the message group, signature and template ids.',
    },
    '1015': {
        kind: 'api',
        provesNotProcessed: false,
        message: 'The service is busy (code 1015)',
        hint: 'Try again shortly.',
        retryable: true,
    },
    '1023': {
        kind: 'api',
        provesNotProcessed: false,
        message: 'The API answered error 1023 (its meaning is not published)',
        hint: 'Check the account has SMS activated and the key has permission.',
    },
    '1024': {
        kind: 'api',
        provesNotProcessed: false,
        message: 'The API answered error 1024 (its meaning is not published)',
        hint: 'Check the account has SMS activated and the key has permission.',
    },
    '1027': {
        kind: 'api',
        provesNotProcessed: false,
        message: 'The API answered error 1027 (its meaning is not published)',
        hint: 'Check the request fields; the server message says more.',
    },
    '1028': {
        kind: 'api',
        provesNotProcessed: false,
        message: 'The API answered error 1028 (its meaning is not published)',
        hint: 'Check the request fields; the server message says more.',
    },
    '1029': {
        kind: 'api',
        provesNotProcessed: false,
        message: 'The API answered error 1029 (its meaning is not published)',
        hint: 'Check the request fields; the server message says more.',
    },
    '1030': {
        kind: 'api',
        provesNotProcessed: false,
        message: 'The API answered error 1030 (its meaning is not published)',
        hint: 'Check the request fields; the server message says more.',
    },
    '1999': {
        kind: 'api',
        provesNotProcessed: false,
        message: 'System error in the SMS service',
        hint: 'Try again shortly; contact support if it persists.',
        retryable: true,
    },
    'SY:0500': {
        kind: 'api',
        provesNotProcessed: false,
        message: 'System error in the SMS service',
        hint: 'Try again shortly; for a send, check the send log first.',
        retryable: true,
    },
};

;// CONCATENATED MODULE: ./src/core/errors/codes/gateway-codes.ts
/** The gateway and platform codes (reference §5.3): credentials, signing, throttles, 5xx. */
const GATEWAY_CODES = {
    MissingParameter: {
        kind: 'api',
        provesNotProcessed: true,
        message: 'Action or Version is missing from the request',
        hint: 'Check VOLC_SMS_ENDPOINT: it must be the API base URL without a query string.',
    },
    MissingAuthenticationToken: {
        kind: 'auth',
        provesNotProcessed: true,
        message: 'The request carried no credentials',
        hint: 'Set VOLCENGINE_ACCESS_KEY and VOLCENGINE_SECRET_KEY (or ARK_SKILL_API_KEY and ARK_SKILL_API_BASE), then run `volc-sms doctor` to confirm they are found.',
    },
    MissingRequestInfo: {
        kind: 'auth',
        provesNotProcessed: true,
        message: 'Signing information is missing (X-Date, access key, service or region)',
        hint: 'Run `volc-sms doctor` to check that VOLCENGINE_ACCESS_KEY is set and that VOLC_SMS_ENDPOINT is the SMS API base URL, not a proxy that drops headers.',
    },
    MissingSignature: {
        kind: 'auth',
        provesNotProcessed: true,
        message: 'The request signature is missing',
        hint: 'Sign with VOLCENGINE_ACCESS_KEY and VOLCENGINE_SECRET_KEY: this endpoint does not take ARK_SKILL_API_KEY (`volc-sms doctor` shows which credentials are in use).',
    },
    InvalidTimestamp: {
        kind: 'auth',
        provesNotProcessed: true,
        message: 'The request time (X-Date) is too far from the server time',
        hint: "Fix this machine's clock (enable NTP) and try again.",
    },
    ServiceNotFound: {
        kind: 'api',
        provesNotProcessed: true,
        message: 'The SMS service was not found at this endpoint',
        hint: 'Check VOLC_SMS_ENDPOINT (default https://sms.volcengineapi.com).',
    },
    InvalidActionOrVersion: {
        kind: 'api',
        provesNotProcessed: true,
        message: 'The endpoint does not know this action or version',
        hint: 'Check VOLC_SMS_ENDPOINT and VOLC_SMS_API (agent or classic): this endpoint may not serve that API.',
    },
    InvalidAccessKey: {
        kind: 'auth',
        provesNotProcessed: true,
        message: 'The access key is invalid',
        hint: 'Check that VOLCENGINE_ACCESS_KEY is the access key ID of an active key in the Volcengine console, with no stray spaces or quotes.',
    },
    InvalidClientTokenId: {
        kind: 'auth',
        provesNotProcessed: true,
        message: 'The access key is invalid',
        hint: 'Check that VOLCENGINE_ACCESS_KEY is the access key ID of an active key in the Volcengine console, with no stray spaces or quotes.',
    },
    SignatureDoesNotMatch: {
        kind: 'auth',
        provesNotProcessed: true,
        message: 'The request signature does not match',
        hint: 'Check VOLCENGINE_SECRET_KEY belongs to VOLCENGINE_ACCESS_KEY (no stray spaces or quotes).',
    },
    LackPolicy: {
        kind: 'auth',
        provesNotProcessed: true,
        message: 'The user lacks a policy for this action',
        hint: 'Grant the sub-user the SMS policy (e.g. VolcSMSFullAccess) in IAM.',
    },
    AccessDenied: {
        kind: 'auth',
        provesNotProcessed: true,
        message: 'Access denied for this action',
        hint: 'Grant the user permission for this SMS action in IAM, or use another key.',
    },
    // The 5xx codes (InternalError … ServiceUnavailableTemp): the gateway may have passed the request on.
    InternalError: {
        kind: 'api',
        provesNotProcessed: false,
        message: 'Internal error at the gateway',
        hint: 'Try again shortly; for a send, check the send log first.',
        retryable: true,
    },
    FailToConnect: {
        kind: 'api',
        provesNotProcessed: false,
        message: 'The gateway could not reach the SMS service',
        hint: 'Try again shortly; for a send, check the send log first.',
        retryable: true,
    },
    InternalServiceTimeout: {
        kind: 'api',
        provesNotProcessed: false,
        message: 'The SMS service timed out behind the gateway',
        hint: 'Check the send log before sending again; reads can simply be retried.',
        retryable: true,
    },
    FlowLimitExceeded: {
        kind: 'rate-limit',
        provesNotProcessed: true,
        message: 'Too many requests (rate limit)',
        hint: 'Slow down: the default limit is 5 requests per second per account.',
        retryable: true,
    },
    AccountFlowLimitExceeded: {
        kind: 'rate-limit',
        provesNotProcessed: true,
        message: 'Too many requests for this account (rate limit)',
        hint: 'Slow down: the default limit is 5 requests per second per account.',
        retryable: true,
    },
    ServiceUnavailableTemp: {
        kind: 'api',
        provesNotProcessed: false,
        message: 'The service is temporarily unavailable',
        hint: 'Try again shortly; for a send, check the send log first.',
        retryable: true,
    },
    MethodNotAllowed: {
        kind: 'api',
        provesNotProcessed: true,
        message: 'The HTTP method is not allowed for this action',
        hint: 'Check VOLC_SMS_API matches the endpoint (agent actions are POST).',
    },
    InvalidAuthorization: {
        kind: 'auth',
        provesNotProcessed: true,
        message: 'The Authorization header is malformed',
        hint: 'Check that VOLCENGINE_ACCESS_KEY and VOLCENGINE_SECRET_KEY hold the key pair exactly (no stray spaces, quotes or line breaks) and that no proxy rewrites the Authorization header.',
    },
    InvalidCredential: {
        kind: 'auth',
        provesNotProcessed: true,
        message: 'The credential in the Authorization header is malformed',
        hint: 'Check that VOLCENGINE_ACCESS_KEY and VOLCENGINE_SECRET_KEY hold the key pair exactly (no stray spaces, quotes or line breaks) and that no proxy rewrites the Authorization header.',
    },
    InvalidSecretToken: {
        kind: 'auth',
        provesNotProcessed: true,
        message: 'The session token is invalid or expired',
        hint: 'Refresh VOLCENGINE_SESSION_TOKEN (STS tokens expire), or unset it for a long-term key.',
    },
};

;// CONCATENATED MODULE: ./src/core/errors/codes/send-codes.ts
/** The SMS send codes (reference §5.1), answered with HTTP 200. */
const SEND_CODES = {
    'RE:0000': {
        kind: 'auth',
        provesNotProcessed: true,
        message: 'Account authentication failed',
        hint: 'Check that VOLCENGINE_ACCESS_KEY and VOLCENGINE_SECRET_KEY (or ARK_SKILL_API_KEY) belong to an active key; `volc-sms doctor` shows which credentials were found.',
    },
    'RE:0001': {
        kind: 'api',
        provesNotProcessed: true,
        message: 'SMS service is not activated for this account',
        hint: 'Activate SMS in the Volcengine console (短信服务) for the account these credentials belong to.',
    },
    'RE:0002': {
        kind: 'api',
        provesNotProcessed: true,
        message: 'The SMS product is shut down for this account',
        hint: 'Contact Volcengine support about the account status.',
    },
    'RE:0003': {
        kind: 'api',
        provesNotProcessed: true,
        message: 'Message group (sub-account) does not exist or is not approved',
        hint: 'Run `volc-sms list_sub_account` to see the approved message groups, and pass one of their ids as --sub-account.',
    },
    'RE:0004': {
        kind: 'api',
        provesNotProcessed: true,
        message: 'Signature error: it does not exist, is not approved, or is not bound to this message group',
        hint: 'Check `volc-sms list_signature --sub-accounts {subAccount}`: the signature must be approved and bound to this message group.',
    },
    'RE:0005': {
        kind: 'api',
        provesNotProcessed: true,
        message: 'Template error: it does not exist, is not approved, or does not belong to this message group',
        hint: 'Check `volc-sms list_sms_template --sub-accounts {subAccount} --signatures {signature}`: the template must be approved and match the signature and group.',
    },
    'RE:0006': {
        kind: 'api',
        provesNotProcessed: true,
        message: 'Mobile number format error',
        hint: 'Mainland numbers are 11 digits (optionally +86); international numbers need + and the country code (E.164).',
    },
    'RE:0007': {
        kind: 'api',
        provesNotProcessed: true,
        message: 'Caller IP is not on the IP allowlist',
        hint: "Add this machine's public IP to the allowlist in the console, or turn the allowlist off.",
    },
    'RE:0009': {
        kind: 'api',
        provesNotProcessed: true,
        message: 'Request parameter error',
        hint: 'Check every field: at most 200 numbers, TemplateParam a JSON object of strings matching the template variables.',
    },
    'RE:0010': {
        kind: 'api',
        provesNotProcessed: true,
        message: 'The account is in arrears',
        hint: 'Top up the Volcengine account, then send again.',
    },
    'RE:0011': {
        kind: 'api',
        provesNotProcessed: true,
        message: 'Sending to this region is not supported',
        hint: 'Enable the destination region for the message group, or remove those numbers.',
    },
    'RE:0012': {
        kind: 'api',
        provesNotProcessed: true,
        message: "The template's channel type is not enabled on this message group",
        hint: "Use a template whose channel type the message group supports; `volc-sms list_sub_account` shows each group's channel types.",
    },
    'RE:0013': {
        kind: 'api',
        provesNotProcessed: true,
        message: 'Sending volume is over the threshold set in the console',
        hint: 'Raise the volume limit in the console or send later.',
    },
    'RE:0500': {
        kind: 'api',
        provesNotProcessed: false,
        message: 'Unknown error inside the SMS service',
        hint: 'Check the send log before sending again, then retry.',
    },
    'VE:0001': {
        kind: 'api',
        provesNotProcessed: true,
        message: 'Video SMS is not enabled',
        hint: 'Enable video SMS (CN_VMS) for the account in the console.',
    },
    'VE:0002': {
        kind: 'api',
        provesNotProcessed: true,
        message: 'The video SMS template is not usable',
        hint: 'Check that the video template is approved by the carriers.',
    },
    'VE:0003': {
        kind: 'api',
        provesNotProcessed: true,
        message: 'The video SMS signature does not match the template',
        hint: 'Use the signature the video template was approved with.',
    },
    'VE:0004': {
        kind: 'api',
        provesNotProcessed: true,
        message: 'The video SMS template has expired',
        hint: 'Apply for the video template again.',
    },
    ZJ10200: {
        kind: 'api',
        provesNotProcessed: true,
        message: 'Request parameter error',
        hint: 'Check the request fields against `volc-sms <command> --help`.',
    },
    ZJ10202: {
        kind: 'api',
        provesNotProcessed: true,
        message: 'Invalid JSON parameter',
        hint: 'TemplateParam must be valid JSON: escape quotes and newlines inside values.',
    },
};

;// CONCATENATED MODULE: ./src/core/errors/error-codes.ts
/**
 * Every documented API error code (reference §5) with what it means and what to do. One table, so the
 * CLI, the Action and Slack all say the same words. `{subAccount}`, `{signature}` and `{templateId}` in a
 * hint are filled from the request when known. The table also decides, for retry.ts, which answers a
 * read may retry and which answers prove that a write (a send) was not processed.
 */



// One table in three files, by the reference's sections; no code stands in two (a test holds them apart).
const ERROR_CODES = { ...SEND_CODES, ...GATEWAY_CODES, ...AGENT_CODES };
/** The table entry for a code, or undefined for a code we do not know. */
function lookupErrorCode(code) {
    return Object.hasOwn(ERROR_CODES, code) ? ERROR_CODES[code] : undefined;
}

;// CONCATENATED MODULE: ./src/core/errors/error-map.ts




function fillHint(hint, context = {}) {
    return hint
        .replaceAll('{subAccount}', context.subAccount || '<id>')
        .replaceAll('{signature}', context.signature ? `"${context.signature}"` : '<signature>')
        .replaceAll('{templateId}', context.templateId || '<template-id>');
}
// The table's hints are written for the common case: a send, signed with AK/SK. These replace them where
// the request says otherwise, so the hint never points at variables or fields the user is not using.
const AKSK_VARIABLES = /VOLCENGINE_(?:ACCESS|SECRET)_KEY/;
const GATEWAY_AUTH_HINT = 'Check that ARK_SKILL_API_KEY is an active gateway key and ARK_SKILL_API_BASE the gateway it belongs to (no stray spaces or quotes); `volc-sms doctor` shows which credentials were found.';
const PARAMETER_HINTS = [
    { action: /^Send/, hint: '' }, // the table's own hint (numbers, TemplateParam)
    {
        action: /TotalSendCountStat/,
        hint: 'Check the window: at most 90 days, the start before the end (epoch seconds), and the filters (message group, signature, template, channel type).',
    },
    {
        action: /SendLog|SendDetails/,
        hint: 'Check the window and filters: the message group id, times in epoch seconds with the start first, page size 1–100.',
    },
    {
        action: /./,
        hint: 'Check the filters and paging of this list: page size 1–100, ids as listed by the API.',
    },
];
function contextualHint(code, info, context = {}) {
    if (info.kind === 'auth' && context.credentials === 'gateway' && AKSK_VARIABLES.test(info.hint)) {
        return GATEWAY_AUTH_HINT;
    }
    if (code === 'RE:0009' && context.action !== undefined) {
        const hint = PARAMETER_HINTS.find((entry) => entry.action.test(context.action))?.hint;
        if (hint)
            return hint;
    }
    return info.hint;
}
// What a status alone says when the body carried no error code (a proxy's 502, a bare 401). None proves
// that a write was not processed, except a proxy's 407: it refuses to pass the request on (RFC 9110).
function infoForStatus(status) {
    const code = `HTTP${status}`;
    if (status === 401 || status === 403) {
        return {
            code,
            kind: 'auth',
            provesNotProcessed: false,
            message: `Credentials were rejected (HTTP ${status})`,
            hint: 'Check that VOLCENGINE_ACCESS_KEY and VOLCENGINE_SECRET_KEY (or ARK_SKILL_API_KEY) belong to an active key; `volc-sms doctor` shows which credentials were found.',
        };
    }
    if (status === 407)
        return {
            code,
            kind: 'api',
            provesNotProcessed: true,
            message: 'The proxy wants credentials (HTTP 407)',
            hint: PROXY_CREDENTIALS_HINT,
        };
    if (status === 429)
        return {
            code,
            kind: 'rate-limit',
            provesNotProcessed: false,
            message: 'Too many requests (HTTP 429)',
            hint: 'Slow down and try again.',
            retryable: true,
        };
    if (status >= 500)
        return {
            code,
            kind: 'api',
            provesNotProcessed: false,
            message: `The server failed (HTTP ${status})`,
            hint: 'Try again shortly; for a send, check the send log first.',
            retryable: true,
        };
    return {
        code,
        kind: 'api',
        provesNotProcessed: false,
        message: `The server rejected the request (HTTP ${status})`,
        hint: 'Check VOLC_SMS_ENDPOINT and the request fields.',
    };
}
/**
 * What an answer means: the error table's entry for its code; for a body without a code, what its status
 * alone says; for a code the table does not know, a class by status (such a code proves nothing).
 * The retry policy and the error classes both read it, so they cannot disagree.
 */
function answerInfo(status, apiCode) {
    if (apiCode === undefined)
        return infoForStatus(status);
    const known = lookupErrorCode(apiCode);
    if (known)
        return { ...known, code: apiCode };
    return {
        code: apiCode,
        kind: status === 429 ? 'rate-limit' : status === 401 || status === 403 ? 'auth' : 'api',
        provesNotProcessed: false,
        message: `The API returned ${apiCode}`,
        hint: 'Check the request against the API reference; quote the request id to support.',
        retryable: status === 429 || status >= 500,
    };
}
/**
 * Turns an API failure into the matching error class (SmsAuthError, SmsRateLimitError, else SmsApiError)
 * with our message, a hint, the raw code and the request id. Unknown codes keep the server's code and words.
 */
function errorFromApi(failure) {
    const serverMessage = failure.apiMessage ? redact(failure.apiMessage, failure.secrets ?? []) : '';
    const info = answerInfo(failure.status, failure.apiCode);
    const message = serverMessage
        ? `${info.message} (${info.code}: ${serverMessage})`
        : `${info.message} (${info.code})`;
    const options = {
        status: failure.status,
        apiCode: info.code,
        apiMessage: serverMessage,
        requestId: failure.requestId || undefined,
        hint: fillHint(contextualHint(info.code, info, failure.context), failure.context),
        retryable: info.retryable ?? false,
        raw: failure.raw === undefined ? undefined : redactJson(failure.raw, failure.secrets ?? []),
    };
    if (info.kind === 'auth')
        return new errors/* SmsAuthError */.Qu(message, options);
    if (info.kind === 'rate-limit')
        return new errors/* SmsRateLimitError */.pV(message, { ...options, retryAfterMs: failure.retryAfterMs });
    return new errors/* SmsApiError */.yW(message, options);
}

// EXTERNAL MODULE: external "node:os"
var external_node_os_ = __webpack_require__(8161);
// EXTERNAL MODULE: external "node:util"
var external_node_util_ = __webpack_require__(7975);
;// CONCATENATED MODULE: ./src/core/config/env-file.ts

/**
 * Parses a dotenv-style file exactly as Node's own `--env-file` does (`util.parseEnv`): `KEY=VALUE` lines,
 * an optional `export ` prefix, `#` comments, single, double and backtick quotes, values over several
 * lines inside quotes, `\n` in double quotes. So a file that works with `node --env-file` works here, and
 * the other way round. A UTF-8 BOM, which Node would keep in the first key, is dropped first.
 */
function parseEnvFile(text) {
    return { ...(0,external_node_util_.parseEnv)(text.replace(/^\uFEFF/, '')) };
}

;// CONCATENATED MODULE: ./src/core/config/config.ts






/** The AK/SK endpoint when neither VOLC_SMS_ENDPOINT nor the gateway base says otherwise. */
const DEFAULT_ENDPOINT = 'https://sms.volcengineapi.com';
const value = (vars, name) => vars[name]?.trim() || undefined;
const AKSK_PAIRS = [
    ['VOLCENGINE_ACCESS_KEY', 'VOLCENGINE_SECRET_KEY'],
    ['VOLC_ACCESSKEY', 'VOLC_SECRETKEY'],
];
/** Credentials from one source, or the half-set pairs found there (for the error message). */
function credentialsFrom(vars) {
    const apiKey = value(vars, 'ARK_SKILL_API_KEY');
    const apiBase = value(vars, 'ARK_SKILL_API_BASE');
    // The skill's current revision authenticates through the gateway, so a complete gateway pair wins.
    if (apiKey && apiBase)
        return {
            auth: { kind: 'gateway', apiKey, apiBase },
            variables: ['ARK_SKILL_API_KEY', 'ARK_SKILL_API_BASE'],
        };
    const partial = [];
    if (apiKey || apiBase)
        partial.push(apiKey
            ? 'ARK_SKILL_API_KEY is set but ARK_SKILL_API_BASE is not'
            : 'ARK_SKILL_API_BASE is set but ARK_SKILL_API_KEY is not');
    for (const [akName, skName] of AKSK_PAIRS) {
        const accessKeyId = value(vars, akName);
        const secretAccessKey = value(vars, skName);
        if (accessKeyId && secretAccessKey) {
            const sessionToken = value(vars, 'VOLCENGINE_SESSION_TOKEN');
            const variables = [akName, skName];
            if (sessionToken)
                variables.push('VOLCENGINE_SESSION_TOKEN');
            return { auth: { kind: 'aksk', accessKeyId, secretAccessKey, sessionToken }, variables };
        }
        if (accessKeyId || secretAccessKey)
            partial.push(`${accessKeyId ? akName : skName} is set but ${accessKeyId ? skName : akName} is not`);
    }
    return { partial };
}
function readEnvFile(file, explicit) {
    try {
        return parseEnvFile((0,external_node_fs_.readFileSync)(file, 'utf8'));
    }
    catch (err) {
        const code = err.code;
        if (!explicit && (code === 'ENOENT' || code === 'ENOTDIR'))
            return undefined;
        throw new errors/* SmsConfigError */.cw(`Cannot read the env file ${file} (${code ?? 'unreadable'})`, {
            hint: 'Check the path passed as the env file, or remove the option to use the environment.',
        });
    }
}
function checkedEndpoint(url, source) {
    let parsed;
    try {
        parsed = new URL(url);
    }
    catch {
        throw new errors/* SmsConfigError */.cw(`${source} is not a URL: "${url}"`, {
            hint: `Set ${source} to a base URL such as ${DEFAULT_ENDPOINT}.`,
        });
    }
    if (parsed.protocol !== 'http:' && parsed.protocol !== 'https:') {
        throw new errors/* SmsConfigError */.cw(`${source} must be an http(s) URL, got "${parsed.protocol}"`, {
            hint: `Set ${source} to a base URL such as ${DEFAULT_ENDPOINT}.`,
        });
    }
    return url.replace(/\/+$/, '');
}
/**
 * Works out credentials, endpoint, API dialect and proxy: the environment first, then the env file
 * (`envFile`, else ~/.openclaw/.env, where the skill's environment keeps them). Never from a flag. The
 * proxy comes from the environment's HTTPS_PROXY/HTTP_PROXY and NO_PROXY only, as for every other tool.
 * @throws SmsConfigError naming the variables and every place it looked.
 */
function resolveClientConfig(input) {
    const file = input.envFile ?? (0,external_node_path_.join)(input.homeDir ?? (0,external_node_os_.homedir)(), '.openclaw', '.env');
    const fromEnv = credentialsFrom(input.env);
    let found;
    let fileVars;
    const partial = [];
    if ('auth' in fromEnv)
        found = { ...fromEnv, from: 'environment' };
    else {
        partial.push(...fromEnv.partial.map((p) => `${p} in the environment`));
        fileVars = readEnvFile(file, input.envFile !== undefined);
        const fromFile = fileVars ? credentialsFrom(fileVars) : undefined;
        if (fromFile && 'auth' in fromFile)
            found = { ...fromFile, from: 'env-file' };
        else if (fromFile)
            partial.push(...fromFile.partial.map((p) => `${p} in ${file}`));
    }
    if (!found) {
        const looked = `looked in the environment and ${file}${fileVars ? '' : ' (not found)'}`;
        const detail = partial.length > 0 ? `; ${partial.join('; ')}` : '';
        throw new errors/* SmsConfigError */.cw(`No Volcengine SMS credentials: set ARK_SKILL_API_KEY and ARK_SKILL_API_BASE (gateway), or VOLCENGINE_ACCESS_KEY and VOLCENGINE_SECRET_KEY (AK/SK); ${looked}${detail}`, {
            hint: `Export them, or put KEY=VALUE lines in ${file}. Credentials are never taken from command-line flags.`,
        });
    }
    const setting = (name) => value(input.env, name) ?? (fileVars ? value(fileVars, name) : undefined);
    const endpointSource = input.endpoint
        ? 'the endpoint option'
        : setting('VOLC_SMS_ENDPOINT')
            ? 'VOLC_SMS_ENDPOINT'
            : found.auth.kind === 'gateway'
                ? 'ARK_SKILL_API_BASE'
                : 'the default endpoint';
    const rawEndpoint = input.endpoint ??
        setting('VOLC_SMS_ENDPOINT') ??
        (found.auth.kind === 'gateway' ? found.auth.apiBase : DEFAULT_ENDPOINT);
    const endpoint = checkedEndpoint(rawEndpoint, endpointSource);
    const api = input.api ?? setting('VOLC_SMS_API') ?? 'agent';
    if (api !== 'agent' && api !== 'classic') {
        throw new errors/* SmsConfigError */.cw(`VOLC_SMS_API must be "agent" or "classic", got "${api}"`, {
            hint: 'Unset VOLC_SMS_API to use the agent API.',
        });
    }
    const proxy = input.proxy
        ? { url: input.proxy, from: 'the proxy option' }
        : proxyFromEnv(endpoint, input.env);
    return {
        options: { auth: found.auth, endpoint, api, ...(proxy ? { proxy: proxy.url } : {}) },
        auth: {
            kind: found.auth.kind,
            from: found.from,
            ...(found.from === 'env-file' ? { file } : {}),
            variables: found.variables,
        },
        endpoint,
        ...(proxy ? { proxy: { url: displayProxy(proxy.url), from: proxy.from } } : {}),
    };
}

// EXTERNAL MODULE: external "node:timers/promises"
var promises_ = __webpack_require__(8500);
;// CONCATENATED MODULE: ./src/core/dialects/api-versions.ts
// The API version of each action family (reference §2). Kept apart from the zod schemas so that building a
// request never loads zod (see wire-schemas.ts).
const AGENT_VERSION = '2026-01-01';
const CLASSIC_SEND_VERSION = '2020-01-01';
const CLASSIC_BATCH_VERSION = '2021-01-01';
const CLASSIC_MANAGEMENT_VERSION = '2021-01-11';

;// CONCATENATED MODULE: ./src/core/schemas/wire-schemas.ts
let loading;
/**
 * The wire schemas, imported on first need. Loading zod and building ~60 schemas takes ~25 ms, most of a
 * one-send process's start (the Action, the CLI), while the usual send passes the zod-free checks of
 * quick-read.ts; the schemas decide everything else: errors, other spellings, list and stats results.
 * Long-lived processes (the sandbox, the Slack app) may load them up front.
 */
function loadWireSchemas() {
    // A failed import is not kept: the next call tries again rather than failing for the process's lifetime.
    return (loading ??= Promise.all(/* import() */[__webpack_require__.e(691), __webpack_require__.e(840)]).then(__webpack_require__.bind(__webpack_require__, 3840)).catch((err) => {
        loading = undefined;
        throw err;
    }));
}

;// CONCATENATED MODULE: ./src/core/dialects/dialect.ts


const kebab = (name) => name.replace(/([a-z0-9])([A-Z])/g, '$1-$2').toLowerCase();
const paramsOf = (call) => call.body ?? call.query ?? {};
/** True when every call's params pass their quick check, so nothing needs the schemas. */
function paramsPlainlyPass(calls) {
    return calls.every((c) => c.paramsPass?.(paramsOf(c.call)) === true);
}
/**
 * Checks each call's params against its wire schema; issues name the CLI flag (`PageSize` → `page-size`).
 * Request schemas neither transform nor default, so a call that passes is sent exactly as built.
 * @throws SmsInputError naming every bad field of the first call that fails
 */
async function checkParams(calls) {
    if (paramsPlainlyPass(calls))
        return;
    const schemas = await loadWireSchemas();
    for (const { call, paramsSchema } of calls) {
        const parsed = paramsSchema(schemas).safeParse(paramsOf(call));
        if (!parsed.success)
            throw inputErrorFromIssues(parsed.error.issues);
    }
}
/** One SmsInputError naming each field of a failed parse by its CLI flag (`pageSize` → `page-size`). */
function inputErrorFromIssues(issues) {
    const named = issues.map((issue) => ({
        field: kebab(String(issue.path[0] ?? 'input')),
        message: issue.message,
    }));
    return new errors/* SmsInputError */.E$(named.map((i) => `${i.field}: ${i.message}`).join('; '), named);
}
/** Drops undefined fields so the JSON body carries only what the caller gave. */
function compact(value) {
    const out = {};
    for (const key in value)
        if (value[key] !== undefined)
            out[key] = value[key];
    return out;
}

;// CONCATENATED MODULE: ./src/core/schemas/quick-read.ts
// Zod-free checks for the usual request and answer. Each gives exactly what its wire schema would, or
// says "not sure" (undefined / false) and leaves the decision to the schema; the schemas are then loaded on
// demand (wire-schemas.ts). test/core/quick-parse.test.ts (examples) and quick-read.property.test.ts
// (fast-check, generated values) hold every check to its schema.
const isRecord = (value) => value !== null && typeof value === 'object' && !Array.isArray(value);
// Each schema key, by its own spelling and by its lower-case form (the looseObject rule).
const keyLookup = (keys) => new Map(keys.flatMap((key) => [[key, key], [key.toLowerCase(), key]]));
const ENVELOPE_KEYS = keyLookup(['ResponseMetadata', 'Result']);
const METADATA_KEYS = keyLookup(['RequestId', 'Action', 'Version', 'Service', 'Region', 'Error']);
/** True when no key of `value` is another spelling of a schema key (which looseObject would respell). */
function spelledAsSchema(value, keys) {
    for (const key in value) {
        // The exact spelling is found without lower-casing; any other key is looked up by its lower case.
        const name = keys.get(key) ?? keys.get(key.toLowerCase());
        if (name !== undefined && name !== key)
            return false;
    }
    return true;
}
/**
 * A successful envelope in the schema's own spelling (no `Error`): every request reads one. Gives the
 * request id and `Result` exactly as EnvelopeSchema would, or undefined for anything else (an error,
 * another spelling, a wrong type), which the schema then decides.
 */
function quickSuccessEnvelope(raw) {
    if (!isRecord(raw) || !spelledAsSchema(raw, ENVELOPE_KEYS))
        return undefined;
    const metadata = raw.ResponseMetadata;
    if (!isRecord(metadata) || !spelledAsSchema(metadata, METADATA_KEYS))
        return undefined;
    if (metadata.Error !== undefined)
        return undefined;
    const { RequestId, Action, Version, Service, Region } = metadata;
    for (const text of [Action, Version, Service, Region]) {
        if (text !== undefined && typeof text !== 'string')
            return undefined;
    }
    if (RequestId !== undefined && typeof RequestId !== 'string')
        return undefined;
    return { requestId: RequestId ?? '', result: raw.Result };
}
/**
 * The usual send answer, `{ MessageIds: [...strings] }` with no other id key. Gives exactly what
 * SendSmsResultSchema gives, or undefined for anything else (another spelling, a wrong type).
 */
function quickSendSmsResult(value) {
    if (!isRecord(value))
        return undefined;
    const ids = value.MessageIds;
    if (!Array.isArray(ids))
        return undefined;
    for (const id of ids)
        if (typeof id !== 'string')
            return undefined;
    for (const key in value) {
        const lower = key.toLowerCase();
        if (lower === 'messageid' || (lower === 'messageids' && key !== 'MessageIds'))
            return undefined;
    }
    return { ...value, MessageIds: [...ids] };
}
/** The keys of SendSmsForAgentBodySchema (the test compares them with the schema's shape). */
const SEND_SMS_FOR_AGENT_BODY_KEYS = new Set([
    'SubAccount',
    'Signature',
    'TemplateId',
    'Mobiles',
    'TemplateParam',
    'Account',
]);
const isFilled = (value) => typeof value === 'string' && value.length > 0;
const isOptionalText = (value) => value === undefined || typeof value === 'string';
/**
 * True when SendSmsForAgentBodySchema would accept `body` unchanged: only its keys, every field valid.
 * False means "ask the schema", which then names what is wrong.
 */
function sendSmsForAgentBodyPasses(body) {
    if (!isRecord(body))
        return false;
    for (const key in body)
        if (!SEND_SMS_FOR_AGENT_BODY_KEYS.has(key))
            return false;
    return (isFilled(body.SubAccount) &&
        isFilled(body.Signature) &&
        isFilled(body.TemplateId) &&
        isFilled(body.Mobiles) &&
        isOptionalText(body.TemplateParam) &&
        isOptionalText(body.Account));
}
// SendLogEntrySchema's keys by the kind of value each takes (the test compares them with the schema's shape).
const SEND_LOG_ENTRY_FIELDS = {
    text: ['SubAccount', 'Signature', 'TemplateId', 'ChannelType', 'Mobile', 'Content'],
    nullableText: ['ErrorCode', 'ErrorType', 'ErrorMessage'],
    int: ['Status', 'Count'],
    nullableInt: ['SendTime', 'ReceiptTime'],
};
const LIST_KEYS = keyLookup(['Total', 'List']);
const ENTRY_KEYS = keyLookup(['MessageId', ...Object.values(SEND_LOG_ENTRY_FIELDS).flat()]);
const isInt = (value) => Number.isSafeInteger(value);
function isUsualSendLogEntry(entry) {
    if (!isRecord(entry) || !spelledAsSchema(entry, ENTRY_KEYS) || typeof entry.MessageId !== 'string')
        return false;
    const { text, nullableText, int, nullableInt } = SEND_LOG_ENTRY_FIELDS;
    for (const key of text)
        if (entry[key] !== undefined && typeof entry[key] !== 'string')
            return false;
    for (const key of nullableText) {
        const value = entry[key];
        if (value !== undefined && value !== null && typeof value !== 'string')
            return false;
    }
    for (const key of int)
        if (entry[key] !== undefined && !isInt(entry[key]))
            return false;
    for (const key of nullableInt) {
        const value = entry[key];
        if (value !== undefined && value !== null && !isInt(value))
            return false;
    }
    return true;
}
/**
 * The usual send-log page, `{Total, List: [entries]}` in the schema's own spelling. Gives exactly what
 * SendLogListSchema gives (its entries are the parsed JSON's own objects, not copies: a page of the
 * `--all` export is read at the rate it arrives, and a copy per message is most of what that costs), or
 * undefined for anything else.
 */
function quickSendLogList(value) {
    if (!isRecord(value) || !spelledAsSchema(value, LIST_KEYS))
        return undefined;
    const { Total, List } = value;
    if (Total !== undefined && !isInt(Total))
        return undefined;
    if (List !== undefined && List !== null && !Array.isArray(List))
        return undefined;
    const entries = (List ?? []);
    for (const entry of entries)
        if (!isUsualSendLogEntry(entry))
            return undefined;
    return { ...value, Total: Total ?? 0, List: entries };
}

;// CONCATENATED MODULE: ./src/core/dialects/agent-dialect.ts



// The skill's defaults: 20 per page for signatures and templates, 100 for send logs.
const LIST_PAGE_SIZE = 20;
const LOG_PAGE_SIZE = 100;
const post = (action, body) => ({
    action,
    version: AGENT_VERSION,
    method: 'POST',
    body,
});
// Built field by field rather than through compact(): one object per send instead of two.
function sendBody(chunk) {
    const body = {
        SubAccount: chunk.subAccount,
        Signature: chunk.signature,
        TemplateId: chunk.templateId,
        Mobiles: chunk.mobiles.join(','),
    };
    if (chunk.templateParam !== undefined)
        body.TemplateParam = chunk.templateParam;
    if (chunk.account !== undefined)
        body.Account = chunk.account;
    return body;
}
/** The six `*ForAgent` actions (reference §3.3–3.8): always POST, PascalCase JSON bodies. */
const agentDialect = {
    send: (chunk) => ({
        call: post('SendSmsForAgent', sendBody(chunk)),
        paramsSchema: (s) => s.SendSmsForAgentBodySchema,
        paramsPass: sendSmsForAgentBodyPasses,
        resultSchema: (s) => s.SendSmsResultSchema,
        quickResult: quickSendSmsResult,
    }),
    listSubAccounts: (input) => ({
        call: post('ListSubAccountForAgent', compact({ SubAccountName: input.subAccountName })),
        paramsSchema: (s) => s.ListSubAccountForAgentBodySchema,
        resultSchema: (s) => s.SubAccountListSchema,
    }),
    listSignatures: (input) => ({
        call: post('ListSignatureForAgent', compact({
            Signature: input.signature,
            SubAccounts: input.subAccounts ? [...input.subAccounts] : undefined,
            Page: input.page ?? 1,
            PageSize: input.pageSize ?? LIST_PAGE_SIZE,
        })),
        paramsSchema: (s) => s.ListSignatureForAgentBodySchema,
        resultSchema: (s) => s.SignatureListSchema,
    }),
    listTemplates: (input) => ({
        call: post('ListSmsTemplateForAgent', compact({
            TemplateId: input.templateId,
            SubAccounts: input.subAccounts ? [...input.subAccounts] : undefined,
            Signatures: input.signatures ? [...input.signatures] : undefined,
            Page: input.page ?? 1,
            PageSize: input.pageSize ?? LIST_PAGE_SIZE,
        })),
        paramsSchema: (s) => s.ListSmsTemplateForAgentBodySchema,
        resultSchema: (s) => s.TemplateListSchema,
    }),
    listSendLogs: (input) => ({
        call: post('ListSmsSendLogForAgent', compact({
            SubAccount: input.subAccount,
            FromTime: input.fromTime,
            ToTime: input.toTime,
            Mobile: input.mobile,
            TemplateId: input.templateId,
            Signature: input.signature,
            MessageId: input.messageId,
            Page: input.page ?? 1,
            PageSize: input.pageSize ?? LOG_PAGE_SIZE,
        })),
        paramsSchema: (s) => s.ListSmsSendLogForAgentBodySchema,
        quickResult: quickSendLogList,
        resultSchema: (s) => s.SendLogListSchema,
    }),
    getSendStats: (input) => ({
        call: post('ListTotalSendCountStatForAgent', compact({
            StartTime: input.startTime,
            EndTime: input.endTime,
            SubAccount: input.subAccount,
            ChannelType: input.channelType,
            Signature: input.signature,
            TemplateId: input.templateId,
        })),
        paramsSchema: (s) => s.ListTotalSendCountStatForAgentBodySchema,
        resultSchema: (s) => s.SendStatsSchema,
    }),
};

;// CONCATENATED MODULE: ./src/core/agent-v2/actions.ts
/** One row of the table; the params and result types follow from the schemas it names. */
function actionRow(kind, method, action, result, row = {}) {
    const paramsSchema = `${action}${method === 'GET' ? 'Query' : 'Body'}Schema`;
    const { prepare = (input) => input, ...rest } = row;
    return {
        action,
        prepare,
        method,
        kind,
        params: (s) => s[paramsSchema],
        result: (s) => s[result],
        ...rest,
    };
}
// The skill's paging defaults: page 1 of 100.
const firstPage = (input) => ({ ...input, pageIndex: input.pageIndex ?? 1, pageSize: input.pageSize ?? 100 });
const taskDetail = (params, settledWhen) => ({
    action: 'GetBatchTaskDetail',
    params: { subAccount: params.subAccount, taskId: params.taskId },
    settledWhen,
});
const AGENT_V2_ACTIONS = {
    getSubAccountDetail: actionRow('read', 'GET', 'GetSubAccountDetail', 'SubAccountDetailSchema'),
    getSignatureIdentificationList: actionRow('read', 'POST', 'GetSignatureIdentificationList', 'QualificationListSchema', { prepare: (input) => firstPage(input) }),
    listSecondTemplate: actionRow('read', 'GET', 'ListSecondTemplate', 'SecondTemplateListSchema'),
    applySmsSignatureV2: actionRow('write', 'POST', 'ApplySmsSignatureV2', 'SignatureApplicationSchema', {
        reconcile: (body) => ({
            action: 'ListSignatureForAgent',
            params: { Signature: body.content, SubAccounts: [...body.subAccounts], Page: 1, PageSize: 100 },
            settledWhen: 'exactly one signature with this text lists a status other than 2 (rejected), these message groups and channels, and the same qualification and purpose',
        }),
    }),
    applySmsTemplateV2: actionRow('write', 'POST', 'ApplySmsTemplateV2', 'TemplateApplicationSchema', {
        prepare: (input) => ({ ...input, area: input.area ?? 'cn' }),
        reconcile: (body) => ({
            action: 'ListSmsTemplateForAgent',
            params: {
                SubAccounts: [...body.subAccounts],
                Signatures: [...body.signatures],
                Page: 1,
                PageSize: 100,
            },
            settledWhen: 'exactly one template with this name lists a status other than 2 (rejected) and the same content, channel, message groups, signatures and variables',
        }),
    }),
    getUploadTosURL: actionRow('write', 'GET', 'GetUploadTosURL', 'UploadTosURLSchema', {
        prepare: (input) => ({ ...input, suffix: input.suffix ?? 'csv' }),
        unreconciled: 'Nothing was uploaded yet: ask for a new upload URL.',
    }),
    templateUploadDemo: actionRow('read', 'POST', 'TemplateUploadDemo', 'TemplateUploadDemoSchema', {
        prepare: ({ forceUpdate, ...input }) => forceUpdate ? { ...input, forceUpdate } : input,
        answersCsv: true,
    }),
    setBatchTask: actionRow('write', 'POST', 'SetBatchTask', 'BatchTaskCreatedSchema', {
        prepare: (input) => ({ ...input, extra: input.extra ?? {} }),
        unreconciled: 'The task may or may not have been created, and without its taskId it cannot be looked up (matching by name or time is not safe): check the batch tasks in the console before creating it again. Creating a task never starts it.',
    }),
    getBatchTaskDetail: actionRow('read', 'GET', 'GetBatchTaskDetail', 'BatchTaskSchema'),
    getBatchTaskList: actionRow('read', 'GET', 'GetBatchTaskList', 'BatchTaskListSchema', {
        prepare: (input) => firstPage(input),
    }),
    consentBatchTask: actionRow('write', 'POST', 'ConsentBatchTask', 'EmptyResultSchema', {
        reconcile: (ref) => taskDetail(ref, 'status is 3 to 6: the task started'),
    }),
    deleteBatchTask: actionRow('write', 'POST', 'DeleteBatchTask', 'EmptyResultSchema', {
        reconcile: (ref) => taskDetail(ref, 'status is 7: the task is canceled'),
    }),
};

;// CONCATENATED MODULE: ./src/core/signing/build-request.ts

/** Parses an endpoint URL once (see Endpoint). @throws TypeError when it is not a URL */
function parseEndpoint(url) {
    const parsed = new URL(url);
    const { hostname } = parsed;
    return {
        url,
        origin: parsed.origin,
        protocol: parsed.protocol,
        hostname: hostname.startsWith('[') ? hostname.slice(1, -1) : hostname,
        port: parsed.port === '' ? undefined : Number(parsed.port),
        host: parsed.host,
        path: parsed.pathname === '' ? '/' : parsed.pathname,
    };
}
const SMS_SERVICE = 'volcSMS';
/**
 * Builds the exact HTTP request for one attempt. Pure: the same call, context and date always give
 * the same bytes. Gateway mode: Bearer key plus `ServiceName: volcSMS`, no signature. AK/SK mode:
 * HMAC-SHA256 over content-type;host;x-content-sha256;x-date (content-type only when there is a body).
 */
function buildRequest(call, context) {
    const body = call.body === undefined ? '' : JSON.stringify(call.body);
    const base = typeof context.endpoint === 'string' ? parseEndpoint(context.endpoint) : context.endpoint;
    const params = { Action: call.action, Version: call.version, ...call.query };
    let headers;
    // The canonical query (RFC 3986, sorted) is also a valid URL query: what is sent is what is signed.
    let query;
    if (context.auth.kind === 'gateway') {
        headers = {};
        if (call.body !== undefined)
            headers['Content-Type'] = 'application/json';
        headers['ServiceName'] = SMS_SERVICE;
        headers['Authorization'] = `Bearer ${context.auth.apiKey}`;
        query = canonicalQueryString(params);
    }
    else {
        // The signed set is Host and Content-Type (plus what signRequest adds); the signer returns a fresh
        // object holding them all, which becomes the request's headers, and the query it canonicalised.
        ({ headers, query } = signParts({
            method: call.method,
            path: base.path,
            query: params,
            headers: call.body === undefined
                ? { Host: base.host }
                : { Host: base.host, 'Content-Type': 'application/json' },
            body,
        }, {
            credentials: context.auth,
            region: context.region,
            service: SMS_SERVICE,
            date: context.date,
            signingKeys: context.signingKeys,
        }));
    }
    const pathAndQuery = `${base.path}?${query}`;
    const url = `${base.origin}${pathAndQuery}`;
    // Not signed: a proxy may rewrite it.
    if (context.userAgent)
        headers['User-Agent'] = context.userAgent;
    return { method: call.method, url, endpoint: base, path: pathAndQuery, headers, body };
}

;// CONCATENATED MODULE: ./src/core/http/retry.ts

const UNKNOWN = { retry: false, outcomeUnknown: true };
/** Decides whether an attempt's failure may be retried, given whether the call is a read or a send. */
function classifyFailure(failure, kind) {
    if (failure.type === 'aborted')
        return { retry: false, outcomeUnknown: kind === 'send' && failure.phase === 'sent' };
    if (kind === 'send')
        return classifySendFailure(failure);
    switch (failure.type) {
        case 'network':
            // A proxy that wants credentials will not change its mind; any other refusal may be passing.
            return { retry: failure.code !== 'PROXY_407', outcomeUnknown: false };
        case 'timeout':
            // A read that timed out after sending is not retried: the caller already waited a full timeout.
            return { retry: failure.phase === 'connect', outcomeUnknown: false };
        case 'invalid-body':
            return { retry: false, outcomeUnknown: false };
        case 'http': {
            const transient = answerInfo(failure.status, failure.apiCode).retryable === true;
            return { retry: failure.status === 429 || failure.status >= 500 || transient, outcomeUnknown: false };
        }
    }
}
function classifySendFailure(failure) {
    switch (failure.type) {
        case 'network':
        case 'timeout':
            if (failure.phase === 'sent')
                return UNKNOWN;
            return { retry: failure.type === 'network' && failure.code === 'ECONNREFUSED', outcomeUnknown: false };
        case 'invalid-body':
            return UNKNOWN;
        case 'http': {
            // Only the API's own envelope carries a code: a bare 429 may come from anything in between.
            const info = answerInfo(failure.status, failure.apiCode);
            if (!info.provesNotProcessed)
                return UNKNOWN;
            return { retry: info.kind === 'rate-limit', outcomeUnknown: false };
        }
    }
}
const RETRY_AFTER_CAP_MS = 10_000;
const BACKOFF_BASE_MS = 250;
const BACKOFF_CAP_MS = 4_000;
/**
 * Wait before attempt `attempt + 1` (attempt is 1-based): the server's Retry-After when given (capped
 * at 10 s), else exponential backoff from 250 ms capped at 4 s, with "equal jitter" (half fixed, half
 * random) so many clients do not retry in lockstep.
 */
function retryDelay(input) {
    if (input.retryAfterMs !== undefined && input.retryAfterMs >= 0)
        return Math.min(input.retryAfterMs, RETRY_AFTER_CAP_MS);
    const exponential = Math.min(BACKOFF_CAP_MS, BACKOFF_BASE_MS * 2 ** (input.attempt - 1));
    return Math.round(exponential / 2 + (exponential / 2) * input.random());
}
/** Retry-After as milliseconds: delta-seconds or an HTTP date; undefined when absent or unreadable. */
function parseRetryAfter(value, nowMs) {
    if (value === undefined || value.trim() === '')
        return undefined;
    const text = value.trim();
    if (/^\d+(\.\d+)?$/.test(text))
        return Math.round(Number(text) * 1000);
    const at = Date.parse(text);
    return Number.isNaN(at) ? undefined : Math.max(0, at - nowMs);
}

;// CONCATENATED MODULE: ./src/core/http/engine.ts
/**
 * Why an attempt got no complete response. `phase: 'connect'` means no byte of the request was written
 * (safe to resend a send); `'sent'` means it may have reached the server.
 */
class TransportError extends Error {
    name = 'TransportError';
    kind;
    phase;
    errorCode;
    constructor(message, details) {
        super(message, { cause: details.cause });
        this.kind = details.kind;
        this.phase = details.phase;
        this.errorCode = details.code;
    }
}
/**
 * A proxy that refused to pass the request on (a CONNECT, or the request itself, answered with `status`):
 * nothing reached the endpoint. The code is `PROXY_<status>`, e.g. `PROXY_407` when it wants credentials.
 */
function proxyRefused(status, cause) {
    return new TransportError(`The proxy refused the request (HTTP ${status})`, {
        kind: 'network',
        phase: 'connect',
        code: `PROXY_${status}`,
        cause,
    });
}
/** Codes of a failure before any byte of the request was written: safe to resend even a send. */
const CONNECT_PHASE_CODES = new Set([
    'ECONNREFUSED',
    'ENOTFOUND',
    'EAI_AGAIN',
    'UND_ERR_CONNECT_TIMEOUT',
    'EHOSTUNREACH',
    'ENETUNREACH',
]);
// Codes of a TLS handshake that failed: an untrusted or mismatched certificate, or no TLS at all on the
// other end. The handshake precedes the request, so nothing of it was sent.
const TLS_CERTIFICATE_CODE = /CERT|SELF_SIGNED|UNABLE_TO_(GET|VERIFY)|ALTNAME|HOSTNAME_MISMATCH/;
const TLS_PROTOCOL_CODE = /^(EPROTO|ERR_SSL_(WRONG_VERSION_NUMBER|PACKET_LENGTH_TOO_LONG|UNSUPPORTED_PROTOCOL))$/;
/** What a failed TLS handshake says about the endpoint, by the error's code; undefined for other errors. */
function tlsFailure(code) {
    if (code === undefined)
        return undefined;
    if (TLS_CERTIFICATE_CODE.test(code))
        return 'certificate';
    if (TLS_PROTOCOL_CODE.test(code))
        return 'protocol';
    return undefined;
}

;// CONCATENATED MODULE: ./src/core/http/read-response.ts







/** Maps a transport failure to the retry policy's terms and the user's error. */
function fromTransport(err, origin, proxy) {
    const failure = err.kind === 'network'
        ? { type: 'network', code: err.errorCode, phase: err.phase }
        : { type: err.kind, phase: err.phase };
    const where = proxy ? `${origin} through the proxy ${proxy}` : origin;
    const check = proxy
        ? 'Check the network and the proxy (HTTPS_PROXY or HTTP_PROXY; NO_PROXY to bypass it)'
        : 'Check the network and VOLC_SMS_ENDPOINT';
    const tls = tlsFailure(err.errorCode);
    const hint = err.errorCode === 'PROXY_407'
        ? PROXY_CREDENTIALS_HINT
        : tls === 'certificate'
            ? `The endpoint's TLS certificate is not trusted. If a proxy or security gateway inspects TLS, give Node its CA: NODE_EXTRA_CA_CERTS=/path/to/ca.pem (set before the process starts). Otherwise check VOLC_SMS_ENDPOINT.`
            : tls === 'protocol'
                ? 'No TLS at the other end: check VOLC_SMS_ENDPOINT (a local sandbox is http://, not https://).'
                : `${check}.`;
    const error = err.kind === 'timeout'
        ? new errors/* SmsTimeoutError */.Je(`${err.message} from ${where}`, { hint: `${check}, or raise the timeout.` })
        : new errors/* SmsNetworkError */.Uc(err.kind === 'aborted' ? 'The request was aborted' : `${err.message} to ${where}`, { hint });
    return { failure, error };
}
/**
 * The usual answer (2xx, no error, the documented spelling) read without zod, or undefined for anything
 * else, which readResponse and the schemas then decide.
 */
function readQuickly(response, dialectCall) {
    if (!dialectCall.quickResult || response.status < 200 || response.status >= 300)
        return undefined;
    let raw;
    try {
        raw = JSON.parse(response.body);
    }
    catch {
        return undefined;
    }
    const quick = quickSuccessEnvelope(raw);
    const result = quick && dialectCall.quickResult(quick.result ?? {});
    return quick && result !== undefined ? { ok: true, result, requestId: quick.requestId, raw } : undefined;
}
/** Turns a complete HTTP response into a result, or an attempt failure with the error to report. */
async function readResponse(response, dialectCall, runtime, context) {
    const action = dialectCall.call.action;
    const { status } = response;
    const retryAfter = response.headers['retry-after'];
    const retryAfterMs = retryAfter === undefined ? undefined : parseRetryAfter(String(retryAfter), runtime.clock().getTime());
    let raw;
    try {
        raw = JSON.parse(response.body);
    }
    catch {
        if (status >= 200 && status < 300) {
            const error = new errors/* SmsResponseValidationError */.Si(`${action}: the answer is not JSON (HTTP ${status})`);
            return { ok: false, raw: undefined, failure: { type: 'invalid-body', status }, error, status };
        }
        return {
            ok: false,
            raw: undefined,
            failure: { type: 'http', status },
            error: errorFromApi({ status, retryAfterMs, context }),
            retryAfterMs,
            status,
        };
    }
    const schemas = await loadWireSchemas();
    const envelope = schemas.EnvelopeSchema.safeParse(raw);
    const requestId = envelope.success ? envelope.data.ResponseMetadata.RequestId : '';
    const apiError = envelope.success ? envelope.data.ResponseMetadata.Error : undefined;
    if (apiError || status < 200 || status >= 300) {
        const error = errorFromApi({
            status,
            apiCode: apiError?.Code,
            apiMessage: apiError?.Message,
            requestId,
            retryAfterMs,
            context,
            secrets: runtime.secrets,
            raw,
        });
        return {
            ok: false,
            raw,
            failure: { type: 'http', status, apiCode: apiError?.Code },
            error,
            retryAfterMs,
            requestId,
            status,
        };
    }
    const result = envelope.success
        ? dialectCall.resultSchema(schemas).safeParse(envelope.data.Result ?? {})
        : undefined;
    if (!result?.success) {
        const issues = result
            ? result.error.issues
                .slice(0, 3)
                .map((i) => `${['Result', ...i.path].join('.')}: ${i.message}`)
                .join('; ')
            : 'no ResponseMetadata';
        const error = new errors/* SmsResponseValidationError */.Si(`${action}: the answer does not have the documented shape (${issues})`, { requestId: requestId || undefined });
        return { ok: false, raw, failure: { type: 'invalid-body', status }, error, requestId, status };
    }
    return { ok: true, result: result.data, requestId, raw };
}

;// CONCATENATED MODULE: ./src/core/http/execute-call.ts







/** A failed call: the error, plus the envelope when one came back (the CLI prints it in JSON mode). */
class CallFailure extends Error {
    name = 'CallFailure';
    error;
    raw;
    attempts;
    constructor(error, raw, attempts) {
        super(error.message);
        this.error = error;
        this.raw = raw;
        this.attempts = attempts;
    }
}
function outcomeUnknown(action, cause, settings) {
    const subAccount = settings.context?.subAccount ?? '<id>';
    const first = settings.context?.mobiles?.[0];
    const count = settings.context?.mobiles?.length ?? 0;
    // The CLI refuses a masked --mobile, and errors never carry the full number: the user fills it in.
    const who = first ? ` --mobile <full number of ${phone_maskPhone(first)}>` : '';
    return new errors/* SmsOutcomeUnknownError */.iD(`${action} outcome unknown${count ? ` for ${count} number${count === 1 ? '' : 's'}` : ''}: ${cause.message}`, {
        cause,
        requestId: cause.requestId,
        hint: `The messages may or may not have been sent; do not resend blindly. Check with \`volc-sms list_sms_send_log --sub-account ${subAccount}${who}\` (or by message id).`,
    });
}
/**
 * Runs one call with retries: every attempt is built and signed afresh with a new clock() reading.
 * Returns the parsed result or throws CallFailure carrying the SmsError (and the envelope, if any).
 */
async function executeCall(runtime, dialectCall, settings) {
    const action = dialectCall.call.action;
    for (let attempt = 1;; attempt++) {
        const request = buildRequest(dialectCall.call, {
            auth: runtime.auth,
            endpoint: runtime.endpoint,
            region: runtime.region,
            userAgent: runtime.userAgent,
            date: runtime.clock(),
            signingKeys: runtime.signingKeys,
        });
        // Only onAttempt reports durations.
        const started = runtime.onAttempt ? performance.now() : 0;
        let outcome;
        try {
            const response = await runtime.engine.send({
                method: request.method,
                url: request.url,
                endpoint: request.endpoint,
                path: request.path,
                headers: request.headers,
                body: request.body,
                timeoutMs: runtime.timeoutMs,
                connectTimeoutMs: runtime.connectTimeoutMs,
                signal: settings.signal,
            });
            const read = readQuickly(response, dialectCall) ??
                (await readResponse(response, dialectCall, runtime, settings.context));
            if (read.ok) {
                if (runtime.onAttempt) {
                    report(runtime, {
                        action,
                        attempt,
                        method: request.method,
                        url: request.url,
                        status: response.status,
                        requestId: read.requestId,
                        durationMs: performance.now() - started,
                    });
                }
                return { result: read.result, requestId: read.requestId, raw: read.raw, attempts: attempt };
            }
            outcome = read;
        }
        catch (err) {
            if (!(err instanceof TransportError))
                throw err;
            outcome = fromTransport(err, request.endpoint.origin, runtime.proxy);
        }
        const decision = classifyFailure(outcome.failure, settings.kind);
        const retry = decision.retry && attempt <= runtime.maxRetries && !settings.signal?.aborted;
        const retryInMs = retry
            ? retryDelay({ attempt, retryAfterMs: outcome.retryAfterMs, random: runtime.random })
            : undefined;
        report(runtime, {
            action,
            attempt,
            method: request.method,
            url: request.url,
            status: outcome.status,
            requestId: outcome.requestId,
            durationMs: performance.now() - started,
            error: outcome.error.message,
            retryInMs,
        });
        if (retryInMs === undefined) {
            const error = decision.outcomeUnknown ? outcomeUnknown(action, outcome.error, settings) : outcome.error;
            throw new CallFailure(error, outcome.raw, attempt);
        }
        try {
            await runtime.sleep(retryInMs, settings.signal);
        }
        catch {
            throw new CallFailure(new errors/* SmsNetworkError */.Uc('The request was aborted'), outcome.raw, attempt);
        }
    }
}
function report(runtime, event) {
    if (!runtime.onAttempt)
        return;
    const safe = {
        ...event,
        url: redact(event.url, runtime.secrets),
        durationMs: Math.round(event.durationMs),
    };
    if (event.error !== undefined)
        safe.error = redact(event.error, runtime.secrets);
    runtime.onAttempt(safe);
}

;// CONCATENATED MODULE: ./src/core/errors/write-outcome.ts

/**
 * An unknown write outcome restated for what the write was: its action, the transport's own words, and a
 * hint (and read) that fit it, in place of the send-log hint execute-call.ts gives a send.
 */
function restateOutcomeUnknown(action, error, what) {
    const cause = error.cause instanceof errors/* SmsError */.S8 ? error.cause : error;
    return new errors/* SmsOutcomeUnknownError */.iD(`${action} outcome unknown: ${cause.message}`, {
        cause,
        requestId: error.requestId,
        hint: what.hint,
        reconcile: what.reconcile,
    });
}

;// CONCATENATED MODULE: ./src/core/agent-v2/csv-answer.ts

// The media types a CSV success of TemplateUploadDemo may carry (agent-v2 reference §2.7).
const CSV_MEDIA_TYPES = new Set([
    'application/octet-stream',
    'application/csv',
    'application/vnd.ms-excel',
    'text/comma-separated-values',
    'text/csv',
]);
const DEFAULT_FILE_NAME = 'TemplateUploadDemo.csv';
const header = (response, name) => {
    const value = response.headers[name];
    return Array.isArray(value) ? value[0] : value;
};
/** The file name a Content-Disposition gives (`filename*` per RFC 5987 first), without any directory. */
function dispositionFileName(disposition) {
    if (!disposition)
        return DEFAULT_FILE_NAME;
    let name;
    const extended = /filename\*\s*=\s*([^']*)'[^']*'([^;]+)/i.exec(disposition);
    if (extended) {
        try {
            name = decodeURIComponent(extended[2].trim());
        }
        catch {
            name = undefined;
        }
    }
    if (name === undefined) {
        const plain = /filename\s*=\s*(?:"((?:[^"\\]|\\.)*)"|([^;\s]+))/i.exec(disposition);
        name = plain?.[1]?.replace(/\\(.)/g, '$1') ?? plain?.[2];
    }
    const base = name?.split(/[/\\]/).pop()?.trim();
    return base ? base : DEFAULT_FILE_NAME;
}
/**
 * A CSV success turned into the envelope a JSON answer would have been, `{fileName, value, contentType,
 * size}` (§2.7): only a 2xx with a non-empty body that is not JSON, one of the CSV media types, valid UTF-8
 * (a BOM allowed) and `phone` as its first cell. Anything else is left for the usual reading, which reports
 * a non-JSON body as an invalid answer.
 */
function csvAnswerAsEnvelope(response) {
    const { status, body } = response;
    if (status < 200 || status >= 300 || body === '')
        return undefined;
    try {
        JSON.parse(body);
        return undefined;
    }
    catch {
        // Not JSON: possibly the CSV file.
    }
    const contentType = header(response, 'content-type') ?? '';
    if (!CSV_MEDIA_TYPES.has(contentType.split(';')[0]?.trim().toLowerCase() ?? ''))
        return undefined;
    // The engine decodes UTF-8; a byte sequence that is not UTF-8 comes out as U+FFFD.
    if (body.includes('\uFFFD'))
        return undefined;
    const text = body.startsWith('\uFEFF') ? body.slice(1) : body;
    const firstCell = /^("?)([^,\r\n"]*)\1(?:[,\r\n]|$)/.exec(text)?.[2];
    if (firstCell !== 'phone')
        return undefined;
    const envelope = {
        ResponseMetadata: {
            RequestId: header(response, 'x-tt-logid') ?? header(response, 'x-request-id') ?? '',
            Action: 'TemplateUploadDemo',
            Version: AGENT_VERSION,
        },
        Result: {
            fileName: dispositionFileName(header(response, 'content-disposition')),
            value: text,
            contentType,
            size: Buffer.byteLength(body),
        },
    };
    return {
        status,
        headers: { ...response.headers, 'content-type': 'application/json' },
        body: JSON.stringify(envelope),
    };
}
/** An engine that reads a CSV success as its envelope; every other answer passes unchanged. */
function acceptingCsvAnswers(engine) {
    return {
        send: async (request) => {
            const response = await engine.send(request);
            return csvAnswerAsEnvelope(response) ?? response;
        },
        close: () => engine.close(),
    };
}

;// CONCATENATED MODULE: ./src/core/agent-v2/wire-call.ts

/**
 * A GET action's params as its query (agent-v2 reference §1.1): numbers and booleans as text, a list as
 * its key repeated per element, absent values skipped. buildRequest encodes and sorts them.
 */
function toQuery(params) {
    const query = {};
    for (const [key, value] of Object.entries(params)) {
        if (value === undefined || value === null)
            continue;
        query[key] = Array.isArray(value) ? value.map(String) : String(value);
    }
    return query;
}
/** A copy with the keys of every object sorted, so that its JSON is the compact sorted body of §1.1. */
function sortKeys(value) {
    if (Array.isArray(value))
        return value.map(sortKeys);
    if (value === null || typeof value !== 'object')
        return value;
    const out = {};
    for (const key of Object.keys(value).sort()) {
        const item = value[key];
        if (item !== undefined)
            out[key] = sortKeys(item);
    }
    return out;
}
/**
 * The wire call of one lowerCamel action. GET: every param in the query, empty body. POST: only Action and
 * Version in the query, the params as a compact JSON body with sorted keys (raw UTF-8).
 */
function agentV2WireCall(action, method, params) {
    return method === 'GET'
        ? { action, version: AGENT_VERSION, method, query: toQuery(params) }
        : { action, version: AGENT_VERSION, method, body: sortKeys(params) };
}

;// CONCATENATED MODULE: ./src/core/agent-v2/run.ts







/**
 * The exact params an action sends for `input`, after its documented defaults, checked against the
 * action's request schema. What a consent gate digests is this, and nothing else is sent.
 * @throws SmsInputError naming each bad field by its CLI flag (`page-size`, `sub-accounts`)
 */
async function agentV2Params(spec, input) {
    const params = spec.prepare(input);
    const parsed = spec.params(await loadWireSchemas()).safeParse(params);
    if (!parsed.success)
        throw inputErrorFromIssues(parsed.error.issues);
    return params;
}
// The request's ids make an error's hint concrete (`list_signature --sub-accounts 7384ed01`).
function errorContext(params) {
    const first = (value) => typeof value === 'string'
        ? value
        : Array.isArray(value) && typeof value[0] === 'string'
            ? value[0]
            : undefined;
    return {
        subAccount: first(params.subAccount) ?? first(params.subAccounts),
        signature: first(params.signature) ?? first(params.signatures),
        templateId: first(params.templateId),
    };
}
/** A write whose answer was lost: what happened, and the read that tells whether it took effect. */
function writeOutcomeUnknown(spec, params, error) {
    const reconcile = spec.reconcile?.(params);
    const hint = reconcile
        ? `It may or may not have taken effect; do not repeat it blindly. Read ${reconcile.action} ${JSON.stringify(reconcile.params)}: it took effect if ${reconcile.settledWhen}.`
        : `It may or may not have taken effect; do not repeat it blindly. ${spec.unreconciled ?? ''}`.trim();
    return restateOutcomeUnknown(spec.action, error, { hint, reconcile });
}
/**
 * Sends one lowerCamel action: params checked first, then one transport call under the action's class. A
 * read is retried on anything transient; a write goes out at most once, and an answer lost after it may
 * have been processed is SmsOutcomeUnknownError carrying its reconciling read (`reconcile`).
 */
async function runAgentV2(runtime, spec, input, options = {}) {
    const params = await agentV2Params(spec, input);
    const dialectCall = {
        call: agentV2WireCall(spec.action, spec.method, params),
        paramsSchema: spec.params,
        resultSchema: spec.result,
    };
    const callRuntime = spec.answersCsv ? { ...runtime, engine: acceptingCsvAnswers(runtime.engine) } : runtime;
    try {
        return await executeCall(callRuntime, dialectCall, {
            kind: spec.kind === 'write' ? 'send' : 'read',
            signal: options.signal,
            context: errorContext(params),
        });
    }
    catch (err) {
        // CallFailure is internal bookkeeping; callers get the SmsError itself.
        const error = err instanceof CallFailure ? err.error : err;
        if (spec.kind === 'write' && error instanceof errors/* SmsOutcomeUnknownError */.iD)
            throw writeOutcomeUnknown(spec, params, error);
        throw error;
    }
}

// EXTERNAL MODULE: external "node:fs/promises"
var external_node_fs_promises_ = __webpack_require__(1455);
// EXTERNAL MODULE: external "node:http"
var external_node_http_ = __webpack_require__(7067);
var external_node_http_default = /*#__PURE__*/__webpack_require__.n(external_node_http_);
;// CONCATENATED MODULE: ./src/core/agent-v2/upload.ts




/** The service's cap on a batch file (agent-v2 reference §3.3): 50 MiB. */
const MAX_BATCH_FILE_BYTES = 50 * 1024 * 1024;
const UPLOAD_TIMEOUT_MS = 60_000;
const TOS_DOMAIN = '.volces.com';
/** A presigned URL as it may be shown: origin and path, never its query (a credential) or fragment. */
function displayUploadUrl(url) {
    try {
        const parsed = typeof url === 'string' ? new URL(url) : url;
        return `${parsed.protocol}//${parsed.host}${parsed.pathname}`;
    }
    catch {
        return '<not a URL>';
    }
}
/**
 * The upload URL if the client may send a file there: https on a host under `.volces.com` (TOS), or the
 * configured endpoint's own scheme and host (the sandbox serves uploads itself, over http when the
 * endpoint is http). No user info, no fragment.
 * @throws SmsResponseValidationError naming the host, never the query
 */
function checkUploadUrl(url, endpoint) {
    let target;
    try {
        target = new URL(url);
    }
    catch {
        throw new errors/* SmsResponseValidationError */.Si('GetUploadTosURL: the upload URL it returned is not a URL');
    }
    const shown = displayUploadUrl(target);
    if (target.username || target.password || target.hash) {
        throw new errors/* SmsResponseValidationError */.Si(`GetUploadTosURL: the upload URL ${shown} carries user info or a fragment; it is refused`);
    }
    const home = new URL(endpoint);
    const isEndpoint = target.protocol === home.protocol && target.host.toLowerCase() === home.host.toLowerCase();
    const isTos = target.protocol === 'https:' && target.hostname.toLowerCase().endsWith(TOS_DOMAIN);
    if (!isEndpoint && !isTos) {
        throw new errors/* SmsResponseValidationError */.Si(`GetUploadTosURL: the upload URL ${target.protocol}//${target.host} is neither https under ${TOS_DOMAIN} nor the endpoint's host; the file was not sent there`, { hint: 'Check VOLC_SMS_ENDPOINT: batch files go only to Volcengine TOS or to the endpoint itself.' });
    }
    return target;
}
/**
 * The size of a batch file, checked before anything is asked of the service: a readable, non-empty file
 * of at most 50 MiB.
 * @throws SmsInputError naming the `file` field
 */
async function batchFileSize(path) {
    const fail = (message) => new errors/* SmsInputError */.E$(`file: ${message}`, [{ field: 'file', message }]);
    let info;
    try {
        info = await (0,external_node_fs_promises_.stat)(path);
    }
    catch (err) {
        const code = err.code;
        throw fail(code === 'ENOENT' ? `no such file: ${path}` : `cannot read ${path} (${code ?? 'error'})`);
    }
    if (!info.isFile())
        throw fail(`${path} is not a file`);
    if (info.size === 0)
        throw fail(`${path} is empty`);
    if (info.size > MAX_BATCH_FILE_BYTES)
        throw fail(`${path} has ${info.size} bytes; the service takes at most ${MAX_BATCH_FILE_BYTES} (50 MiB)`);
    return info.size;
}
function failedPut(response, shown) {
    const status = response.statusCode ?? 0;
    const hint = status >= 300 && status < 400
        ? 'The storage answered with a redirect, which is refused: ask for a new upload URL.'
        : status === 403
            ? 'The upload URL expired (after five minutes) or was altered: ask for a new one and upload at once.'
            : 'Ask for a new upload URL and try again; nothing was stored under this key.';
    return new errors/* SmsApiError */.yW(`The batch file upload failed (HTTP ${status}) at ${shown}`, {
        status,
        apiCode: `HTTP${status}`,
        apiMessage: '',
        hint,
    });
}
// A few buffers, reused: streamed Buffers would each be garbage, and V8 collects those only after some
// 64 MB of them, so a 50 MB file read as a stream costs about its own size in RSS.
const CHUNK_BYTES = 256 * 1024;
const CHUNKS_IN_FLIGHT = 4;
/**
 * Writes `size` bytes of a file to the request through CHUNKS_IN_FLIGHT reused buffers (a buffer is read
 * into again only once the socket has taken its last chunk), then ends it. Hashes what it sends.
 */
async function streamFile(path, size, request, inspect) {
    const failed = new Promise((_resolve, reject) => {
        request.once('error', reject);
        request.once('close', () => reject(new Error('the connection closed')));
    });
    failed.catch(() => undefined);
    const handle = await (0,external_node_fs_promises_.open)(path);
    const writes = [];
    try {
        const hash = (0,external_node_crypto_.createHash)('sha256');
        const buffers = Array.from({ length: CHUNKS_IN_FLIGHT }, () => Buffer.allocUnsafe(CHUNK_BYTES));
        let bytes = 0;
        for (let index = 0; bytes < size; index++) {
            const slot = index % CHUNKS_IN_FLIGHT;
            if (writes[slot])
                await Promise.race([writes[slot], failed]);
            const buffer = buffers[slot];
            const { bytesRead } = await handle.read(buffer, 0, Math.min(CHUNK_BYTES, size - bytes), bytes);
            if (bytesRead === 0)
                break; // The file shrank since it was measured.
            const chunk = buffer.subarray(0, bytesRead);
            hash.update(chunk);
            bytes += bytesRead;
            inspect?.write(chunk);
            if (bytes === size)
                inspect?.end();
            writes[slot] = new Promise((resolve, reject) => request.write(chunk, (err) => (err ? reject(err) : resolve())));
        }
        await Promise.race([Promise.all(writes), failed]);
        request.end();
        return { bytes, sha256: hash.digest('hex') };
    }
    catch (err) {
        // Writes still in flight fail with the destroyed request: that is this error's doing, not another.
        for (const write of writes)
            write?.catch(() => undefined);
        request.destroy();
        throw err;
    }
    finally {
        await handle.close();
    }
}
/**
 * PUTs a file to a presigned URL, streamed from disk through a few reused buffers (a 50 MB file costs a few MB of RSS), with only
 * `Content-Length` set. Any 2xx is success; a redirect is not followed. Errors show the URL without its
 * query. The file's SHA-256 is computed from the bytes as they are sent.
 */
async function putBatchFile(url, file, settings, options = {}) {
    const target = checkUploadUrl(url, settings.endpoint);
    const shown = displayUploadUrl(target);
    const { size } = file;
    const timeoutMs = settings.timeoutMs ?? UPLOAD_TIMEOUT_MS;
    const timeout = AbortSignal.timeout(timeoutMs);
    const signal = options.signal ? AbortSignal.any([options.signal, timeout]) : timeout;
    // node:https loads only when needed (a plain-http client, the CLI against the sandbox, never pays for it).
    const module = target.protocol === 'https:' ? process.getBuiltinModule('node:https') : (external_node_http_default());
    const agent = settings.proxy
        ? new module.Agent({ proxyEnv: { HTTP_PROXY: settings.proxy, HTTPS_PROXY: settings.proxy } })
        : undefined;
    const request = module.request(target, {
        method: 'PUT',
        headers: { 'Content-Length': String(size) },
        signal,
        ...(agent ? { agent } : {}),
    });
    const answered = new Promise((resolve, reject) => {
        request.once('response', resolve);
        request.once('error', reject);
    });
    const sending = streamFile(file.path, size, request, file.inspect);
    // The storage may answer (403) before the whole file is sent: its status says more than the broken pipe.
    const [sent, answer] = await Promise.allSettled([sending, answered]);
    agent?.destroy();
    // The inspector refused the file: the PUT was stopped before its last byte.
    if (sent.status === 'rejected' && sent.reason instanceof errors/* SmsInputError */.E$)
        throw sent.reason;
    if (answer.status === 'fulfilled') {
        const response = answer.value;
        response.resume();
        const status = response.statusCode ?? 0;
        if (status < 200 || status >= 300)
            throw failedPut(response, shown);
        if (sent.status === 'rejected' || sent.value.bytes !== size) {
            const bytes = sent.status === 'fulfilled' ? sent.value.bytes : 'not all';
            throw new errors/* SmsNetworkError */.Uc(`The batch file upload to ${shown} ended early (${bytes} of ${size} bytes sent)`, {
                hint: 'The file changed while it was sent, or the connection broke: ask for a new upload URL and try again.',
            });
        }
        return { size, sha256: sent.value.sha256, status };
    }
    const reason = answer.reason;
    if (timeout.aborted)
        throw new errors/* SmsTimeoutError */.Je(`The batch file upload to ${shown} got no answer within ${timeoutMs} ms`, {
            hint: 'Check the network (and HTTPS_PROXY), then ask for a new upload URL and try again.',
        });
    if (options.signal?.aborted)
        throw new errors/* SmsNetworkError */.Uc('The batch file upload was aborted');
    throw new errors/* SmsNetworkError */.Uc(`The batch file upload to ${shown} failed (${reason.code ?? 'connection error'})`, {
        hint: 'Check the network (and HTTPS_PROXY), then ask for a new upload URL and try again.',
    });
}

;// CONCATENATED MODULE: ./src/core/agent-v2/methods.ts



function createAgentV2Methods(runtime, upload) {
    const methods = {
        getSubAccountDetail: (input, o) => runAgentV2(runtime, AGENT_V2_ACTIONS.getSubAccountDetail, input, o),
        getSignatureIdentificationList: (input = {}, o) => runAgentV2(runtime, AGENT_V2_ACTIONS.getSignatureIdentificationList, input, o),
        listSecondTemplate: (input = {}, o) => runAgentV2(runtime, AGENT_V2_ACTIONS.listSecondTemplate, input, o),
        applySmsSignatureV2: (input, o) => runAgentV2(runtime, AGENT_V2_ACTIONS.applySmsSignatureV2, input, o),
        applySmsTemplateV2: (input, o) => runAgentV2(runtime, AGENT_V2_ACTIONS.applySmsTemplateV2, input, o),
        getUploadTosURL: (input = {}, o) => runAgentV2(runtime, AGENT_V2_ACTIONS.getUploadTosURL, input, o),
        templateUploadDemo: (input, o) => runAgentV2(runtime, AGENT_V2_ACTIONS.templateUploadDemo, input, o),
        setBatchTask: (input, o) => runAgentV2(runtime, AGENT_V2_ACTIONS.setBatchTask, input, o),
        getBatchTaskDetail: (input, o) => runAgentV2(runtime, AGENT_V2_ACTIONS.getBatchTaskDetail, input, o),
        getBatchTaskList: (input, o) => runAgentV2(runtime, AGENT_V2_ACTIONS.getBatchTaskList, input, o),
        consentBatchTask: (input, o) => runAgentV2(runtime, AGENT_V2_ACTIONS.consentBatchTask, input, o),
        deleteBatchTask: (input, o) => runAgentV2(runtime, AGENT_V2_ACTIONS.deleteBatchTask, input, o),
        uploadBatchFile: async (input, o = {}) => {
            // The file is checked first: asking for an upload URL is a write.
            const size = await batchFileSize(input.path);
            const { result, requestId } = await methods.getUploadTosURL({ suffix: 'csv' }, o);
            const file = { path: input.path, size, inspect: input.inspect };
            const put = await putBatchFile(result.url, file, { ...upload, endpoint: runtime.endpoint.url }, o);
            return { file: result.file, requestId, ...put };
        },
    };
    return methods;
}

;// CONCATENATED MODULE: ./src/core/sending/verify-code.ts







async function checked(pick, input) {
    const parsed = pick(await loadWireSchemas()).safeParse(input);
    if (!parsed.success)
        throw inputErrorFromIssues(parsed.error.issues);
    return input;
}
function normalizedMobile(mobile) {
    const normalized = normalizePhone(mobile);
    if (normalized.ok)
        return normalized.mobile;
    const message = `${normalized.reason}; give one 11-digit mainland mobile (+86 optional) or an E.164 number`;
    throw new errors/* SmsInputError */.E$(`mobile: ${message}`, [{ field: 'mobile', message }]);
}
// `paramsSchema` is the input's: inputs are checked (checked() above) before the body is built from them.
const classicPost = (action, body, paramsSchema, resultSchema) => ({
    call: { action, version: CLASSIC_SEND_VERSION, method: 'POST', body },
    paramsSchema,
    resultSchema,
});
function createVerifyCodeMethods(runtime) {
    async function write(dialectCall, context, options, unknownHint) {
        try {
            return await executeCall(runtime, dialectCall, { kind: 'send', signal: options.signal, context });
        }
        catch (err) {
            const error = err instanceof CallFailure ? err.error : err;
            if (unknownHint && error instanceof errors/* SmsOutcomeUnknownError */.iD)
                throw restateOutcomeUnknown(dialectCall.call.action, error, { hint: unknownHint });
            throw error;
        }
    }
    return {
        async sendSmsVerifyCode(input, options = {}) {
            const given = await checked((s) => s.SendSmsVerifyCodeInputSchema, input);
            const mobile = normalizedMobile(given.mobile);
            const body = compact({
                SmsAccount: given.subAccount,
                Sign: given.signature,
                TemplateID: given.templateId,
                PhoneNumber: mobile,
                Scene: given.scene,
                CodeType: given.codeType,
                ExpireTime: given.expireTime,
                TryCount: given.tryCount,
                Tag: given.tag,
            });
            // The send log by number settles a lost answer, as for any send (execute-call.ts words the hint).
            const context = { ...given, mobiles: [mobile] };
            return write(classicPost('SendSmsVerifyCode', body, (s) => s.SendSmsVerifyCodeInputSchema, (s) => s.ClassicSendResultSchema), context, options);
        },
        async checkSmsVerifyCode(input, options = {}) {
            const given = await checked((s) => s.CheckSmsVerifyCodeInputSchema, input);
            const body = {
                SmsAccount: given.subAccount,
                PhoneNumber: normalizedMobile(given.mobile),
                Scene: given.scene,
                Code: given.code,
            };
            return write(classicPost('CheckSmsVerifyCode', body, (s) => s.CheckSmsVerifyCodeInputSchema, (s) => s.VerifyCodeCheckSchema), given, options, "The check may have used up one of the code's tries; check again (a first check that counted can make it answer wrong or expired), or send a new code.");
        },
        async conversion(input, options = {}) {
            const given = await checked((s) => s.ConversionInputSchema, input);
            const body = { MessageIDs: [...given.messageIds], Type: given.type };
            return write(classicPost('Conversion', body, (s) => s.ConversionInputSchema, (s) => s.ConversionResultSchema), {}, options, 'The conversion may or may not have been recorded; report it again only if counting it twice does no harm.');
        },
    };
}

;// CONCATENATED MODULE: ./src/core/config/client-options.ts

const optional = (check) => (value) => value === undefined ? undefined : check(value);
const client_options_text = (value) => typeof value !== 'string' ? 'must be a string' : value.trim() === '' ? 'must not be empty' : undefined;
const string = (value) => (typeof value === 'string' ? undefined : 'must be a string');
const fn = (value) => (typeof value === 'function' ? undefined : 'must be a function');
// Surrounding spaces are tolerated (URL parsing drops them); `http:example.com` is not a URL people mean.
const httpUrl = (example) => (value) => typeof value === 'string' &&
    /^https?:\/\/\S+$/i.test(value.trim()) &&
    /^https?:$/.test(URL.parse(value.trim())?.protocol ?? '')
    ? undefined
    : `must be an http(s) URL such as ${example}`;
const apiUrl = httpUrl('https://sms.volcengineapi.com');
const wholeNumber = (min, max = Number.MAX_SAFE_INTEGER) => (value) => Number.isSafeInteger(value) && value >= min && value <= max
    ? undefined
    : max === Number.MAX_SAFE_INTEGER
        ? `must be a whole number of at least ${min}`
        : `must be a whole number from ${min} to ${max}`;
const oneOf = (...values) => (value) => values.includes(value) ? undefined : `must be ${values.map((v) => `"${v}"`).join(' or ')}`;
const AUTH_CHECKS = {
    aksk: { accessKeyId: client_options_text, secretAccessKey: client_options_text, sessionToken: optional(string) },
    gateway: { apiKey: client_options_text, apiBase: apiUrl },
};
// Typed against ClientOptions: an option added there and not checked here does not compile.
const OPTION_CHECKS = {
    endpoint: optional(apiUrl),
    proxy: optional(httpUrl('http://proxy.example:3128')),
    region: optional(client_options_text),
    api: optional(oneOf('agent', 'classic')),
    timeoutMs: optional(wholeNumber(1)),
    connectTimeoutMs: optional(wholeNumber(1)),
    maxRetries: optional(wholeNumber(0, 10)),
    fetch: optional(fn),
    sendConcurrency: optional(wholeNumber(1, 256)),
    maxConnections: optional(wholeNumber(1, 1024)),
    clock: optional(fn),
    sleep: optional(fn),
    random: optional(fn),
    onAttempt: optional(fn),
    userAgent: optional(string),
};
const client_options_isRecord = (value) => typeof value === 'object' && value !== null && !Array.isArray(value);
/** Every problem with `options`, as `path: what is wrong` (never echoing a value, which may be a secret). */
function clientOptionProblems(options) {
    if (!client_options_isRecord(options))
        return ['options: must be an object'];
    const problems = [];
    const auth = options['auth'];
    const authChecks = client_options_isRecord(auth) ? AUTH_CHECKS[String(auth['kind'])] : undefined;
    if (!client_options_isRecord(auth)) {
        problems.push('auth: must be { kind: "aksk", accessKeyId, secretAccessKey } or { kind: "gateway", apiKey, apiBase }');
    }
    else if (!authChecks) {
        problems.push('auth.kind: must be "aksk" or "gateway"');
    }
    else {
        for (const [key, check] of Object.entries(authChecks)) {
            const problem = check(auth[key]);
            if (problem)
                problems.push(`auth.${key}: ${problem}`);
        }
    }
    for (const [key, check] of Object.entries(OPTION_CHECKS)) {
        const problem = check(options[key]);
        if (problem)
            problems.push(`${key}: ${problem}`);
    }
    if (options['fetch'] !== undefined && options['proxy'] !== undefined) {
        // Dropping the proxy would send around it; a fetch of the caller's own reaches the network its way.
        problems.push("proxy: is the built-in engine's; with fetch, give the fetch its proxy (undici's ProxyAgent as its dispatcher) and leave proxy unset");
    }
    return problems;
}
/**
 * Checks client options at construction, naming each bad option (never echoing a credential).
 * @throws SmsConfigError
 */
function checkClientOptions(options) {
    const problems = clientOptionProblems(options);
    if (problems.length === 0)
        return;
    throw new errors/* SmsConfigError */.cw(`Invalid client options: ${problems.join('; ')}`, {
        hint: 'Build the options with resolveClientConfig(), or fix the fields named above.',
    });
}

;// CONCATENATED MODULE: ./src/core/sending/send-plan.ts



/** Numbers per request: the API's limit for SendSmsForAgent, SendSms and SendBatchSms. */
const MAX_NUMBERS_PER_REQUEST = 200;
/** Splits a list into consecutive chunks of at most `size`. */
function send_plan_chunk(items, size = MAX_NUMBERS_PER_REQUEST) {
    // The usual case, without growing an empty array.
    if (items.length > 0 && items.length <= size)
        return [items.slice()];
    const out = [];
    for (let i = 0; i < items.length; i += size)
        out.push(items.slice(i, i + size));
    return out;
}
/** Normalises and de-duplicates numbers; each invalid one becomes an issue naming its position. */
function normalizeMobiles(mobiles, field = 'mobiles') {
    // A set only when there can be duplicates: most sends carry one number.
    const seen = mobiles.length > 1 ? new Set() : undefined;
    // Sized for every number up front and trimmed at the end: growing an empty array costs more.
    const unique = new Array(mobiles.length);
    let uniqueCount = 0;
    const duplicates = [];
    const issues = [];
    for (let index = 0; index < mobiles.length; index++) {
        const input = mobiles[index];
        const result = normalizePhone(input);
        if (!result.ok) {
            issues.push({ field, message: `#${index + 1} "${phone_maskPhone(input)}": ${result.reason}` });
        }
        else if (seen?.has(result.mobile))
            duplicates.push(input);
        else {
            seen?.add(result.mobile);
            unique[uniqueCount++] = result.mobile;
        }
    }
    unique.length = uniqueCount;
    if (mobiles.length === 0)
        issues.push({ field, message: 'at least one number is required' });
    return { mobiles: unique, duplicates, issues };
}
const REQUIRED = [
    ['subAccount', 'sub-account'],
    ['signature', 'signature'],
    ['templateId', 'template-id'],
];
/**
 * Validates a send before anything goes out: required fields, every number (each invalid one named),
 * template parameters. Throws one SmsInputError listing all issues.
 */
function send_plan_planSend(input) {
    const issues = [];
    for (const [key, field] of REQUIRED) {
        const value = input[key];
        if (typeof value !== 'string' || value.trim() === '')
            issues.push({ field, message: 'is required' });
    }
    const numbers = normalizeMobiles(input.mobiles ?? []);
    for (const issue of numbers.issues)
        issues.push(issue);
    let templateParam;
    if (input.templateParam !== undefined) {
        try {
            templateParam = (0,sending_template/* templateParamJson */._h)(input.templateParam);
        }
        catch (err) {
            if (!(err instanceof errors/* SmsInputError */.E$))
                throw err;
            issues.push(...err.issues);
        }
    }
    if (issues.length > 0) {
        const invalidNumbers = numbers.issues.length;
        const summary = invalidNumbers > 0 && invalidNumbers === issues.length
            ? `${invalidNumbers} invalid number${invalidNumbers === 1 ? '' : 's'} in mobiles`
            : 'Invalid send request';
        throw new errors/* SmsInputError */.E$(`${summary}: ${issues.map((i) => `${i.field}: ${i.message}`).join('; ')}`, issues, {
            hint: 'Fix the fields named above; nothing was sent.',
        });
    }
    const plan = {
        mobiles: numbers.mobiles,
        duplicates: numbers.duplicates,
        chunks: send_plan_chunk(numbers.mobiles),
    };
    if (templateParam !== undefined)
        plan.templateParam = templateParam;
    return plan;
}

;// CONCATENATED MODULE: ./src/core/sending/batch-plan.ts




/**
 * Validates a batch before anything goes out. Unlike sendSms, a number given twice is an error, not a
 * silent drop: its two messages may carry different parameters, and which one to send is the caller's call.
 * `groupByParams` (for APIs without a batch action) puts numbers with identical parameters in the same chunks.
 */
function batch_plan_planBatchSend(input, options) {
    const issues = [];
    for (const [key, field] of [
        ['subAccount', 'sub-account'],
        ['signature', 'signature'],
        ['templateId', 'template-id'],
    ]) {
        if (typeof input[key] !== 'string' || input[key].trim() === '')
            issues.push({ field, message: 'is required' });
    }
    const messages = input.messages ?? [];
    if (messages.length === 0)
        issues.push({ field: 'messages', message: 'at least one message is required' });
    const params = new Map();
    const firstIndex = new Map();
    messages.forEach((message, index) => {
        const position = `#${index + 1}`;
        const phone = normalizePhone(message.mobile ?? '');
        if (!phone.ok) {
            issues.push({
                field: 'mobiles',
                message: `${position} "${phone_maskPhone(message.mobile ?? '')}": ${phone.reason}`,
            });
            return;
        }
        if (firstIndex.has(phone.mobile)) {
            issues.push({
                field: 'mobiles',
                message: `${position} ${phone_maskPhone(phone.mobile)} repeats #${firstIndex.get(phone.mobile) + 1}; give each number once`,
            });
            return;
        }
        firstIndex.set(phone.mobile, index);
        let templateParam;
        try {
            if (message.templateParam !== undefined) {
                templateParam = (0,sending_template/* templateParamJson */._h)(message.templateParam, 'template-param');
            }
        }
        catch (err) {
            if (!(err instanceof errors/* SmsInputError */.E$))
                throw err;
            issues.push(...err.issues.map((i) => ({ field: i.field, message: `${position}: ${i.message}` })));
        }
        params.set(phone.mobile, templateParam);
    });
    if (issues.length > 0) {
        throw new errors/* SmsInputError */.E$(`Invalid batch: ${issues.map((i) => `${i.field}: ${i.message}`).join('; ')}`, issues, {
            hint: 'Fix the messages named above; nothing was sent.',
        });
    }
    const mobiles = [...params.keys()];
    let chunks;
    if (options.groupByParams) {
        const groups = new Map();
        for (const mobile of mobiles) {
            const key = params.get(mobile) ?? '';
            groups.set(key, [...(groups.get(key) ?? []), mobile]);
        }
        chunks = [...groups.values()].flatMap((group) => send_plan_chunk(group));
    }
    else
        chunks = send_plan_chunk(mobiles);
    return { plan: { mobiles, duplicates: [], chunks }, params };
}

;// CONCATENATED MODULE: ./src/core/time/shanghai-day.ts
/**
 * The service's days: Asia/Shanghai is a fixed UTC+08:00 all year (no daylight saving), so its days,
 * stats buckets and batch hours are plain arithmetic on epoch seconds, with no time-zone data to load
 * (Intl's costs milliseconds of cold start). Shown times in other zones go through time-zone.ts instead.
 */
const shanghai_day_SHANGHAI_OFFSET_SECONDS = 8 * 3600;
const DAY_SECONDS = 86_400;
/** Start of the Asia/Shanghai day containing an instant, both in epoch seconds. */
function shanghai_day_shanghaiDayStart(seconds) {
    return (Math.floor((seconds + shanghai_day_SHANGHAI_OFFSET_SECONDS) / DAY_SECONDS) * DAY_SECONDS - shanghai_day_SHANGHAI_OFFSET_SECONDS);
}
/** Seconds since Asia/Shanghai midnight of an instant in epoch seconds (0 to 86,399). */
function shanghaiSecondOfDay(seconds) {
    return Math.floor(seconds) - shanghai_day_shanghaiDayStart(Math.floor(seconds));
}
const shanghai_day_pad = (n) => String(n).padStart(2, '0');
/** `2026-07-01T00:00:00+08:00`: the reference's ISO form of an instant, labelled with the offset. */
function shanghai_day_shanghaiIso(seconds) {
    const d = new Date((seconds + shanghai_day_SHANGHAI_OFFSET_SECONDS) * 1000);
    return (`${d.getUTCFullYear()}-${shanghai_day_pad(d.getUTCMonth() + 1)}-${shanghai_day_pad(d.getUTCDate())}` +
        `T${shanghai_day_pad(d.getUTCHours())}:${shanghai_day_pad(d.getUTCMinutes())}:${shanghai_day_pad(d.getUTCSeconds())}+08:00`);
}
/** `2026-07-01`: the Asia/Shanghai date of an instant in epoch seconds. */
function shanghai_day_shanghaiDate(seconds) {
    return shanghai_day_shanghaiIso(seconds).slice(0, 10);
}

;// CONCATENATED MODULE: ./src/core/dialects/classic-dialect.ts





const classic_dialect_LIST_PAGE_SIZE = 20;
const classic_dialect_LOG_PAGE_SIZE = 100;
/** `yyyyMMdd` of the Asia/Shanghai day containing an epoch-seconds instant (the classic log is per day). */
const shanghaiSendDate = (epochSeconds) => shanghai_day_shanghaiDate(epochSeconds).replaceAll('-', '');
function unsupported(field, why) {
    const message = `${why}; use the agent API (unset VOLC_SMS_API) for this filter`;
    throw new errors/* SmsInputError */.E$(`${field}: ${message}`, [{ field, message }]);
}
const get = (action, query) => ({
    action,
    version: CLASSIC_MANAGEMENT_VERSION,
    method: 'GET',
    query: Object.fromEntries(Object.entries(query).filter((e) => e[1] !== undefined)),
});
/** A signature or template list ("…AndOrderList"): one message group, one page, the action's filter. */
function pagedList(input, spec) {
    if ((input.subAccounts?.length ?? 0) > 1)
        unsupported('sub-accounts', 'the classic API filters by one message group');
    if (spec.refused)
        unsupported(spec.refused.field, spec.refused.why);
    const query = compact({
        subAccount: input.subAccounts?.[0],
        ...spec.filter,
        pageIndex: String(input.page ?? 1),
        pageSize: String(input.pageSize ?? classic_dialect_LIST_PAGE_SIZE),
    });
    return {
        call: get(spec.action, query),
        paramsSchema: (s) => s[`${spec.action}QuerySchema`],
        resultSchema: spec.resultSchema,
    };
}
/**
 * The classic actions of the official SDKs (reference §3.1–3.7): SendSms/SendBatchSms POST with PascalCase
 * bodies, management reads GET with lowerCamel queries (GetSmsSendDetails POSTs, the V5 stats GET carries a
 * JSON body). Filters the classic API cannot express are refused, never silently dropped. Results are mapped
 * onto the agent shapes (each `as` only widens away its transform's exact type).
 */
const classicDialect = {
    send: (chunk) => ({
        call: {
            action: 'SendSms',
            version: CLASSIC_SEND_VERSION,
            method: 'POST',
            body: compact({
                SmsAccount: chunk.subAccount,
                Sign: chunk.signature,
                TemplateID: chunk.templateId,
                TemplateParam: chunk.templateParam,
                PhoneNumbers: chunk.mobiles.join(','),
                Tag: chunk.tag,
            }),
        },
        paramsSchema: (s) => s.SendSmsBodySchema,
        resultSchema: (s) => s.ClassicSendResultSchema,
    }),
    sendBatch: (chunk) => ({
        call: {
            action: 'SendBatchSms',
            version: CLASSIC_BATCH_VERSION,
            method: 'POST',
            body: compact({
                SmsAccount: chunk.subAccount,
                Sign: chunk.signature,
                TemplateID: chunk.templateId,
                Messages: chunk.messages.map((m) => compact({ PhoneNumber: m.mobile, TemplateParam: m.templateParam })),
                Tag: chunk.tag,
            }),
        },
        paramsSchema: (s) => s.SendBatchSmsBodySchema,
        resultSchema: (s) => s.ClassicSendResultSchema,
    }),
    listSubAccounts: (input) => ({
        call: get('GetSubAccountList', compact({ subAccountName: input.subAccountName })),
        paramsSchema: (s) => s.GetSubAccountListQuerySchema,
        resultSchema: (s) => s.ClassicSubAccountListSchema,
    }),
    listSignatures: (input) => pagedList(input, {
        action: 'GetSignatureAndOrderList',
        filter: { signature: input.signature },
        resultSchema: (s) => s.ClassicSignatureListSchema,
    }),
    listTemplates: (input) => pagedList(input, {
        action: 'GetSmsTemplateAndOrderList',
        filter: { templateId: input.templateId },
        refused: input.signatures?.length
            ? { field: 'signatures', why: 'the classic template list has no signature filter' }
            : undefined,
        resultSchema: (s) => s.ClassicTemplateListSchema,
    }),
    listSendLogs: (input) => {
        if (!input.subAccount)
            unsupported('sub-account', 'the classic send log needs a message group');
        if (input.templateId)
            unsupported('template-id', 'the classic send log has no template filter');
        if (input.signature)
            unsupported('signature', 'the classic send log has no signature filter');
        const day = input.fromTime ?? input.toTime;
        if (input.fromTime !== undefined && input.toTime !== undefined) {
            if (shanghaiSendDate(input.fromTime) !== shanghaiSendDate(input.toTime)) {
                unsupported('from-time', 'the classic send log covers one Asia/Shanghai day (sendDate)');
            }
        }
        const mobile = input.mobile === undefined ? undefined : normalizePhone(input.mobile);
        return {
            call: {
                action: 'GetSmsSendDetails',
                version: CLASSIC_MANAGEMENT_VERSION,
                method: 'POST',
                body: compact({
                    subAccount: input.subAccount,
                    phoneNumber: mobile?.ok ? mobile.mobile : input.mobile,
                    messageId: input.messageId,
                    sendDate: day === undefined ? undefined : shanghaiSendDate(day),
                    pageIndex: input.page ?? 1,
                    pageSize: input.pageSize ?? classic_dialect_LOG_PAGE_SIZE,
                }),
            },
            paramsSchema: (s) => s.GetSmsSendDetailsBodySchema,
            resultSchema: (s) => s.ClassicSendDetailsSchema,
        };
    },
    getSendStats: (input) => ({
        call: {
            action: 'GetTotalSendCountStatV5',
            version: CLASSIC_MANAGEMENT_VERSION,
            method: 'GET',
            body: compact({
                startTime: String(input.startTime),
                endTime: String(input.endTime),
                smsAccount: input.subAccount,
                signature: input.signature,
                templateId: input.templateId,
                channelType: input.channelType,
            }),
        },
        paramsSchema: (s) => s.GetTotalSendCountStatV5BodySchema,
        resultSchema: (s) => s.ClassicSendStatsSchema,
    }),
};

;// CONCATENATED MODULE: ./src/core/sending/classic-send-log.ts



/**
 * The classic send log (`GetSmsSendDetails`) takes a date (`sendDate`), not a window: asked for the last
 * hour, it answers the whole Asia/Shanghai day. The client keeps only the entries inside the window asked
 * for, in the result and in the raw envelope alike, and says that the API was asked for more. A window that
 * crosses midnight (`--since 1h` at 00:30) is asked day by day, newest first, with the same page number
 * each: page N of the window is page N of every day, so reading pages 1, 2, … meets each entry once.
 */
/** One request per day: a page read of a longer window is refused rather than made 30+ requests deep. */
const CLASSIC_LOG_MAX_DAYS = 31;
/**
 * The window cut into its Asia/Shanghai days, newest first; a window within one day is itself. A window
 * open at its end (`--from-time` alone) runs, as the agent API's does, to now: through the end of today.
 */
function classicDays(input, now) {
    const { fromTime } = input;
    const toTime = fromTime === undefined || input.toTime !== undefined
        ? input.toTime
        : shanghai_day_shanghaiDayStart(Math.max(Math.floor(now / 1000), fromTime)) + DAY_SECONDS - 1;
    if (fromTime === undefined || toTime === undefined || fromTime > toTime)
        return [input];
    const first = shanghai_day_shanghaiDayStart(fromTime);
    const last = shanghai_day_shanghaiDayStart(toTime);
    const count = (last - first) / DAY_SECONDS + 1;
    if (count > CLASSIC_LOG_MAX_DAYS) {
        const message = `the classic send log is asked one Asia/Shanghai day per request, and this window spans ${count} days ` +
            `(at most ${CLASSIC_LOG_MAX_DAYS} for one page)`;
        throw new errors/* SmsInputError */.E$(message, [{ field: 'from-time', message }], {
            hint: 'Narrow the window with --from-time/--to-time, or read it all with --all, which walks it day by day.',
        });
    }
    const days = [];
    for (let start = last; start >= first; start -= DAY_SECONDS) {
        const end = start + DAY_SECONDS - 1;
        days.push({ ...input, fromTime: Math.max(start, fromTime), toTime: Math.min(end, toTime) });
    }
    return days;
}
/** Reads every day of the window (one after another: the API allows 5 requests a second) as one page. */
async function readClassicSendLog(input, ask, now) {
    const days = classicDays(input, now);
    const answers = [];
    for (const day of days)
        answers.push(keepClassicWindow(await ask(day), day));
    if (answers.length === 1)
        return answers[0];
    return joinDays(answers, days.map((day) => shanghai_day_shanghaiDate(day.fromTime ?? 0)));
}
function keepClassicWindow(response, input) {
    const anchor = input.fromTime ?? input.toTime;
    if (anchor === undefined)
        return response;
    const dayStart = shanghai_day_shanghaiDayStart(anchor);
    const dayEnd = dayStart + DAY_SECONDS - 1;
    if ((input.fromTime ?? dayStart) <= dayStart && (input.toTime ?? dayEnd) >= dayEnd)
        return response; // whole day
    // Entries carry epoch milliseconds; the window's seconds are whole (the last one included).
    const fromMs = (input.fromTime ?? dayStart) * 1000;
    const toMs = (input.toTime ?? dayEnd) * 1000 + 999;
    const inside = (sendTime) => typeof sendTime !== 'number' || (sendTime >= fromMs && sendTime <= toMs);
    const List = response.result.List.filter((entry) => inside(entry.SendTime));
    const details = rawDetails(response.raw);
    const keptRaw = details
        ? withDetails(response.raw, details.filter((e) => !isRecord(e) || inside(e.sendTime)))
        : response.raw;
    return {
        ...response,
        result: { ...response.result, List },
        raw: keptRaw,
        widened: { days: [shanghai_day_shanghaiDate(dayStart)], dropped: response.result.List.length - List.length },
    };
}
/**
 * The days' answers as one page: entries newest day first, totals added, the envelope's list joined. When
 * any day was wider than the window, `widened` names every day asked (the whole ones too).
 */
function joinDays(answers, dayNames) {
    const [newest] = answers;
    const List = answers.flatMap((a) => a.result.List);
    const Total = answers.reduce((sum, a) => sum + a.result.Total, 0);
    const details = answers.map((a) => rawDetails(a.raw));
    const raw = details.every((d) => d !== undefined)
        ? withDetails(newest.raw, details.flat(), Total)
        : newest.raw;
    const widened = answers.flatMap((a) => (a.widened ? [a.widened] : []));
    return {
        result: { ...newest.result, List, Total },
        requestId: answers.map((a) => a.requestId).join(', '),
        raw,
        attempts: answers.reduce((sum, a) => sum + a.attempts, 0),
        widened: widened.length === 0
            ? undefined
            : { days: dayNames, dropped: widened.reduce((sum, w) => sum + w.dropped, 0) },
    };
}
function rawDetails(raw) {
    const result = isRecord(raw) && isRecord(raw.Result) ? raw.Result : undefined;
    return Array.isArray(result?.sendDetailsResults) ? result.sendDetailsResults : undefined;
}
/** The envelope with its `Result.sendDetailsResults` (and `total`, when given) replaced. */
function withDetails(raw, sendDetailsResults, total) {
    if (!isRecord(raw) || !isRecord(raw.Result))
        return raw;
    const Result = { ...raw.Result, sendDetailsResults, ...(total === undefined ? {} : { total }) };
    return { ...raw, Result };
}

;// CONCATENATED MODULE: ./src/core/sending/send-chunks.ts





/** Runs `task` over `items` with at most `limit` in flight; results keep the input order. */
async function mapLimited(items, limit, task) {
    const results = new Array(items.length);
    let next = 0;
    const worker = async () => {
        while (next < items.length) {
            const index = next++;
            results[index] = await task(items[index], index);
        }
    };
    // A loop, not Array.from({ length }): V8 walks that array-like generically, a cost on every send.
    const workers = [];
    for (let i = Math.max(1, Math.min(limit, items.length)); i > 0; i--)
        workers.push(worker());
    await Promise.all(workers);
    return results;
}
function recipient(mobile, input) {
    return { input, mobile, masked: phone_maskPhone(mobile) };
}
// A definite rejection (business error, refused connection) means nothing went out: `failed`.
// Anything that may have been processed is `unknown`, never `failed`, so nobody resends it blindly.
function statusOf(error) {
    return error instanceof errors/* SmsOutcomeUnknownError */.iD ? 'unknown' : 'failed';
}
const checkLogHint = (subAccount) => `Check with \`volc-sms list_sms_send_log --sub-account ${subAccount}\` before resending.`;
async function sendOneChunk(runtime, mobiles, inputOf, call, context, options) {
    if (options.signal?.aborted) {
        const error = new errors/* SmsNetworkError */.Uc('Aborted before this chunk was sent');
        return { recipients: failedRecipients(mobiles, inputOf, error), raw: undefined };
    }
    const settings = { kind: 'send', signal: options.signal, context: { ...context, mobiles } };
    try {
        // A bug while reading a success is reported like any other failure (below), never thrown.
        return chunkSent(await executeCall(runtime, call, settings), mobiles, inputOf, context);
    }
    catch (err) {
        return chunkFailed(err, mobiles, inputOf, context, runtime.secrets);
    }
}
function chunkSent(response, mobiles, inputOf, context) {
    const ids = response.result.MessageIds;
    // MessageIds come back one per number, in the order the numbers were sent (reference §3.1).
    const mismatch = ids.length === mobiles.length
        ? undefined
        : new errors/* SmsOutcomeUnknownError */.iD(`The server accepted the request but returned ${ids.length} message ids for ${mobiles.length} numbers`, {
            requestId: response.requestId,
            cause: new errors/* SmsResponseValidationError */.Si('MessageIds count mismatch'),
            hint: checkLogHint(context.subAccount),
        });
    const recipients = mobiles.map((mobile, i) => {
        const who = recipient(mobile, inputOf(mobile));
        return mismatch
            ? { ...who, status: 'unknown', error: mismatch, requestId: response.requestId }
            : { ...who, status: 'sent', messageId: ids[i], requestId: response.requestId };
    });
    return { raw: response.raw, recipients };
}
function chunkFailed(err, mobiles, inputOf, context, secrets) {
    // Anything but a classified failure is a bug somewhere below; the request may have gone out, so it is
    // reported as unknown rather than thrown, which would lose the other chunks' results.
    const error = err instanceof CallFailure
        ? err.error
        : new errors/* SmsOutcomeUnknownError */.iD(`Unexpected failure while sending: ${String(err?.message ?? err)}`, {
            cause: err,
            hint: checkLogHint(context.subAccount),
        });
    return {
        // An error envelope may quote the request (the access key of InvalidAccessKey); callers print it as is.
        raw: err instanceof CallFailure ? redactJson(err.raw, secrets) : undefined,
        recipients: failedRecipients(mobiles, inputOf, error),
    };
}
function failedRecipients(mobiles, inputOf, error) {
    return mobiles.map((mobile) => ({
        ...recipient(mobile, inputOf(mobile)),
        status: statusOf(error),
        error,
        requestId: error.requestId,
    }));
}
/**
 * Sends every chunk of a plan with bounded concurrency. A chunk's failure is recorded on its own
 * recipients and never stops or hides the other chunks. Rejects (sending nothing) only when a request
 * cannot be built.
 */
async function sendPlannedChunks(runtime, plan, originalInputs, build, context, concurrency, options = {}) {
    // Every request is built and its params checked before the first one is sent, so a bad chunk cannot
    // stop a send halfway. The usual send passes the zod-free check; only anything else loads the schemas.
    const calls = plan.chunks.map((mobiles) => build(mobiles));
    if (!paramsPlainlyPass(calls))
        await checkParams(calls);
    const spelling = inputSpelling(originalInputs);
    const results = await mapLimited(plan.chunks, concurrency, (mobiles, index) => sendOneChunk(runtime, mobiles, spelling, calls[index], context, options));
    return outcomeOf(plan, results);
}
/** How many of `items` were sent, failed, or are unknown. */
function send_chunks_statusCounts(items) {
    const sent = items.filter((r) => r.status === 'sent').length;
    const failed = items.filter((r) => r.status === 'failed').length;
    return { sentCount: sent, failedCount: failed, unknownCount: items.length - sent - failed };
}
/** The outcome of a send from its recipients (in order), counted by status. */
function send_chunks_outcomeFrom(plan, recipients, raw) {
    return { recipients, plan, ...send_chunks_statusCounts(recipients), raw };
}
function outcomeOf(plan, results) {
    const recipients = [];
    const raw = [];
    for (const result of results) {
        recipients.push(...result.recipients);
        raw.push(result.raw);
    }
    return send_chunks_outcomeFrom(plan, recipients, raw);
}
/** The first spelling the caller wrote of each normalised number, so results show what was written. */
function send_chunks_firstSpellings(originalInputs) {
    const map = new Map();
    for (const input of originalInputs) {
        const result = normalizePhone(input);
        if (result.ok && !map.has(result.mobile))
            map.set(result.mobile, input);
    }
    return map;
}
function inputSpelling(originalInputs) {
    const map = send_chunks_firstSpellings(originalInputs);
    return (mobile) => map.get(mobile) ?? mobile;
}

;// CONCATENATED MODULE: ./src/core/http/fetch-engine.ts

/**
 * The engine over a fetch the caller gives (`ClientOptions.fetch`), as octokit's `request.fetch` and ky's
 * `fetch`: the caller's fetch owns connections, proxies and TLS; this owns the attempt's timeout and turns
 * fetch's answers and failures into the transport's terms.
 */
function createFetchEngine(fetchFn) {
    return {
        send: (request) => sendWithFetch(fetchFn, request),
        close: async () => { },
    };
}
async function sendWithFetch(fetchFn, request) {
    if (request.signal?.aborted) {
        throw new TransportError('Request aborted', {
            kind: 'aborted',
            phase: 'connect',
            cause: request.signal.reason,
        });
    }
    if (request.method === 'GET' && request.body !== '') {
        // WHATWG fetch refuses a GET with a body, which one classic action needs (GetTotalSendCountStatV5).
        throw new TransportError('fetch cannot send a GET with a body (classic send statistics)', {
            kind: 'network',
            phase: 'connect',
            code: 'ERR_FETCH_GET_BODY',
        });
    }
    // fetch has no connect timeout of its own: the attempt's timeout bounds connect, answer and body.
    const timeout = AbortSignal.timeout(request.timeoutMs);
    const signal = request.signal ? AbortSignal.any([request.signal, timeout]) : timeout;
    let phase = 'connect';
    try {
        const response = await fetchFn(request.url, {
            method: request.method,
            headers: request.headers,
            ...(request.body === '' ? {} : { body: request.body }),
            signal,
            // The API never redirects; a redirect followed would resend a write somewhere else.
            redirect: 'manual',
        });
        phase = 'sent';
        const body = await response.text();
        const headers = {};
        response.headers.forEach((value, name) => (headers[name] = value));
        return { status: response.status, headers, body };
    }
    catch (err) {
        throw fromFetchFailure(err, request, { phase, timedOut: timeout.aborted });
    }
}
/**
 * fetch rejects with the signal's reason on an abort or timeout, and with a TypeError whose `cause` (or
 * the cause's cause, or one error of an AggregateError) carries the system or undici code otherwise.
 */
function fromFetchFailure(err, request, state) {
    if (state.timedOut) {
        return new TransportError(`No complete answer within ${request.timeoutMs} ms`, {
            kind: 'timeout',
            phase: 'sent',
            cause: err,
        });
    }
    if (request.signal?.aborted) {
        // Whether fetch had written anything is not known: a send is then of unknown outcome.
        return new TransportError('Request aborted', {
            kind: 'aborted',
            phase: 'sent',
            cause: request.signal.reason,
        });
    }
    const code = errorCode(err);
    const beforeRequest = state.phase === 'connect' &&
        ((code !== undefined && CONNECT_PHASE_CODES.has(code)) || tlsFailure(code) !== undefined);
    return new TransportError(`Connection failed (${code ?? 'fetch failed'})`, {
        kind: 'network',
        phase: beforeRequest ? 'connect' : 'sent',
        code,
        cause: err,
    });
}
/** The first `code` along the cause chain (and inside an AggregateError), a few levels deep. */
function errorCode(err, depth = 0) {
    if (typeof err !== 'object' || err === null || depth > 4)
        return undefined;
    const { code, cause, errors } = err;
    if (typeof code === 'string')
        return code;
    if (Array.isArray(errors) && errors.length > 0)
        return errorCode(errors[0], depth + 1);
    return errorCode(cause, depth + 1);
}

;// CONCATENATED MODULE: ./src/core/http/node-http-engine.ts


// The built-in engine, node:http with a keep-alive agent, for every process: no parser to compile on the
// first request (undici's WebAssembly parser costs a one-shot process 110–360 ms), and kept connections
// for long-lived ones. docs/client.md ("HTTP engine") has the measurements that made it the only one.
function createNodeHttpEngine(options) {
    // Node 24's agents speak to proxies themselves (absolute-form for http, CONNECT for https) when given
    // the proxy as their `proxyEnv`; the client has already applied NO_PROXY (see proxy.ts).
    const agentOptions = {
        keepAlive: true,
        maxSockets: options.maxSockets,
        ...(options.proxy ? { proxyEnv: { HTTP_PROXY: options.proxy, HTTPS_PROXY: options.proxy } } : {}),
    };
    const plain = { module: (external_node_http_default()), agent: new (external_node_http_default()).Agent(agentOptions) };
    // node:https (and node:tls under it) costs a few ms to load, so a process that only talks plain http
    // (the sandbox, a loopback stub) never loads it. getBuiltinModule is synchronous and left alone by ncc.
    let secure;
    const secureTransport = () => {
        if (!secure) {
            const loaded = process.getBuiltinModule('node:https');
            secure = {
                module: loaded,
                agent: new loaded.Agent(agentOptions),
            };
        }
        return secure;
    };
    const transportFor = (protocol) => (protocol === 'https:' ? secureTransport() : plain);
    return {
        send: (request) => sendWithNodeHttp(request, transportFor),
        async close() {
            plain.agent.destroy();
            secure?.agent.destroy();
        },
    };
}
function sendWithNodeHttp(request, transportFor) {
    return new Promise((resolve, reject) => {
        const { endpoint } = request;
        const { module: transport, agent } = transportFor(endpoint.protocol);
        let phase = 'connect';
        let settled = false;
        let connectTimer;
        const finish = (error, response) => {
            if (settled)
                return;
            settled = true;
            clearTimeout(connectTimer);
            clearTimeout(answerTimer);
            request.signal?.removeEventListener('abort', onAbort);
            if (error) {
                req.destroy();
                reject(error);
            }
            else
                resolve(response);
        };
        const onAbort = () => finish(new TransportError('Request aborted', { kind: 'aborted', phase, cause: request.signal?.reason }));
        if (request.signal?.aborted) {
            reject(new TransportError('Request aborted', { kind: 'aborted', phase, cause: request.signal.reason }));
            return;
        }
        // The parts rather than the URL: node:http would parse it again.
        const req = transport.request({
            protocol: endpoint.protocol,
            hostname: endpoint.hostname,
            port: endpoint.port,
            path: request.path,
            method: request.method,
            headers: { ...request.headers, 'Content-Length': String(Buffer.byteLength(request.body)) },
            agent,
        });
        request.signal?.addEventListener('abort', onAbort, { once: true });
        const answerTimer = setTimeout(() => finish(new TransportError(`No complete answer within ${request.timeoutMs} ms`, { kind: 'timeout', phase })), request.timeoutMs);
        req.on('socket', (socket) => {
            // The request is written once the connection is up: for https, after the TLS handshake (a refused
            // certificate means nothing was sent). A reused keep-alive socket is up already, so only a
            // connection being made gets the connect deadline (a wait for a free socket counts toward the
            // answer's deadline only).
            const upEvent = req.reusedSocket
                ? undefined
                : socket.encrypted
                    ? 'secureConnect'
                    : socket.connecting
                        ? 'connect'
                        : undefined;
            if (upEvent === undefined) {
                phase = 'sent';
                return;
            }
            connectTimer = setTimeout(() => finish(new TransportError(`Could not connect within ${request.connectTimeoutMs} ms`, {
                kind: 'timeout',
                phase,
            })), request.connectTimeoutMs);
            socket.once(upEvent, () => {
                phase = 'sent';
                clearTimeout(connectTimer);
            });
        });
        req.on('error', (err) => {
            // A refused CONNECT: Node's ERR_PROXY_TUNNEL carries the proxy's status.
            const refusedStatus = err.code === 'ERR_PROXY_TUNNEL' ? err.statusCode : undefined;
            finish(typeof refusedStatus === 'number'
                ? proxyRefused(refusedStatus, err)
                : new TransportError(`Connection failed (${err.code ?? err.message})`, {
                    kind: 'network',
                    phase,
                    code: err.code,
                    cause: err,
                }));
        });
        req.on('response', (res) => {
            const chunks = [];
            res.on('data', (chunk) => chunks.push(chunk));
            res.on('error', (err) => finish(new TransportError(`Response cut short (${err.code ?? err.message})`, {
                kind: 'network',
                phase: 'sent',
                code: err.code,
                cause: err,
            })));
            res.on('end', () => {
                if (!res.complete) {
                    finish(new TransportError('Response cut short', { kind: 'network', phase: 'sent', code: 'ECONNRESET' }));
                    return;
                }
                // node:http's own object: lower-case names, repeated singletons (Retry-After…) already dropped.
                finish(undefined, {
                    status: res.statusCode ?? 0,
                    headers: res.headers,
                    body: Buffer.concat(chunks).toString('utf8'),
                });
            });
        });
        req.end(request.body);
    });
}

;// CONCATENATED MODULE: ./src/core/client.ts




















const DEFAULTS = {
    region: 'cn-north-1',
    timeoutMs: 15_000,
    connectTimeoutMs: 5_000,
    maxRetries: 2,
    sendConcurrency: 4,
};
// The agent API has no Tag field: dropping it silently would lose what the caller asked for.
function refuseTagOutsideClassic(tag, api) {
    if (tag === undefined || api === 'classic')
        return;
    const message = 'is a field of the classic API only; use the classic API (VOLC_SMS_API=classic) or leave it out';
    throw new errors/* SmsInputError */.E$(`tag: ${message}`, [{ field: 'tag', message }]);
}
function dialectFor(api) {
    if (api === undefined || api === 'agent')
        return agentDialect;
    if (api === 'classic')
        return classicDialect;
    throw new errors/* SmsConfigError */.cw(`Unknown API "${String(api)}"`, {
        hint: 'Use "agent" or "classic" (VOLC_SMS_API).',
    });
}
/**
 * Creates a client for the Volcengine SMS API (agent actions by default).
 *
 * @example
 * const { options } = resolveClientConfig({ env: process.env });
 * const client = createSmsClient(options);
 * const outcome = await client.sendSms({ subAccount: '7384ed01', signature: '火山引擎', templateId: 'ST_0001',
 *   mobiles: ['13800000000'], templateParam: { code: '1234' } });
 * await client.close();
 * @throws SmsConfigError naming each invalid option (missing credentials, a bad URL, a timeout out of range).
 */
function createSmsClient(options) {
    checkClientOptions(options);
    const base = options.endpoint ?? (options.auth.kind === 'gateway' ? options.auth.apiBase : DEFAULT_ENDPOINT);
    // Parsed once: every request of this client goes there.
    const endpoint = parseEndpoint(base.replace(/\/+$/, ''));
    const dialect = dialectFor(options.api);
    const connectTimeoutMs = options.connectTimeoutMs ?? DEFAULTS.connectTimeoutMs;
    const sendConcurrency = options.sendConcurrency ?? DEFAULTS.sendConcurrency;
    const engine = options.fetch
        ? createFetchEngine(options.fetch)
        : createNodeHttpEngine({
            maxSockets: options.maxConnections ?? Math.max(sendConcurrency, 8),
            proxy: options.proxy,
        });
    const auth = options.auth;
    const runtime = {
        engine,
        auth,
        endpoint,
        region: options.region ?? DEFAULTS.region,
        timeoutMs: options.timeoutMs ?? DEFAULTS.timeoutMs,
        connectTimeoutMs,
        maxRetries: options.maxRetries ?? DEFAULTS.maxRetries,
        clock: options.clock ?? (() => new Date()),
        sleep: options.sleep ?? ((ms, signal) => (0,promises_.setTimeout)(ms, undefined, signal ? { signal } : {})),
        random: options.random ?? Math.random,
        onAttempt: options.onAttempt,
        userAgent: options.userAgent ?? 'volc-sms',
        signingKeys: new SigningKeyCache(),
        secrets: secretsToRedact({ auth, proxy: options.proxy }),
        proxy: options.proxy === undefined ? undefined : displayProxy(options.proxy),
    };
    async function read(build, callOptions = {}, context) {
        const dialectCall = build();
        await checkParams([dialectCall]);
        try {
            return await executeCall(runtime, dialectCall, {
                kind: 'read',
                signal: callOptions.signal,
                context: { ...context, action: dialectCall.call.action, credentials: auth.kind },
            });
        }
        catch (err) {
            // CallFailure is internal bookkeeping; callers get the SmsError itself.
            throw err instanceof CallFailure ? err.error : err;
        }
    }
    return {
        ...createAgentV2Methods(runtime, { proxy: options.proxy }),
        ...createVerifyCodeMethods(runtime),
        planSend: send_plan_planSend,
        async sendSms(input, callOptions = {}) {
            refuseTagOutsideClassic(input.tag, options.api);
            const plan = send_plan_planSend(input);
            const context = {
                subAccount: input.subAccount,
                signature: input.signature,
                templateId: input.templateId,
                credentials: auth.kind,
            };
            const build = (mobiles) => dialect.send({
                subAccount: input.subAccount,
                signature: input.signature,
                templateId: input.templateId,
                mobiles,
                templateParam: plan.templateParam,
                account: input.account,
                tag: input.tag,
            });
            return sendPlannedChunks(runtime, plan, input.mobiles, build, context, sendConcurrency, callOptions);
        },
        async sendBatchSms(input, callOptions = {}) {
            refuseTagOutsideClassic(input.tag, options.api);
            const sendBatch = dialect.sendBatch;
            const { plan, params } = batch_plan_planBatchSend(input, { groupByParams: !sendBatch });
            const context = {
                subAccount: input.subAccount,
                signature: input.signature,
                templateId: input.templateId,
            };
            const build = sendBatch
                ? (mobiles) => sendBatch({
                    ...context,
                    tag: input.tag,
                    messages: mobiles.map((mobile) => ({ mobile, templateParam: params.get(mobile) })),
                })
                : // Without a batch action, each chunk holds numbers that share their parameters (see planBatchSend).
                    (mobiles) => dialect.send({ ...context, mobiles, templateParam: params.get(mobiles[0]) });
            const inputs = input.messages.map((m) => m.mobile);
            const outcome = await sendPlannedChunks(runtime, plan, inputs, build, { ...context, credentials: auth.kind }, sendConcurrency, callOptions);
            // Grouped chunks come back in group order; callers get input order.
            const order = new Map(plan.mobiles.map((mobile, index) => [mobile, index]));
            outcome.recipients.sort((a, b) => (order.get(a.mobile) ?? 0) - (order.get(b.mobile) ?? 0));
            return outcome;
        },
        listSubAccounts: (input = {}, o) => read(() => dialect.listSubAccounts(input), o),
        listSignatures: (input = {}, o) => read(() => dialect.listSignatures(input), o, {
            subAccount: input.subAccounts?.[0],
            signature: input.signature,
        }),
        listTemplates: (input = {}, o) => read(() => dialect.listTemplates(input), o, {
            subAccount: input.subAccounts?.[0],
            signature: input.signatures?.[0],
            templateId: input.templateId,
        }),
        listSendLogs: (input, o) => {
            const ask = (part) => read(() => dialect.listSendLogs(part), o, { subAccount: input.subAccount });
            return options.api === 'classic'
                ? readClassicSendLog(input, ask, runtime.clock().getTime())
                : ask(input);
        },
        getSendStats: (input, o) => read(() => dialect.getSendStats(input), o, { subAccount: input.subAccount }),
        close: () => engine.close(),
    };
}

;// CONCATENATED MODULE: ./src/core/sending/delivery-plan.ts


/** Above this many numbers `auto` chooses the batch engine. */
const DEFAULT_BATCH_THRESHOLD = 10_000;
/** The API's default limit: 5 requests per second per customer. */
const delivery_plan_DEFAULT_SEND_QPS = 5;
// The service refuses verification templates in batch tasks, and so do its rules for content that looks
// like one even when the channel is missing or wrong (agent-v2 reference §3.4, §5.3).
const VERIFICATION_WORDS = /验证码|校验码|动态码|动态密码|verification code|one-time (?:pass)?code|\botp\b/i;
/** A verification template: channel `CN_OTP`, or content that reads like a verification code. */
function delivery_plan_isVerificationTemplate(template) {
    if (template.channelType === 'CN_OTP')
        return true;
    return template.content !== undefined && VERIFICATION_WORDS.test(template.content);
}
function checkedChoices(input) {
    const engine = input.engine ?? 'auto';
    const threshold = input.threshold ?? DEFAULT_BATCH_THRESHOLD;
    const qps = input.qps ?? delivery_plan_DEFAULT_SEND_QPS;
    const issues = [];
    if (engine !== 'auto' && engine !== 'direct' && engine !== 'batch')
        issues.push({ field: 'engine', message: `"${String(engine)}" is not one of auto, direct, batch` });
    if (!Number.isInteger(threshold) || threshold < 1)
        issues.push({ field: 'threshold', message: 'must be a whole number of at least 1' });
    if (!(Number.isFinite(qps) && qps > 0 && qps <= 1000))
        issues.push({ field: 'qps', message: 'must be a number above 0 and at most 1000' });
    if (issues.length > 0) {
        throw new errors/* SmsInputError */.E$(issues.map((i) => `${i.field}: ${i.message}`).join('; '), issues);
    }
    return { engine, threshold, qps };
}
/** Whether planDelivery needs the template's facts: only when the batch engine is in question. */
function templateFactsNeeded(input) {
    const { engine, threshold } = checkedChoices(input);
    return engine === 'batch' || (engine === 'auto' && input.numbers > threshold);
}
const minutes = (seconds) => seconds < 120 ? `${Math.ceil(seconds)} s` : `${Math.ceil(seconds / 60)} min`;
/**
 * Chooses the engine. A verification template never goes to a batch task: forced to batch, or above the
 * threshold in `auto`, it is refused with an SmsInputError whose hint names the fix.
 */
function planDelivery(input) {
    const { engine: choice, threshold, qps } = checkedChoices(input);
    const numbers = input.numbers;
    const requests = Math.ceil(numbers / MAX_NUMBERS_PER_REQUEST);
    const direct = (reason) => ({
        engine: 'direct',
        reason,
        forced: choice !== 'auto',
        numbers,
        threshold,
        qps,
        requests,
        minimumSeconds: requests / qps,
    });
    const took = `${requests} request${requests === 1 ? '' : 's'} of at most ${MAX_NUMBERS_PER_REQUEST} at ${qps}/s`;
    if (choice === 'direct')
        return direct(`direct sends, as asked: ${took} (at least ${minutes(requests / qps)})`);
    if (choice === 'auto' && numbers <= threshold) {
        return direct(`direct sends: ${numbers} numbers, at most the batch threshold of ${threshold}; ${took}`);
    }
    const template = input.template;
    if (template === undefined) {
        // A caller's bug, not the user's: templateFactsNeeded said the facts were needed.
        throw new TypeError('planDelivery: the template facts are needed to choose the batch engine');
    }
    if (delivery_plan_isVerificationTemplate(template))
        throw verificationRefused(template, choice, numbers, threshold, qps);
    return {
        engine: 'batch',
        reason: choice === 'batch'
            ? `batch task, as asked: the service sends the ${numbers} numbers from an uploaded file`
            : `batch task: ${numbers} numbers, above the batch threshold of ${threshold} (direct would take at least ${minutes(requests / qps)} at ${qps}/s)`,
        forced: choice === 'batch',
        numbers,
        threshold,
        qps,
        requests: 0,
        minimumSeconds: 0,
    };
}
function verificationRefused(template, choice, numbers, threshold, qps) {
    const what = `template ${template.templateId} is a verification template${template.channelType === 'CN_OTP' ? ' (CN_OTP)' : ' (its text reads like one)'}, which the batch engine refuses`;
    const seconds = Math.ceil(numbers / MAX_NUMBERS_PER_REQUEST) / qps;
    const message = choice === 'batch'
        ? `${what}; nothing was sent`
        : `${what}, and ${numbers} numbers are above the batch threshold of ${threshold}; nothing was sent`;
    const hint = choice === 'batch'
        ? 'Send verification codes as direct requests (--engine direct), or use a notification or marketing template for the batch.'
        : `Send at most ${threshold} numbers at a time, or pass --engine direct to send all ${numbers} as direct requests (at least ${minutes(seconds)} at ${qps}/s).`;
    return new errors/* SmsInputError */.E$(`engine: ${message}`, [{ field: 'engine', message }], { hint });
}

;// CONCATENATED MODULE: ./src/core/sending/template-facts.ts


/**
 * Looks the template up as the group and signature see it (one ListSmsTemplateForAgent read) and gives
 * what the planner and the batch file need: channel, text, variables in template order.
 * @throws SmsInputError naming `template-id` when the group and signature have no such template
 */
async function describeTemplate(client, ref) {
    const { result } = await client.listTemplates({
        templateId: ref.templateId,
        subAccounts: [ref.subAccount],
        signatures: [ref.signature],
        page: 1,
        pageSize: 100,
    });
    const template = result.List.find((t) => t.TemplateId === ref.templateId);
    if (template === undefined) {
        const message = `${ref.templateId} is not a template of group ${ref.subAccount} with signature ${ref.signature}`;
        throw new errors/* SmsInputError */.E$(`template-id: ${message}`, [{ field: 'template-id', message }], {
            hint: `List the group's templates: volc-sms list_sms_template --sub-accounts ${ref.subAccount}`,
        });
    }
    const listed = (template.TemplateParams ?? [])
        .map((p) => p.Name ?? p.ParamName)
        .filter((name) => typeof name === 'string' && name !== '');
    const content = template.Content;
    return {
        templateId: template.TemplateId,
        name: template.TemplateName ?? template.Name ?? template.TemplateId,
        channelType: template.ChannelType,
        content,
        variables: listed.length > 0 ? listed : content === undefined ? [] : (0,sending_template/* templateVariables */.Qp)(content),
    };
}

// EXTERNAL MODULE: external "node:stream"
var external_node_stream_ = __webpack_require__(7075);
;// CONCATENATED MODULE: ./src/core/sending/number-set.ts
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
class MobileNumberSet {
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

;// CONCATENATED MODULE: ./src/core/sending/batch-csv.ts






/**
 * Streams a batch task's file (agent-v2 reference §3.3) from recipients and their parameters: header
 * `phone` then the template's variables in template order, one row a number, UTF-8, CRLF, `"` quoting.
 * Rows are checked as they pass (a mainland mobile, each number once, every variable non-empty, nothing
 * else), and the file's limits too (1,000,000 rows, 50 MiB); the first defect throws SmsInputError naming
 * the row, so a consumer writing the file stops before anything is uploaded. Memory stays flat: text goes
 * out in ~64 KiB pieces encoded into one reused buffer and the numbers seen are kept as doubles (MobileNumberSet).
 */
/** The service's cap on a task's numbers. */
const MAX_BATCH_ROWS = 1_000_000;
const BUFFER_BYTES = 64 * 1024;
const batch_csv_MAINLAND = /^1[3-9]\d{9}$/;
function csvCell(value) {
    return /[",\r\n]/.test(value) ? `"${value.replaceAll('"', '""')}"` : value;
}
function rowError(position, mobile, message, hint) {
    const text = `#${position} ${phone_maskPhone(mobile)}: ${message}`;
    return new errors/* SmsInputError */.E$(`batch file: ${text}`, [{ field: 'mobiles', message: text }], { hint });
}
const FIX_AND_RETRY = 'Fix the recipient named above; nothing was uploaded or sent.';
/** A number as normalizePhone writes it, or the row's error. */
function normalized(position, input) {
    const phone = normalizePhone(input);
    if (!phone.ok)
        throw rowError(position, input, phone.reason, FIX_AND_RETRY);
    return phone.mobile;
}
/** The file's text, in pieces, with `stats` filled as it goes (final once iteration ends). */
class BatchCsv {
    #source;
    #variables;
    #duplicates;
    #stats = { rows: 0, bytes: 0, duplicates: 0 };
    constructor(source, options) {
        this.#source = source;
        this.#variables = options.variables;
        this.#duplicates = options.duplicates ?? 'error';
        const clash = options.variables.find((name, i) => name === 'phone' || options.variables.indexOf(name) !== i);
        if (clash !== undefined || options.variables.some((name) => name.trim() === '')) {
            const message = `the variables ${JSON.stringify(options.variables)} cannot head a batch file (empty, repeated or "phone")`;
            throw new errors/* SmsInputError */.E$(`template: ${message}`, [{ field: 'template-id', message }]);
        }
    }
    get stats() {
        return this.#stats;
    }
    /** The same text as a Node stream (for `pipeline` into a file or a request). */
    toReadable() {
        return external_node_stream_.Readable.from(this, { objectMode: false, encoding: 'utf8' });
    }
    /**
     * Writes the file to `path` (created, mode 0600: it holds phone numbers), straight from the encoding
     * buffer. Removes nothing on failure.
     */
    async writeFile(path, options = {}) {
        const handle = await (0,external_node_fs_promises_.open)(path, 'wx', 0o600);
        try {
            for await (const bytes of this.#encoded()) {
                options.signal?.throwIfAborted();
                await handle.write(bytes);
            }
            await handle.sync();
        }
        finally {
            await handle.close();
        }
        return { ...this.#stats };
    }
    async *[Symbol.asyncIterator]() {
        for await (const bytes of this.#encoded())
            yield bytes.toString('utf8');
    }
    /**
     * The file's bytes, encoded row by row into one reused buffer: each yielded view is valid only until
     * the next step. Concatenating strings instead keeps every row of a piece alive across collections,
     * which costs some 60 MB of heap at a million rows.
     */
    async *#encoded() {
        const stats = this.#stats;
        const seen = new MobileNumberSet();
        let buffer = Buffer.allocUnsafe(BUFFER_BYTES);
        let used = buffer.write(`${['phone', ...this.#variables].map(csvCell).join(',')}\r\n`);
        let lastParams = null;
        let lastCells = '';
        let position = 0;
        // A plain iterable is walked without a promise a row (the `for await` of a million rows costs tens
        // of MB of young heap); an async one is awaited.
        const source = this.#source;
        const sync = Symbol.iterator in source;
        const rows = sync ? source[Symbol.iterator]() : source[Symbol.asyncIterator]();
        for (;;) {
            const step = sync ? rows.next() : await rows.next();
            if (step.done === true)
                break;
            const row = step.value;
            position += 1;
            const mobile = batch_csv_MAINLAND.test(row.mobile) ? row.mobile : normalized(position, row.mobile);
            if (!batch_csv_MAINLAND.test(mobile)) {
                throw rowError(position, mobile, 'the batch engine takes mainland mobiles only', 'Send international numbers as direct requests (--engine direct); nothing was uploaded or sent.');
            }
            if (!seen.add(Number(mobile))) {
                if (this.#duplicates === 'skip') {
                    stats.duplicates += 1;
                    continue;
                }
                throw rowError(position, mobile, 'repeats an earlier row; give each number once', FIX_AND_RETRY);
            }
            if (stats.rows === MAX_BATCH_ROWS) {
                throw rowError(position, mobile, `a batch task takes at most ${MAX_BATCH_ROWS} numbers`, 'Split the recipients into several tasks; nothing was uploaded or sent.');
            }
            // One message for everyone passes the same object: its cells are encoded once.
            if (row.params !== lastParams) {
                lastCells = this.#cells(position, mobile, row.params);
                lastParams = row.params;
            }
            // UTF-8 takes at most 3 bytes a UTF-16 unit; the mobile and CRLF are ASCII.
            const most = mobile.length + lastCells.length * 3 + 2;
            if (used + most > buffer.length) {
                if (used > 0) {
                    stats.bytes += used;
                    yield buffer.subarray(0, used);
                    used = 0;
                }
                if (most > buffer.length)
                    buffer = Buffer.allocUnsafe(most);
            }
            let end = used + buffer.write(mobile, used, 'latin1');
            if (lastCells.length > 0)
                end += buffer.write(lastCells, end);
            end += buffer.write('\r\n', end, 'latin1');
            if (stats.bytes + end > MAX_BATCH_FILE_BYTES) {
                throw rowError(position, mobile, `the file would pass the service's ${MAX_BATCH_FILE_BYTES} bytes (50 MiB)`, 'Split the recipients into several tasks, or shorten the values; nothing was uploaded or sent.');
            }
            used = end;
            stats.rows += 1;
        }
        if (stats.rows === 0) {
            const message = 'a batch task needs at least one recipient';
            throw new errors/* SmsInputError */.E$(`batch file: ${message}`, [{ field: 'mobiles', message }]);
        }
        stats.bytes += used;
        yield buffer.subarray(0, used);
    }
    /** `,value,value…` in header order, or the first defect of the row's parameters. */
    #cells(position, mobile, params) {
        const values = params ?? {};
        // A params object per row passes here a million times: no key array, no message built unless thrown.
        for (const name in values) {
            if (!Object.hasOwn(values, name) || this.#variables.includes(name))
                continue;
            const expected = this.#variables.length === 0 ? 'none' : this.#variables.join(', ');
            throw rowError(position, mobile, `"${name}" is not a variable of the template (its variables: ${expected})`, FIX_AND_RETRY);
        }
        let cells = '';
        for (const name of this.#variables) {
            const value = values[name];
            // The value is never quoted back: it may be a code or a number.
            if (typeof value !== 'string' || value.trim() === '') {
                const problem = value === undefined ? 'has no value' : typeof value === 'string' ? 'is empty' : 'is not a string';
                throw rowError(position, mobile, `variable "${name}" ${problem}`, FIX_AND_RETRY);
            }
            cells += `,${csvCell(value)}`;
        }
        return cells;
    }
}
/** Streams a batch file from recipients and their parameters (see BatchCsv). */
function batchCsv(source, options) {
    return new BatchCsv(source, options);
}

;// CONCATENATED MODULE: ./src/core/sending/pace.ts

/**
 * Sleeps at least `ms` on the monotonic clock. A Node timer counts from the event loop's cached time, which
 * may lag the real one, so it can fire a little early; a pacer that woke early would outrun the limit.
 */
async function sleepAtLeast(ms, signal) {
    const end = performance.now() + ms;
    for (let left = ms; left > 0; left = end - performance.now()) {
        await delay(Math.ceil(left), undefined, signal ? { signal } : {});
    }
}
function pace_createPacer(qps, now = () => performance.now(), sleep = sleepAtLeast) {
    const interval = 1000 / qps;
    let next = -Infinity;
    return {
        async wait(signal) {
            const at = Math.max(now(), next);
            // The slot is taken before sleeping, so concurrent callers queue in call order.
            next = at + interval;
            const ms = at - now();
            if (ms > 0)
                await sleep(ms, signal);
        },
    };
}

;// CONCATENATED MODULE: ./src/core/sending/direct-send.ts








function direct_send_chunkSenderFor(client, send) {
    const target = { subAccount: send.subAccount, signature: send.signature, templateId: send.templateId };
    const tag = send.tag === undefined ? {} : { tag: send.tag };
    if (send.kind === 'sms') {
        const extra = {
            ...(send.templateParam === undefined ? {} : { templateParam: send.templateParam }),
            ...(send.account === undefined ? {} : { account: send.account }),
            ...tag,
        };
        return (mobiles, options) => client.sendSms({ ...target, ...extra, mobiles }, options);
    }
    const params = new Map(send.mobiles.map((mobile, i) => [mobile, send.params?.[i]]));
    return (mobiles, options) => client.sendBatchSms({
        ...target,
        ...tag,
        messages: mobiles.map((mobile) => ({ mobile, templateParam: params.get(mobile) })),
    }, options);
}
function journaledResult(recipient) {
    const error = recipient.error;
    return {
        mobile: recipient.mobile,
        status: recipient.status,
        ...(recipient.messageId === undefined ? {} : { messageId: recipient.messageId }),
        ...(error === undefined ? {} : { code: error.apiCode ?? error.code }),
        ...(recipient.requestId === undefined ? {} : { requestId: recipient.requestId }),
    };
}
function notSent(mobiles, error) {
    const recipients = mobiles.map((mobile) => ({
        input: mobile,
        mobile,
        masked: maskPhone(mobile),
        status: 'failed',
        error,
    }));
    return outcomeFrom({ mobiles: [...mobiles], duplicates: [], chunks: [[...mobiles]] }, recipients, [
        undefined,
    ]);
}
/**
 * Sends `chunks` paced and journaled, numbering them from `firstChunk` in the journal. Resolves with one
 * outcome per chunk, in chunk order. A chunk not started before `signal` aborted is reported failed
 * (nothing was sent, nor journaled: a resume sends it).
 */
async function direct_send_runChunks(send, chunks, options) {
    const qps = options.qps ?? DEFAULT_SEND_QPS;
    const pacer = options.pacer ?? createPacer(qps);
    const limit = Math.max(1, Math.min(chunks.length, options.concurrency ?? Math.min(8, Math.ceil(qps))));
    const journal = options.journal;
    const first = options.firstChunk ?? 0;
    const outcomes = new Array(chunks.length);
    const callOptions = { signal: options.signal };
    let next = 0;
    let done = 0;
    const sendOne = async (index) => {
        const mobiles = chunks[index];
        try {
            await pacer.wait(options.signal);
        }
        catch {
            return notSent(mobiles, new SmsNetworkError('Aborted before this chunk was sent'));
        }
        const chunk = first + index;
        await journal?.append({ type: 'intent', chunk, at: Date.now(), mobiles: [...mobiles] });
        let outcome;
        try {
            outcome = await send(mobiles, callOptions);
        }
        catch (err) {
            // The request could not be built: nothing went out. Journaled as such, then the caller's to handle.
            const code = err.code ?? 'error';
            await journal?.append({
                type: 'result',
                chunk,
                at: Date.now(),
                results: mobiles.map((mobile) => ({ mobile, status: 'failed', code })),
            });
            throw err;
        }
        await journal?.append({
            type: 'result',
            chunk,
            at: Date.now(),
            results: outcome.recipients.map(journaledResult),
        });
        return outcome;
    };
    const worker = async () => {
        while (next < chunks.length) {
            const index = next++;
            outcomes[index] = await sendOne(index);
            done += 1;
            options.onChunk?.({ done, total: chunks.length });
        }
    };
    await Promise.all(Array.from({ length: limit }, worker));
    return outcomes;
}
/** The chunks' outcomes as one, in the plan's order, each number shown as the caller wrote it. */
function mergeOutcomes(plan, outcomes, originalInputs = []) {
    const spelling = firstSpellings(originalInputs);
    const order = new Map(plan.mobiles.map((mobile, index) => [mobile, index]));
    const recipients = outcomes
        .flatMap((outcome) => outcome.recipients)
        .map((r) => ({ ...r, input: spelling.get(r.mobile) ?? r.input }))
        .sort((a, b) => (order.get(a.mobile) ?? 0) - (order.get(b.mobile) ?? 0));
    return outcomeFrom(plan, recipients, outcomes.flatMap((outcome) => outcome.raw));
}
/** What a direct send is, in the journal's terms (and the plan it was made from). */
function planDirectSend(request) {
    const { subAccount, signature, templateId, tag } = request.input;
    const common = { subAccount, signature, templateId, ...(tag === undefined ? {} : { tag }) };
    if (request.kind === 'sms') {
        const plan = planSend(request.input);
        const { templateParam } = plan;
        const account = request.input.account;
        return {
            plan,
            inputs: [...request.input.mobiles],
            send: {
                kind: 'sms',
                ...common,
                ...(templateParam === undefined ? {} : { templateParam }),
                ...(account === undefined ? {} : { account }),
                mobiles: plan.mobiles,
            },
        };
    }
    const { plan, params } = planBatchSend(request.input, { groupByParams: request.groupByParams });
    return {
        plan,
        inputs: request.input.messages.map((m) => m.mobile),
        send: {
            kind: 'batch-sms',
            ...common,
            mobiles: plan.mobiles,
            params: plan.mobiles.map((mobile) => params.get(mobile)),
            groupByParams: request.groupByParams,
        },
    };
}
/**
 * Sends directly, paced to `qps`, journaled when a journal is given (its first record: the whole send,
 * so `resumeDirectSend` needs nothing else). Invalid input throws SmsInputError before anything is sent or
 * journaled; after that every number gets a result, as with sendSms.
 */
async function sendDirect(client, request, options = {}) {
    const { plan, send, inputs } = planDirectSend(request);
    await options.journal?.append({ type: 'start', version: JOURNAL_VERSION, at: Date.now(), send });
    const outcomes = await direct_send_runChunks(direct_send_chunkSenderFor(client, send), plan.chunks, options);
    return mergeOutcomes(plan, outcomes, inputs);
}

;// CONCATENATED MODULE: ./src/core/sending/journal-file.ts



/**
 * A send journal as a file of JSON lines, mode 0600 (it holds phone numbers). Each record is written
 * and fdatasync'ed before `append` resolves, one at a time in call order.
 */
function journalError(message, hint) {
    return new SmsInputError(`journal: ${message}`, [{ field: 'journal', message }], { hint });
}
function fileStore(file, handle) {
    let queue = Promise.resolve();
    return {
        append(record) {
            const line = `${JSON.stringify(record)}\n`;
            const written = queue.then(async () => {
                await handle.write(line);
                await handle.datasync();
            });
            queue = written.catch(() => undefined);
            return written;
        },
        read: () => readJournalFile(file),
        close: async () => {
            await queue;
            await handle.close();
        },
    };
}
/** A new journal; an existing file is refused (it may be the journal of a send not yet resumed). */
async function createFileJournal(file) {
    let handle;
    try {
        handle = await open(file, 'wx', 0o600);
    }
    catch (err) {
        const code = err.code;
        if (code === 'EEXIST') {
            throw journalError(`${file} already exists`, `Resume that send with --resume ${file}, or give a new file name to --journal.`);
        }
        throw journalError(`cannot create ${file} (${code ?? 'error'})`, 'Give a writable path to --journal.');
    }
    // The new name itself must survive a crash too.
    const dir = await open(path.dirname(file), 'r').catch(() => undefined);
    await dir?.sync().catch(() => undefined);
    await dir?.close();
    return fileStore(file, handle);
}
/** An existing journal, appended to by a resume. */
async function openFileJournal(file) {
    await readJournalFile(file);
    const handle = await open(file, 'a', 0o600);
    return fileStore(file, handle);
}
/** Every record of a journal file; a torn last line (the writer was killed mid-write) is left out. */
async function readJournalFile(file) {
    let text;
    try {
        text = await readFile(file, 'utf8');
    }
    catch (err) {
        const code = err.code;
        throw journalError(code === 'ENOENT' ? `no such file: ${file}` : `cannot read ${file} (${code ?? 'error'})`, 'Give the file that --journal wrote.');
    }
    const lines = text.split('\n');
    const records = [];
    for (let index = 0; index < lines.length; index++) {
        const line = lines[index];
        if (line === '')
            continue;
        try {
            records.push(JSON.parse(line));
        }
        catch {
            if (index === lines.length - 1)
                break;
            throw journalError(`${file} line ${index + 1} is not a journal record`, 'Give the file that --journal wrote, unedited.');
        }
    }
    if (records[0]?.type !== 'start') {
        throw journalError(`${file} is not a volc-sms send journal`, 'Give the file that --journal wrote.');
    }
    return records;
}

;// CONCATENATED MODULE: ./src/core/sending/journal-reconcile.ts

/**
 * Settles numbers whose send had no answer through the send log (ListSmsSendLogForAgent): by message id
 * where one is known, else by number, template, signature and group in the window from the chunk's intent
 * to now. Found means the number was sent (once, if found once); not found leaves it unknown, never
 * "not sent": a log can lag, and only the caller's explicit choice resends it.
 */
/** Client and server clocks may disagree: the window opens this much before the intent. */
const CLOCK_SKEW_MS = (/* unused pure expression or super */ null && (2 * 60_000));
const PAGE_SIZE = 100;
async function journal_reconcile_findInSendLog(client, target, unsettled, options) {
    const matches = new Map();
    const read = async (filter) => {
        await options.pacer.wait(options.signal);
        const { result } = await client.listSendLogs({
            subAccount: target.subAccount,
            templateId: target.templateId,
            signature: target.signature,
            toTime: Math.ceil(options.now / 1000),
            pageSize: PAGE_SIZE,
            ...filter,
        }, { signal: options.signal });
        return result;
    };
    const foreign = (entry) => !options.knownMessageIds.has(entry.MessageId);
    const byNumber = [];
    for (const number of unsettled) {
        if (number.messageId === undefined) {
            byNumber.push(number);
            continue;
        }
        const found = (await read({ messageId: number.messageId })).List.some((e) => e.MessageId === number.messageId);
        matches.set(number.mobile, found ? { found, messageId: number.messageId } : { found });
    }
    if (byNumber.length === 0)
        return matches;
    const fromTime = Math.floor((Math.min(...byNumber.map((n) => n.since)) - CLOCK_SKEW_MS) / 1000);
    const ambiguous = await scanWindow(read, byNumber, fromTime, foreign, matches);
    // One query per number: exact, but a read each (5 per second).
    for (const number of ambiguous) {
        const own = Math.floor((number.since - CLOCK_SKEW_MS) / 1000);
        const entries = (await read({ mobile: number.mobile, fromTime: own })).List.filter(foreign);
        matches.set(number.mobile, entries.length > 0 ? { found: true, messageId: entries[0]?.MessageId } : { found: false });
    }
    return matches;
}
/**
 * Reads the whole window when that takes fewer reads than one per number, and settles every number whose
 * masked form (the log shows only that) accounts for exactly as many foreign entries as there are such
 * numbers, or for none. Returns the numbers left to look up one by one.
 */
async function scanWindow(read, numbers, fromTime, foreign, matches) {
    if (numbers.length === 1)
        return [...numbers];
    const first = await read({ page: 1, fromTime });
    const pages = Math.ceil(first.Total / PAGE_SIZE);
    if (pages > numbers.length)
        return [...numbers];
    const entries = [...first.List];
    for (let page = 2; page <= pages; page++)
        entries.push(...(await read({ page, fromTime })).List);
    const logged = new Map();
    for (const entry of entries.filter(foreign)) {
        const key = entry.Mobile ?? '';
        logged.set(key, [...(logged.get(key) ?? []), entry]);
    }
    const groups = new Map();
    for (const number of numbers) {
        const key = maskPhone(number.mobile);
        groups.set(key, [...(groups.get(key) ?? []), number]);
    }
    const left = [];
    for (const [mask, group] of groups) {
        const found = logged.get(mask) ?? [];
        if (found.length === 0)
            for (const n of group)
                matches.set(n.mobile, { found: false });
        else if (found.length === group.length && group.length === 1)
            matches.set(group[0].mobile, { found: true, messageId: found[0]?.MessageId });
        else if (found.length === group.length)
            for (const n of group)
                matches.set(n.mobile, { found: true });
        else
            left.push(...group);
    }
    return left;
}

;// CONCATENATED MODULE: ./src/core/sending/resume-send.ts









/** Each number's state as the journal leaves it, the send, and the next free chunk number. */
function journalState(records) {
    const start = records[0];
    if (start?.type !== 'start' || start.version !== JOURNAL_VERSION) {
        const message = 'is not a journal this version of volc-sms wrote';
        throw new SmsInputError(`journal: ${message}`, [{ field: 'journal', message }]);
    }
    const numbers = new Map(start.send.mobiles.map((mobile) => [mobile, { status: 'pending', source: 'journal', since: start.at }]));
    let nextChunk = 0;
    for (const record of records.slice(1)) {
        if (record.type === 'intent') {
            nextChunk = Math.max(nextChunk, record.chunk + 1);
            for (const mobile of record.mobiles)
                numbers.set(mobile, { status: 'unknown', source: 'journal', since: record.at });
        }
        else if (record.type === 'result') {
            for (const r of record.results) {
                const before = numbers.get(r.mobile);
                numbers.set(r.mobile, {
                    status: r.status,
                    source: before?.source ?? 'journal',
                    since: before?.since ?? record.at,
                    messageId: r.messageId,
                    code: r.code,
                });
            }
        }
        else if (record.type === 'reconciled') {
            for (const r of record.results) {
                const before = numbers.get(r.mobile);
                if (before?.status !== 'unknown')
                    continue;
                numbers.set(r.mobile, r.found
                    ? { status: 'sent', source: 'send-log', since: before.since, messageId: r.messageId }
                    : { ...before, source: 'not-in-log' });
            }
        }
    }
    return { send: start.send, numbers, nextChunk };
}
/** Chunks for the numbers to send: equal values together when the send was planned that way. */
function chunksOf(send, mobiles) {
    if (send.kind === 'sms' || send.groupByParams !== true)
        return chunk(mobiles);
    const params = new Map(send.mobiles.map((mobile, i) => [mobile, send.params?.[i] ?? '']));
    const groups = new Map();
    for (const mobile of mobiles) {
        const key = params.get(mobile) ?? '';
        const group = groups.get(key);
        if (group)
            group.push(mobile);
        else
            groups.set(key, [mobile]);
    }
    return [...groups.values()].flatMap((group) => chunk(group));
}
async function resumeDirectSend(client, journal, options = {}) {
    const { send, numbers, nextChunk } = journalState(await journal.read());
    const pacer = createPacer(options.qps ?? DEFAULT_SEND_QPS);
    const unsettled = [];
    const knownMessageIds = new Set();
    for (const [mobile, state] of numbers) {
        if (state.status === 'unknown')
            unsettled.push({ mobile, since: state.since, messageId: state.messageId });
        if (state.messageId !== undefined && state.status === 'sent')
            knownMessageIds.add(state.messageId);
    }
    if (unsettled.length > 0) {
        const now = Date.now();
        const matches = await findInSendLog(client, send, unsettled, {
            pacer,
            now,
            knownMessageIds,
            signal: options.signal,
        });
        const results = unsettled.map(({ mobile }) => ({ mobile, ...(matches.get(mobile) ?? { found: false }) }));
        await journal.append({ type: 'reconciled', at: now, results });
        for (const r of results) {
            const before = numbers.get(r.mobile);
            numbers.set(r.mobile, r.found
                ? { status: 'sent', source: 'send-log', since: before.since, messageId: r.messageId }
                : { ...before, source: 'not-in-log' });
        }
    }
    const toSend = send.mobiles.filter((mobile) => {
        const state = numbers.get(mobile);
        return state.status === 'pending' || (options.resendUnknown === true && state.status === 'unknown');
    });
    let outcome;
    const sentNow = new Map();
    if (toSend.length > 0) {
        const chunks = chunksOf(send, toSend);
        const outcomes = await runChunks(chunkSenderFor(client, send), chunks, {
            ...options,
            journal,
            pacer,
            firstChunk: nextChunk,
        });
        const recipients = outcomes.flatMap((o) => o.recipients);
        for (const r of recipients)
            sentNow.set(r.mobile, r);
        outcome = outcomeFrom({ mobiles: toSend, duplicates: [], chunks }, recipients, outcomes.flatMap((o) => o.raw));
    }
    const report = send.mobiles.map((mobile) => {
        const state = numbers.get(mobile);
        const now = sentNow.get(mobile);
        const masked = maskPhone(mobile);
        if (now !== undefined) {
            return {
                mobile,
                masked,
                status: now.status,
                source: state.status === 'pending' ? 'resumed' : 'resent',
                messageId: now.messageId,
                error: now.error,
            };
        }
        return {
            mobile,
            masked,
            // Pending only when the resume was aborted before reaching it: still unsent.
            status: state.status === 'pending' ? 'failed' : state.status,
            source: state.source,
            messageId: state.messageId,
            code: state.status === 'pending' ? 'aborted' : state.code,
        };
    });
    return { send, numbers: report, ...statusCounts(report), outcome };
}

;// CONCATENATED MODULE: ./src/core/agent-v2/batch-status.ts
/**
 * The states of a batch task (agent-v2 reference §2.9), by the number GetBatchTaskDetail reports. A value
 * outside 0–9 is kept as it is, with no invented name.
 */
const BATCH_TASK_STATES = [
    'Init',
    'Draft',
    'Valid',
    'Consented',
    'Preparing',
    'Sending',
    'Done',
    'Canceled',
    'Failed',
    'Killed',
];
/** `2` → `Valid`; undefined for a status the reference does not name. */
function batchTaskStateName(status) {
    return status === undefined ? undefined : BATCH_TASK_STATES[status];
}

;// CONCATENATED MODULE: ./src/core/consent/canonical.ts

/**
 * The consent digest of the skill 1.3 gates (reference §4.3): lower-case hex SHA-256 of the UTF-8 JSON of
 * a payload with keys sorted at every level, no whitespace, non-ASCII characters as they are. It never
 * leaves the machine; it only proves that a submit carries exactly what its preview showed.
 */
/** Compact JSON with the keys of every object sorted; `undefined` members are left out as JSON does. */
function canonical_canonicalJson(value) {
    return JSON.stringify(canonical_sortKeys(value));
}
function canonical_sortKeys(value) {
    if (Array.isArray(value))
        return value.map(canonical_sortKeys);
    if (value === null || typeof value !== 'object')
        return value;
    const out = {};
    // Code-unit order, as Python's sort_keys and Array.prototype.sort agree on for these keys.
    for (const key of Object.keys(value).sort())
        out[key] = canonical_sortKeys(value[key]);
    return out;
}
function canonical_consentDigest(payload) {
    return sign_sha256Hex(canonical_canonicalJson(payload));
}
/** A digest as a submit must carry it: 64 lower-case hex digits (upper case is accepted and lowered). */
function parseDigest(text) {
    const value = text.trim().toLowerCase();
    return /^[0-9a-f]{64}$/.test(value) ? value : undefined;
}

;// CONCATENATED MODULE: ./src/core/consent/gate-failure.ts

function gateFailure(code, message, field, hint, extra = {}) {
    return {
        ok: false,
        code,
        error: new errors/* SmsInputError */.E$(message, [{ field, message }], { hint }),
        retryable: false,
        ...extra,
    };
}
/**
 * The skill's code for an error of the project's hierarchy: a gate's pre-check (`check`: any query failure
 * is `resource_query_failed`), a plain read (`read`: the API's own code), or the write itself (`send`: the
 * API's code, never retryable).
 */
function gate_failure_failureOf(error, stage) {
    if (!(0,errors/* isSmsError */.yc)(error)) {
        const message = error instanceof Error ? error.message : String(error);
        return {
            ok: false,
            code: 'internal_error',
            error: new errors/* SmsInputError */.E$(`Unexpected failure: ${message}`, [{ field: 'internal', message }]),
            retryable: false,
        };
    }
    // Only a read may be tried again; a send that got this far is never retried blindly.
    const retryable = stage !== 'send' &&
        (error.code === 'ERR_SMS_NETWORK' ||
            error.code === 'ERR_SMS_TIMEOUT' ||
            ((0,errors/* isSmsApiError */.MZ)(error) && error.retryable));
    const code = (() => {
        switch (error.code) {
            case 'ERR_SMS_INPUT':
                return 'validation_error';
            case 'ERR_SMS_CONFIG':
            case 'ERR_SMS_AUTH':
                return 'credential_error';
            case 'ERR_SMS_OUTCOME_UNKNOWN':
                return 'outcome_unknown';
            case 'ERR_SMS_RESPONSE_INVALID':
                return 'invalid_response';
            case 'ERR_SMS_NETWORK':
            case 'ERR_SMS_TIMEOUT':
                return stage === 'check' ? 'resource_query_failed' : 'network_error';
            default:
                if (stage === 'check')
                    return 'resource_query_failed';
                return (0,errors/* isSmsApiError */.MZ)(error) && error.apiCode !== '' ? error.apiCode : 'service_error';
        }
    })();
    return { ok: false, code, error, retryable };
}

;// CONCATENATED MODULE: ./src/core/consent/send-request.ts




/** The skill's ceiling for one send (one SendSmsForAgent request). */
const MAX_GATED_RECIPIENTS = 200;
// The skill 1.3 rule, stricter than send_sms: only +86 may be dropped, then 1[3-9] and nine digits
// (a bare 86 prefix is refused, as is every international number).
const GATED_MOBILE = /^(?:\+86)?(1[3-9]\d{9})$/;
const OUTER_BRACKETS = [
    ['【', '】'],
    ['[', ']'],
    ['［', '］'],
];
/** One outer bracket pair removed, then 2–25 characters (code points). */
function send_request_normalizeSignature(text) {
    let value = text.trim();
    for (const [open, close] of OUTER_BRACKETS) {
        if (value.startsWith(open) && value.endsWith(close) && value.length > open.length + close.length) {
            value = value.slice(open.length, -close.length).trim();
            break;
        }
    }
    const length = [...value].length;
    if (length < 2 || length > 25)
        return { problem: `must have 2–25 characters (has ${length})` };
    return { value };
}
function issueError(issues) {
    return new errors/* SmsInputError */.E$(issues.map((issue) => `${issue.field}: ${issue.message}`).join('; '), issues, {
        hint: 'Fix the named fields and run send-preview again.',
    });
}
/**
 * Normalises a gated send or throws one SmsInputError naming every bad field (numbers masked).
 * With the default `reject` policy, a number given twice is an error, not a silent drop.
 */
function normalizeSend(request) {
    const issues = [];
    const required = (value, field) => {
        if (typeof value !== 'string' || value.trim() === '')
            issues.push({ field, message: 'is required' });
        return typeof value === 'string' ? value.trim() : '';
    };
    const subAccount = required(request.subAccount, 'sub-account');
    const templateId = required(request.templateId, 'template-id');
    const signature = send_request_normalizeSignature(request.signature ?? '');
    if ('problem' in signature)
        issues.push({ field: 'signature', message: signature.problem });
    const dedupePolicy = request.dedupePolicy ?? 'reject';
    if (dedupePolicy !== 'reject' && dedupePolicy !== 'keep-first') {
        issues.push({ field: 'dedupe-policy', message: 'must be "reject" or "keep-first"' });
    }
    const originalRecipients = [];
    (request.mobiles ?? []).forEach((input, index) => {
        const match = GATED_MOBILE.exec(String(input).trim());
        if (match)
            originalRecipients.push(match[1]);
        else {
            const message = `#${index + 1} "${phone_maskPhone(String(input))}" is not a mainland mobile (1[3-9] and 9 digits, +86 allowed)`;
            issues.push({ field: 'mobile', message });
        }
    });
    if ((request.mobiles ?? []).length === 0)
        issues.push({ field: 'mobile', message: 'at least one is required' });
    const seen = new Set();
    const recipients = [];
    const duplicates = [];
    for (const mobile of originalRecipients) {
        if (seen.has(mobile)) {
            duplicates.push(mobile);
        }
        else {
            seen.add(mobile);
            recipients.push(mobile);
        }
    }
    if (recipients.length > MAX_GATED_RECIPIENTS) {
        issues.push({
            field: 'mobile',
            message: `at most ${MAX_GATED_RECIPIENTS} numbers per send (has ${recipients.length})`,
        });
    }
    if (duplicates.length > 0 && dedupePolicy === 'reject') {
        const masked = [...new Set(duplicates)].map(phone_maskPhone).join(', ');
        issues.push({
            field: 'mobile',
            message: `duplicate numbers ${masked}; remove them or pass --dedupe-policy keep-first`,
        });
    }
    let variables = {};
    try {
        variables = (0,sending_template/* parseTemplateParam */.VX)(request.templateParams ?? '', 'template-params');
    }
    catch (error) {
        if (!(error instanceof errors/* SmsInputError */.E$))
            throw error;
        issues.push(...error.issues);
    }
    if (issues.length > 0)
        throw issueError(issues);
    return {
        subAccount,
        signature: signature.value,
        templateId,
        originalRecipients,
        recipients,
        duplicates,
        dedupePolicy,
        variables,
    };
}
/** Template content without a leading `【signature】` (the service may return either form). */
function stripSignaturePrefix(content, signature) {
    const prefix = `【${signature}】`;
    return content.startsWith(prefix) ? content.slice(prefix.length) : content;
}
/** Characters of `【signature】` + text, counted in code points as the skill's Python does. */
function segmentsPerMessage(signature, text) {
    const length = [...`【${signature}】${text}`].length;
    return length <= 70 ? 1 : Math.ceil(length / 67);
}
/** Exactly the template's variables: each one given, nothing extra. */
function checkVariables(template, variables) {
    const given = Object.keys(variables);
    const missing = template.variableNames.filter((name) => !given.includes(name));
    const unused = given.filter((name) => !template.variableNames.includes(name));
    const issues = [];
    if (missing.length > 0)
        issues.push({ field: 'template-params', message: `missing ${missing.join(', ')}` });
    if (unused.length > 0) {
        issues.push({ field: 'template-params', message: `the template has no variable ${unused.join(', ')}` });
    }
    if (issues.length > 0)
        throw issueError(issues);
}
/** The object the digest covers (reference §4.3, "send canonical object"), full numbers included. */
function sendCanonicalObject(send, template) {
    const rendered = (0,sending_template/* renderTemplate */.Xm)(template.content, send.variables);
    return {
        subAccount: send.subAccount,
        signature: send.signature,
        templateId: send.templateId,
        originalRecipients: send.originalRecipients,
        dedupePolicy: send.dedupePolicy,
        duplicates: send.duplicates,
        recipients: send.recipients,
        recipientVariables: send.recipients.map((mobile) => ({ mobile, variables: send.variables })),
        templateContentSha256: sign_sha256Hex(template.content),
        renderedContentSha256: sign_sha256Hex(rendered),
        estimatedSegments: segmentsPerMessage(send.signature, rendered) * send.recipients.length,
    };
}
/** What a preview shows: the canonical object with every number masked and the content as hashes. */
function maskedSendSummary(canonical, variableNames) {
    return {
        subAccount: canonical.subAccount,
        signature: canonical.signature,
        templateId: canonical.templateId,
        originalRecipients: canonical.originalRecipients.map(phone_maskPhone),
        recipients: canonical.recipients.map(phone_maskPhone),
        recipientCount: canonical.recipients.length,
        dedupePolicy: canonical.dedupePolicy,
        duplicates: canonical.duplicates.map(phone_maskPhone),
        variableNames: [...variableNames],
        contentSummary: {
            templateSha256: canonical.templateContentSha256,
            renderedSha256: canonical.renderedContentSha256,
        },
        estimatedSegments: canonical.estimatedSegments,
    };
}

;// CONCATENATED MODULE: ./src/core/sending/match-template.ts





const match_template_PAGE_SIZE = 100;
const MAX_PAGES = 100;
const EVERY_GROUP = (/* unused pure expression or super */ null && (['*', 'All']));
const isApproved = (status) => status === 3 || status === 5 || status === '3' || status === '5';
function queryFailed(message) {
    return {
        ok: false,
        code: 'resource_query_failed',
        error: new SmsResponseValidationError(message, {
            hint: 'Try again later; if it persists, list the templates with list-templates and compare by hand.',
        }),
        retryable: false,
    };
}
/** The approved ids of the channel, over every page of the group's templates for the signature. */
async function approvedIds(client, input) {
    const ids = new Set();
    const seenPages = new Set();
    for (let page = 1;; page += 1) {
        if (page > MAX_PAGES)
            return queryFailed(`Template paging went past ${MAX_PAGES} pages`);
        const { result } = await client.listTemplates({
            subAccounts: [input.subAccount],
            signatures: [input.signature],
            page,
            pageSize: match_template_PAGE_SIZE,
        });
        const fingerprint = canonicalJson(result.List);
        if (seenPages.has(fingerprint))
            return queryFailed(`Template paging repeated a page (page ${page})`);
        seenPages.add(fingerprint);
        for (const template of result.List) {
            if (template.TemplateId && isApproved(template.Status) && template.ChannelType === input.channelType)
                ids.add(template.TemplateId);
        }
        if (result.List.length < match_template_PAGE_SIZE || page * match_template_PAGE_SIZE >= result.Total)
            return ids;
    }
}
const match_template_normalized = (signature) => {
    const result = normalizeSignature(signature);
    return 'value' in result ? result.value : signature;
};
/** The signatures a detail names, or undefined when it names none; a disagreement is a contract conflict. */
function namedSignatures(item) {
    const single = item.signature === undefined || item.signature === '' ? undefined : new Set([match_template_normalized(item.signature)]);
    const list = item.signatures === undefined || item.signatures === null
        ? undefined
        : new Set(item.signatures.filter((s) => s !== '').map(match_template_normalized));
    if (single && list && (single.size !== list.size || ![...single].every((s) => list.has(s))))
        return 'conflict';
    return single ?? list;
}
function candidateOf(item, input) {
    const groups = item.subAccounts ?? [];
    if (!groups.some((g) => g === input.subAccount || EVERY_GROUP.includes(g)))
        return undefined;
    if (typeof item.content !== 'string' || !('templateParams' in item))
        return undefined;
    const prefix = `【${input.signature}】`;
    const body = item.content.startsWith(prefix) ? item.content.slice(prefix.length) : item.content;
    if (body !== input.content)
        return undefined;
    const names = (item.templateParams ?? []).flatMap((p) => (p.name === undefined ? [] : [p.name]));
    if (new Set(names).size !== names.length)
        return undefined;
    return {
        templateId: item.templateId ?? '',
        signature: input.signature,
        subAccount: input.subAccount,
        variableNames: [...names].sort(),
        contentLength: [...body].length,
        contentSha256: createHash('sha256').update(body).digest('hex'),
    };
}
/** The match, or how the queries failed (`resource_query_failed`, `contract_conflict`). */
async function matchTemplate(client, input) {
    const candidates = new Map();
    try {
        const ids = await approvedIds(client, input);
        if (!(ids instanceof Set))
            return ids;
        if (ids.size > 0) {
            const { result } = await client.listSecondTemplate({ signatures: input.signature });
            for (const item of result.list) {
                if (item.templateId === undefined || !ids.has(item.templateId))
                    continue;
                if (item.channelType !== input.channelType)
                    continue;
                const signatures = namedSignatures(item);
                if (signatures === 'conflict') {
                    return {
                        ok: false,
                        code: 'contract_conflict',
                        error: new SmsResponseValidationError(`Template ${item.templateId}'s signature and signatures disagree`, { hint: 'The service described the template inconsistently; check it in the console.' }),
                        retryable: false,
                    };
                }
                if (signatures && !signatures.has(input.signature))
                    continue;
                const candidate = candidateOf(item, input);
                if (candidate && !candidates.has(candidate.templateId))
                    candidates.set(candidate.templateId, candidate);
            }
        }
    }
    catch (error) {
        return failureOf(error, 'check');
    }
    const sorted = [...candidates.values()].sort((a, b) => a.templateId < b.templateId ? -1 : a.templateId > b.templateId ? 1 : 0);
    const classification = sorted.length === 0 ? 'none' : sorted.length === 1 ? 'single' : 'ambiguous';
    return { ok: true, classification, candidates: sorted };
}

;// CONCATENATED MODULE: ./src/core/sending/send-log-walk.ts



const secondOf = (entry) => Math.floor((entry.SendTime ?? 0) / 1000);
function unwalkable(why) {
    throw new SmsResponseValidationError(`${why}, so --all cannot walk the send log safely`, {
        hint: 'Export the window in pages with --page instead, or narrow it with --from-time/--to-time.',
    });
}
/** Where a resumed walk starts: the message's second, and how many of that second's messages to skip. */
async function resumePoint(client, input, options) {
    if (input.after === undefined)
        return undefined;
    const find = async (filters) => {
        await options.beforeRequest?.();
        const { result } = await client.listSendLogs({ subAccount: input.subAccount, ...filters, messageId: input.after, page: 1, pageSize: 1 }, { signal: options.signal });
        return result.List.find((entry) => entry.MessageId === input.after);
    };
    // Looked up under the export's own filters: a message they do not select is the caller's mistake, told
    // as such here, before the walk (which would otherwise meet older messages first and refuse the log).
    const filters = { mobile: input.mobile, templateId: input.templateId, signature: input.signature };
    const filtered = Object.values(filters).some((value) => value !== undefined);
    const message = await find(filters);
    if (message === undefined && filtered && (await find({})) !== undefined) {
        const text = `--after: message ${input.after} is not one of the messages this export's filters select`;
        throw new SmsInputError(text, [{ field: '--after', message: text }], {
            hint: 'Resume with the same filters (--signature, --template-id, --mobile…) as the export it continues.',
        });
    }
    if (message === undefined) {
        const text = `--after: message ${input.after} is not in the send log of ${input.subAccount}`;
        throw new SmsInputError(text, [{ field: '--after', message: text }], {
            hint: 'Give the MessageId of the last line a previous --all export wrote.',
        });
    }
    const second = secondOf(message);
    if (second < input.fromTime || second > input.toTime) {
        const at = (seconds) => `${formatWallTime(seconds * 1000)} Asia/Shanghai`;
        const text = `--after: message ${input.after} was sent at ${at(second)}, outside this export's window ` +
            `(${at(input.fromTime)} to ${at(input.toTime)})`;
        throw new SmsInputError(text, [{ field: '--after', message: text }], {
            hint: 'Resume with the same --from-time and --to-time as the export it continues.',
        });
    }
    return { cursor: Math.min(second, input.toTime), second, skipThrough: input.after };
}
/** Yields each page's new messages, newest first; a resumed walk starts after `input.after`. */
async function* walkSendLog(client, input, options = {}) {
    const { after, pageSize = 100, ...filters } = input;
    const resume = await resumePoint(client, { ...input, after }, options);
    let skipThrough = resume?.skipThrough;
    let cursor = resume?.cursor ?? input.toTime;
    while (cursor >= input.fromTime) {
        // Asia/Shanghai days, the days the service itself counts in.
        const dayFrom = Math.max(shanghaiDayStart(cursor), input.fromTime);
        const dayTo = cursor;
        // The day's total is known only when the walk starts at the day's end (not when it resumes inside it).
        let total;
        let written = 0;
        let page = 1;
        let seen = new Set();
        for (;;) {
            await options.beforeRequest?.();
            const { result } = await client.listSendLogs({ ...filters, fromTime: dayFrom, toTime: cursor, page, pageSize }, { signal: options.signal });
            if (page === 1 && total === undefined && skipThrough === undefined)
                total = result.Total;
            const entries = result.List;
            const fresh = [];
            let resumedPast = 0;
            let previous = Infinity;
            for (const entry of entries) {
                const time = entry.SendTime ?? 0;
                if (time > previous || secondOf(entry) > cursor)
                    unwalkable('The send log did not come newest first');
                previous = time;
                if (skipThrough !== undefined && resume !== undefined && secondOf(entry) < resume.second)
                    unwalkable(`Message ${resume.skipThrough} was not met again in its own second`);
                if (skipThrough !== undefined) {
                    // Resuming: everything up to the last message written is skipped.
                    if (entry.MessageId === skipThrough)
                        skipThrough = undefined;
                    seen.add(entry.MessageId);
                    resumedPast += 1;
                    continue;
                }
                if (seen.has(entry.MessageId))
                    continue;
                seen.add(entry.MessageId);
                fresh.push(entry);
            }
            written += fresh.length;
            if (fresh.length > 0)
                yield fresh;
            const last = entries.at(-1);
            if (entries.length < pageSize || last === undefined)
                break;
            if (fresh.length === 0 && resumedPast === 0)
                unwalkable(`Page ${page} repeated messages already read`);
            const oldest = secondOf(last);
            if (oldest < cursor) {
                // Only this page can hold messages of the oldest second: they are the ones to skip next time.
                // They are the newest of that second, so the first `seen.size` of the window up to it: a page that
                // was all that second is skipped by number, the rest by id.
                seen = new Set(entries.filter((e) => secondOf(e) === oldest).map((e) => e.MessageId));
                cursor = oldest;
                page = Math.floor(seen.size / pageSize) + 1;
            }
            else
                page += 1;
        }
        // Its own second was walked (the filters select it, as resumePoint checked) without meeting it.
        if (skipThrough !== undefined)
            unwalkable(`Message ${skipThrough} was not met again in its own second`);
        if (total !== undefined && total !== written)
            options.onMismatch?.({ fromTime: dayFrom, toTime: dayTo, total, written });
        cursor = dayFrom - 1;
    }
}

;// CONCATENATED MODULE: ./src/core/consent/ledger.ts



/**
 * A claim this young with no outcome is taken for a submit still running (a send's attempt is bounded by
 * its timeout), older for one whose process died mid-send: its outcome is unknown.
 */
const IN_FLIGHT_GRACE_MS = (/* unused pure expression or super */ null && (2 * 60 * 1000));
class ConsentLedger {
    store;
    previewTtlMs;
    constructor(store, options = {}) {
        this.store = store;
        this.previewTtlMs = options.previewTtlMs ?? 60 * 60 * 1000;
    }
    /**
     * Records a preview. A preview after a definite send is a new consent (the same request may be sent
     * again); after an unknown outcome it is not: that one must be reconciled first. Returns the pending
     * submit, if any, so the preview can say so.
     */
    async remember(digest, canonical, now) {
        const id = ledgerId(digest);
        const [previous, submits] = await Promise.all([this.store.readPreview(id), this.store.readSubmits(id)]);
        const last = submits.at(-1);
        let armedAfter = previous?.armedAfter ?? 0;
        if (last !== undefined && (last.state === 'sent' || last.state === 'failed'))
            armedAfter = submits.length;
        await this.store.writePreview(id, {
            at: now,
            fields: fingerprints(digest, canonical),
            items: itemFingerprints(digest, canonical),
            armedAfter,
        });
        return submits.length > armedAfter ? last : undefined;
    }
    /** The preview of this digest, if one was made within the time-to-live. */
    async recall(digest, now) {
        const record = await this.store.readPreview(ledgerId(digest));
        return record !== undefined && now - record.at <= this.previewTtlMs ? record : undefined;
    }
    /** The fields of `canonical` that differ from what the preview of `digest` saw. */
    changedFields(record, digest, canonical) {
        const now = fingerprints(digest, canonical);
        const names = new Set([...Object.keys(record.fields), ...Object.keys(now)]);
        return [...names].filter((name) => record.fields[name] !== now[name]).sort();
    }
    /**
     * For each changed list field: the current elements the preview did not have, and how many of the
     * preview's elements are gone (their values are not kept, only their count is known).
     */
    changedItems(record, digest, canonical) {
        const out = [];
        for (const [field, before] of Object.entries(record.items ?? {})) {
            const value = canonical[field];
            if (!Array.isArray(value))
                continue;
            const had = new Set(before);
            const now = value.map((item) => hmac(digest, item));
            const has = new Set(now);
            const added = value.filter((_, i) => !had.has(now[i]));
            const removed = before.filter((h) => !has.has(h)).length;
            if (added.length > 0 || removed > 0)
                out.push({ field, added, removed });
        }
        return out;
    }
    /**
     * Takes the right to send once. Refused when this consent already sent, or when its last submit has an
     * unknown outcome and the caller has not said it reconciled it (checked the send log: not sent).
     */
    async claim(digest, now, reconciled) {
        const id = ledgerId(digest);
        const [preview, submits] = await Promise.all([this.store.readPreview(id), this.store.readSubmits(id)]);
        const armedAfter = preview?.armedAfter ?? 0;
        const last = submits.length > armedAfter ? submits.at(-1) : undefined;
        if (last?.state === 'sent')
            return { ok: false, reason: 'already_submitted', last };
        if (last?.state === 'in-flight' && now - last.at < IN_FLIGHT_GRACE_MS) {
            return { ok: false, reason: 'in_progress', last };
        }
        if ((last?.state === 'unknown' || last?.state === 'in-flight') && !reconciled) {
            return { ok: false, reason: 'outcome_unknown', last };
        }
        const n = submits.length + 1;
        // Two submits racing for the same digest: exactly one creates record n.
        const created = await this.store.createSubmit(id, n, { state: 'in-flight', at: now });
        if (!created)
            return { ok: false, reason: 'in_progress', last: { state: 'in-flight', at: now } };
        return { ok: true, n };
    }
    async settle(digest, n, record) {
        await this.store.updateSubmit(ledgerId(digest), n, record);
    }
}
/** Where a digest's records are filed: never the digest itself. */
function ledgerId(digest) {
    return sha256Hex(`volc-sms consent ledger\n${digest}`);
}
const hmac = (digest, value) => createHmac('sha256', digest).update(canonicalJson(value)).digest('hex');
function fingerprints(digest, canonical) {
    const out = {};
    for (const [name, value] of Object.entries(canonical))
        out[name] = hmac(digest, value);
    return out;
}
function itemFingerprints(digest, canonical) {
    const out = {};
    for (const [name, value] of Object.entries(canonical)) {
        if (Array.isArray(value) && value.every((item) => typeof item !== 'object' || item === null))
            out[name] = value.map((item) => hmac(digest, item));
    }
    return out;
}
/** A ledger for one process: a long-lived server or a test. */
function memoryLedgerStore() {
    const previews = new Map();
    const submits = new Map();
    return {
        readPreview: async (id) => previews.get(id),
        writePreview: async (id, record) => void previews.set(id, record),
        readSubmits: async (id) => [...(submits.get(id) ?? [])],
        async createSubmit(id, n, record) {
            const list = submits.get(id) ?? [];
            if (list.length >= n)
                return false;
            submits.set(id, [...list, record]);
            return true;
        },
        async updateSubmit(id, n, record) {
            const list = submits.get(id);
            if (list !== undefined && n >= 1 && n <= list.length)
                list[n - 1] = record;
        },
    };
}

;// CONCATENATED MODULE: ./src/core/consent/file-ledger.ts



/**
 * The consent ledger in a directory, for processes that live one call (the CLI) and for the MCP server,
 * so both see the same "already used" memory. One small JSON file per record, private to the user:
 * `<id>.preview.json` (rewritten through a rename) and `<id>.submit.<n>.json` (created exclusively, the
 * cross-process lock that lets two racing submits send once). Files older than a week are removed.
 */
/** Records older than this are deleted on the next preview. */
const RETENTION_MS = (/* unused pure expression or super */ null && (7 * 24 * 60 * 60 * 1000));
/** `VOLC_SMS_STATE_DIR`, else `$XDG_STATE_HOME/volc-sms`, else `~/.local/state/volc-sms`. */
function defaultLedgerDir(env) {
    if (env.VOLC_SMS_STATE_DIR)
        return env.VOLC_SMS_STATE_DIR;
    if (env.XDG_STATE_HOME)
        return path.join(env.XDG_STATE_HOME, 'volc-sms');
    const home = env.HOME ?? env.USERPROFILE;
    if (!home) {
        throw new SmsConfigError('No directory for the consent ledger: HOME is not set', {
            hint: 'Set VOLC_SMS_STATE_DIR to a private directory.',
        });
    }
    return path.join(home, '.local', 'state', 'volc-sms');
}
function fileLedgerStore(dir, now = Date.now) {
    const ledgerDir = path.join(dir, 'consent');
    const file = (name) => path.join(ledgerDir, name);
    let ready;
    const ensureDir = () => (ready ??= mkdir(ledgerDir, { recursive: true, mode: 0o700 }).then(() => undefined, (error) => {
        ready = undefined;
        throw new SmsConfigError(`Cannot create the consent ledger directory ${ledgerDir}`, {
            cause: error,
            hint: 'Set VOLC_SMS_STATE_DIR to a writable private directory.',
        });
    }));
    const readJson = async (name) => {
        try {
            return JSON.parse(await readFile(file(name), 'utf8'));
        }
        catch (error) {
            if (error.code === 'ENOENT')
                return undefined;
            // A record being written by another process reads as empty: it is in flight.
            if (error instanceof SyntaxError)
                return { state: 'in-flight', at: now() };
            throw error;
        }
    };
    const prune = async () => {
        const names = await readdir(ledgerDir).catch(() => []);
        const cutoff = now() - RETENTION_MS;
        await Promise.all(names.map(async (name) => {
            const info = await stat(file(name)).catch(() => undefined);
            if (info !== undefined && info.mtimeMs < cutoff)
                await rm(file(name), { force: true });
        }));
    };
    return {
        readPreview: (id) => readJson(`${id}.preview.json`),
        async writePreview(id, record) {
            await ensureDir();
            const temp = file(`${id}.preview.${process.pid}.tmp`);
            await writeFile(temp, JSON.stringify(record), { mode: 0o600 });
            await rename(temp, file(`${id}.preview.json`));
            await prune();
        },
        async readSubmits(id) {
            const records = [];
            for (let n = 1;; n++) {
                const record = await readJson(`${id}.submit.${n}.json`);
                if (record === undefined)
                    return records;
                records.push(record);
            }
        },
        async createSubmit(id, n, record) {
            await ensureDir();
            try {
                await writeFile(file(`${id}.submit.${n}.json`), JSON.stringify(record), { flag: 'wx', mode: 0o600 });
                return true;
            }
            catch (error) {
                if (error.code === 'EEXIST')
                    return false;
                throw error;
            }
        },
        async updateSubmit(id, n, record) {
            const temp = file(`${id}.submit.${n}.${process.pid}.tmp`);
            await writeFile(temp, JSON.stringify(record), { mode: 0o600 });
            await rename(temp, file(`${id}.submit.${n}.json`));
        },
    };
}

;// CONCATENATED MODULE: ./src/core/consent/gate-types.ts
const isGateFailure = (value) => 'ok' in value && value.ok === false;
const isGateAnswer = (value) => 'answer' in value;
/** What an entry point hands on with a preview's summary: the digest, its expiry (ISO 8601), a pending submit. */
function previewDigestFields(preview) {
    return {
        digest: preview.digest,
        expiresAt: new Date(preview.expiresAt).toISOString(),
        ...(preview.pendingSubmit === undefined ? {} : { pendingSubmit: preview.pendingSubmit }),
    };
}

;// CONCATENATED MODULE: ./src/core/consent/gate.ts




/**
 * The one consent gate (reference §4.3) under every `*-preview`/`*-submit` pair and their MCP tools. A
 * gate definition says how its request is normalised and pre-checked, what the digest covers, what the
 * preview shows and which write it makes; this file owns the rules they share: a preview runs the
 * pre-checks and returns a masked summary and the digest of the canonical, unmasked object; a submit
 * runs them again, recomputes the digest, refuses on any difference (naming what changed), and makes the
 * write exactly once, through the ledger. Nothing here prints; nothing here retries a write.
 */
/** The ledger files a gate's digests apart from every other gate's: a send digest never opens a signature. */
const ledgerKey = (name, digest) => `${name}\n${digest}`;
async function gate_previewGate(definition, context, request) {
    const prepared = await definition.prepare(context.client, request);
    if (isGateFailure(prepared) || isGateAnswer(prepared))
        return prepared;
    const digest = canonical_consentDigest(prepared.canonical);
    const now = (context.now ?? Date.now)();
    let pendingSubmit;
    try {
        pendingSubmit = await context.ledger.remember(ledgerKey(definition.name, digest), prepared.canonical, now);
    }
    catch (error) {
        return gate_failure_failureOf(error, 'check');
    }
    return {
        ok: true,
        preview: prepared.summary,
        digest,
        expiresAt: now + context.ledger.previewTtlMs,
        ...(pendingSubmit === undefined ? {} : { pendingSubmit }),
    };
}
/** A definition's preview and submit, for the commands and tools that take its request as is. */
function gateCalls(definition) {
    return {
        preview: (context, request) => gate_previewGate(definition, context, request),
        submit: (context, request, input) => gate_submitGate(definition, context, request, input),
    };
}
/** The send gate's rule: both digests given, equal, before anything touches the network. */
function requireEqualDigests(input, previewDigest) {
    const authorization = parseDigest(input.authorizationDigest ?? '');
    if (authorization === undefined) {
        return gateFailure('authorization_mismatch', '--authorization-digest must be the 64 hex digits the preview printed', 'authorization-digest', 'Pass the digest the user approved as both --preview-digest and --authorization-digest.');
    }
    if (authorization !== previewDigest) {
        return gateFailure('authorization_mismatch', 'The authorisation digest is not the preview digest: nothing was sent', 'authorization-digest', 'Show the preview to the user and pass the digest they approved as both flags.');
    }
    return undefined;
}
async function gate_submitGate(definition, context, request, input) {
    const preview = `${definition.name}-preview`;
    const previewDigest = parseDigest(input.previewDigest ?? '');
    if (previewDigest === undefined) {
        return gateFailure('authorization_mismatch', `--preview-digest must be the 64 hex digits ${preview} printed`, 'preview-digest', `Run ${preview} and pass the digest it prints.`);
    }
    const refused = definition.authorise(input, previewDigest, request);
    if (refused !== undefined)
        return refused;
    const key = ledgerKey(definition.name, previewDigest);
    const now = (context.now ?? Date.now)();
    let record;
    try {
        record = await context.ledger.recall(key, now);
    }
    catch (error) {
        return gate_failure_failureOf(error, 'check');
    }
    if (record === undefined) {
        const minutes = Math.round(context.ledger.previewTtlMs / 60_000);
        return gateFailure('digest_mismatch', `No ${preview} produced this digest here in the last ${minutes} minutes: nothing was sent`, 'preview-digest', `Run ${preview} with the same flags, show its summary, and submit the digest it prints.`);
    }
    const prepared = await definition.prepare(context.client, request);
    if (isGateFailure(prepared) || isGateAnswer(prepared))
        return prepared;
    const canonical = prepared.canonical;
    if (canonical_consentDigest(canonical) !== previewDigest) {
        const changed = context.ledger.changedFields(record, key, canonical);
        const items = context.ledger.changedItems(record, key, canonical);
        const describe = (field) => definition.fieldWords[field] ?? field;
        const words = changed.map((field) => {
            const item = items.find((i) => i.field === field);
            if (item === undefined)
                return describe(field);
            const parts = [
                ...(item.added.length > 0
                    ? [`added ${item.added.map((v) => definition.describeItem?.(field, v) ?? String(v)).join(', ')}`]
                    : []),
                ...(item.removed > 0 ? [`${item.removed} removed`] : []),
            ];
            return `${describe(field)} (${parts.join('; ')})`;
        });
        const what = words.length > 0 ? `changed: ${words.join(', ')}` : 'the request differs';
        return gateFailure('digest_mismatch', `The request is not the one previewed (${what}): nothing was sent`, 'preview-digest', `Run ${preview} again, show the new summary, and submit its digest.`, { changed });
    }
    if (input.confirm !== undefined && !(await input.confirm(prepared.summary))) {
        return gateFailure('authorization_mismatch', 'The request was not confirmed: nothing was sent', 'confirmation', 'Submit again and confirm the summary.');
    }
    let claim;
    try {
        claim = await context.ledger.claim(key, now, input.reconciled === true);
    }
    catch (error) {
        return gate_failure_failureOf(error, 'check');
    }
    if (!claim.ok) {
        if (claim.reason === 'outcome_unknown')
            return gate_outcomeUnknown(definition, prepared.write, claim.last.requestId);
        return refusedClaim(preview, claim.reason, claim.last);
    }
    const settle = (state, requestId) => context.ledger.settle(key, claim.n, { state, at: (context.now ?? Date.now)(), requestId });
    let written;
    try {
        written = await definition.write(context.client, prepared.write);
    }
    catch (error) {
        if (!(0,errors/* isSmsError */.yc)(error) || error.code !== 'ERR_SMS_OUTCOME_UNKNOWN') {
            await settle('failed', (0,errors/* isSmsError */.yc)(error) ? error.requestId : undefined);
            // A request refused before it left (a bad field) attempted nothing.
            return {
                ...gate_failure_failureOf(error, 'send'),
                attempted: !((0,errors/* isSmsError */.yc)(error) && error.code === 'ERR_SMS_INPUT'),
            };
        }
        const found = await definition.reconcile?.(context.client, prepared.write).catch(() => undefined);
        if (found !== undefined) {
            await settle('sent', error.requestId);
            return {
                ok: true,
                action: definition.action,
                requestId: error.requestId,
                result: { reconciled: true, ...found },
                preview: prepared.summary,
                reconciled: true,
            };
        }
        await settle('unknown', error.requestId);
        return { ...gate_outcomeUnknown(definition, prepared.write, error.requestId, error), attempted: true };
    }
    await settle('sent', written.requestId);
    return {
        ok: true,
        action: definition.action,
        requestId: written.requestId,
        result: written.result,
        preview: prepared.summary,
    };
}
function gate_outcomeUnknown(definition, write, requestId, cause) {
    const error = new errors/* SmsOutcomeUnknownError */.iD(`The ${definition.action} call may or may not have taken effect: no usable answer came back. This digest will not write again on its own`, {
        cause,
        requestId,
        hint: `Check \`${definition.reconcileCommand(write)}\`; only if it shows nothing, run ${definition.name}-submit again with the same flags and --reconciled.`,
    });
    return { ok: false, code: 'outcome_unknown', error, retryable: false };
}
function refusedClaim(preview, reason, last) {
    const when = new Date(last.at).toISOString();
    const message = reason === 'in_progress'
        ? `Another submit of this digest started at ${when} and has not finished: this one sent nothing`
        : `This digest was already submitted at ${when}${last.requestId ? ` (request id ${last.requestId})` : ''}: nothing was sent again`;
    const error = new errors/* SmsInputError */.E$(message, [{ field: 'preview-digest', message: 'already used' }], {
        hint: `To make the same request again, run ${preview} again and submit the digest it prints.`,
    });
    return { ok: false, code: 'already_submitted', error, retryable: false };
}

;// CONCATENATED MODULE: ./src/core/consent/resource-checks.ts

/**
 * The resource queries the gates run before a preview and again before a write (reference §4.3, §5.3),
 * one function per query, each with the skill's own filters and paging (Page 1, PageSize 100), each
 * answering either the facts it read or the failure in the skill's words (the template queries are in
 * template-checks.ts). Gates compose them (send-checks.ts, batch-launch-gate.ts, …); a changed resource
 * state aborts with `validation_error`, a changed content reaches the digest.
 */
const APPROVED = new Set(['3', '5']);
const resource_checks_EVERY_GROUP = new Set(['*', 'All']);
const PAGE = { page: 1, pageSize: 100 };
const CHANNEL_TYPES = new Set(['CN_OTP', 'CN_NTC', 'CN_MKT']);
// An application in review, approved or in use (0, 1, 3, 5, 6): what a reconciling read after a lost answer
// accepts as the application having been made.
const NOT_REJECTED = new Set(['0', '1', '3', '5', '6']);
const isNotRejected = (status) => NOT_REJECTED.has(String(status));
/**
 * A reconciling read: the one item of a list's first page (100) that `matches` the write whose answer was
 * lost. None, or several alike: undefined, since the read cannot tell that this write made it.
 */
async function theOneListed(list, matches) {
    const found = (await list(PAGE)).result.List.filter(matches);
    return found.length === 1 ? found[0] : undefined;
}
const resource_checks_isApproved = (status) => status !== undefined && APPROVED.has(String(status));
/** The single-send rule: an empty list, `*` or `All` pass. `strict` (batch, §3.1): only the group itself. */
const boundTo = (groups, group, strict = false) => strict
    ? (groups ?? []).includes(group)
    : groups === null ||
        groups === undefined ||
        groups.length === 0 ||
        groups.some((g) => g === group || resource_checks_EVERY_GROUP.has(g));
function resource_checks_invalid(message, field, hint) {
    return gateFailure('validation_error', message, field, hint);
}
async function query(run) {
    try {
        return { ok: true, value: await run() };
    }
    catch (error) {
        return gate_failure_failureOf(error, 'check');
    }
}
/** GetSubAccountDetail: the group exists and its status is 1 (the send preview's rule). */
async function checkGroupDetail(client, subAccount) {
    const detail = await query(() => client.getSubAccountDetail({ subAccount }));
    if (!detail.ok)
        return detail;
    const status = detail.value.result.status;
    if (String(status) !== '1') {
        return resource_checks_invalid(`Message group ${subAccount} has status ${status ?? 'none'}, not 1 (usable)`, 'sub-account', 'Run `volc-sms list-message-groups` and pass a usable group as --sub-account.');
    }
    return undefined;
}
/** ListSubAccountForAgent: the group is among the approved groups (batch §3.1, signature applications). */
async function checkGroupListed(client, subAccount) {
    const groups = await query(() => client.listSubAccounts({}));
    if (!groups.ok)
        return groups;
    const group = groups.value.result.List.find((g) => g.SubAccount === subAccount);
    if (group === undefined) {
        return resource_checks_invalid(`Message group ${subAccount} is not among the approved groups`, 'sub-account', 'Run `volc-sms list-message-groups` and pass one of the listed ids as --sub-account.');
    }
    return { ok: true, value: group };
}
/**
 * ListSignatureForAgent: approved (3/5), not `usable:false`, bound to every group (`strict`, batch §3.1:
 * only the group itself counts) and, when the signature lists its channels, taking `channel`.
 */
async function checkSignature(client, signature, groups, options = {}) {
    const subAccounts = typeof groups === 'string' ? [groups] : [...groups];
    const listed = await query(() => client.listSignatures({ signature, subAccounts, ...PAGE }));
    if (!listed.ok)
        return listed;
    const where = subAccounts.join(', ');
    const hint = `Check \`volc-sms list-signatures --signature ${signature}\`: the signature must be approved and bound to ${subAccounts.length > 1 ? 'every' : 'the'} group.`;
    const item = listed.value.result.List.find((s) => s.Signature === signature);
    if (item === undefined) {
        return resource_checks_invalid(`Signature "${signature}" is not approved for group ${where}`, 'signature', hint);
    }
    if (!resource_checks_isApproved(item.Status)) {
        return resource_checks_invalid(`Signature "${signature}" has status ${item.Status ?? 'none'}, not approved (3/5)`, 'signature', hint);
    }
    if (item.Usable === false || item.usable === false) {
        return resource_checks_invalid(`Signature "${signature}" is marked not usable`, 'signature', hint);
    }
    const unbound = subAccounts.filter((group) => !boundTo(item.SubAccounts, group, options.strict));
    if (unbound.length > 0) {
        return resource_checks_invalid(`Signature "${signature}" is not bound to group ${unbound.join(', ')}`, 'signature', hint);
    }
    const channels = item.ChannelTypes;
    if (options.channel !== undefined &&
        channels != null &&
        channels.length > 0 &&
        !channels.includes(options.channel)) {
        return resource_checks_invalid(`Signature "${signature}" does not take ${options.channel}`, 'signature', hint);
    }
    return { ok: true, value: item };
}
/** §2.2: approved is `auditStatus` 3/5, `true` or one of these words, and `usable` truthy. */
const APPROVED_WORDS = new Set([
    '3',
    '5',
    'true',
    'approved',
    'passed',
    'success',
    'completed',
    'no_review',
    'no-review',
    '审核通过',
    '免审',
]);
/** GetSignatureIdentificationList `{id}`: approved and usable, and of the request's purpose when it says. */
async function checkQualification(client, id, purpose) {
    const listed = await query(() => client.getSignatureIdentificationList({ id, pageIndex: 1, pageSize: 100 }));
    if (!listed.ok)
        return listed;
    const hint = 'Run `volc-sms list-qualifications --status 3 --status 5` and pass an approved, usable id as --qualification-id.';
    const item = listed.value.result.list.find((q) => String(q.id) === String(id));
    if (item === undefined)
        return resource_checks_invalid(`Qualification ${id} does not exist`, 'qualification-id', hint);
    if (!APPROVED_WORDS.has(String(item.auditStatus).trim().toLowerCase()) || !item.usable) {
        return resource_checks_invalid(`Qualification ${id} is not approved and usable (auditStatus ${String(item.auditStatus ?? 'none')}, usable ${String(item.usable ?? false)})`, 'qualification-id', hint);
    }
    if (purpose !== undefined && item.purpose !== undefined && String(item.purpose) !== String(purpose)) {
        return resource_checks_invalid(`Qualification ${id} has purpose ${item.purpose}, not ${purpose}`, 'purpose', "Pass the qualification's own purpose (1 own use, 2 for others) as --purpose.");
    }
    return undefined;
}

;// CONCATENATED MODULE: ./src/core/consent/template-checks.ts



// The template queries of the gates' pre-checks (resource-checks.ts has the rest and the rules they share).
/**
 * A listed template's `Signature` and `Signatures` (either may be absent) agree with each other and, when
 * they name any signature, name `signature`.
 */
function checkTemplateSignatures(templateId, signature, named, hint) {
    const single = named.single === '' ? undefined : named.single;
    const list = named.list ?? [];
    if (single !== undefined && list.length > 0 && !list.includes(single)) {
        return gateFailure('contract_conflict', `Template ${templateId} names Signature "${single}" but Signatures ${JSON.stringify(named.list)}`, 'template-id', 'The service described the template inconsistently; check it in the console before sending.');
    }
    const signatures = list.length > 0 ? list : single === undefined ? [] : [single];
    if (signatures.length > 0 && !signatures.includes(signature)) {
        return resource_checks_invalid(`Template ${templateId} is not approved for signature "${signature}"`, 'template-id', hint);
    }
    return undefined;
}
/** ListSmsTemplateForAgent: approved (3/5) for that signature and group. */
async function checkTemplateListed(client, templateId, signature, subAccount, strict = false) {
    const listed = await query(() => client.listTemplates({ templateId, subAccounts: [subAccount], signatures: [signature], ...PAGE }));
    if (!listed.ok)
        return listed;
    const hint = templateHint(subAccount, signature);
    const item = listed.value.result.List.find((t) => t.TemplateId === templateId);
    if (item === undefined) {
        return resource_checks_invalid(`Template ${templateId} is not approved for signature "${signature}" and group ${subAccount}`, 'template-id', hint);
    }
    if (!resource_checks_isApproved(item.Status)) {
        return resource_checks_invalid(`Template ${templateId} has status ${item.Status ?? 'none'}, not approved (3/5)`, 'template-id', hint);
    }
    const signatures = { single: item.Signature, list: item.Signatures };
    const mismatch = checkTemplateSignatures(templateId, signature, signatures, hint);
    if (mismatch !== undefined)
        return mismatch;
    if (!boundTo(item.SubAccounts, subAccount, strict)) {
        return resource_checks_invalid(`Template ${templateId} does not belong to group ${subAccount}`, 'template-id', hint);
    }
    return { ok: true, value: item };
}
const templateHint = (subAccount, signature) => `Check \`volc-sms list-templates --sub-account ${subAccount} --signature ${signature}\`: the template must be approved for both.`;
/**
 * ListSecondTemplate `{templateId, signatures}`: the V2 detail the digest reads the content from (§2.3's
 * client rules: the group, `*` or `All` listed, an empty list fails; parameters present; content a
 * string; a known channel).
 */
async function secondTemplateFacts(client, templateId, signature, subAccount) {
    const listed = await query(() => client.listSecondTemplate({ templateId, signatures: signature }));
    if (!listed.ok)
        return listed;
    const hint = templateHint(subAccount, signature);
    const item = listed.value.result.list.find((t) => t.templateId === templateId);
    if (item === undefined) {
        return resource_checks_invalid(`ListSecondTemplate has no template ${templateId}`, 'template-id', hint);
    }
    const signatures = { single: item.signature, list: item.signatures };
    const mismatch = checkTemplateSignatures(templateId, signature, signatures, hint);
    if (mismatch !== undefined)
        return mismatch;
    if (!(item.subAccounts ?? []).some((g) => g === subAccount || resource_checks_EVERY_GROUP.has(g))) {
        return resource_checks_invalid(`Template ${templateId} does not belong to group ${subAccount}`, 'template-id', hint);
    }
    if (typeof item.content !== 'string' || item.templateParams == null) {
        return resource_checks_invalid(`The service returned no content or no parameter list for template ${templateId}, so it cannot be previewed`, 'template-id', hint);
    }
    if (item.channelType === undefined || !CHANNEL_TYPES.has(item.channelType)) {
        return resource_checks_invalid(`Template ${templateId} has channel type ${item.channelType ?? 'none'}, not CN_OTP, CN_NTC or CN_MKT`, 'template-id', hint);
    }
    const variableNames = item.templateParams
        .map((p) => p.name)
        .filter((name) => typeof name === 'string' && name !== '');
    return {
        ok: true,
        value: {
            content: stripSignaturePrefix(item.content, signature),
            variableNames,
            channelType: item.channelType,
            name: item.templateName ?? item.name,
        },
    };
}

;// CONCATENATED MODULE: ./src/core/consent/send-checks.ts


/**
 * The single-send pre-checks (reference §4.2 and §5.3, "the single-send gate is minimal"), run by the
 * preview and again by the submit: the four queries of the skill. GetSubAccountDetail: the group's status
 * is 1. ListSignatureForAgent: the signature is approved (3/5), not `usable:false`, bound to the group.
 * ListSmsTemplateForAgent: the template is approved for that signature and group. ListSecondTemplate:
 * the content and variables the digest covers, so a template edited between preview and submit, or a
 * group that stopped being usable, never sends.
 */
async function runSendChecks(client, send) {
    // All four at once (one round trip of waiting); the first failure in the order a human would fix them.
    const [group, signature, listed, second] = await Promise.all([
        checkGroupDetail(client, send.subAccount),
        checkSignature(client, send.signature, send.subAccount),
        checkTemplateListed(client, send.templateId, send.signature, send.subAccount),
        secondTemplateFacts(client, send.templateId, send.signature, send.subAccount),
    ]);
    const failed = group ?? [signature, listed, second].find((c) => !c.ok);
    if (failed !== undefined)
        return failed;
    const { content, variableNames } = second.value;
    return { ok: true, template: { content, variableNames } };
}

;// CONCATENATED MODULE: ./src/core/consent/send-gate.ts







const FIELD_WORDS = {
    templateContentSha256: 'the template content',
    renderedContentSha256: 'the rendered text',
    estimatedSegments: 'the segment count',
    originalRecipients: 'the numbers',
    recipients: 'the recipients after de-duplication',
    recipientVariables: 'the template variables',
    duplicates: 'the duplicate numbers',
    dedupePolicy: 'the de-duplication policy',
    subAccount: 'the message group',
    signature: 'the signature',
    templateId: 'the template id',
};
const SEND_GATE = {
    name: 'send',
    action: 'SendSmsForAgent',
    authorise: requireEqualDigests,
    async prepare(client, request) {
        let send;
        try {
            send = normalizeSend(request);
        }
        catch (error) {
            return gate_failure_failureOf(error, 'check');
        }
        const checked = await runSendChecks(client, send);
        if (!checked.ok)
            return checked;
        try {
            checkVariables(checked.template, send.variables);
        }
        catch (error) {
            return gate_failure_failureOf(error, 'check');
        }
        const canonical = sendCanonicalObject(send, checked.template);
        return { canonical, summary: maskedSendSummary(canonical, checked.template.variableNames), write: send };
    },
    async write(client, send) {
        const outcome = await client.sendSms({
            subAccount: send.subAccount,
            signature: send.signature,
            templateId: send.templateId,
            mobiles: send.recipients,
            // Always sent, compact and sorted: `{}` for a fixed text (reference §2.13).
            templateParam: canonical_canonicalJson(send.variables),
        });
        const recipients = outcome.recipients;
        const requestId = recipients.find((r) => r.requestId !== undefined)?.requestId;
        if (recipients.every((r) => r.status === 'sent'))
            return { requestId, result: { MessageIds: recipients.map((r) => r.messageId) } };
        const error = recipients.find((r) => r.error !== undefined)?.error;
        if (recipients.some((r) => r.status === 'unknown'))
            throw new errors/* SmsOutcomeUnknownError */.iD('No usable answer came back', { cause: error, requestId });
        throw error;
    },
    reconcileCommand: (send) => `volc-sms list_sms_send_log --sub-account ${send.subAccount} --template-id ${send.templateId} --since 1h`,
    fieldWords: FIELD_WORDS,
    describeItem: (_field, item) => phone_maskPhone(String(item)),
};
async function previewSend(context, request) {
    // The send gate has no early answer: prepare never returns one.
    return (await previewGate(SEND_GATE, context, request));
}
async function submitSend(context, request, input) {
    return (await submitGate(SEND_GATE, context, request, input));
}

;// CONCATENATED MODULE: ./src/core/consent/signature-gate.ts






const signature_gate_FIELD_WORDS = {
    subAccounts: 'the message groups',
    channelTypes: 'the channel types',
    content: 'the signature text',
    purpose: 'the purpose',
    source: 'the source',
    signatureIdentificationID: 'the qualification',
};
/** The body as typed, before any query: the bracket rule, groups de-duplicated in order. */
function draftBody(request, subAccounts) {
    const signature = send_request_normalizeSignature(request.content ?? '');
    const optional = {
        desc: request.description,
        domain: request.domain,
        scene: request.scene,
        projectName: request.projectName,
        appIcp: request.appIcp,
        trademark: request.trademark,
    };
    return {
        content: 'value' in signature ? signature.value : request.content,
        purpose: request.purpose,
        source: request.source,
        signatureIdentificationID: request.qualificationId,
        subAccounts,
        channelTypes: [...new Set(request.channelTypes)],
        ...Object.fromEntries(Object.entries(optional).filter(([, v]) => v !== undefined)),
    };
}
async function chooseGroups(client, request) {
    const listed = await query(() => client.listSubAccounts({}));
    if (!listed.ok)
        return listed;
    const visible = listed.value.result.List;
    const channels = [...new Set(request.channelTypes)];
    const lacks = (group) => {
        const offered = group.ChannelTypes ?? (group.ChannelType ? [group.ChannelType] : undefined);
        return offered === undefined ? [] : channels.filter((c) => !offered.includes(c));
    };
    const named = [...new Set(request.subAccounts ?? [])];
    const hint = 'Run `volc-sms list-message-groups` and name groups that take these channels with --sub-account.';
    const chosen = [];
    const excluded = [];
    if (named.length > 0) {
        for (const id of named) {
            const group = visible.find((g) => g.SubAccount === id);
            if (group === undefined)
                return resource_checks_invalid(`Message group ${id} is not among the visible groups`, 'sub-account', hint);
            const missing = lacks(group);
            if (missing.length > 0)
                return resource_checks_invalid(`Message group ${id} does not take ${missing.join(', ')}`, 'sub-account', hint);
            chosen.push(group);
        }
    }
    else {
        for (const group of visible) {
            const missing = lacks(group);
            if (missing.length === 0)
                chosen.push(group);
            else
                excluded.push({ subAccount: group.SubAccount, reason: `does not take ${missing.join(', ')}` });
        }
        if (chosen.length === 0)
            return resource_checks_invalid(`No visible message group takes ${channels.join(', ')}`, 'sub-account', hint);
    }
    return {
        ok: true,
        summary: {
            messageGroups: chosen.map((g) => ({
                subAccount: g.SubAccount,
                subAccountName: g.SubAccountName ?? null,
            })),
            messageGroupCount: chosen.length,
            ...(named.length === 0 && excluded.length > 0 ? { excludedGroups: excluded } : {}),
        },
    };
}
const covers = (have, want) => want.every((item) => (have ?? []).includes(item));
const SIGNATURE_GATE = {
    name: 'signature',
    action: 'ApplySmsSignatureV2',
    // The digest alone is the consent here (reference §4.3); nothing more to check before the network.
    authorise: () => undefined,
    async prepare(client, request) {
        try {
            // The bracket rule and every field rule first: a bad flag needs no query. Default-all groups are
            // only known after the query; a stand-in checks the rest of the body.
            const named = [...new Set(request.subAccounts ?? [])];
            await agentV2Params(AGENT_V2_ACTIONS.applySmsSignatureV2, draftBody(request, named.length > 0 ? named : ['(every visible group)']));
        }
        catch (error) {
            return gate_failure_failureOf(error, 'check');
        }
        const [qualification, groups] = await Promise.all([
            checkQualification(client, request.qualificationId, request.purpose),
            chooseGroups(client, request),
        ]);
        if (qualification !== undefined)
            return qualification;
        if (!groups.ok)
            return groups;
        const body = draftBody(request, groups.summary.messageGroups.map((g) => g.subAccount));
        return { canonical: { ...body }, summary: { body, ...groups.summary }, write: body };
    },
    write: (client, body) => client.applySmsSignatureV2(body),
    // §2.4: exactly one listed signature with this text, not rejected, covering the groups and channels,
    // with the same qualification and purpose.
    async reconcile(client, body) {
        const item = await theOneListed((page) => client.listSignatures({ signature: body.content, subAccounts: body.subAccounts, ...page }), (s) => s.Signature === body.content);
        if (item === undefined || !isNotRejected(item.Status))
            return undefined;
        const identification = item.IdentificationId ?? item.IdentificationID;
        if (!covers(item.SubAccounts, body.subAccounts) || !covers(item.ChannelTypes, body.channelTypes))
            return undefined;
        if (String(identification) !== String(body.signatureIdentificationID))
            return undefined;
        if (item.Purpose !== undefined && String(item.Purpose) !== String(body.purpose))
            return undefined;
        return {
            Signature: item.Signature,
            Status: item.Status,
            SubAccounts: item.SubAccounts,
            ChannelTypes: item.ChannelTypes,
        };
    },
    reconcileCommand: (body) => `volc-sms list-signatures --signature ${body.content} ${body.subAccounts.map((g) => `--sub-account ${g}`).join(' ')}`,
    fieldWords: signature_gate_FIELD_WORDS,
};
const { preview: previewSignature, submit: submitSignature } = gateCalls(SIGNATURE_GATE);

;// CONCATENATED MODULE: ./src/core/consent/template-gate.ts








const template_gate_FIELD_WORDS = {
    content: 'the content',
    channelType: 'the channel type',
    name: 'the name',
    signatures: 'the signatures',
    subAccounts: 'the message groups',
    templateParams: 'the variables',
};
function templateBody(request) {
    const signatures = (request.signatures ?? []).map((text) => {
        const normalized = send_request_normalizeSignature(text);
        return 'value' in normalized ? normalized.value : text;
    });
    const names = request.templateParams ?? (0,sending_template/* templateVariables */.Qp)(request.content ?? '');
    const optional = {
        project: request.project,
        desc: request.description,
        shortUrlConfig: request.shortUrlConfig,
    };
    return {
        content: request.content,
        channelType: request.channelType,
        area: 'cn',
        name: request.name,
        signatures: [...new Set(signatures)],
        subAccounts: [...new Set(request.subAccounts ?? [])],
        templateParams: [...new Set(names)].map((name) => ({ name })),
        ...Object.fromEntries(Object.entries(optional).filter(([, v]) => v !== undefined)),
    };
}
const TEMPLATE_GATE = {
    name: 'template',
    action: 'ApplySmsTemplateV2',
    authorise: () => undefined,
    async prepare(client, request) {
        const body = templateBody(request);
        try {
            await agentV2Params(AGENT_V2_ACTIONS.applySmsTemplateV2, body);
        }
        catch (error) {
            return gate_failure_failureOf(error, 'check');
        }
        const checks = await Promise.all(body.signatures.map((signature) => checkSignature(client, signature, body.subAccounts, { strict: true, channel: body.channelType })));
        const failed = checks.find((c) => !c.ok);
        if (failed !== undefined && !failed.ok)
            return failed;
        const { content, ...rest } = body;
        const summary = {
            ...rest,
            content_length: [...content].length,
            content_sha256: sign_sha256Hex(content),
        };
        return { canonical: { ...body }, summary, write: body };
    },
    write: (client, body) => client.applySmsTemplateV2(body),
    // §2.5: exactly one listed template of this name, not rejected, with this exact content and channel.
    async reconcile(client, body) {
        const item = await theOneListed((page) => client.listTemplates({ subAccounts: body.subAccounts, signatures: body.signatures, ...page }), (t) => (t.TemplateName ?? t.Name) === body.name &&
            isNotRejected(t.Status) &&
            t.Content === body.content &&
            (t.ChannelType === undefined || t.ChannelType === body.channelType));
        if (item === undefined)
            return undefined;
        return {
            TemplateId: item.TemplateId,
            TemplateName: item.TemplateName ?? item.Name,
            Status: item.Status,
            ContentSha256: sign_sha256Hex(body.content),
        };
    },
    reconcileCommand: (body) => `volc-sms list-templates ${body.subAccounts.map((g) => `--sub-account ${g}`).join(' ')} ${body.signatures.map((s) => `--signature ${s}`).join(' ')}`,
    fieldWords: template_gate_FIELD_WORDS,
};
const { preview: previewTemplate, submit: submitTemplate } = gateCalls(TEMPLATE_GATE);

;// CONCATENATED MODULE: ./src/core/consent/batch-checks.ts




async function batch_checks_runBatchChecks(client, target) {
    const { subAccount, signature, templateId } = target;
    const [group, signed, listed, second] = await Promise.all([
        checkGroupListed(client, subAccount),
        checkSignature(client, signature, subAccount, { strict: true }),
        checkTemplateListed(client, templateId, signature, subAccount, true),
        secondTemplateFacts(client, templateId, signature, subAccount),
    ]);
    for (const check of [group, signed, listed, second])
        if (!check.ok)
            return check;
    const facts = second.value;
    const signatureItem = signed.value;
    const identification = signatureItem.IdentificationId ?? signatureItem.IdentificationID;
    if (typeof identification === 'number' || typeof identification === 'string') {
        const qualification = await checkQualification(client, Number(identification));
        if (qualification !== undefined)
            return qualification;
    }
    const hint = 'Batch tasks take notification (CN_NTC) and marketing (CN_MKT) templates only; send codes one by one.';
    if (delivery_plan_isVerificationTemplate(facts) || facts.channelType === 'CN_OTP') {
        return resource_checks_invalid(`Template ${templateId} is a verification template (or reads like one); batch tasks never send codes`, 'template-id', hint);
    }
    if (facts.channelType !== 'CN_NTC' && facts.channelType !== 'CN_MKT') {
        return resource_checks_invalid(`Template ${templateId} has channel type ${facts.channelType}`, 'template-id', hint);
    }
    const channel = facts.channelType;
    const groupChannels = group.value.ChannelTypes;
    if (groupChannels !== undefined && groupChannels.length > 0 && !groupChannels.includes(channel))
        return resource_checks_invalid(`Message group ${subAccount} does not take ${channel}`, 'sub-account', hint);
    const signatureChannels = signatureItem.ChannelTypes;
    if (Array.isArray(signatureChannels) &&
        signatureChannels.length > 0 &&
        !signatureChannels.includes(channel))
        return resource_checks_invalid(`Signature "${signature}" does not take ${channel}`, 'signature', hint);
    return {
        ok: true,
        template: {
            templateName: facts.name ?? templateId,
            channelType: channel,
            variableNames: facts.variableNames,
            contentSha256: sign_sha256Hex(facts.content),
        },
    };
}

;// CONCATENATED MODULE: ./src/core/consent/batch-launch-gate.ts








const batch_launch_gate_describeTaskStatus = (status) => `${status} (${batchTaskStateName(status) ?? 'unknown'})`;
const STARTED = new Set([3, 4, 5, 6]);
const CONSENT_PHRASE = '确认启动任务';
/** GetBatchTaskDetail, with the identity check the launch and the cancel need. */
async function batch_launch_gate_readTask(client, subAccount, taskId) {
    const detail = await query(() => client.getBatchTaskDetail({ subAccount, taskId }));
    if (!detail.ok)
        return detail;
    const task = detail.value.result;
    if (task.taskId !== taskId || task.subAccount !== subAccount) {
        return resource_checks_invalid(`Task ${taskId} of group ${subAccount}: the detail's identity does not match (taskId ${task.taskId ?? 'none'}, subAccount ${task.subAccount ?? 'none'})`, 'task-id', 'Check --task-id and --sub-account against the output of batch-create.');
    }
    return { ok: true, task: { ...task, status: task.status ?? -1 } };
}
const started = (task) => ({
    ok: true,
    answer: { alreadyStarted: true, status: task.status, taskId: task.taskId },
});
/** The digest's object; throws naming a value that neither the detail nor the flags give. */
function launchCanonical(task, request, contentSha256) {
    const missing = [];
    const need = (value, name) => {
        if (value === undefined || value === null || value === '')
            missing.push(name);
        return value;
    };
    const canonical = {
        taskId: need(task.taskId, 'taskId'),
        taskName: need(task.taskName, 'taskName'),
        subAccount: need(task.subAccount, 'subAccount'),
        signature: need(task.signature, 'signature'),
        templateId: need(task.templateId, 'templateId'),
        templateName: need(task.templateName, 'templateName'),
        channelType: need(task.channelType, 'channelType'),
        fileUrl: need(task.fileUrl, 'fileUrl'),
        scheduled: task.scheduled ?? false,
        sendTime: task.sendTime ?? 0,
        totalCount: need(task.totalCount ?? request.totalCount, 'totalCount'),
        fileSha256: need(request.fileSha256?.toLowerCase(), 'fileSha256'),
        validCount: need(request.validCount, 'validCount'),
        invalidCount: need(request.invalidCount, 'invalidCount'),
        dupCount: need(request.dupCount, 'dupCount'),
        contentSha256,
    };
    if (missing.length > 0) {
        throw new errors/* SmsInputError */.E$(`Neither the task detail nor the flags give ${missing.join(', ')}`, missing.map((field) => ({ field, message: 'is required' })), { hint: 'Pass the handoff flags batch-create printed (--file-sha256, --valid-count, …).' });
    }
    return canonical;
}
function summaryOf(canonical) {
    // templateName and scheduled are digested but not shown; the file key is shown as its hash (§4.3).
    const shown = { ...canonical };
    delete shown.fileUrl;
    delete shown.templateName;
    delete shown.scheduled;
    return { ...shown, fileKeySha256: sign_sha256Hex(canonical.fileUrl) };
}
const batch_launch_gate_FIELD_WORDS = {
    totalCount: 'the number count',
    fileUrl: 'the file',
    sendTime: 'the send time',
    scheduled: 'the schedule',
    contentSha256: 'the template content',
    fileSha256: 'the file hash',
    taskName: 'the task name',
};
const BATCH_LAUNCH_GATE = {
    name: 'batch-launch',
    action: 'ConsentBatchTask',
    authorise(input, _digest, request) {
        const expected = `${CONSENT_PHRASE} ${request.taskId}`;
        if (input.authorizationText === expected)
            return undefined;
        return gateFailure('authorization_mismatch', `--authorization-text must be exactly "${expected}": nothing was launched`, 'authorization-text', `Show the summary to the user; launch only after they write "${expected}".`);
    },
    async prepare(client, request) {
        const read = await batch_launch_gate_readTask(client, request.subAccount, request.taskId);
        if (!read.ok)
            return read;
        const { task } = read;
        if (STARTED.has(task.status))
            return started(task);
        if (task.status !== 2) {
            return resource_checks_invalid(`Task ${request.taskId} is in state ${batch_launch_gate_describeTaskStatus(task.status)}, not in Valid(2) state`, 'task-id', 'Only a validated task waiting for consent can be launched; see batch-detail.');
        }
        const checks = await batch_checks_runBatchChecks(client, {
            subAccount: request.subAccount,
            signature: task.signature ?? '',
            templateId: task.templateId ?? '',
        });
        if (!checks.ok)
            return checks;
        // A count the detail returns must equal its flag (§4.3).
        if (task.totalCount !== undefined &&
            request.totalCount !== undefined &&
            task.totalCount !== request.totalCount) {
            return gateFailure('digest_mismatch', `--total-count ${request.totalCount} is not the task's totalCount ${task.totalCount}: nothing was launched`, 'total-count', 'Pass the counts batch-create printed for this task.');
        }
        let canonical;
        try {
            canonical = launchCanonical(task, request, checks.template.contentSha256);
        }
        catch (error) {
            return gate_failure_failureOf(error, 'check');
        }
        const write = { request, digest: canonical_consentDigest(canonical), contentSha256: checks.template.contentSha256 };
        return { canonical, summary: summaryOf(canonical), write };
    },
    async write(client, { request, digest, contentSha256 }) {
        // The last read before the consent: a task started meanwhile is not consented twice.
        const task = (await client.getBatchTaskDetail({ subAccount: request.subAccount, taskId: request.taskId }))
            .result;
        const status = task.status ?? -1;
        if (STARTED.has(status))
            return { requestId: undefined, result: started({ status, taskId: task.taskId }).answer };
        if (status !== 2 || canonical_consentDigest(launchCanonical(task, request, contentSha256)) !== digest) {
            throw new errors/* SmsInputError */.E$(`Task ${request.taskId} changed right before the launch (state ${batch_launch_gate_describeTaskStatus(status)}): nothing was launched`, [{ field: 'task-id', message: 'changed' }], { hint: 'Run batch-launch-preview again and show the new summary.' });
        }
        const { requestId } = await client.consentBatchTask({
            subAccount: request.subAccount,
            taskId: request.taskId,
        });
        return { requestId, result: { taskId: request.taskId, subAccount: request.subAccount } };
    },
    // §2.11: after a lost answer the detail settles it: 3–6 is started.
    async reconcile(client, { request }) {
        const task = (await client.getBatchTaskDetail({ subAccount: request.subAccount, taskId: request.taskId }))
            .result;
        return STARTED.has(task.status ?? -1) ? { status: task.status, taskId: request.taskId } : undefined;
    },
    reconcileCommand: ({ request }) => `volc-sms batch-detail --sub-account ${request.subAccount} --task-id ${request.taskId}`,
    fieldWords: batch_launch_gate_FIELD_WORDS,
};
const { preview: previewBatchLaunch, submit: submitBatchLaunch } = gateCalls(BATCH_LAUNCH_GATE);

;// CONCATENATED MODULE: ./src/core/consent/batch-cancel.ts




const CUT_OFF_MS = 60_000;
/** A detail's `sendTime` in epoch ms: a number is Unix seconds, a string ISO 8601; 0 or empty is none. */
function sendTimeMs(sendTime) {
    if (sendTime === undefined || sendTime === null || sendTime === 0 || sendTime === '')
        return undefined;
    const ms = typeof sendTime === 'number' ? sendTime * 1000 : Date.parse(sendTime);
    return Number.isFinite(ms) ? ms : undefined;
}
async function cancelBatchTask(client, ref, now = Date.now()) {
    const read = await readTask(client, ref.subAccount, ref.taskId);
    if (!read.ok)
        return read;
    const { task } = read;
    const hint = 'See the task with batch-detail; a task that is sending or finished cannot be canceled.';
    if (task.status === 7) {
        return {
            ok: true,
            action: 'batch-cancel',
            requestId: undefined,
            result: { alreadyCanceled: true, status: 7, taskId: ref.taskId },
        };
    }
    if (task.status < 0 || task.status > 5) {
        return invalid(`Task ${ref.taskId} is in state ${describeTaskStatus(task.status)} and cannot be canceled`, 'task-id', hint);
    }
    if (task.scheduled === true) {
        const at = sendTimeMs(task.sendTime);
        if (at === undefined || at - now <= CUT_OFF_MS) {
            return invalid(at === undefined
                ? `Task ${ref.taskId} is scheduled but its send time is unknown: it is not canceled`
                : `Task ${ref.taskId} sends at ${new Date(at).toISOString()}, less than a minute from now: too late to cancel`, 'task-id', hint);
        }
    }
    try {
        const { requestId } = await client.deleteBatchTask(ref);
        return {
            ok: true,
            action: 'DeleteBatchTask',
            requestId,
            result: { taskId: ref.taskId, subAccount: ref.subAccount },
        };
    }
    catch (error) {
        if (!isSmsError(error) || error.code !== 'ERR_SMS_OUTCOME_UNKNOWN')
            return { ...failureOf(error, 'send'), attempted: true };
        const after = await readTask(client, ref.subAccount, ref.taskId);
        if (after.ok && after.task.status === 7) {
            return {
                ok: true,
                action: 'batch-cancel',
                requestId: error.requestId,
                result: { reconciled: true, status: 7, taskId: ref.taskId },
            };
        }
        const failure = failureOf(error, 'send');
        return { ...failure, attempted: true };
    }
}

;// CONCATENATED MODULE: ./src/core/consent/index.ts
// The consent gates (reference §4.3), exported through src/core/index.ts.














;// CONCATENATED MODULE: ./src/core/analytics/window.ts




/**
 * The analytics window and its buckets (agent-v2 reference §6): an explicit `[start, end)` read in
 * Asia/Shanghai (a fixed UTC+08:00, no daylight saving, so every local hour and day has a fixed length),
 * at most 90 days; `total` is one bucket, `hour` and `day` cut at local boundaries and are clipped at
 * both ends; at most 100 buckets, and buckets plus send-log pages at most 120 queries.
 */
const window_ANALYTICS_TIME_ZONE = 'Asia/Shanghai';
const MAX_ANALYTICS_BUCKETS = 100;
const MAX_ANALYTICS_QUERIES = 120;
function refuse(field, message) {
    throw new SmsInputError(`${field} ${message}`, [{ field, message: `${field} ${message}` }], {
        hint: 'Give --start and --end as ISO 8601 times (2026-07-01T00:00:00, read in Asia/Shanghai, or with an offset).',
    });
}
// An explicit point in time: a date, or a datetime with whole seconds and an optional offset (no ages, no
// "now": a report must say which window it covers, and the same command must give the same window).
const EXPLICIT_TIME = /^\d{4}-\d{2}-\d{2}(?:[T ]\d{2}:\d{2}(?::\d{2}(\.\d+)?)?(?:Z|[+-]\d{2}:?\d{2})?)?$/i;
/** One bound: ISO 8601, whole seconds (a fraction of zeros is whole), no offset = Asia/Shanghai. */
function parseAnalyticsTime(text, field) {
    const trimmed = text.trim();
    const match = EXPLICIT_TIME.exec(trimmed);
    if (!match)
        refuse(field, `must be an ISO 8601 time such as 2026-07-01T08:00:00 (got "${trimmed}")`);
    if (match[1] !== undefined && /[1-9]/.test(match[1]))
        refuse(field, 'must have whole seconds');
    return parseTimeInput(trimmed, { field, timeZone: window_ANALYTICS_TIME_ZONE });
}
function window_analyticsWindow(startText, endText) {
    const start = parseAnalyticsTime(startText, '--start');
    const end = parseAnalyticsTime(endText, '--end');
    if (end <= start)
        refuse('--end', 'must be after --start');
    if (end - start > MAX_STATS_WINDOW_SECONDS)
        refuse('--end', 'must be at most 90 days after --start');
    return { start, end };
}
const STEP = { hour: 3600, day: 86_400 };
/** The first local boundary after `seconds` (hour or day in Asia/Shanghai). */
function nextBoundary(seconds, step) {
    const local = seconds + SHANGHAI_OFFSET_SECONDS;
    return (Math.floor(local / step) + 1) * step - SHANGHAI_OFFSET_SECONDS;
}
/** The buckets of the window, oldest first; refused past 100 (90 days cannot use `hour`). */
function window_analyticsBuckets(window, size) {
    if (size === 'total')
        return [window];
    const step = STEP[size];
    const count = Math.ceil((window.end - nextBoundary(window.start, step)) / step) + 1;
    if (count > MAX_ANALYTICS_BUCKETS) {
        refuse('--bucket', `${size} would need ${count} aggregate queries, at most ${MAX_ANALYTICS_BUCKETS}: use day or total, or a shorter window`);
    }
    const buckets = [];
    for (let start = window.start; start < window.end;) {
        const end = Math.min(nextBoundary(start, step), window.end);
        buckets.push({ start, end });
        start = end;
    }
    return buckets;
}
/** Buckets plus send-log pages, counted before retries, must stay within 120 queries. */
function window_checkQueryBudget(buckets, logPages) {
    if (buckets + logPages > MAX_ANALYTICS_QUERIES) {
        refuse('--max-pages', `and ${buckets} bucket(s) make ${buckets + logPages} queries, at most ${MAX_ANALYTICS_QUERIES}`);
    }
}
/** The stats request of a bucket: `EndTime` is the bucket's last second, so neighbours never overlap. */
function window_statsTimes(bucket) {
    return { startTime: bucket.start, endTime: bucket.end - 1 };
}

;// CONCATENATED MODULE: ./src/core/analytics/send-logs.ts


// §2.14: the send log's success markers, trimmed and upper-cased.
const SUCCESS_CODES = new Set(['', '0', 'OK', 'SUCCESS', 'DELIVRD']);
function logRecord(entry) {
    const errorCode = String(entry.ErrorCode ?? '').trim();
    const receiptTime = countOf(entry.ReceiptTime);
    const segments = countOf(entry.Count);
    return {
        messageId: entry.MessageId,
        sendTime: countOf(entry.SendTime),
        receiptTime,
        receiptState: !SUCCESS_CODES.has(errorCode.toUpperCase())
            ? 'failure'
            : receiptTime
                ? 'success'
                : 'outstanding',
        errorCode,
        segments: segments && segments > 0 ? segments : 1,
        subAccount: entry.SubAccount ?? '',
        signature: entry.Signature ?? '',
        templateId: entry.TemplateId ?? '',
    };
}
/** Collects pages in order; `add` says whether another page is needed. */
class send_logs_LogCollector {
    #byId = new Map();
    #anonymous = [];
    #limitations = [];
    #total = null;
    #raw = 0;
    #duplicates = 0;
    #pages = 0;
    #complete = false;
    /** One page of `pageSize` asked for; false when paging is over (complete, or short of the total). */
    add(entries, total, pageSize) {
        this.#pages += 1;
        const pageTotal = countOf(total);
        if (pageTotal !== null)
            this.#total = Math.max(this.#total ?? 0, pageTotal);
        this.#raw += entries.length;
        for (const entry of entries) {
            const record = logRecord(entry);
            if (record.messageId === '') {
                this.#anonymous.push(record);
                this.#limit('missing_message_id');
            }
            else if (this.#byId.has(record.messageId))
                this.#duplicates += 1;
            else
                this.#byId.set(record.messageId, record);
        }
        if (this.#total !== null && this.#byId.size + this.#anonymous.length >= this.#total) {
            this.#complete = true;
            return false;
        }
        if (entries.length < pageSize) {
            if (this.#total === null)
                this.#complete = true;
            else
                this.#limit('service_total_not_reached');
            return false;
        }
        return true;
    }
    #limit(limitation) {
        if (!this.#limitations.includes(limitation))
            this.#limitations.push(limitation);
    }
    /** The evidence once paging stopped (after `add` said so, or after the last page allowed). */
    evidence() {
        if (!this.#complete)
            this.#limit('page_limit_reached');
        const records = [...this.#byId.values(), ...this.#anonymous].sort((a, b) => Number(a.sendTime === null) - Number(b.sendTime === null) ||
            (a.sendTime ?? 0) - (b.sendTime ?? 0) ||
            (a.messageId < b.messageId ? -1 : a.messageId > b.messageId ? 1 : 0));
        const receiptStates = { success: 0, failure: 0, outstanding: 0 };
        const errorCodes = new Map();
        for (const record of records) {
            receiptStates[record.receiptState] += 1;
            if (record.receiptState !== 'failure' || record.errorCode === '')
                continue;
            const entry = errorCodes.get(record.errorCode) ?? {
                messages: 0,
                segments: 0,
                explanation: 'unknown_public_code',
                recommendation: 'reconcile_with_the_customer_visible_send_log',
            };
            entry.messages += 1;
            entry.segments += record.segments;
            errorCodes.set(record.errorCode, entry);
        }
        return {
            population: 'message_level',
            complete: this.#complete,
            truncated: !this.#complete,
            evidence_status: this.#limitations.length === 0 ? 'complete' : 'insufficient_data',
            limitations: [...this.#limitations],
            pages_fetched: this.#pages,
            service_total: this.#total,
            raw_records_fetched: this.#raw,
            unique_records: records.length,
            duplicate_count: this.#duplicates,
            receipt_states: receiptStates,
            error_codes: Object.fromEntries([...errorCodes].sort(([a], [b]) => (a < b ? -1 : 1))),
            records,
        };
    }
}
const FIELD = {
    subAccount: 'subAccount',
    signature: 'signature',
    template: 'templateId',
};
/** The records by one dimension, sorted by value; `time` groups by local date (ms ≥ 10¹¹, else seconds). */
function send_logs_groupRecords(records, dimension) {
    const groups = new Map();
    for (const record of records) {
        let value;
        if (dimension === 'time') {
            const time = record.sendTime;
            value = time === null ? 'unknown' : shanghaiDate(Math.floor(time >= 1e11 ? time / 1000 : time));
        }
        else
            value = record[FIELD[dimension]] || 'unknown';
        const group = groups.get(value) ?? {
            value,
            messages: 0,
            segments: 0,
            success: 0,
            failure: 0,
            outstanding: 0,
        };
        group.messages += 1;
        group.segments += record.segments;
        group[record.receiptState] += 1;
        groups.set(value, group);
    }
    return [...groups.values()].sort((a, b) => (a.value < b.value ? -1 : a.value > b.value ? 1 : 0));
}

;// CONCATENATED MODULE: ./src/core/analytics/report.ts






const windowJson = (w) => ({
    start_inclusive: shanghaiIso(w.start),
    end_exclusive: shanghaiIso(w.end),
});
function report_invalid(field, message) {
    throw new SmsInputError(`${field} ${message}`, [{ field, message: `${field} ${message}` }]);
}
/** A mainland mobile after an optional `+86` (a bare `86` prefix is refused, as the reference does). */
function mobileFilter(mobile) {
    const digits = mobile.trim().replace(/^\+86/, '');
    if (!/^1[3-9]\d{9}$/.test(digits))
        report_invalid('--mobile', 'must be a mainland China mobile number');
    return digits;
}
function range(value, min, max, field) {
    if (!Number.isInteger(value) || value < min || value > max)
        report_invalid(field, `must be ${min}–${max}`);
    return value;
}
/** Every rule that needs no query, so a bad request costs nothing. */
function plan(input) {
    const window = analyticsWindow(input.start, input.end);
    const bucket = input.bucket ?? 'day';
    const buckets = analyticsBuckets(window, bucket);
    const pageSize = range(input.pageSize ?? 100, 1, 100, '--page-size');
    const maxPages = range(input.maxPages ?? 10, 1, 100, '--max-pages');
    if (input.includeLogs) {
        if (!input.subAccount)
            report_invalid('--sub-account', 'is required with --include-logs (the send log is per group)');
        if (input.channelType)
            report_invalid('--channel-type', 'cannot be combined with --include-logs: the send log has no channel filter');
    }
    else if (input.mobile !== undefined)
        report_invalid('--mobile', 'needs --include-logs (it filters the send log only)');
    checkQueryBudget(buckets.length, input.includeLogs ? maxPages : 0);
    const mobile = input.mobile === undefined ? undefined : mobileFilter(input.mobile);
    return { window, buckets, bucket, pageSize, maxPages, mobile };
}
/** The send-log query of the window (§6): `ToTime` = end − 1 s, the filters, never a channel. */
function logQuery(input, p) {
    return {
        subAccount: input.subAccount ?? '',
        fromTime: p.window.start,
        toTime: p.window.end - 1,
        signature: input.signature,
        templateId: input.templateId,
        mobile: p.mobile,
    };
}
/**
 * `analytics --include-logs --all`: the same send-log query as the report's evidence, checked by the same
 * rules, for a walk of every message of the window (walkSendLog) instead of at most `maxPages` pages.
 */
function analyticsLogWalk(input) {
    try {
        // Buckets do not matter to a walk of the log: one, so only the window's own rules apply.
        const p = plan({ ...input, bucket: 'total', includeLogs: true, maxPages: 1 });
        return { ok: true, walk: { ...logQuery(input, p), pageSize: p.pageSize } };
    }
    catch (error) {
        if (isSmsError(error) && error.code === 'ERR_SMS_INPUT')
            return { ok: false, code: 'analytics_validation_error', error, retryable: false };
        throw error;
    }
}
async function sendLogs(client, input, p, options) {
    const collector = new LogCollector();
    const query = logQuery(input, p);
    for (let page = 1; page <= p.maxPages; page += 1) {
        await options.beforeQuery?.();
        const { result } = await client.listSendLogs({ ...query, page, pageSize: p.pageSize }, { signal: options.signal });
        if (!collector.add(result.List, result.Total, p.pageSize))
            break;
    }
    return collector.evidence();
}
/** The report, or how it failed: `analytics_validation_error` before any query, `analytics_query_failed`. */
async function buildAnalyticsReport(client, input, options = {}) {
    let p;
    try {
        p = plan(input);
    }
    catch (error) {
        if (isSmsError(error) && error.code === 'ERR_SMS_INPUT')
            return { ok: false, code: 'analytics_validation_error', error, retryable: false };
        throw error;
    }
    try {
        const trend = [];
        let complete = true;
        for (const bucket of p.buckets) {
            await options.beforeQuery?.();
            const response = await client.getSendStats({
                ...statsTimes(bucket),
                subAccount: input.subAccount,
                channelType: input.channelType,
                signature: input.signature,
                templateId: input.templateId,
            }, { signal: options.signal });
            // The counts as the server sent them: the parsed result fills a missing count with 0, and a missing
            // count must read as missing (insufficient data), never as zero traffic.
            const raw = response.raw?.Result;
            const metrics = bucketMetrics(raw !== null && typeof raw === 'object' ? raw : {});
            complete &&= metricsAvailable(metrics);
            trend.push({ window: windowJson(bucket), metrics });
        }
        const report = {
            status: complete ? 'complete' : 'insufficient_data',
            aggregate_population: 'submission_level',
            timezone: ANALYTICS_TIME_ZONE,
            window: windowJson(p.window),
            data_cutoff_exclusive: shanghaiIso(p.window.end),
            scope: {
                subAccount: input.subAccount ?? null,
                channelType: input.channelType ?? null,
                signature: input.signature ?? null,
                templateId: input.templateId ?? null,
                sendLogsMobileFilterApplied: p.mobile !== undefined,
            },
            bucket: p.bucket,
            trend,
        };
        if (input.includeLogs) {
            const evidence = await sendLogs(client, input, p, options);
            const dimension = input.dimension ?? 'time';
            report.send_logs = { ...evidence, breakdown: groupRecords(evidence.records, dimension), dimension };
            if (evidence.evidence_status !== 'complete')
                report.status = 'insufficient_data';
        }
        return { ok: true, report };
    }
    catch (error) {
        const failure = failureOf(error, 'read');
        return { ...failure, code: 'analytics_query_failed' };
    }
}

;// CONCATENATED MODULE: ./src/core/analytics/index.ts
// Analytics (agent-v2 reference §6), exported through src/core/index.ts.






;// CONCATENATED MODULE: ./src/core/batch/csv-rows.ts
/**
 * A strict RFC 4180 reader for batch files, fed text chunk by chunk: commas, `"` quoting with `""`
 * escapes, newlines (LF or CRLF) inside quotes, a quote inside an unquoted cell or an unclosed quote is an
 * error naming its line. It exists beside csv-parse (which the CLI's small files use) for speed, not
 * memory: bench/batch-precheck.ts at 1,000,000 rows, csv-parse alone only reading the rows took 0.84–0.87 s
 * (peak RSS 70–71 MB, its process bare), the whole bundled batch-precheck on this reader 0.50 s. The Action
 * checks its batch file while uploading it, so this reader's pace is part of its time to a created task.
 */
class CsvSyntaxError extends Error {
    line;
    constructor(message, line) {
        super(`line ${line}: ${message}`);
        this.line = line;
    }
}
const QUOTE = 0x22;
const COMMA = 0x2c;
const LF = 0x0a;
const CR = 0x0d;
class CsvRows {
    #onRow;
    #cells = [];
    #cell = '';
    #quoted = false;
    /** Inside quotes; `#afterQuote`: a quote was just read inside quotes (an escape or the end). */
    #inQuotes = false;
    #afterQuote = false;
    #pendingCr = false;
    /** The line the current row started on, and the line being read. */
    #rowLine = 1;
    #line = 1;
    #started = false;
    constructor(onRow) {
        this.#onRow = onRow;
    }
    write(text) {
        let start = 0;
        const n = text.length;
        for (let i = 0; i < n; i++) {
            const c = text.charCodeAt(i);
            if (this.#pendingCr) {
                this.#pendingCr = false;
                if (c === LF) {
                    start = i + 1;
                    continue;
                }
            }
            if (this.#inQuotes) {
                if (this.#afterQuote) {
                    this.#afterQuote = false;
                    if (c === QUOTE) {
                        // `""`: one quote, still inside.
                        this.#cell += '"';
                        start = i + 1;
                        continue;
                    }
                    this.#inQuotes = false;
                    // Falls through: the quote closed the cell; this character must end it.
                }
                else {
                    if (c === QUOTE) {
                        this.#cell += text.slice(start, i);
                        this.#afterQuote = true;
                    }
                    else if (c === LF)
                        this.#line++;
                    continue;
                }
            }
            if (c === COMMA) {
                this.#endCell(text, start, i);
                start = i + 1;
            }
            else if (c === LF || c === CR) {
                this.#endCell(text, start, i);
                this.#endRow();
                this.#line++;
                this.#rowLine = this.#line;
                this.#pendingCr = c === CR;
                start = i + 1;
            }
            else if (c === QUOTE) {
                if (this.#quoted || i > start || this.#cell !== '')
                    throw new CsvSyntaxError('a quote inside an unquoted cell (quote the whole cell and double its quotes)', this.#line);
                this.#quoted = true;
                this.#inQuotes = true;
                this.#started = true;
                start = i + 1;
            }
            else {
                if (this.#quoted)
                    throw new CsvSyntaxError('text after a closing quote', this.#line);
                this.#started = true;
            }
        }
        if (this.#inQuotes) {
            if (!this.#afterQuote)
                this.#cell += text.slice(start);
        }
        else if (!this.#quoted)
            this.#cell += text.slice(start);
    }
    end() {
        if (this.#inQuotes && !this.#afterQuote)
            throw new CsvSyntaxError('a quote is never closed', this.#rowLine);
        this.#inQuotes = false;
        if (this.#started || this.#cells.length > 0 || this.#cell !== '') {
            this.#endCell('', 0, 0);
            this.#endRow();
        }
    }
    #endCell(text, start, end) {
        const value = this.#quoted ? this.#cell : this.#cell + text.slice(start, end);
        this.#cells.push(value);
        this.#cell = '';
        this.#quoted = false;
        this.#started = true;
    }
    #endRow() {
        const cells = this.#cells;
        this.#cells = [];
        this.#started = false;
        this.#onRow(cells, this.#rowLine);
    }
}

;// CONCATENATED MODULE: ./src/core/batch/precheck.ts









/**
 * The batch file rules (reference §3.3), the one checker of them for the CLI, the Action, the Slack app
 * and the sandbox's server-side check. Streamed, so a 50 MiB file of a million rows never sits in memory:
 * the header is `phone` and then the template's variables in template order; every row has exactly those
 * cells, none wholly blank; the phone is a mainland mobile (`+86` allowed, a bare `86` refused); no number
 * twice; no empty variable; 1 to 1,000,000 rows in at most 50 MiB of UTF-8 CSV (optional BOM). Defects are
 * counted (invalid rows, repeated numbers) and the first ones described with their line; the client side
 * treats every defect as fatal, the service counts them and sends the rest.
 */
/** How many defects are described by default; the rest are counted. */
const ISSUES_SHOWN = 20;
/** Every cell empty or spaces. */
function isBlank(record) {
    for (const cell of record)
        if (cell.trim() !== '')
            return false;
    return true;
}
/** `1[3-9]` and nine digits after an optional `+86` (a bare `86` is refused), as a number; else undefined. */
function mobileNumber(cell) {
    const start = cell.startsWith('+86') ? 3 : 0;
    if (cell.length - start !== 11 || cell.charCodeAt(start) !== 0x31)
        return undefined;
    const second = cell.charCodeAt(start + 1);
    if (second < 0x33 || second > 0x39)
        return undefined;
    let value = 0;
    for (let i = start; i < cell.length; i++) {
        const digit = cell.charCodeAt(i) - 0x30;
        if (digit < 0 || digit > 9)
            return undefined;
        value = value * 10 + digit;
    }
    return value;
}
const fileError = (message) => new errors/* SmsInputError */.E$(`file: ${message}`, [{ field: 'file', message }], {
    hint: 'Give a UTF-8 CSV with the header phone,<the template variables in order> (batch-template-demo shows it).',
});
/**
 * The checker fed chunk by chunk (a file read, an upload as it arrives): `write` each chunk, then `end`.
 * @throws SmsInputError from `write`/`end` when the bytes are not a CSV at all (too big, XLSX, not UTF-8,
 *   a broken quote): there are no rows to report on.
 */
class BatchCsvCheck {
    #name;
    #rules;
    #hash = (0,external_node_crypto_.createHash)('sha256');
    #decoder = new TextDecoder('utf-8', { fatal: true });
    #rows;
    #phones = new MobileNumberSet();
    #issues = [];
    #issueCount = 0;
    #expected;
    #columns;
    #size = 0;
    #totalCount = 0;
    #invalidCount = 0;
    #dupCount = 0;
    constructor(name, rules = {}) {
        this.#name = name;
        this.#rules = rules;
        if (rules.variableNames)
            this.#expected = ['phone', ...rules.variableNames];
        this.#rows = new CsvRows((cells, line) => this.#row(cells, line));
    }
    write(chunk) {
        const name = this.#name;
        if (this.#size === 0 && chunk[0] === 0x50 && chunk[1] === 0x4b && chunk[2] === 0x03 && chunk[3] === 0x04)
            throw fileError(`${name} is an XLSX (zip) file; save it as CSV (UTF-8) first`);
        this.#size += chunk.length;
        if (this.#size > MAX_BATCH_FILE_BYTES)
            throw fileError(`${name} is larger than ${MAX_BATCH_FILE_BYTES} bytes (50 MiB)`);
        this.#hash.update(chunk);
        // The decoder drops a leading BOM and refuses bytes that are not UTF-8.
        this.#parse(() => this.#rows.write(this.#decoder.decode(chunk, { stream: true })));
    }
    end() {
        this.#parse(() => {
            this.#rows.write(this.#decoder.decode());
            this.#rows.end();
        });
        const columns = this.#columns;
        if (columns === undefined)
            throw fileError(`${this.#name} has no header`);
        const total = this.#totalCount;
        if (total === 0)
            this.#problem(2, 'rows', 'none: the file needs 1 to 1,000,000 numbers');
        if (total > MAX_BATCH_ROWS)
            this.#problem(MAX_BATCH_ROWS + 2, 'rows', `${total} rows; at most ${MAX_BATCH_ROWS}`);
        return {
            ok: this.#issueCount === 0,
            report: {
                fileSha256: this.#hash.digest('hex'),
                fileSize: this.#size,
                columns,
                totalCount: total,
                validCount: Math.min(total, MAX_BATCH_ROWS) - this.#invalidCount - this.#dupCount,
                invalidCount: this.#invalidCount,
                dupCount: this.#dupCount,
            },
            issues: this.#issues,
            issueCount: this.#issueCount,
        };
    }
    #parse(step) {
        try {
            step();
        }
        catch (error) {
            if (error instanceof CsvSyntaxError)
                throw fileError(`${this.#name} is not valid CSV: ${error.message}`);
            if (error instanceof TypeError)
                throw fileError(`${this.#name} is not UTF-8 text`);
            throw error;
        }
    }
    #problem(line, field, message) {
        this.#issueCount++;
        if (this.#issues.length < (this.#rules.issuesShown ?? ISSUES_SHOWN))
            this.#issues.push({ field: `line ${line} ${field}`, message });
    }
    #row(record, line) {
        if (this.#columns === undefined) {
            const columns = record.map((cell) => cell.trim());
            this.#columns = columns;
            const expected = (this.#expected ??= columns);
            if (columns.join('\u0000') !== expected.join('\u0000'))
                this.#problem(1, 'header', `is "${columns.join(',')}", the template needs "${expected.join(',')}"`);
            return;
        }
        const expected = this.#expected;
        this.#totalCount++;
        if (this.#totalCount > MAX_BATCH_ROWS)
            return;
        // A million rows pass here: no arrays or regex matches per row, and the blank test only for a row
        // already found wanting (a row with a mobile is not blank), so the young heap stays small.
        const cell = record[0].trim();
        const phone = record.length === expected.length ? mobileNumber(cell) : undefined;
        if (phone === undefined) {
            if (isBlank(record))
                return this.#invalid(line, 'row', 'is blank');
            if (record.length !== expected.length)
                return this.#invalid(line, 'row', `has ${record.length} cells, the header ${expected.length}`);
            return this.#invalid(line, 'phone', `"${phone_maskPhone(cell)}" is not a mainland mobile (1[3-9] and 9 digits, +86 allowed)`);
        }
        for (let i = 1; i < expected.length; i++)
            if (record[i].trim() === '')
                return this.#invalid(line, expected[i], 'is empty');
        if (!this.#phones.add(phone)) {
            this.#dupCount++;
            this.#problem(line, 'phone', `${phone_maskPhone(String(phone))} is on an earlier line too`);
            return;
        }
        const onRow = this.#rules.onRow;
        if (onRow !== undefined) {
            record[0] = String(phone);
            onRow(record, line);
        }
    }
    #invalid(line, field, message) {
        this.#invalidCount++;
        this.#problem(line, field, message);
    }
}
/**
 * What can be told of a batch file before reading it: a readable `.csv` file, not empty, at most 50 MiB.
 * @throws SmsInputError naming the `file` field and `name` (how to show the file; else its path)
 */
async function assertBatchFile(path, name = path) {
    const info = await (0,external_node_fs_promises_.stat)(path).catch(() => undefined);
    if (info === undefined || !info.isFile())
        throw fileError(`${name} does not exist or cannot be read`);
    if (info.size === 0)
        throw fileError(`${name} is empty`);
    if (info.size > MAX_BATCH_FILE_BYTES)
        throw fileError(`${name} has ${info.size} bytes; the service takes at most ${MAX_BATCH_FILE_BYTES} (50 MiB)`);
    if (!name.toLowerCase().endsWith('.csv'))
        throw fileError(`${name} does not end in .csv`);
}
async function precheck_open(source) {
    if ('stream' in source) {
        if (!source.name.toLowerCase().endsWith('.csv'))
            throw fileError(`${source.name} does not end in .csv`);
        return source;
    }
    const name = source.name ?? source.path;
    await assertBatchFile(source.path, name);
    return { name, stream: createReadStream(source.path) };
}
/**
 * Checks a batch file against the rules; returns the report and the first defects.
 * @throws SmsInputError when the file is not a CSV at all (missing, empty, too big, XLSX, not UTF-8, a
 *   broken quote): there are no rows to report on.
 */
async function precheck_precheckBatchCsv(source, rules) {
    const { name, stream } = await precheck_open(source);
    const check = new BatchCsvCheck(name, rules);
    for await (const chunk of stream)
        check.write(chunk);
    return check.end();
}
/** A failed precheck as the one error a command reports: the first defects named, the rest counted. */
function precheck_precheckError(check, hint) {
    const shown = check.issues.map((i) => `${i.field} ${i.message}`).join('; ');
    const more = check.issueCount > check.issues.length ? `; and ${check.issueCount - check.issues.length} more` : '';
    return new SmsInputError(`The batch file has ${check.issueCount} defect(s): ${shown}${more}`, check.issues, {
        hint: hint ?? 'Fix these rows (every defect is fatal) and run batch-precheck again.',
    });
}

;// CONCATENATED MODULE: ./src/core/batch/schedule.ts



/**
 * When a batch task may send (reference §3.4), in Asia/Shanghai (fixed UTC+8): at once only between
 * 08:00:00 and 21:30:00; scheduled strictly in the future, no later than the same day of next month
 * (clamped to its last day), at a time of day in the same window. Checked before any network call.
 */
const SHANGHAI = 'Asia/Shanghai';
const SHANGHAI_MS = shanghai_day_SHANGHAI_OFFSET_SECONDS * 1000;
const OPENS = 8 * 3600;
const CLOSES = 21 * 3600 + 30 * 60;
const schedule_refuse = (field, message, hint) => new errors/* SmsInputError */.E$(`${field}: ${message}`, [{ field, message }], { hint });
/** Seconds since Shanghai midnight of `ms`. */
const secondOfDay = (ms) => shanghaiSecondOfDay(ms / 1000);
function schedule_checkBatchSchedule(input, now) {
    const window = 'Batch tasks send between 08:00:00 and 21:30:00 Asia/Shanghai';
    if (!input.scheduled) {
        const second = secondOfDay(now);
        if (second < OPENS || second > CLOSES)
            throw schedule_refuse('scheduled', `it is outside 08:00–21:30 in Asia/Shanghai now`, `${window}; pass --scheduled --send-time for a later time.`);
        return { scheduled: false, sendTime: 0 };
    }
    const text = input.sendTime?.trim() ?? '';
    if (text === '')
        throw schedule_refuse('send-time', 'is required with --scheduled', 'Pass --send-time 2026-08-06T10:00:00 (Asia/Shanghai unless an offset is given).');
    // The core's one time parser reads it (a date that does not exist is refused, not rolled over); only
    // a datetime is a send time, not an age, an epoch or a bare date.
    if (!/^\d{4}-\d{2}-\d{2}[T ]\d{2}:\d{2}/.test(text))
        throw schedule_refuse('send-time', `"${text}" is not an ISO 8601 time: write it like 2026-08-06T10:00:00 (Asia/Shanghai unless an offset is given)`, 'Pass e.g. 2026-08-06T10:00:00 (Asia/Shanghai unless an offset is given).');
    const at = time_parseTimeInput(text, { field: 'send-time', timeZone: SHANGHAI, now }) * 1000;
    if (at <= now)
        throw schedule_refuse('send-time', 'is not in the future: pick a later time', 'Pick a later time, or leave out --scheduled to send at once.');
    const second = secondOfDay(at);
    if (second < OPENS || second > CLOSES)
        throw schedule_refuse('send-time', 'is outside 08:00–21:30 Asia/Shanghai, when batch tasks send: pick a time of day in that window', `${window}.`);
    // The same day of next month, clamped to that month's last day, to its end.
    const local = new Date(now + SHANGHAI_MS);
    const year = local.getUTCFullYear();
    const month = local.getUTCMonth() + 1;
    const lastDay = new Date(Date.UTC(year, month + 1, 0)).getUTCDate();
    const limit = Date.UTC(year, month, Math.min(local.getUTCDate(), lastDay), 23, 59, 59) - SHANGHAI_MS;
    if (at > limit)
        throw schedule_refuse('send-time', `is more than a month ahead: schedule no later than ${shanghai_day_shanghaiDate(limit / 1000)} (the same day next month)`, 'Schedule no later than the same day next month.');
    return { scheduled: true, sendTime: Math.floor(at / 1000) };
}

;// CONCATENATED MODULE: ./src/core/batch/create.ts












/**
 * Uploads the file, creates the task from it and reads its detail. `expectSha256`: the bytes that were
 * checked, which the upload must have sent (else no task is created).
 */
async function createFromFile(client, file, task, options = {}) {
    const { expectSha256, ...callOptions } = options;
    let upload;
    try {
        upload = await client.uploadBatchFile({ path: file }, callOptions);
    }
    catch (error) {
        return { ok: false, step: 'upload', error };
    }
    if (expectSha256 !== undefined && upload.sha256 !== expectSha256) {
        // Only batch-create checks the file before it is uploaded.
        const message = 'The file changed between its precheck and its upload: no task was created';
        const hint = 'Leave the file alone while batch-create runs, and run it again.';
        return {
            ok: false,
            step: 'changed',
            error: new errors/* SmsInputError */.E$(message, [{ field: 'file', message }], { hint }),
        };
    }
    let created;
    try {
        created = await client.setBatchTask({ ...task, fileUrl: upload.file }, callOptions);
    }
    catch (error) {
        return { ok: false, step: 'create', error };
    }
    const taskId = created.result.taskId;
    const detail = await client
        .getBatchTaskDetail({ subAccount: task.subAccount, taskId }, callOptions)
        .then(({ result }) => result)
        .catch(() => undefined);
    const matches = detail?.taskId === taskId && detail.subAccount === task.subAccount;
    return { ok: true, upload, created, detail, matches };
}
async function createBatchTask(client, input, now) {
    let schedule;
    try {
        schedule = checkBatchSchedule(input, now);
    }
    catch (error) {
        return failureOf(error, 'check');
    }
    const checks = await runBatchChecks(client, input);
    if (!checks.ok)
        return checks;
    const { template } = checks;
    let report;
    try {
        const check = await precheckBatchCsv({ path: input.file }, { variableNames: template.variableNames });
        if (!check.ok)
            return failureOf(precheckError(check), 'check');
        report = check.report;
    }
    catch (error) {
        return failureOf(error, 'check');
    }
    const body = {
        subAccount: input.subAccount,
        name: input.taskName,
        signature: input.signature,
        templateId: input.templateId,
        templateName: template.templateName,
        channelType: template.channelType,
        scheduled: schedule.scheduled,
        sendTime: schedule.sendTime,
    };
    const step = await createFromFile(client, input.file, body, { expectSha256: report.fileSha256 });
    if (!step.ok) {
        switch (step.step) {
            case 'upload':
                // An upload URL is a write of its own, but nothing is created without SetBatchTask (§2.6).
                return { ...failureOf(step.error, 'check'), code: 'resource_query_failed' };
            case 'changed':
                return failureOf(step.error, 'check');
            case 'create':
                return { ...failureOf(createdUnknown(step.error, input), 'send'), attempted: true };
        }
    }
    const { created, detail, matches } = step;
    const taskId = created.result.taskId;
    const counts = {
        ...report,
        totalCount: created.result.totalCount ?? report.totalCount,
        dupCount: created.result.dupCount ?? report.dupCount,
    };
    const handoff = {
        fileSha256: counts.fileSha256,
        totalCount: counts.totalCount,
        validCount: counts.validCount,
        invalidCount: counts.invalidCount,
        dupCount: counts.dupCount,
        contentSha256: template.contentSha256,
    };
    return {
        ok: true,
        requestId: created.requestId,
        result: {
            ...counts,
            taskId,
            subAccount: input.subAccount,
            status: matches ? (detail?.status ?? -1) : null,
            statusAuthoritative: matches,
            digest: consentDigest({
                taskId,
                subAccount: input.subAccount,
                body: { ...body, fileUrl: step.upload.file, extra: {} },
                handoff,
            }),
        },
    };
}
/** SetBatchTask's lost answer, said the batch-create way: no task id came back to look it up by. */
function createdUnknown(error, input) {
    // Nothing can settle it (time-window matching is forbidden, §5.2).
    if (!isSmsError(error) || error.code !== 'ERR_SMS_OUTCOME_UNKNOWN')
        return error;
    return new SmsOutcomeUnknownError('SetBatchTask got no usable answer: a task may or may not have been created', {
        cause: error,
        requestId: error.requestId,
        hint: `Look for task "${input.taskName}" with \`volc-sms batch-list --sub-account ${input.subAccount}\` before creating it again.`,
    });
}
/** Status 2 (Valid): created and validated, awaiting consent (ConsentBatchTask). */
const BATCH_TASK_AWAITING_CONSENT = 2;
function channelOf(template) {
    if (delivery_plan_isVerificationTemplate(template)) {
        const message = `${template.templateId} is a verification template, which the batch engine refuses`;
        throw new errors/* SmsInputError */.E$(`template-id: ${message}`, [{ field: 'template-id', message }], {
            hint: 'Send verification codes as direct requests (--engine direct).',
        });
    }
    if (template.channelType === 'CN_NTC' || template.channelType === 'CN_MKT')
        return template.channelType;
    const message = `${template.templateId} has channel ${template.channelType ?? '(none given)'}; a batch task takes CN_NTC or CN_MKT templates`;
    throw new errors/* SmsInputError */.E$(`template-id: ${message}`, [{ field: 'template-id', message }], {
        hint: 'Use a notification or marketing template, or send as direct requests (--engine direct).',
    });
}
/**
 * The batch engine's path up to consent: streams the recipients into a CSV (a private temporary file,
 * removed afterwards), uploads it (uploadBatchFile) and creates the task (setBatchTask), then reads its
 * detail. The task is left awaiting consent (status 2): starting it is a separate, explicit
 * consentBatchTask. Nothing is asked of the service before the whole file is built and checked.
 * @throws SmsInputError for a verification template or a bad recipient (nothing uploaded); the client's
 *   errors for the calls, SmsOutcomeUnknownError when SetBatchTask's answer was lost
 */
async function createBatchSendTask(client, input, options = {}) {
    const ref = { subAccount: input.subAccount, signature: input.signature, templateId: input.templateId };
    const template = input.template ?? (await describeTemplate(client, ref));
    const channelType = channelOf(template);
    const csv = batchCsv(input.recipients, { variables: template.variables, duplicates: input.duplicates });
    // The file holds every number: readable by this user only, and gone once uploaded.
    const dir = await (0,external_node_fs_promises_.mkdtemp)(external_node_path_default().join((0,external_node_os_.tmpdir)(), 'volc-sms-batch-'));
    try {
        const file = external_node_path_default().join(dir, 'recipients.csv');
        await csv.writeFile(file, { signal: options.signal });
        const task = {
            ...ref,
            name: input.taskName,
            templateName: template.name,
            channelType,
            scheduled: input.sendTime !== undefined,
            sendTime: input.sendTime ?? 0,
        };
        const step = await createFromFile(client, file, task, options);
        if (!step.ok)
            throw step.error;
        const { upload, created, detail, matches } = step;
        return {
            taskId: created.result.taskId,
            subAccount: input.subAccount,
            status: matches ? detail?.status : undefined,
            statusAuthoritative: matches && detail?.status !== undefined,
            totalCount: created.result.totalCount ?? detail?.totalCount,
            dupCount: created.result.dupCount,
            rows: csv.stats.rows,
            skippedDuplicates: csv.stats.duplicates,
            fileBytes: upload.size,
            fileSha256: upload.sha256,
            template,
        };
    }
    finally {
        await (0,external_node_fs_promises_.rm)(dir, { recursive: true, force: true });
    }
}

;// CONCATENATED MODULE: ./src/core/batch/receipts.ts
// Receipt codes the skill counts as success (reference §2.14).
const receipts_SUCCESS_CODES = new Set(['', '0', 'OK', 'SUCCESS', 'DELIVRD']);
const receipts_PAGE_SIZE = 100;
const CLOCK_SLACK_SECONDS = 60;
/** One send-log entry as a receipt: `Status` wins (3 delivered, 2 failed, 1 waiting), else the receipt fields. */
function receiptOf(entry) {
    const errorCode = (entry.ErrorCode ?? '').trim();
    const errorMessage = entry.ErrorMessage ?? undefined;
    const error = [errorCode, errorMessage].filter(Boolean).join(' ');
    const failed = () => ({
        status: 'failed',
        error: error || 'failed without an error code',
        errorCode: errorCode || undefined,
        errorMessage,
    });
    if (entry.Status === 3)
        return { status: 'delivered' };
    if (entry.Status === 2)
        return failed();
    if (entry.Status === 1)
        return { status: 'pending' };
    if (!receipts_SUCCESS_CODES.has(errorCode.toUpperCase()))
        return failed();
    return entry.ReceiptTime ? { status: 'delivered' } : { status: 'pending' };
}
/** Polls the send log until every message has a final receipt, the time or the attempts run out, or abort. */
async function waitForReceipts(deps, scope, messageIds, policy) {
    const receipts = new Map(messageIds.map((id) => [id, { status: 'pending' }]));
    const pendingCount = () => [...receipts.values()].filter((r) => r.status === 'pending').length;
    const deadline = policy.timeoutMs === undefined ? Infinity : deps.now() + policy.timeoutMs;
    const growth = policy.growth ?? 1;
    const maxPause = policy.maxPauseMs ?? Infinity;
    let pause = policy.pauseMs;
    for (let attempt = 1; pendingCount() > 0; attempt++) {
        if (policy.attempts !== undefined && attempt > policy.attempts)
            return { receipts, timedOut: true };
        await deps.sleep(Math.max(0, Math.min(pause, deadline - deps.now())), deps.signal);
        if (deps.signal?.aborted)
            return { receipts, timedOut: false };
        pause = Math.min(pause * growth, maxPause);
        try {
            const waiting = new Set([...receipts].filter(([, r]) => r.status === 'pending').map(([id]) => id));
            for await (const entry of sendLogEntries(deps, scope, policy.maxPages ?? 100)) {
                if (!waiting.has(entry.MessageId))
                    continue;
                const receipt = receiptOf(entry);
                if (receipt.status === 'pending')
                    continue;
                receipts.set(entry.MessageId, receipt);
                waiting.delete(entry.MessageId);
                if (waiting.size === 0)
                    break;
            }
        }
        catch (error) {
            if ((policy.onReadError ?? 'stop') === 'stop')
                return { receipts, timedOut: false, readError: error };
            deps.onReadError?.(error, attempt);
        }
        const pending = pendingCount();
        if (pending === 0)
            break;
        if (deps.now() >= deadline)
            return { receipts, timedOut: true };
        deps.onPoll?.(pending, receipts.size, attempt);
    }
    return { receipts, timedOut: false };
}
/** The send log of a scope, page after page (at most `maxPages`), newest pages as the service orders them. */
async function* sendLogEntries(deps, scope, maxPages, paging = { truncated: false }) {
    for (let page = 1; page <= maxPages; page++) {
        const { result } = await deps.client.listSendLogs({
            subAccount: scope.subAccount,
            templateId: scope.templateId,
            ...(scope.signature === undefined ? {} : { signature: scope.signature }),
            fromTime: scope.sentAt - CLOCK_SLACK_SECONDS,
            ...(scope.until === undefined ? {} : { toTime: scope.until + CLOCK_SLACK_SECONDS }),
            page,
            pageSize: receipts_PAGE_SIZE,
        }, { signal: deps.signal });
        yield* result.List;
        if (result.List.length < receipts_PAGE_SIZE || page * receipts_PAGE_SIZE >= result.Total)
            return;
    }
    paging.truncated = true;
}
/** Counts the receipts of every message in the scope (a batch task's, by group, template and window). */
async function summarizeReceipts(deps, scope, maxPages = 10_000) {
    const seen = new Set();
    const codes = new Map();
    const counts = { delivered: 0, failed: 0, pending: 0 };
    const paging = { truncated: false };
    for await (const entry of sendLogEntries(deps, scope, maxPages, paging)) {
        // Pages can shift while receipts arrive; a message is counted once.
        if (seen.has(entry.MessageId))
            continue;
        seen.add(entry.MessageId);
        const receipt = receiptOf(entry);
        counts[receipt.status]++;
        if (receipt.status === 'failed') {
            const code = receipt.errorCode ?? 'unknown';
            codes.set(code, (codes.get(code) ?? 0) + 1);
        }
    }
    const failures = [...codes].map(([code, count]) => ({ code, count })).sort((a, b) => b.count - a.count);
    return { messages: seen.size, ...counts, failures, complete: !paging.truncated };
}
/**
 * Counts the scope's receipts (summarizeReceipts) again every `pauseMs` until none is pending, `timeoutMs`
 * has passed or the signal aborts: the wait for a finished batch task's last receipts (`batch-wait`).
 * Messages still `pending` in the summary returned are those whose receipt did not come in time.
 */
async function waitForReceiptSummary(deps, scope, policy) {
    const deadline = deps.now() + policy.timeoutMs;
    let summary = await summarizeReceipts(deps, scope);
    while (summary.pending > 0 && deps.now() < deadline && !deps.signal?.aborted) {
        deps.onPoll?.(summary);
        await deps.sleep(Math.min(policy.pauseMs, deadline - deps.now()), deps.signal);
        if (deps.signal?.aborted)
            break;
        summary = await summarizeReceipts(deps, scope);
    }
    return summary;
}

;// CONCATENATED MODULE: ./src/core/batch/follow-task.ts

/**
 * Follows a launched batch task (reference §2.9, §4.4) to a final state: GetBatchTaskDetail is the
 * authoritative state, read every `intervalMs`; each change (state or sent count) is reported once. The
 * detail has no progress count, so the count comes from the stats of the task's group, template and
 * signature since it started (one request per poll; absent when the stats cannot be read). Stopping (the
 * signal) stops the waiting, never the task. 6 Done means processed, not delivered: receipts are in the
 * send log (receipts.ts).
 */
const FINAL_TASK_STATES = new Set([6, 7, 8, 9]);
/** A task's send time in epoch seconds, or undefined for an immediate task. */
function scheduledAt(task) {
    const value = task.sendTime;
    if (value === undefined || value === null || value === 0 || value === '')
        return undefined;
    const seconds = typeof value === 'number' ? value : Math.floor(Date.parse(value) / 1000);
    return Number.isFinite(seconds) ? seconds : undefined;
}
async function followBatchTask(deps, ref, options) {
    const deadline = options.timeoutMs === undefined ? Infinity : deps.now() + options.timeoutMs;
    let pause = options.intervalMs;
    let task = { taskId: ref.taskId, subAccount: ref.subAccount };
    let last;
    let reported = options.lastStatus;
    let startedAt = options.since;
    for (;;) {
        const read = await deps.client.getBatchTaskDetail(ref, { signal: deps.signal }).then((answer) => answer.result, (error) => {
            if (options.onReadError === undefined || deps.signal?.aborted)
                throw error;
            options.onReadError(error);
            return undefined;
        });
        if (read !== undefined) {
            task = read;
            const status = task.status ?? -1;
            startedAt = scheduledAt(task) ?? options.since;
            const sentCount = options.counts === false ? undefined : await sentSoFar(deps, ref, task, startedAt);
            const progress = {
                taskId: ref.taskId,
                status,
                state: batchTaskStateName(status),
                totalCount: task.totalCount,
                sentCount,
                final: FINAL_TASK_STATES.has(status),
            };
            if (reported !== status || (last !== undefined && last.sentCount !== sentCount))
                deps.onChange?.(progress);
            last = progress;
            reported = status;
            if (progress.final)
                return { task, progress, startedAt, final: true, timedOut: false };
        }
        const remaining = deadline - deps.now();
        const stopped = (timedOut) => ({
            task,
            progress: last ?? unread(ref.taskId),
            startedAt,
            final: false,
            timedOut,
        });
        if (remaining <= 0)
            return stopped(true);
        await deps.sleep(Math.min(pause, remaining), deps.signal);
        if (deps.signal?.aborted)
            return stopped(false);
        pause = Math.min(pause * (options.growth ?? 1), options.maxIntervalMs ?? Infinity);
    }
}
/** No detail could be read: status -1, as for a detail without one. */
const unread = (taskId) => ({
    taskId,
    status: -1,
    state: undefined,
    totalCount: undefined,
    sentCount: undefined,
    final: false,
});
async function sentSoFar(deps, ref, task, startedAt) {
    if (task.templateId === undefined)
        return undefined;
    const now = Math.floor(deps.now() / 1000);
    try {
        const { result } = await deps.client.getSendStats({
            startTime: startedAt - 60,
            // A scheduled task's messages carry its send time, which may be ahead of this clock.
            endTime: Math.max(now, startedAt) + 7 * 86_400,
            subAccount: ref.subAccount,
            templateId: task.templateId,
            ...(task.signature === undefined ? {} : { signature: task.signature }),
        }, { signal: deps.signal });
        return result.TotalSendCount ?? undefined;
    }
    catch {
        // Progress is a courtesy: the task's state still comes from the detail.
        return undefined;
    }
}
/**
 * The receipts of a finished task, from the send stats of its group, template and signature since it
 * started (the API has no per-task stats, so another send of that template in that time counts too), read
 * until every accepted message has a receipt or the time or attempts run out. One request per read.
 */
async function waitForTaskReceipts(deps, scope, policy) {
    const deadline = policy.timeoutMs === undefined ? Infinity : deps.now() + policy.timeoutMs;
    let pause = policy.pauseMs;
    for (let attempt = 1;; attempt++) {
        const { result: stats } = await deps.client.getSendStats({
            startTime: scope.fromTime - 60,
            endTime: Math.ceil(deps.now() / 1000) + 60,
            subAccount: scope.subAccount,
            templateId: scope.templateId,
            ...(scope.signature === undefined ? {} : { signature: scope.signature }),
        }, { signal: deps.signal });
        const accepted = stats.TotalSendSuccessCount;
        const delivered = stats.TotalReceiptSuccessCount;
        const failed = stats.TotalReceiptFailureCount;
        const pending = Math.max(0, accepted - delivered - failed);
        const receipts = { accepted, delivered, failed, pending, stats, timedOut: false };
        if (pending === 0 && accepted >= (scope.expected ?? 0))
            return receipts;
        const remaining = deadline - deps.now();
        const outOfAttempts = policy.attempts !== undefined && attempt >= policy.attempts;
        if (remaining <= 0 || outOfAttempts || deps.signal?.aborted)
            return { ...receipts, timedOut: true };
        deps.onPoll?.(receipts);
        await deps.sleep(Math.min(pause, remaining), deps.signal);
        pause = Math.min(pause * (policy.growth ?? 1), policy.maxPauseMs ?? Infinity);
    }
}

;// CONCATENATED MODULE: ./src/core/batch/index.ts
// Batch files and tasks: the precheck of a CSV (reference §3.3), creating a task (from a checked file, or
// from recipients by the send engines) and following it to its end.






;// CONCATENATED MODULE: ./src/core/sending/verification.ts

/**
 * Verification codes are never echoed (reference §5.1): the text of a verification message (the
 * planner's rule, delivery-plan.ts) with its code hidden. One rule for the CLI's send log and the Slack app.
 */
/** 4–8 ASCII letters and digits, at least one digit, not adjoining other ASCII ones: a code's shape. */
const CODE = /(?<![A-Za-z0-9_])(?=[A-Za-z]*\d)[A-Za-z\d]{4,8}(?![A-Za-z0-9_])/g;
/**
 * The text of a verification message with its code hidden (`您的验证码是******，5分钟内有效。`). Other
 * texts come back as they are. Where the template is known, pass it: a verification template's text is
 * masked even when it lacks the usual words.
 */
function maskVerificationCode(text, template) {
    const verification = isVerificationTemplate({ content: text }) || (template !== undefined && isVerificationTemplate(template));
    return verification ? text.replace(CODE, (code) => '*'.repeat(code.length)) : text;
}

;// CONCATENATED MODULE: ./src/core/index.ts
// The core's public surface. Entry points (cli, mcp, action, slack) import from here alone; the sandbox and
// the tests may also use internal.ts.
// Every export is named on purpose: an area with its own index (analytics, batch) is re-exported
// whole, its index being the one named list of what it offers.

// The client signs every request itself; the signing parts the sandbox verifies with are in internal.ts.

// The zod wire schemas load on demand (a one-shot process never needs them on the usual send); the types
// derived from them are free.


// Input helpers shared by every entry point (the same rules and words everywhere).














// The client.




// Bulk sends (issue 14): the engine planner, the direct engine (paced, journaled, resumable), the batch
// file builder and the batch engine's path up to consent.









// The twelve lowerCamel actions of the 2026-01-01 agent API (client methods in agent-v2/methods.ts).






// Consent gates: preview → authorise → submit (reference §4.3), shared by the CLI and the MCP server.

// Analytics (reference §6): windows, buckets and rates are pure; the report runs the queries.

// Batch files: the streamed checker shared by the CLI, the Action, the Slack app and the sandbox
// (reference §3.3), creating a task and following it to its end.

// A verification message's text with its code hidden (reference §5.1).


;// CONCATENATED MODULE: ./src/action/credentials.ts

const credentials_AKSK_VARIABLES = [
    'VOLCENGINE_ACCESS_KEY',
    'VOLCENGINE_SECRET_KEY',
    'VOLC_ACCESSKEY',
    'VOLC_SECRETKEY',
    'VOLCENGINE_SESSION_TOKEN',
];
const GATEWAY_VARIABLES = ['ARK_SKILL_API_KEY', 'ARK_SKILL_API_BASE'];
const INPUT_OF_CREDENTIAL = {
    accessKeyId: 'access-key-id',
    secretAccessKey: 'secret-access-key',
    sessionToken: 'session-token',
    apiKey: 'api-key',
    apiBase: 'api-base',
};
const ACTION_HINT = 'Pass access-key-id and secret-access-key (or api-key and api-base) from repository secrets, ' +
    'e.g. secret-access-key: ${{ secrets.VOLC_SECRET_KEY }}.';
/**
 * Every credential value the step can see, from inputs and from the environment (the core's registry),
 * for `setSecret` and the redaction of every output.
 */
function credentialSecrets(credentials, env, proxy = '') {
    const { accessKeyId, secretAccessKey, sessionToken, apiKey } = credentials;
    return secretsToRedact({ env, proxy, values: [accessKeyId, secretAccessKey, sessionToken, apiKey] });
}
/**
 * The environment the core resolver sees: the step's environment with the credential inputs written over
 * it under the CLI's variable names. Credentials given as inputs replace the other kind found in the
 * environment, so `with:` always wins over a stray job-level variable.
 */
function credentialEnvironment(credentials, env) {
    const aksk = credentials.accessKeyId || credentials.secretAccessKey || credentials.sessionToken;
    const gateway = credentials.apiKey || credentials.apiBase;
    if (aksk && gateway) {
        throw new errors/* SmsConfigError */.cw('Give either access-key-id/secret-access-key or api-key/api-base, not both: they are two ways to sign in', { hint: ACTION_HINT });
    }
    const merged = { ...env };
    if (aksk) {
        for (const name of [...credentials_AKSK_VARIABLES, ...GATEWAY_VARIABLES])
            delete merged[name];
        merged['VOLCENGINE_ACCESS_KEY'] =
            credentials.accessKeyId || env['VOLCENGINE_ACCESS_KEY'] || env['VOLC_ACCESSKEY'];
        merged['VOLCENGINE_SECRET_KEY'] =
            credentials.secretAccessKey || env['VOLCENGINE_SECRET_KEY'] || env['VOLC_SECRETKEY'];
        const token = credentials.sessionToken || env['VOLCENGINE_SESSION_TOKEN'];
        if (token)
            merged['VOLCENGINE_SESSION_TOKEN'] = token;
        requireBoth(merged, 'AK/SK sign-in needs both keys', [
            ['access-key-id', 'VOLCENGINE_ACCESS_KEY'],
            ['secret-access-key', 'VOLCENGINE_SECRET_KEY'],
        ]);
    }
    if (gateway) {
        for (const name of [...credentials_AKSK_VARIABLES, ...GATEWAY_VARIABLES])
            delete merged[name];
        merged['ARK_SKILL_API_KEY'] = credentials.apiKey || env['ARK_SKILL_API_KEY'];
        merged['ARK_SKILL_API_BASE'] = credentials.apiBase || env['ARK_SKILL_API_BASE'];
        requireBoth(merged, 'gateway sign-in needs both', [
            ['api-key', 'ARK_SKILL_API_KEY'],
            ['api-base', 'ARK_SKILL_API_BASE'],
        ]);
    }
    return merged;
}
/** Each of a sign-in's two inputs is given, or its variable is set; else the step fails naming the input. */
function requireBoth(merged, why, pairs) {
    for (const [input, name] of pairs) {
        if (!merged[name]) {
            throw new errors/* SmsConfigError */.cw(`Input ${input} is empty (and ${name} is not set): ${why}`, {
                hint: 'An empty value usually means the secret is missing or misspelled in this repository. ' +
                    ACTION_HINT,
            });
        }
    }
}
/** The core resolver, with the Action's own hint when nothing usable was found. */
function resolveActionConfig(input) {
    const env = credentialEnvironment(input.credentials, input.env);
    try {
        const resolved = resolveClientConfig({
            env,
            endpoint: input.endpoint,
            proxy: input.proxy,
            api: input.api,
            homeDir: input.homeDir,
        });
        const kind = resolved.auth.kind === 'gateway' ? 'gateway API key' : 'AK/SK';
        const given = Object.entries(INPUT_OF_CREDENTIAL)
            .filter(([field]) => input.credentials[field] !== '')
            .map(([, name]) => name);
        const description = given.length > 0
            ? `${kind} from inputs (${given.join(', ')})`
            : `${kind} from ${resolved.auth.from === 'env-file' ? resolved.auth.file : 'environment'} ` +
                `(${resolved.auth.variables.join(', ')})`;
        const proxy = resolved.proxy
            ? `${resolved.proxy.url} (${input.proxy ? 'input proxy' : resolved.proxy.from})`
            : undefined;
        return { options: resolved.options, endpoint: resolved.endpoint, description, proxy };
    }
    catch (err) {
        // The resolver's hint speaks to a terminal user (export, env file); a workflow author needs secrets.
        if ((0,errors/* isSmsError */.yc)(err) && err.code === 'ERR_SMS_CONFIG') {
            throw new errors/* SmsConfigError */.cw(err.message, { hint: ACTION_HINT, cause: err });
        }
        throw err;
    }
}

;// CONCATENATED MODULE: ./src/action/input-recipients.ts

// The free-text inputs of a send: the recipients (inline or from a file) and the template parameters, read
// the way people write them in a workflow file.
/**
 * Workflows list numbers one per line or comma-separated, and people write `+86 138 0000 0000` with spaces;
 * so when the text has a list separator, spaces stay inside numbers. A single line is one number when it
 * reads as one (`+65 9862 0548`; the runner trims the input, so no trailing newline can say so), else
 * space-separated numbers (the core's split).
 */
function splitRecipients(text) {
    if (!/[,;，；、\n]/.test(text)) {
        const line = text.trim();
        return /\s/.test(line) && normalizePhone(line).ok ? [line] : splitPhoneList(line);
    }
    return text
        .split(/[,;，；、\r\n]+/)
        .map((entry) => entry.trim())
        .filter((entry) => entry !== '');
}
const PARAM_LINE = /^([A-Za-z_][\w.-]*)\s*[:=]\s?(.*)$/;
/**
 * `template-param` as JSON (`{"code":"123456"}`), or one `name: value` per line. The line form exists for
 * workflow expressions: `message: ${{ github.event.head_commit.message }}` cannot break it with a quote or a
 * backslash the way it breaks hand-written JSON. Values are taken verbatim, after the first `: ` or `=`.
 */
function parseTemplateParamInput(text) {
    if (text.startsWith('{'))
        return (0,sending_template/* parseTemplateParam */.VX)(text, 'template-param');
    const params = {};
    const issues = [];
    text.split(/\r?\n/).forEach((line, index) => {
        if (line.trim() === '')
            return;
        const match = PARAM_LINE.exec(line.trim());
        if (!match) {
            issues.push({
                field: 'template-param',
                message: `line ${index + 1} is not "name: value"; give a JSON object or one name: value per line`,
            });
        }
        else
            params[match[1]] = match[2];
    });
    if (issues.length > 0)
        throw new errors/* SmsInputError */.E$(issues[0]?.message ?? 'template-param', issues);
    return params;
}
function phoneIssues(entries, field) {
    const issues = [];
    entries.forEach((entry, index) => {
        const phone = normalizePhone(entry);
        // The entry is named by position, not echoed: a near-miss number is still somebody's number.
        if (!phone.ok)
            issues.push({ field, message: `entry ${index + 1} ${phone.reason}` });
    });
    return issues;
}
/** Numbers from `phone-numbers-file`: the same separators as the input, `#` comment lines skipped. */
function recipientsFromFile(path, readFile, issues) {
    const text = readFile(path);
    if (text === undefined) {
        issues.push({ field: 'phone-numbers-file', message: `${path} does not exist or cannot be read` });
        return [];
    }
    const lines = text
        .replace(/^\uFEFF/, '')
        .split(/\r?\n/)
        .filter((line) => !line.trim().startsWith('#'));
    const numbers = splitRecipients(lines.join('\n'));
    if (numbers.length === 0)
        issues.push({ field: 'phone-numbers-file', message: `${path} lists no phone number` });
    issues.push(...phoneIssues(numbers, 'phone-numbers-file'));
    return numbers;
}

;// CONCATENATED MODULE: ./src/action/input-checks.ts

// The inputs' names and the checks of those with a fixed form (flags, URLs, durations, numbers), shared by
// every mode; inputs.ts reads each mode's inputs on top of them.
/** Every input of action.yml; `run()` reads exactly these (a test checks both directions). */
const INPUT_NAMES = [
    'mode',
    'access-key-id',
    'secret-access-key',
    'session-token',
    'api-key',
    'api-base',
    'endpoint',
    'proxy',
    'api',
    'sub-account',
    'signature',
    'template-id',
    'phone-numbers',
    'phone-numbers-file',
    'template-param',
    'dry-run',
    'fail-on-error',
    'wait-for-delivery',
    'delivery-timeout',
    'fail-on-delivery-error',
    'window',
    'start-time',
    'end-time',
    'channel-type',
    'fail-below-receipt-rate',
    'open-issue',
    'github-token',
    'batch-file',
    'task-name',
    'launch',
    'wait',
    'wait-timeout',
    'batch-threshold',
    'send-time',
];
/** Reads every input through the runner's mangling. */
function readRawInputs(getInput) {
    const raw = {};
    for (const name of INPUT_NAMES)
        raw[name] = getInput(name);
    return raw;
}
// The values GitHub's own getBooleanInput accepts (YAML 1.2 core schema); anything else is a typo worth failing on.
const TRUE_WORDS = ['true', 'True', 'TRUE'];
const FALSE_WORDS = ['false', 'False', 'FALSE'];
const isFlag = (v) => v === '' || TRUE_WORDS.includes(v) || FALSE_WORDS.includes(v);
const flagValue = (v, fallback) => (v === '' ? fallback : TRUE_WORDS.includes(v));
// Whole seconds, minutes or hours, up to 6 h: a GitHub-hosted job cannot run longer anyway.
const TIMEOUT_RULES = {
    defaultUnit: 's',
    units: ['s', 'm', 'h'],
    whole: true,
    minMs: 1000,
    maxMs: 6 * 3_600_000,
};
/** Milliseconds (`fallback` when empty), or undefined when the text is not a duration in range. */
function durationMs(value, fallback) {
    const result = checkDuration(value === '' ? fallback : value, TIMEOUT_RULES);
    return result.ok ? result.ms : undefined;
}
const isHttpUrl = (v) => /^https?:$/.test(URL.parse(v)?.protocol ?? '');
const isUrlInput = (v) => v === '' || isHttpUrl(v);
const URL_MESSAGE = 'must be an absolute http(s) URL such as https://sms.volcengineapi.com';
const FLAG_MESSAGE = 'must be true or false';
// The inputs with a fixed form, each with what to write instead. Plain predicates rather than a zod schema:
// loading zod costs more than the whole send of a one-send step (see the core's wire-schemas.ts).
const FORM_CHECKS = [
    {
        field: 'api',
        valid: (raw) => ['', 'agent', 'classic'].includes(raw.api),
        message: 'must be agent or classic',
    },
    { field: 'endpoint', valid: (raw) => isUrlInput(raw.endpoint), message: URL_MESSAGE },
    { field: 'api-base', valid: (raw) => isUrlInput(raw['api-base']), message: URL_MESSAGE },
    {
        field: 'proxy',
        valid: (raw) => isUrlInput(raw.proxy),
        message: 'must be an http(s) proxy URL such as http://proxy.example:3128',
    },
    { field: 'dry-run', valid: (raw) => isFlag(raw['dry-run']), message: FLAG_MESSAGE },
    { field: 'fail-on-error', valid: (raw) => isFlag(raw['fail-on-error']), message: FLAG_MESSAGE },
    { field: 'wait-for-delivery', valid: (raw) => isFlag(raw['wait-for-delivery']), message: FLAG_MESSAGE },
    {
        field: 'fail-on-delivery-error',
        valid: (raw) => isFlag(raw['fail-on-delivery-error']),
        message: FLAG_MESSAGE,
    },
    { field: 'open-issue', valid: (raw) => isFlag(raw['open-issue']), message: FLAG_MESSAGE },
    { field: 'launch', valid: (raw) => isFlag(raw.launch), message: FLAG_MESSAGE },
    { field: 'wait', valid: (raw) => isFlag(raw.wait), message: FLAG_MESSAGE },
    {
        field: 'batch-threshold',
        valid: (raw) => raw['batch-threshold'] === '' || /^[1-9]\d{0,6}$/.test(raw['batch-threshold']),
        message: 'must be a whole number of recipients from 1 to 1000000, e.g. 10000',
    },
    {
        field: 'fail-below-receipt-rate',
        valid: (raw) => raw['fail-below-receipt-rate'] === '' || fraction(raw['fail-below-receipt-rate']) !== undefined,
        message: 'must be a fraction above 0 and at most 1, e.g. 0.95 for 95 %',
    },
];
/** `0.95` → 0.95; undefined unless a plain decimal in (0, 1]. */
function fraction(value) {
    if (!/^(?:0?\.\d+|1(?:\.0*)?|0)$/.test(value))
        return undefined;
    const number = Number(value);
    return number > 0 && number <= 1 ? number : undefined;
}
/** The mode, flags and duration checked and read, or every problem with them. */
function checkInputs(raw, mode) {
    const issues = [];
    if (mode !== 'send' && mode !== 'stats' && mode !== 'batch')
        issues.push({ field: 'mode', message: 'must be send, batch or stats' });
    for (const check of FORM_CHECKS) {
        if (!check.valid(raw))
            issues.push({ field: check.field, message: check.message });
    }
    const timeout = (field, fallback) => {
        const ms = durationMs(raw[field], fallback);
        if (ms === undefined) {
            issues.push({
                field,
                message: `"${raw[field]}" is not a duration between 1 second and 6h: use seconds (120) or 90s, 5m, 1h`,
            });
        }
        return ms ?? 0;
    };
    const deliveryTimeout = timeout('delivery-timeout', '120');
    const waitTimeout = timeout('wait-timeout', '30m');
    if (issues.length > 0)
        return { issues };
    return {
        data: {
            'dry-run': flagValue(raw['dry-run'], false),
            'fail-on-error': flagValue(raw['fail-on-error'], true),
            'wait-for-delivery': flagValue(raw['wait-for-delivery'], false),
            'fail-on-delivery-error': flagValue(raw['fail-on-delivery-error'], true),
            'delivery-timeout': deliveryTimeout,
            'open-issue': flagValue(raw['open-issue'], false),
            'fail-below-receipt-rate': fraction(raw['fail-below-receipt-rate']),
            launch: flagValue(raw.launch, false),
            wait: flagValue(raw.wait, false),
            'wait-timeout': waitTimeout,
            'batch-threshold': raw['batch-threshold'] === '' ? undefined : Number(raw['batch-threshold']),
        },
        issues,
    };
}

;// CONCATENATED MODULE: ./src/action/input-issues.ts

// The core names fields as its API does; a workflow author knows them by their action.yml names.
const INPUT_NAME_OF_FIELD = {
    mobiles: 'phone-numbers',
    mobile: 'phone-numbers',
    templateParam: 'template-param',
    'template-param': 'template-param',
    subAccount: 'sub-account',
    templateId: 'template-id',
    signature: 'signature',
    startTime: 'start-time',
    endTime: 'end-time',
    channelType: 'channel-type',
};
/** A core SmsInputError re-worded with the Action's input names; anything else passes through. */
function renamedInputError(err) {
    if (!(err instanceof errors/* SmsInputError */.E$))
        return err;
    const issues = err.issues.map((issue) => ({
        ...issue,
        field: INPUT_NAME_OF_FIELD[issue.field] ?? issue.field,
    }));
    let message = err.message;
    for (const [field, input] of Object.entries(INPUT_NAME_OF_FIELD)) {
        if (field !== input)
            message = message.replace(new RegExp(`\\b${field}\\b`, 'g'), input);
    }
    return new errors/* SmsInputError */.E$(message, issues, { hint: err.hint, requestId: err.requestId, cause: err });
}
/** Runs a core call (sync or async) and renames the fields of an input error it throws. */
function renameInputIssues(call) {
    try {
        const result = call();
        if (result instanceof Promise) {
            return result.catch((err) => {
                throw renamedInputError(err);
            });
        }
        return result;
    }
    catch (err) {
        throw renamedInputError(err);
    }
}
/** Runs a parse and keeps the issues of an SmsInputError it throws, so every input is checked in one round. */
function collectIssues(issues, parse) {
    try {
        parse();
    }
    catch (err) {
        if (err instanceof errors/* SmsInputError */.E$)
            issues.push(...err.issues);
        else
            throw err;
    }
}
/** One SmsInputError for every problem found, each named by its input. */
function actionInputError(issues) {
    const list = issues.map((issue) => `${issue.field}: ${issue.message}`).join('; ');
    const first = issues[0];
    const message = issues.length === 1 && first
        ? `Invalid input ${first.field}: ${first.message}`
        : `Invalid inputs: ${list}`;
    return new errors/* SmsInputError */.E$(message, issues, {
        hint: 'Fix the named inputs in the step\'s "with:" block; see docs/action.md for every input.',
    });
}

;// CONCATENATED MODULE: ./src/action/input-schedule.ts


/**
 * `send-time` through the core's schedule rules (reference §3.4: future, 08:00–21:30 Asia/Shanghai, at most
 * the same day next month). `wait` must be able to see the task through: its timeout counts from the step.
 */
function batchSchedule(raw, data, now, issues) {
    if (raw['send-time'] === '')
        return { scheduled: false, sendTime: 0 };
    let schedule = { scheduled: false, sendTime: 0 };
    collectIssues(issues, () => {
        schedule = schedule_checkBatchSchedule({ scheduled: true, sendTime: raw['send-time'] }, now.getTime());
    });
    const ahead = schedule.sendTime * 1000 - now.getTime();
    if (schedule.scheduled && data?.launch && data.wait && ahead >= data['wait-timeout']) {
        issues.push({
            field: 'wait-timeout',
            message: `${formatDuration(data['wait-timeout'])} ends before send-time, ${Math.ceil(ahead / 60_000)} min from now: raise it ` +
                'past the send time (at most 6h), or leave out wait and follow the task in a later run',
        });
    }
    return schedule;
}

;// CONCATENATED MODULE: ./src/action/input-window.ts


/**
 * `mode: stats`'s window from `start-time`/`end-time` or `window` (default 24h), through the core's one time
 * parser; a problem is added to `issues` (every input is checked in one round) and the window left empty.
 */
function statsWindowInputs(raw, now, issues) {
    let window = { startTime: 0, endTime: 0 };
    collectIssues(issues, () => {
        const endTime = raw['end-time'] ? time_parseTimeInput(raw['end-time'], { now, field: 'end-time' }) : undefined;
        if (raw['start-time']) {
            if (raw.window) {
                issues.push({ field: 'window', message: 'cannot be combined with start-time; give one of them' });
            }
            const startTime = time_parseTimeInput(raw['start-time'], { now, field: 'start-time' });
            window = { startTime, endTime: endTime ?? Math.floor(now.getTime() / 1000) };
        }
        else {
            // A window ends now, or at end-time when that is given (e.g. "the 24h before the release").
            const span = parseWindow(raw.window || '24h', { now, field: 'window' });
            const end = endTime ?? span.endTime;
            window = { startTime: end - (span.endTime - span.startTime), endTime: end };
        }
        if (window.startTime >= window.endTime) {
            issues.push({ field: 'start-time', message: 'must be before end-time' });
        }
        else if (window.endTime - window.startTime > MAX_STATS_WINDOW_DAYS * 86_400) {
            issues.push({
                field: raw['start-time'] ? 'start-time' : 'window',
                message: `the stats API allows at most ${MAX_STATS_WINDOW_DAYS} days`,
            });
        }
    });
    return window;
}

;// CONCATENATED MODULE: ./src/action/inputs.ts






/** The step's group, signature and template, alone: what the core's template reads and the send log take. */
const templateRef = (inputs) => ({
    subAccount: inputs.subAccount,
    signature: inputs.signature,
    templateId: inputs.templateId,
});
const SEND_REQUIRED = ['sub-account', 'signature', 'template-id'];
// Inputs of a direct send that have no place in a batch: the file carries the recipients and parameters.
const NOT_IN_BATCH = ['phone-numbers', 'phone-numbers-file', 'template-param'];
/**
 * Validates every input at once and throws one SmsInputError listing each problem with the input's name, so
 * a misconfigured step is fixed in one round. Nothing is sent before this passes.
 */
function parseActionInputs(raw, options) {
    const mode = raw.mode === '' ? 'send' : raw.mode;
    const shape = checkInputs(raw, mode);
    const issues = [...shape.issues];
    const common = {
        credentials: {
            accessKeyId: raw['access-key-id'],
            secretAccessKey: raw['secret-access-key'],
            sessionToken: raw['session-token'],
            apiKey: raw['api-key'],
            apiBase: raw['api-base'],
        },
        endpoint: raw.endpoint || undefined,
        proxy: raw.proxy || undefined,
        api: (raw.api || undefined),
        failOnError: shape.data?.['fail-on-error'] ?? true,
    };
    if (mode === 'batch') {
        for (const name of SEND_REQUIRED) {
            if (raw[name] === '')
                issues.push({ field: name, message: 'is required when mode is batch' });
        }
        if (raw['batch-file'] === '') {
            issues.push({
                field: 'batch-file',
                message: "is required when mode is batch: a CSV in the workspace, header phone then the template's variables",
            });
        }
        for (const name of NOT_IN_BATCH) {
            if (raw[name] !== '') {
                issues.push({
                    field: name,
                    message: "does not apply to mode batch: batch-file's rows carry the recipients and their parameters",
                });
            }
        }
        const schedule = batchSchedule(raw, shape.data, options.now, issues);
        if (issues.length > 0 || !shape.data)
            throw actionInputError(issues);
        return {
            ...common,
            mode: 'batch',
            schedule,
            subAccount: raw['sub-account'],
            signature: raw.signature,
            templateId: raw['template-id'],
            batchFile: raw['batch-file'],
            batchFilePath: options.resolvePath?.(raw['batch-file']) ?? raw['batch-file'],
            taskName: raw['task-name'] || options.defaultTaskName || 'volc-sms action',
            launch: shape.data.launch,
            wait: shape.data.wait,
            waitTimeoutMs: shape.data['wait-timeout'],
            failOnDeliveryError: shape.data['fail-on-delivery-error'],
        };
    }
    if (raw['send-time'] !== '')
        issues.push({
            field: 'send-time',
            message: `applies to mode batch only (a scheduled batch task); mode ${mode} has no send time`,
        });
    if (mode === 'send') {
        for (const name of SEND_REQUIRED) {
            if (raw[name] === '')
                issues.push({ field: name, message: 'is required when mode is send' });
        }
        if (raw['phone-numbers'] === '' && raw['phone-numbers-file'] === '') {
            issues.push({
                field: 'phone-numbers',
                message: 'is required when mode is send (or give phone-numbers-file)',
            });
        }
        const inline = splitRecipients(raw['phone-numbers']);
        if (raw['phone-numbers'] !== '' && inline.length === 0) {
            issues.push({ field: 'phone-numbers', message: 'lists no phone number' });
        }
        issues.push(...phoneIssues(inline, 'phone-numbers'));
        const fromFile = raw['phone-numbers-file'] === ''
            ? []
            : recipientsFromFile(raw['phone-numbers-file'], options.readFile ?? (() => undefined), issues);
        const phoneNumbers = [...inline, ...fromFile];
        let templateParam;
        collectIssues(issues, () => {
            if (raw['template-param'] !== '')
                templateParam = parseTemplateParamInput(raw['template-param']);
        });
        if (issues.length > 0 || !shape.data)
            throw actionInputError(issues);
        return {
            ...common,
            mode: 'send',
            subAccount: raw['sub-account'],
            signature: raw.signature,
            templateId: raw['template-id'],
            phoneNumbers,
            templateParam,
            dryRun: shape.data['dry-run'],
            waitForDelivery: shape.data['wait-for-delivery'],
            deliveryTimeoutMs: shape.data['delivery-timeout'],
            failOnDeliveryError: shape.data['fail-on-delivery-error'],
            batchThreshold: shape.data['batch-threshold'],
            taskName: raw['task-name'] || options.defaultTaskName || 'volc-sms action',
            launch: shape.data.launch,
            wait: shape.data.wait,
            waitTimeoutMs: shape.data['wait-timeout'],
        };
    }
    const window = statsWindowInputs(raw, options.now, issues);
    const receiptRateThreshold = shape.data?.['fail-below-receipt-rate'];
    if (shape.data?.['open-issue']) {
        if (receiptRateThreshold === undefined && raw['fail-below-receipt-rate'] === '') {
            issues.push({
                field: 'open-issue',
                message: 'needs fail-below-receipt-rate, the rate under which an issue is opened (e.g. 0.95)',
            });
        }
        if (raw['github-token'] === '') {
            issues.push({
                field: 'github-token',
                message: 'is empty, and open-issue needs it: keep its default (the job token) and give the job permissions: issues: write',
            });
        }
    }
    if (issues.length > 0 || !shape.data)
        throw actionInputError(issues);
    return {
        ...common,
        mode: 'stats',
        receiptRateThreshold,
        openIssue: shape.data['open-issue'],
        githubToken: raw['github-token'],
        ...window,
        subAccount: raw['sub-account'] || undefined,
        signature: raw.signature || undefined,
        templateId: raw['template-id'] || undefined,
        channelType: raw['channel-type'] || undefined,
    };
}

;// CONCATENATED MODULE: ./src/action/run-context.ts
function readRunContext(env) {
    const server = (env['GITHUB_SERVER_URL'] || 'https://github.com').replace(/\/+$/, '');
    const repository = env['GITHUB_REPOSITORY'] ?? '';
    const runId = env['GITHUB_RUN_ID'] ?? '';
    return {
        repository,
        runUrl: repository && runId ? `${server}/${repository}/actions/runs/${runId}` : '',
        sha: env['GITHUB_SHA'] ?? '',
        label: repository && runId ? `${repository} run ${runId}` : '',
        apiUrl: (env['GITHUB_API_URL'] || 'https://api.github.com').replace(/\/+$/, ''),
    };
}

;// CONCATENATED MODULE: ./src/action/batch-file-check.ts

function batch_file_check_fileError(field, message, hint) {
    return new errors/* SmsInputError */.E$(`Invalid input ${field}: ${message}`, [{ field, message }], { hint });
}
/** The core's error about the file as the input's error (`field`), with its hint. */
function asInputError(field, err) {
    if (!(err instanceof errors/* SmsInputError */.E$) || err.issues[0]?.field !== 'file')
        return err;
    return batch_file_check_fileError(field, err.issues[0].message, err.hint);
}
/**
 * Checks `path` (shown as `shown`, the input's own spelling) against the template's variables as it
 * uploads it.
 * @throws SmsInputError naming `field` and the first bad line; nothing is stored then
 */
async function checkAndUploadBatchFile(client, path, shown, variables, field = 'batch-file') {
    const expected = ['phone', ...variables].join(',');
    const fix = `Fix ${shown}: a header "${expected}", then one row per number; nothing was uploaded.`;
    const check = new BatchCsvCheck(shown, { variableNames: variables, issuesShown: 1 });
    let file;
    const inspect = {
        write: (chunk) => check.write(chunk),
        end: () => {
            const result = check.end();
            const [first] = result.issues;
            if (first !== undefined) {
                const more = result.issueCount > 1 ? ` (and ${result.issueCount - 1} more defect(s))` : '';
                throw batch_file_check_fileError(field, `${shown} ${first.field} ${first.message}${more}`, fix);
            }
            const { totalCount, fileSize, columns } = result.report;
            file = { rows: totalCount, bytes: fileSize, columns };
        },
    };
    try {
        await assertBatchFile(path, shown);
        const upload = await client.uploadBatchFile({ path, inspect });
        if (file === undefined)
            throw new Error('the upload ended before the batch file check');
        return { file, upload };
    }
    catch (err) {
        throw asInputError(field, err);
    }
}

;// CONCATENATED MODULE: ./src/action/batch-progress.ts

/**
 * How the Action words a batch task's progress. The states and their names are the core's (agent-v2
 * reference §2.9), and so is the loop that follows a task (followBatchTask); unknown values show as numbers.
 */
const AWAITING_CONSENT = BATCH_TASK_AWAITING_CONSENT;
/** `5 Sending`; `status 12` for a value the reference does not name. */
function taskStatusName(status) {
    if (status === undefined)
        return 'unknown';
    const name = batchTaskStateName(status);
    return name ? `${status} ${name}` : `status ${status}`;
}
const isFinalStatus = (status) => status !== undefined && FINAL_TASK_STATES.has(status);
/** 3–6: the service took the consent (the reconciling read of ConsentBatchTask). */
const isStarted = (status) => status !== undefined && status >= 3 && status <= 6;
/** `3.4 s`, `95 s`. */
function seconds(ms) {
    return ms < 10_000 ? `${(ms / 1000).toFixed(1)} s` : `${Math.round(ms / 1000)} s`;
}

;// CONCATENATED MODULE: ./src/action/summary-markdown.ts
/** Small Markdown helpers for job summaries (GitHub-flavoured; rendered by the runner, 1 MiB per step). */
const SUMMARY_LIMIT_BYTES = 1024 * 1024;
/** A table cell that cannot break the table: pipes escaped, line breaks flattened. */
function cell(value) {
    if (value === undefined || value === '')
        return '—';
    return String(value)
        .replace(/\\/g, '\\\\')
        .replace(/\|/g, '\\|')
        .replace(/[\r\n]+/g, ' ');
}
/** Inline code that stays inline code whatever the text holds. */
function code(value) {
    const clean = value.replace(/[\r\n]+/g, ' ');
    return clean.includes('`') ? `\`\` ${clean} \`\`` : `\`${clean}\``;
}
function table(header, rows) {
    const lines = [
        `| ${header.join(' | ')} |`,
        `| ${header.map(() => '---').join(' | ')} |`,
        ...rows.map((row) => `| ${row.join(' | ')} |`),
    ];
    return lines.join('\n');
}
/**
 * Keeps a summary under the runner's 1 MiB limit: above it the runner drops the whole summary, so cutting
 * the tail with a note is strictly better. Callers already cap table rows; this is the last guard.
 */
function capSummary(markdown, limitBytes = SUMMARY_LIMIT_BYTES) {
    if (Buffer.byteLength(markdown, 'utf8') <= limitBytes)
        return markdown;
    const note = '\n\n_Summary truncated to stay under the 1 MiB job-summary limit; see the step outputs._\n';
    let cut = Buffer.from(markdown, 'utf8')
        .subarray(0, limitBytes - Buffer.byteLength(note) - 4)
        .toString('utf8');
    // A cut inside a multi-byte character leaves U+FFFD; drop it and the partial line.
    cut = cut.slice(0, Math.max(0, cut.lastIndexOf('\n')));
    return cut + note;
}
/** `87.5 %`; `–` where nothing was there to count (`whole` is 0), rather than a made-up `0.0 %`. */
function percent(rate, whole) {
    if (whole === 0)
        return '–';
    // The API reports rates as fractions (0.87); a value above 1 can only be a percentage already.
    const value = rate <= 1 ? rate * 100 : rate;
    return `${value.toFixed(1)} %`;
}

;// CONCATENATED MODULE: ./src/action/batch-report.ts


const STEP_LABEL = {
    2: 'created and validated',
    3: 'launched (consented)',
    4: 'preparing the recipients',
    5: 'sending',
    6: '✅ done',
    7: '🚫 canceled',
    8: '❌ failed',
    9: '❌ killed',
};
/**
 * A pie of the receipts (Mermaid renders inside job summaries). Slices of 0 are left out: Mermaid draws
 * nothing for them but still lists them.
 */
function receiptChart(taskId, receipts) {
    const slices = [
        ['Delivered', receipts.delivered],
        ['Delivery failed', receipts.failed],
        ['No receipt yet', receipts.pending],
    ].filter(([, count]) => count > 0);
    if (slices.length === 0)
        return '_No message of the task has been counted yet._';
    return [
        '```mermaid',
        `pie showData title Receipts of task ${taskId}`,
        ...slices.map(([label, count]) => `  "${label}" : ${count}`),
        '```',
    ].join('\n');
}
function batchSummary(input) {
    const { inputs, source, taskId, task, steps, receipts } = input;
    const channel = input.channelType ? ` (${input.channelType})` : '';
    const parts = [
        `### 📦 SMS batch task ${code(taskId)}: ${taskStatusName(task.status)}`,
        '',
        `Template ${code(inputs.templateId)}${channel} · signature ${code(inputs.signature)} · ` +
            `message group ${code(inputs.subAccount)} · ${source.label}: ${source.rows} number(s), ` +
            `${source.bytes} bytes · task ${code(inputs.taskName)}`,
        '',
    ];
    if (!input.launched && task.status === 2) {
        parts.push('**Awaiting launch: nothing has been sent.** The step had no `launch: true`, which is the workflow ' +
            "author's consent to send; the task stays in 2 Valid until it is consented or canceled.", '');
    }
    const rows = steps.map((step) => [
        taskStatusName(step.status),
        step.status === undefined ? '—' : (STEP_LABEL[step.status] ?? '—'),
        `+${seconds(step.atMs)}`,
    ]);
    parts.push('**Progress**', '', table(['Status', 'Step', 'At'], rows), '');
    if (receipts) {
        const rate = receipts.accepted > 0 ? percent(receipts.delivered / receipts.accepted) : '–';
        parts.push(`**Receipts:** ${receipts.delivered} delivered, ${receipts.failed} failed, ${receipts.pending} without a ` +
            `receipt, of ${receipts.accepted} accepted (receipt rate ${rate}).`, '', receiptChart(taskId, receipts), '');
    }
    return capSummary(parts.join('\n'));
}

;// CONCATENATED MODULE: ./src/action/batch-template.ts

/**
 * The template as the group and signature see it (the core's describeTemplate). The batch engine takes
 * notification and marketing templates only: a verification template (by channel or by its text) is
 * refused here, before anything is uploaded, naming `template-id`.
 */
async function batchTemplate(client, ref) {
    const template = await describeTemplate(client, ref);
    const channel = template.channelType;
    if (delivery_plan_isVerificationTemplate(template) || (channel !== 'CN_NTC' && channel !== 'CN_MKT')) {
        const kind = delivery_plan_isVerificationTemplate(template) ? 'verification' : `${channel ?? 'channel-less'}`;
        const message = `${ref.templateId} is a ${kind} template; batch tasks send notification (CN_NTC) and marketing (CN_MKT) templates only`;
        throw new errors/* SmsInputError */.E$(`Invalid input template-id: ${message}`, [{ field: 'template-id', message }], {
            hint: 'Send verification codes with mode: send as direct requests, or pick a notification template.',
        });
    }
    return { ...template, channelType: channel };
}

;// CONCATENATED MODULE: ./src/action/batch-mode.ts







const batch_mode_SHANGHAI = 'Asia/Shanghai';
/**
 * `mode: batch`: the recipients and their parameters in a CSV of the workspace go to the service's
 * batch-task engine. The file is checked, uploaded and the task created (the service validates it: status
 * 2); `launch: true` is the workflow author's consent and starts it, once; `wait: true` follows it to a
 * final state and then collects the receipts. Outputs are written at each stage, so a later failure still
 * leaves the task id for a follow-up step.
 */
async function runBatch(deps, inputs) {
    const { io, client } = deps;
    const ref = templateRef(inputs);
    const template = await batchTemplate(client, ref);
    const startedAt = deps.now().getTime();
    // Checked as it is uploaded: read once, and a file with a defect is never stored.
    const { file, upload } = await checkAndUploadBatchFile(client, inputs.batchFilePath, inputs.batchFile, template.variables);
    io.info(`Batch file ${inputs.batchFile}: ${file.rows} number(s), ${file.bytes} bytes, columns ${file.columns.join(',')}.`);
    const { result: created } = await client.setBatchTask({
        ...ref,
        name: inputs.taskName,
        templateName: template.name,
        channelType: template.channelType,
        ...inputs.schedule,
        fileUrl: upload.file,
    });
    if (inputs.schedule.scheduled)
        io.info(`Task ${created.taskId} is scheduled: the service sends at ${time_zone_formatWallTime(inputs.schedule.sendTime * 1000, batch_mode_SHANGHAI)} once it is launched.`);
    await launchAndFollow(deps, inputs, {
        taskId: created.taskId,
        totalCount: created.totalCount ?? file.rows,
        dupCount: created.dupCount ?? 0,
        sha256: upload.sha256,
        startedAt,
        source: { label: `file ${code(inputs.batchFile)}`, rows: file.rows, bytes: file.bytes },
        channelType: template.channelType,
    });
}
/**
 * After the task is created: its outputs, then (with `launch`) the one consent, then (with `wait`) the
 * task followed to a final state and its receipts collected.
 */
async function launchAndFollow(deps, inputs, created) {
    const { io, client } = deps;
    const ref = templateRef(inputs);
    const { startedAt } = created;
    const taskRef = { subAccount: inputs.subAccount, taskId: created.taskId };
    io.setOutput('task-id', created.taskId);
    io.setOutput('total-count', String(created.totalCount));
    io.setOutput('dup-count', String(created.dupCount));
    const steps = [];
    let { result: task } = await client.getBatchTaskDetail(taskRef);
    steps.push({ status: task.status, atMs: deps.now().getTime() - startedAt });
    io.setOutput('task-status', String(task.status ?? ''));
    io.info(`Task ${created.taskId} "${inputs.taskName}" created: ${taskStatusName(task.status)}, ` +
        `${created.totalCount} number(s) (SHA-256 ${created.sha256.slice(0, 12)}…).`);
    const report = {
        inputs,
        source: created.source,
        channelType: created.channelType,
        taskId: created.taskId,
        steps,
        startedAt,
    };
    if (!inputs.launch) {
        deps.setStatus(task.status === AWAITING_CONSENT ? 'created' : 'failed');
        await io.appendSummary(batchSummary({ ...report, task, launched: false }));
        if (task.status !== AWAITING_CONSENT) {
            return raise(io, inputs.failOnError, `Task ${created.taskId} is ${taskStatusName(task.status)}, not 2 Valid: the service did not accept the file as it is.`);
        }
        io.info(`Task ${created.taskId} awaits launch; nothing is sent until it is consented: set launch: true in the ` +
            "step (the workflow author's consent), or start it from the console.");
        return;
    }
    // The consent: once, and only from status 2 (a re-run of the step finds the task started, and says so).
    if (task.status !== AWAITING_CONSENT) {
        deps.setStatus('failed');
        await io.appendSummary(batchSummary({ ...report, task, launched: false }));
        return raise(io, inputs.failOnError, `Task ${created.taskId} is ${taskStatusName(task.status)}; only a task in 2 Valid can be launched, so it was not.`);
    }
    try {
        await client.consentBatchTask(taskRef);
    }
    catch (err) {
        // A lost answer: the task's own state says whether the consent arrived (reference §2.11).
        if (!(err instanceof errors/* SmsOutcomeUnknownError */.iD))
            throw err;
        ({ result: task } = await client.getBatchTaskDetail(taskRef));
        if (!isStarted(task.status)) {
            deps.setStatus('partial'); // The consent may still arrive: the task may send.
            throw err;
        }
        io.info(`The launch's answer was lost; the task is ${taskStatusName(task.status)}, so it did start.`);
    }
    io.info(`Task ${created.taskId} launched.`);
    deps.setStatus('launched');
    if (!inputs.wait) {
        ({ result: task } = await client.getBatchTaskDetail(taskRef));
        if (steps.at(-1)?.status !== task.status)
            steps.push({ status: task.status, atMs: deps.now().getTime() - startedAt });
        io.setOutput('task-status', String(task.status ?? ''));
        await io.appendSummary(batchSummary({ ...report, task, launched: true }));
        return;
    }
    const deadline = startedAt + inputs.waitTimeoutMs;
    const remaining = () => Math.max(0, deadline - deps.now().getTime());
    // The core's loop: one detail read per poll, the pause growing ×1.5 up to 10 s; a line per change.
    const followed = await followBatchTask({
        client,
        now: () => deps.now().getTime(),
        sleep: deps.sleep,
        onChange: ({ status }) => {
            const atMs = deps.now().getTime() - startedAt;
            steps.push({ status, atMs });
            io.info(`Task ${created.taskId}: ${taskStatusName(status)} (after ${seconds(atMs)})`);
        },
    }, taskRef, {
        intervalMs: deps.pollIntervalMs,
        growth: 1.5,
        maxIntervalMs: 10_000,
        timeoutMs: remaining(),
        since: Math.floor(startedAt / 1000),
        counts: false,
        lastStatus: steps.at(-1)?.status,
    });
    task = followed.task;
    io.setOutput('task-status', String(task.status ?? ''));
    let receipts;
    let receiptProblem;
    if (task.status === 6) {
        try {
            receipts = await waitForTaskReceipts({
                client,
                now: () => deps.now().getTime(),
                sleep: deps.sleep,
                onPoll: (r) => io.info(`Receipts: ${r.delivered} delivered, ${r.failed} failed, ${r.pending} of ${r.accepted} still without one…`),
            }, { ...ref, fromTime: Math.floor(startedAt / 1000), expected: created.totalCount }, { pauseMs: deps.pollIntervalMs, growth: 1.5, maxPauseMs: 10_000, timeoutMs: remaining() });
        }
        catch (err) {
            receiptProblem = `Could not read the receipts: ${formatErrorLine(err)}`;
        }
    }
    if (receipts) {
        io.setOutput('delivered-count', String(receipts.delivered));
        io.setOutput('delivery-failed-count', String(receipts.failed));
        io.setOutput('delivery-pending-count', String(receipts.pending));
        io.setOutput('receipt-rate', receipts.accepted > 0
            ? String(Math.round((receipts.delivered / receipts.accepted) * 10_000) / 10_000)
            : '');
    }
    const done = task.status === 6;
    deps.setStatus(!isFinalStatus(task.status)
        ? 'launched'
        : !done
            ? 'failed'
            : receipts && receipts.failed === 0 && receipts.pending === 0
                ? 'ok'
                : 'partial');
    await io.appendSummary(batchSummary({ ...report, task, launched: true, receipts }));
    if (followed.timedOut) {
        return raise(io, inputs.failOnError, `Task ${created.taskId} is still ${taskStatusName(task.status)} after ${seconds(inputs.waitTimeoutMs)} (wait-timeout); it goes on sending: follow it in the console or with a later step.`);
    }
    if (!done)
        return raise(io, inputs.failOnError, `Task ${created.taskId} ended ${taskStatusName(task.status)}: it did not send every number.`);
    if (receiptProblem)
        return raise(io, inputs.failOnDeliveryError, receiptProblem);
    if (receipts && (receipts.failed > 0 || receipts.pending > 0)) {
        raise(io, inputs.failOnDeliveryError, `Task ${created.taskId} is done: ${receipts.failed} delivery failure(s), ${receipts.pending} message(s) without a receipt after ${seconds(inputs.waitTimeoutMs)}.`);
    }
}
/** The step fails, or (when the workflow opted out) the same words become a warning. */
function raise(io, fail, message) {
    if (fail)
        io.setFailed(message);
    else
        io.warning(message);
}

;// CONCATENATED MODULE: ./src/action/send-engine.ts




/**
 * `mode: send` above `batch-threshold` unique numbers (default 10,000): the core's planner hands the send
 * to the service's batch-task engine, as `mode: batch` would with a file built from `phone-numbers` and
 * `template-param` (the same parameters for everyone). Up to the threshold, and for a dry run's plan,
 * the direct engine stays. The `engine` output says which carried the step.
 * @returns true when the batch engine took the send (or would have, for a dry run); false for direct
 */
async function sendThroughBatchWhenLarge(deps, inputs, request) {
    const { io, client } = deps;
    const threshold = inputs.batchThreshold ?? DEFAULT_BATCH_THRESHOLD;
    const mobiles = renameInputIssues(() => client.planSend(request)).mobiles;
    const base = { numbers: mobiles.length, threshold };
    if (!templateFactsNeeded(base)) {
        io.setOutput('engine', 'direct');
        return false;
    }
    const ref = templateRef(inputs);
    const template = await renameInputIssues(() => describeTemplate(client, ref));
    const plan = planWithActionWords({ ...base, template }, inputs);
    io.setOutput('engine', plan.engine);
    io.info(`Engine: ${plan.reason}.`);
    if (plan.engine === 'direct')
        return false;
    if (inputs.dryRun) {
        deps.setStatus('dry-run');
        io.info(`Dry run: would create a batch task of ${mobiles.length} numbers; nothing is uploaded or sent.`);
        await io.appendSummary(`### 📝 SMS dry run: ${mobiles.length} recipients would go to a batch task, nothing was sent\n\n${plan.reason}.\n`);
        return true;
    }
    const startedAt = deps.now().getTime();
    const params = inputs.templateParam ?? {};
    const task = await renameInputIssues(() => createBatchSendTask(client, {
        ...ref,
        taskName: inputs.taskName,
        recipients: mobiles.map((mobile) => ({ mobile, params })),
        duplicates: 'skip',
        template,
    }));
    const follow = inputs.wait || inputs.waitForDelivery;
    await launchAndFollow(deps, {
        ...ref,
        taskName: inputs.taskName,
        launch: inputs.launch,
        wait: follow,
        waitTimeoutMs: inputs.wait ? inputs.waitTimeoutMs : inputs.deliveryTimeoutMs,
        failOnError: inputs.failOnError,
        failOnDeliveryError: inputs.failOnDeliveryError,
    }, {
        taskId: task.taskId,
        totalCount: task.totalCount ?? task.rows,
        dupCount: task.dupCount ?? 0,
        sha256: task.fileSha256,
        startedAt,
        source: {
            label: 'a CSV built from phone-numbers and template-param',
            rows: task.rows,
            bytes: task.fileBytes,
        },
        channelType: template.channelType,
    });
    return true;
}
/** The planner's verdict, its refusal worded with this Action's inputs rather than the CLI's flags. */
function planWithActionWords(input, inputs) {
    try {
        return planDelivery(input);
    }
    catch (err) {
        if (!(err instanceof errors/* SmsInputError */.E$) || err.issues[0]?.field !== 'engine')
            throw err;
        const message = `${inputs.templateId} is a verification template and ${input.numbers} numbers are above batch-threshold ` +
            `${input.threshold}: the batch engine refuses verification templates; nothing was sent`;
        throw new errors/* SmsInputError */.E$(`Invalid input batch-threshold: ${message}`, [{ field: 'batch-threshold', message }], {
            hint: `Send at most ${input.threshold} numbers a step, or set batch-threshold: ${input.numbers} to send them all as direct requests (5 per second).`,
            cause: err,
        });
    }
}

;// CONCATENATED MODULE: ./src/action/send-report.ts


// A table longer than this is unreadable anyway; the full list is in the `results` output.
const MAX_SUMMARY_ROWS = 1000;
function plannedReports(plan, mask) {
    return plan.mobiles.map((mobile) => ({ mobile: mask(mobile), status: 'planned' }));
}
function outcomeReports(outcome, deliveries) {
    return outcome.recipients.map((recipient) => {
        const report = { mobile: recipient.masked, status: recipient.status };
        if (recipient.messageId)
            report.messageId = recipient.messageId;
        // Free text from the API may quote a number; outputs show numbers masked like everything else.
        if (recipient.error)
            report.error = maskPhonesInText(formatErrorLine(recipient.error));
        const delivery = recipient.messageId ? deliveries?.get(recipient.messageId) : undefined;
        if (delivery) {
            report.delivery = delivery.status;
            if (delivery.error)
                report.deliveryError = maskPhonesInText(delivery.error);
        }
        return report;
    });
}
function countDeliveries(reports) {
    const counts = { delivered: 0, failed: 0, pending: 0 };
    for (const report of reports)
        if (report.delivery)
            counts[report.delivery] += 1;
    return counts;
}
/**
 * Distinct error lines with how many recipients each hit: one chunk's RE:0003 for 200 numbers is one
 * problem, not 200 log lines.
 */
function groupErrors(reports) {
    const groups = new Map();
    for (const report of reports)
        if (report.error)
            groups.set(report.error, (groups.get(report.error) ?? 0) + 1);
    return [...groups].map(([line, count]) => ({ line, count })).sort((a, b) => b.count - a.count);
}
const STATUS_LABEL = {
    sent: '✅ accepted',
    failed: '❌ rejected',
    unknown: '⚠️ unknown',
    planned: '📝 would send',
};
const DELIVERY_LABEL = {
    delivered: '✅ delivered',
    failed: '❌ failed',
    pending: '⏳ no receipt',
};
function sendSummary(input) {
    const { context, reports, counts, delivery } = input;
    const total = reports.length;
    const title = context.dryRun
        ? `### 📝 SMS dry run: ${total} recipient${total === 1 ? '' : 's'} would be sent, nothing was sent`
        : `### 📱 SMS: ${counts.sent} of ${total} accepted`;
    const facts = [
        `Template ${code(context.templateId)} · signature ${code(context.signature)} · message group ${code(context.subAccount)}`,
    ];
    if (!context.dryRun && (counts.failed > 0 || counts.unknown > 0)) {
        facts.push(`**${counts.failed} rejected, ${counts.unknown} with unknown outcome.**`);
    }
    if (input.duplicates > 0)
        facts.push(`${input.duplicates} duplicate number(s) were sent once.`);
    if (delivery) {
        facts.push(`Delivery receipts: ${delivery.delivered} delivered, ${delivery.failed} failed, ${delivery.pending} without a receipt.`);
    }
    const errors = groupErrors(reports);
    const errorLines = errors.map(({ line, count }) => `- ${count} × ${cell(line)}`);
    const withDelivery = delivery !== undefined;
    const header = ['#', 'Recipient', 'Status', 'Message id', ...(withDelivery ? ['Delivery'] : []), 'Detail'];
    const rows = reports
        .slice(0, MAX_SUMMARY_ROWS)
        .map((report, index) => [
        String(index + 1),
        cell(report.mobile),
        STATUS_LABEL[report.status],
        report.messageId ? code(report.messageId) : '—',
        ...(withDelivery ? [report.delivery ? DELIVERY_LABEL[report.delivery] : '—'] : []),
        cell(report.deliveryError ?? report.error),
    ]);
    const more = reports.length > MAX_SUMMARY_ROWS
        ? `\n\n…and ${reports.length - MAX_SUMMARY_ROWS} more recipients; the \`results\` output lists all.`
        : '';
    const parts = [title, '', facts.join('\n\n')];
    if (errorLines.length > 0)
        parts.push('', '**Errors**', '', errorLines.join('\n'));
    parts.push('', table(header, rows) + more, '');
    return capSummary(parts.join('\n'));
}

;// CONCATENATED MODULE: ./src/action/send-mode.ts





function sendStatus(counts, delivery) {
    const everyoneAccepted = counts.failed === 0 && counts.unknown === 0;
    if (everyoneAccepted && (delivery === undefined || delivery.delivered === counts.sent))
        return 'ok';
    if (counts.sent === 0 && counts.unknown === 0)
        return 'failed';
    return 'partial';
}
/**
 * `mode: send`. Outputs are written before the step is failed, so `if: failure()` follow-ups still see
 * which numbers went out; nothing accepted is ever re-sent here (sends are not retried by the core either).
 */
async function runSend(deps, inputs) {
    const { io, client } = deps;
    const ref = templateRef(inputs);
    const request = { ...ref, mobiles: inputs.phoneNumbers, templateParam: inputs.templateParam };
    const context = { ...ref, dryRun: inputs.dryRun };
    // Above batch-threshold numbers the service's batch-task engine carries the send instead.
    if (await sendThroughBatchWhenLarge(deps, inputs, request))
        return;
    if (inputs.dryRun) {
        const plan = renameInputIssues(() => client.planSend(request));
        const reports = plannedReports(plan, phone_maskPhone);
        io.info(`Dry run: would send ${inputs.templateId} to ${plan.mobiles.length} recipient(s) in ${plan.chunks.length} ` +
            `request(s); nothing is sent.`);
        deps.setStatus('dry-run');
        logRecipients(io, reports);
        writeSendOutputs(io, reports, { sent: 0, failed: 0, unknown: 0 });
        await io.appendSummary(sendSummary({
            context,
            reports,
            counts: { sent: 0, failed: 0, unknown: 0 },
            duplicates: plan.duplicates.length,
        }));
        return;
    }
    const sentAt = Math.floor(deps.now().getTime() / 1000);
    const outcome = await renameInputIssues(() => client.sendSms(request));
    const counts = { sent: outcome.sentCount, failed: outcome.failedCount, unknown: outcome.unknownCount };
    io.info(`Sent ${inputs.templateId}: ${counts.sent} of ${outcome.recipients.length} accepted` +
        (counts.failed ? `, ${counts.failed} rejected` : '') +
        (counts.unknown ? `, ${counts.unknown} with unknown outcome` : '') +
        ` (${outcome.plan.chunks.length} request(s)).`);
    let deliveries;
    let deliveryProblem;
    const messageIds = outcome.recipients.flatMap((r) => (r.messageId ? [r.messageId] : []));
    if (inputs.waitForDelivery && messageIds.length > 0) {
        io.info(`Waiting up to ${Math.round(inputs.deliveryTimeoutMs / 1000)} s for ${messageIds.length} receipt(s)…`);
        // The core's poller: the pause grows ×1.5 up to 10 s, and a read that fails for good ends the wait.
        const waited = await waitForReceipts({
            client,
            now: () => deps.now().getTime(),
            sleep: deps.sleep,
            onPoll: (pending, total) => io.info(`Waiting for delivery receipts: ${pending} of ${total} still without a receipt…`),
        }, { ...ref, sentAt }, messageIds, { pauseMs: deps.pollIntervalMs, growth: 1.5, maxPauseMs: 10_000, timeoutMs: inputs.deliveryTimeoutMs });
        deliveries = waited.receipts;
        if (waited.readError !== undefined) {
            deliveryProblem = `Could not read the send log while waiting for receipts: ${formatErrorLine(waited.readError)}`;
        }
        else if (waited.timedOut) {
            deliveryProblem = `Some receipts did not arrive within ${Math.round(inputs.deliveryTimeoutMs / 1000)} s`;
        }
    }
    const reports = outcomeReports(outcome, deliveries);
    const delivery = deliveries ? countDeliveries(reports) : undefined;
    deps.setStatus(sendStatus(counts, delivery));
    logRecipients(io, reports);
    writeSendOutputs(io, reports, counts);
    if (delivery) {
        io.setOutput('delivered-count', String(delivery.delivered));
        io.setOutput('delivery-failed-count', String(delivery.failed));
        io.setOutput('delivery-pending-count', String(delivery.pending));
    }
    await io.appendSummary(sendSummary({ context, reports, counts, duplicates: outcome.plan.duplicates.length, delivery }));
    const total = reports.length;
    if (counts.failed > 0 || counts.unknown > 0) {
        const errors = groupErrors(reports);
        const detail = errors.map(({ line, count }) => errors.length > 1 || count < total ? `${count} × ${line}` : line);
        const unknownNote = counts.unknown > 0
            ? ' Numbers with an unknown outcome may have been sent: check the send log before re-sending.'
            : '';
        const reasons = detail.join(' | ');
        const message = `${total - counts.sent} of ${total} recipient(s) not accepted: ${reasons}${reasons.endsWith('.') ? '' : '.'}${unknownNote}`;
        send_mode_raise(io, inputs.failOnError, message);
    }
    if (delivery && (delivery.failed > 0 || delivery.pending > 0)) {
        const failed = reports.filter((r) => r.delivery === 'failed');
        const parts = [];
        if (failed.length > 0) {
            const examples = failed.slice(0, 10).map((r) => `${r.mobile} ${r.deliveryError ?? ''}`.trim());
            parts.push(`${failed.length} delivery failure(s): ${examples.join('; ')}${failed.length > 10 ? '; …' : ''}`);
        }
        if (delivery.pending > 0) {
            parts.push(`${delivery.pending} message(s) without a receipt${deliveryProblem ? ` (${deliveryProblem})` : ''}`);
        }
        send_mode_raise(io, inputs.failOnDeliveryError, parts.join('; '));
    }
}
/** The step fails, or (when the workflow opted out) the same words become a warning and the step stays green. */
function send_mode_raise(io, fail, message) {
    if (fail)
        io.setFailed(message);
    else
        io.warning(message);
}
// A log of 10,000 lines helps nobody; the rest are in the `results` output and the summary.
const MAX_LOGGED_RECIPIENTS = 200;
function logRecipients(io, reports) {
    for (const report of reports.slice(0, MAX_LOGGED_RECIPIENTS))
        io.info(`  ${describeReport(report)}`);
    if (reports.length > MAX_LOGGED_RECIPIENTS) {
        io.info(`  …and ${reports.length - MAX_LOGGED_RECIPIENTS} more (see the results output)`);
    }
}
function describeReport(report) {
    const parts = [report.mobile, report.status];
    if (report.messageId)
        parts.push(report.messageId);
    if (report.delivery)
        parts.push(report.delivery);
    if (report.deliveryError)
        parts.push(report.deliveryError);
    else if (report.error)
        parts.push(report.error);
    return parts.join('  ');
}
// Outputs share a 1 MB budget per job and the runner drops what is above it. The two lists get 3/4 of it:
// results of ~4,500 recipients, ids of ~6,500 messages.
const IDS_OUTPUT_LIMIT_BYTES = 256 * 1024;
const RESULTS_OUTPUT_LIMIT_BYTES = 512 * 1024;
/** A prefix of `items` (shortened by 10 % steps) whose JSON fits in `limit` bytes. */
function boundedJson(items, limit) {
    let kept = items.length;
    let json = JSON.stringify(items);
    while (Buffer.byteLength(json, 'utf8') > limit && kept > 0) {
        kept = Math.floor(kept * 0.9);
        json = JSON.stringify(items.slice(0, kept));
    }
    return { json, kept };
}
function writeSendOutputs(io, reports, counts) {
    const ids = boundedJson(reports.flatMap((r) => (r.messageId ? [r.messageId] : [])), IDS_OUTPUT_LIMIT_BYTES);
    io.setOutput('message-ids', ids.json);
    let results = boundedJson(reports, RESULTS_OUTPUT_LIMIT_BYTES);
    if (results.kept < reports.length) {
        // Too many to list: keep the recipients someone has to act on, which is what a follow-up step needs.
        const problems = reports.filter((r) => r.status === 'failed' || r.status === 'unknown' || (r.delivery && r.delivery !== 'delivered'));
        results = boundedJson(problems, RESULTS_OUTPUT_LIMIT_BYTES);
        io.warning(`The results output lists only ${results.kept} recipient(s) not sent or not delivered (of ${problems.length}); ` +
            `all ${reports.length} would exceed the job output limit. The counts cover everyone.`);
    }
    if (ids.kept < reports.filter((r) => r.messageId).length) {
        io.warning(`The message-ids output lists the first ${ids.kept} ids; all would exceed the job output limit.`);
    }
    io.setOutput('results', results.json);
    io.setOutput('sent-count', String(counts.sent));
    io.setOutput('failed-count', String(counts.failed));
    io.setOutput('unknown-count', String(counts.unknown));
}

;// CONCATENATED MODULE: ./src/action/receipt-rate.ts

const isCount = (value) => Number.isInteger(value) && value >= 0;
/** Undefined when the counts cannot give a rate: nothing accepted, or receipts that exceed the sends. */
function receiptRate(stats) {
    const delivered = stats.TotalReceiptSuccessCount;
    const accepted = stats.TotalSendSuccessCount;
    if (!isCount(delivered) || !isCount(accepted) || accepted === 0 || delivered > accepted)
        return undefined;
    return { delivered, accepted, rate: delivered / accepted };
}
/** `91.2 % (912 of 1000 accepted messages delivered)`. */
function describeRate(rate) {
    return `${percent(rate.rate)} (${rate.delivered} of ${rate.accepted} accepted messages delivered)`;
}
/** The `receipt-rate` output: the fraction to 4 places, '' when there is none. */
function rateOutput(rate) {
    return rate === undefined ? '' : String(Math.round(rate.rate * 10_000) / 10_000);
}

;// CONCATENATED MODULE: ./src/action/stats-report.ts


/** Output name → field of the stats result: every total and rate the API returns. */
const STATS_OUTPUTS = {
    'total-send-count': 'TotalSendCount',
    'total-all-send-count': 'TotalAllSendCount',
    'total-send-success-count': 'TotalSendSuccessCount',
    'total-receipt-success-count': 'TotalReceiptSuccessCount',
    'total-receipt-failure-count': 'TotalReceiptFailureCount',
    'total-no-receipt-72-hour-count': 'TotalNoReceipt72HourCount',
    'total-send-success-rate': 'TotalSendSuccessRate',
    'total-receipt-success-rate': 'TotalReceiptSuccessRate',
};
/** `2026-11-25 08:00` in Asia/Shanghai, the zone of the stats days and the API's windows (reference §6). */
function shanghaiTime(epochSeconds) {
    return shanghai_day_shanghaiIso(epochSeconds).slice(0, 16).replace('T', ' ');
}
/** The `stats` output: the window and the result, with stable camelCase keys for `fromJSON()`. */
function statsJson(window, stats) {
    const totals = Object.fromEntries(Object.values(STATS_OUTPUTS).map((field) => [lowerFirst(field), stats[field]]));
    const dataPoints = (stats.DataPoints ?? []).map((point) => ({
        date: point.Date,
        allSendCount: point.AllSendCount,
        sendSuccessCount: point.SendSuccessCount,
        receiptSuccessCount: point.ReceiptSuccessCount,
        receiptFailureCount: point.ReceiptFailureCount,
        noReceipt72HourCount: point.NoReceipt72HourCount,
        sendSuccessRate: point.SendSuccessRate,
        receiptSuccessRate: point.ReceiptSuccessRate,
    }));
    return JSON.stringify({ startTime: window.startTime, endTime: window.endTime, ...totals, dataPoints });
}
function lowerFirst(value) {
    return value.charAt(0).toLowerCase() + value.slice(1);
}
// Mermaid's xychart gets unreadable past this many bars; a 90-day window is summarised by its last days.
const MAX_CHART_DAYS = 62;
/**
 * A per-day bar (submitted) and line (delivered) chart. Mermaid's xychart renders inside job summaries;
 * it has no legend, so the caption names the series.
 */
function dailyChart(points) {
    const days = points.filter((p) => p.Date).slice(-MAX_CHART_DAYS);
    if (days.length === 0)
        return '_The API returned no per-day data for this window._';
    const labels = days.map((p) => JSON.stringify(shortDate(p.Date ?? '')));
    const max = Math.max(1, ...days.map((p) => p.AllSendCount));
    return [
        '```mermaid',
        'xychart-beta',
        '  title "Messages per day (bars: submitted, line: delivered)"',
        `  x-axis [${labels.join(', ')}]`,
        `  y-axis "Messages" 0 --> ${max}`,
        `  bar [${days.map((p) => p.AllSendCount).join(', ')}]`,
        `  line [${days.map((p) => p.ReceiptSuccessCount).join(', ')}]`,
        '```',
    ].join('\n');
}
/** `20261124` or `2026-11-24` → `11-24`. */
function shortDate(date) {
    const digits = date.replace(/\D/g, '');
    return digits.length === 8 ? `${digits.slice(4, 6)}-${digits.slice(6, 8)}` : date;
}
function statsSummary(window, stats) {
    const filters = [
        window.subAccount && `message group ${code(window.subAccount)}`,
        window.signature && `signature ${code(window.signature)}`,
        window.templateId && `template ${code(window.templateId)}`,
        window.channelType && `channel ${code(window.channelType)}`,
    ].filter(Boolean);
    const rows = [
        ['Submitted', cell(stats.TotalAllSendCount)],
        ['Accepted for sending', cell(stats.TotalSendSuccessCount)],
        ['Delivered (receipt OK)', cell(stats.TotalReceiptSuccessCount)],
        ['Delivery failed (receipt)', cell(stats.TotalReceiptFailureCount)],
        ['No receipt after 72 h', cell(stats.TotalNoReceipt72HourCount)],
        ['Billed segments (TotalSendCount)', cell(stats.TotalSendCount)],
        ['Send success rate', percent(stats.TotalSendSuccessRate, stats.TotalAllSendCount)],
        ['Receipt success rate', percent(stats.TotalReceiptSuccessRate, stats.TotalSendSuccessCount)],
    ];
    const parts = [
        `### 📊 SMS statistics, ${shanghaiTime(window.startTime)} → ${shanghaiTime(window.endTime)} (Asia/Shanghai)`,
        '',
        filters.length > 0
            ? `Filtered by ${filters.join(' · ')}.`
            : 'All message groups, signatures and templates.',
        '',
        table(['Metric', 'Value'], rows),
        '',
        dailyChart(stats.DataPoints ?? []),
        '',
    ];
    return capSummary(parts.join('\n'));
}

;// CONCATENATED MODULE: ./src/action/watchdog-issues.ts


/**
 * The watchdog's GitHub issues (`open-issue: true`): one open issue per message group while its receipt
 * rate is below the threshold. Opened when the rate drops, commented on while it stays low, closed when it
 * recovers. The watchdog finds its own issue by a label and a marker in the body that names the group, so
 * issues opened by people (or for another group) are never touched.
 */
const WATCHDOG_LABEL = 'volc-sms-watchdog';
const marker = (subAccount) => `<!-- volc-sms-watchdog group=${subAccount} -->`;
/** A GitHub API failure in one line: what was being done, GitHub's status and message, what to fix. */
class WatchdogIssueError extends Error {
    name = 'WatchdogIssueError';
}
function failure(doing, err) {
    const status = err.status;
    const said = err instanceof Error ? err.message : String(err);
    const fix = status === 401
        ? 'github-token is missing or invalid: leave it at its default (${{ github.token }}) or pass a token that can write issues.'
        : status === 403 || status === 404
            ? 'The token cannot write issues here: give the job `permissions: issues: write` (or a token with that scope).'
            : 'Check GITHUB_API_URL and the network; the watchdog tries again on the next run.';
    return new WatchdogIssueError(`Could not ${doing}: GitHub answered ${typeof status === 'number' ? `${status} ` : ''}${said}. Hint: ${fix}`, { cause: err });
}
function footer(runUrl) {
    return runUrl ? `\n\nRun: ${runUrl}` : '';
}
/** Opens, comments on or closes each group's issue; what was done per group, in the readings' order. */
async function syncWatchdogIssues(input) {
    const [owner = '', repo = ''] = input.repository.split('/');
    if (!owner || !repo) {
        throw new WatchdogIssueError('open-issue needs the repository (GITHUB_REPOSITORY, set on every runner); it is missing. Hint: run the step in a workflow, or set open-issue: false.');
    }
    // Loaded only here: octokit is a large part of the bundle that no other step needs.
    const { getOctokit } = await __webpack_require__.e(/* import() */ 785).then(__webpack_require__.bind(__webpack_require__, 2785));
    const octokit = getOctokit(input.token, { baseUrl: input.apiUrl });
    let open;
    try {
        open = await octokit.paginate(octokit.rest.issues.listForRepo, {
            owner,
            repo,
            state: 'open',
            labels: WATCHDOG_LABEL,
            per_page: 100,
        });
    }
    catch (err) {
        throw failure(`list the open ${WATCHDOG_LABEL} issues of ${input.repository}`, err);
    }
    const threshold = percent(input.threshold);
    const results = [];
    for (const { subAccount, rate } of input.readings) {
        const existing = open.find((issue) => issue.body?.includes(marker(subAccount)));
        const result = { subAccount, receiptRate: rateOutput(rate), action: 'none' };
        results.push(result);
        if (existing)
            Object.assign(result, { number: existing.number, url: existing.html_url });
        // No accepted message in the window: nothing says the rate is low, nor that it recovered.
        if (rate === undefined)
            continue;
        const low = rate.rate < input.threshold;
        const reading = `${describeRate(rate)} in ${input.windowText}`;
        try {
            if (low && !existing) {
                const { data } = await octokit.rest.issues.create({
                    owner,
                    repo,
                    title: `SMS receipt rate below ${threshold} in message group ${subAccount}`,
                    labels: [WATCHDOG_LABEL],
                    body: `${marker(subAccount)}\nThe receipt success rate of message group \`${subAccount}\` is ` +
                        `**${reading}**, below the watchdog's ${threshold}.\n\nThe volc-sms Action's watchdog keeps this ` +
                        'issue: it comments while the rate stays low and closes the issue when the rate recovers.' +
                        footer(input.runUrl),
                });
                Object.assign(result, { action: 'opened', number: data.number, url: data.html_url });
            }
            else if (existing) {
                const body = low
                    ? `Still below ${threshold}: ${reading}.${footer(input.runUrl)}`
                    : `Recovered: ${reading}, at or above ${threshold}. Closing.${footer(input.runUrl)}`;
                await octokit.rest.issues.createComment({ owner, repo, issue_number: existing.number, body });
                result.action = 'commented';
                if (!low) {
                    await octokit.rest.issues.update({
                        owner,
                        repo,
                        issue_number: existing.number,
                        state: 'closed',
                        state_reason: 'completed',
                    });
                    result.action = 'closed';
                }
            }
        }
        catch (err) {
            throw failure(`update the watchdog issue of message group ${subAccount}`, err);
        }
    }
    return results;
}

;// CONCATENATED MODULE: ./src/action/watchdog-summary.ts


const ISSUE_ACTION = {
    opened: '🚨 opened',
    commented: '💬 still low, commented',
    closed: '✅ recovered, closed',
    none: '—',
};
/** The watchdog's part of the job summary: the verdict, and what happened to each group's issue. */
function watchdogSummary(input) {
    const { threshold, rate, issues } = input;
    const verdict = rate === undefined
        ? `no accepted message in the window, so no rate to judge against ${percent(threshold)}`
        : rate.rate < threshold
            ? `❌ **${describeRate(rate)}**, below ${percent(threshold)}`
            : `✅ ${describeRate(rate)}, at or above ${percent(threshold)}`;
    const parts = ['### 🐕 Receipt-rate watchdog', '', `Receipt success rate: ${verdict}.`, ''];
    if (issues && issues.length > 0) {
        const rows = issues.map((issue) => [
            code(issue.subAccount),
            issue.receiptRate === '' ? '–' : percent(Number(issue.receiptRate)),
            ISSUE_ACTION[issue.action],
            issue.url ? `[#${issue.number}](${issue.url})` : cell(undefined),
        ]);
        parts.push(table(['Message group', 'Receipt rate', 'Issue', 'Link'], rows), '');
    }
    return parts.join('\n');
}

;// CONCATENATED MODULE: ./src/action/stats-mode.ts






/**
 * `mode: stats`: one stats call for the window, every total and rate as an output, a summary with a chart;
 * with `fail-below-receipt-rate` the watchdog: the recomputed receipt rate against the threshold, and with
 * `open-issue` one GitHub issue per message group while its rate is low.
 */
async function runStats(deps, inputs) {
    const { io, client } = deps;
    const window = {
        startTime: inputs.startTime,
        endTime: inputs.endTime,
        subAccount: inputs.subAccount,
        signature: inputs.signature,
        templateId: inputs.templateId,
        channelType: inputs.channelType,
    };
    const windowText = `${shanghaiTime(window.startTime)} → ${shanghaiTime(window.endTime)} (Asia/Shanghai)`;
    io.info(`Statistics from ${windowText.replace(' → ', ' to ')}…`);
    const { result: stats, requestId } = await renameInputIssues(() => client.getSendStats(window));
    for (const [output, field] of Object.entries(STATS_OUTPUTS)) {
        io.setOutput(output, String(stats[field]));
        io.info(`  ${output}: ${stats[field]}`);
    }
    io.setOutput('stats', statsJson(window, stats));
    const rate = receiptRate(stats);
    io.setOutput('receipt-rate', rateOutput(rate));
    io.info(`(request id ${requestId})`);
    await io.appendSummary(statsSummary(window, stats));
    const threshold = inputs.receiptRateThreshold;
    const low = threshold !== undefined && rate !== undefined && rate.rate < threshold;
    deps.setStatus(low ? 'low-receipt-rate' : 'ok');
    if (threshold === undefined)
        return;
    io.info(rate === undefined
        ? `Watchdog: no accepted message in the window, so no receipt rate to hold against ${percent(threshold)}.`
        : `Watchdog: receipt rate ${describeRate(rate)}, threshold ${percent(threshold)}: ${low ? 'LOW' : 'ok'}.`);
    let issues;
    let issueProblem;
    if (inputs.openIssue) {
        const readings = await groupReadings(client, window, stats);
        try {
            issues = await syncWatchdogIssues({
                token: inputs.githubToken,
                repository: deps.run.repository,
                apiUrl: deps.run.apiUrl,
                threshold,
                readings,
                windowText,
                runUrl: deps.run.runUrl,
            });
            for (const issue of issues) {
                if (issue.action !== 'none')
                    io.info(`Watchdog issue #${issue.number} ${issue.action} (${issue.url})`);
            }
        }
        catch (err) {
            issueProblem = err;
        }
        io.setOutput('watchdog-issues', JSON.stringify(issues ?? []));
    }
    await io.appendSummary(watchdogSummary({ threshold, rate, issues }));
    if (low) {
        io.setFailed(`The receipt success rate is ${describeRate(rate)} in ${windowText}, below fail-below-receipt-rate ${percent(threshold)}.`, { title: 'SMS receipt rate below the watchdog threshold' });
    }
    // After the rate's own verdict, so a GitHub problem never hides it; run() reports it by fail-on-error.
    if (issueProblem !== undefined)
        throw issueProblem;
}
/**
 * Each message group's rate: the window's own stats when it is one group already, else one stats read per
 * group the account lists (the API has no per-group breakdown).
 */
async function groupReadings(client, window, stats) {
    if (window.subAccount)
        return [{ subAccount: window.subAccount, rate: receiptRate(stats) }];
    const { result } = await client.listSubAccounts({});
    const readings = [];
    for (const group of result.List) {
        const { result: groupStats } = await client.getSendStats({ ...window, subAccount: group.SubAccount });
        readings.push({ subAccount: group.SubAccount, rate: receiptRate(groupStats) });
    }
    return readings;
}

;// CONCATENATED MODULE: ./src/action/main.ts










const USER_AGENT = 'volc-sms-action/0.1';
const BATCH_CALL_TIMEOUT_MS = 180_000;
/** `mode: batch`, or a send with more numbers than the batch threshold (before de-duplication). */
function mayCreateBatchTask(inputs) {
    if (inputs.mode === 'batch')
        return true;
    return (inputs.mode === 'send' && inputs.phoneNumbers.length > (inputs.batchThreshold ?? DEFAULT_BATCH_THRESHOLD));
}
/**
 * The whole Action, with the runner behind `io`. Never throws: every failure, including a non-Error
 * throw, ends in `io.setFailed` with the CLI's wording, so a broken step is never green.
 */
async function run(deps) {
    const rawIo = deps.io;
    const now = deps.now ?? (() => new Date());
    const sleep = deps.sleep ?? ((ms) => new Promise((resolve) => setTimeout(resolve, ms)));
    const raw = readRawInputs(rawIo.getInput);
    // Masked first, before any line can echo them; the runner then hides them everywhere in the log.
    const secrets = credentialSecrets({
        accessKeyId: raw['access-key-id'],
        secretAccessKey: raw['secret-access-key'],
        sessionToken: raw['session-token'],
        apiKey: raw['api-key'],
        apiBase: raw['api-base'],
    }, deps.env, raw.proxy);
    // The GitHub token is masked by the runner already when it comes from `github.token` or a secret.
    if (raw['github-token'])
        secrets.push(raw['github-token']);
    for (const secret of secrets)
        rawIo.setSecret(secret);
    const io = redactingIo(rawIo, secrets);
    let failOnError = true;
    let client;
    // Always written, so `if: steps.sms.outputs.status != 'ok'` works with continue-on-error or fail-on-error.
    let status;
    const setStatus = (value) => {
        status = value;
        io.setOutput('status', value);
    };
    // The run's own page and commit, for a later step's message (`${{ steps.sms.outputs.run-url }}`).
    const runContext = readRunContext(deps.env);
    io.setOutput('run-url', runContext.runUrl);
    io.setOutput('sha', runContext.sha);
    try {
        const inputs = parseActionInputs(raw, {
            now: now(),
            readFile: workspaceFileReader(deps.env),
            resolvePath: (path) => (0,external_node_path_.resolve)(workspaceOf(deps.env), path),
            defaultTaskName: runContext.label || undefined,
        });
        failOnError = inputs.failOnError;
        const config = resolveActionConfig({
            credentials: inputs.credentials,
            env: deps.env,
            endpoint: inputs.endpoint,
            proxy: inputs.proxy,
            api: inputs.api,
            homeDir: deps.homeDir,
        });
        const route = config.proxy ? ` through the proxy ${config.proxy}` : '';
        io.info(`volc-sms ${inputs.mode}: ${config.description}, endpoint ${safeOrigin(config.endpoint)}${route}`);
        const active = (deps.createClient ?? createSmsClient)({
            ...config.options,
            userAgent: USER_AGENT,
            // The service checks a batch file while SetBatchTask waits: a million rows take longer than the 15 s
            // an ordinary call gets, and a timeout there leaves the task's creation unknown.
            ...(mayCreateBatchTask(inputs) ? { timeoutMs: BATCH_CALL_TIMEOUT_MS } : {}),
        });
        client = active;
        const pollIntervalMs = deps.pollIntervalMs ?? 1000;
        if (inputs.mode === 'send')
            await runSend({ io, client: active, now, sleep, setStatus, pollIntervalMs }, inputs);
        else if (inputs.mode === 'batch')
            await runBatch({ io, client: active, now, sleep, setStatus, pollIntervalMs }, inputs);
        else
            await runStats({ io, client: active, run: runContext, setStatus }, inputs);
    }
    catch (err) {
        // Before any send (inputs, credentials, a refused stats read): nothing went out.
        if (status === undefined)
            setStatus('failed');
        const line = formatErrorLine(err);
        // Invalid inputs always fail; API and configuration problems follow fail-on-error.
        const badInput = err instanceof errors/* SmsInputError */.E$;
        const warnOnly = !failOnError && !badInput;
        // The summary page is where people look first; a step that stopped early says why there too.
        await io.appendSummary(`### ${warnOnly ? '⚠️ SMS step skipped' : '❌ SMS step failed'}\n\n${cell(line)}\n`);
        // The annotation's title names the inputs to fix, so the run page says it before anyone opens the log.
        const annotation = badInput ? { title: inputTitle(err.issues) } : undefined;
        if (warnOnly)
            io.warning(line, annotation);
        else
            io.setFailed(line, annotation);
    }
    finally {
        await client?.close().catch(() => undefined);
    }
}
/**
 * Belt and braces under the runner's masking: what people read (log, annotations, summary) never carries
 * a credential or a full phone number, even outside a runner. Outputs are machine-read and built from
 * masked values already; they pass unchanged, so a message id can never be mistaken for a number.
 */
function redactingIo(io, secrets) {
    const clean = (text) => redact(text, secrets);
    return {
        getInput: io.getInput,
        setSecret: io.setSecret,
        setOutput: io.setOutput,
        appendSummary: (markdown) => io.appendSummary(clean(markdown)),
        info: (message) => io.info(clean(message)),
        warning: (message, annotation) => io.warning(clean(message), annotation),
        setFailed: (message, annotation) => io.setFailed(clean(message), annotation),
    };
}
/** `Invalid input: phone-numbers, delivery-timeout`, each input once. */
function inputTitle(issues) {
    const names = [...new Set(issues.map((issue) => issue.field))];
    return `Invalid input${names.length > 1 ? 's' : ''}: ${names.join(', ') || 'see the message'}`;
}
const workspaceOf = (env) => env['GITHUB_WORKSPACE'] || process.cwd();
/** Files named by inputs are relative to the checked-out repository, like every other path in a workflow. */
function workspaceFileReader(env) {
    const base = workspaceOf(env);
    return (path) => {
        try {
            return (0,external_node_fs_.readFileSync)((0,external_node_path_.resolve)(base, path), 'utf8');
        }
        catch {
            return undefined;
        }
    };
}
/** The endpoint without any user:password@ or path a misconfigured URL might carry. */
function safeOrigin(endpoint) {
    try {
        return new URL(endpoint).origin;
    }
    catch {
        return '(invalid URL)';
    }
}


/***/ }),

/***/ 8692:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   E$: () => (/* binding */ SmsInputError),
/* harmony export */   Je: () => (/* binding */ SmsTimeoutError),
/* harmony export */   MZ: () => (/* binding */ isSmsApiError),
/* harmony export */   Qu: () => (/* binding */ SmsAuthError),
/* harmony export */   S8: () => (/* binding */ SmsError),
/* harmony export */   Si: () => (/* binding */ SmsResponseValidationError),
/* harmony export */   Uc: () => (/* binding */ SmsNetworkError),
/* harmony export */   cw: () => (/* binding */ SmsConfigError),
/* harmony export */   iD: () => (/* binding */ SmsOutcomeUnknownError),
/* harmony export */   pV: () => (/* binding */ SmsRateLimitError),
/* harmony export */   yW: () => (/* binding */ SmsApiError),
/* harmony export */   yc: () => (/* binding */ isSmsError)
/* harmony export */ });
/**
 * The error hierarchy every entry point translates (never invents). Each class has a fixed `code`;
 * API errors also carry the API's own code, the request id and a hint that says what to do.
 * Messages never contain credentials: build them from the API's words and our own, then `redact()`.
 */
/** Every class's `code`, listed once: the type, and how `isSmsError` knows a copy from another bundle. */
const SMS_ERROR_CODES = [
    'ERR_SMS_CONFIG',
    'ERR_SMS_INPUT',
    'ERR_SMS_NETWORK',
    'ERR_SMS_TIMEOUT',
    'ERR_SMS_OUTCOME_UNKNOWN',
    'ERR_SMS_RESPONSE_INVALID',
    'ERR_SMS_API',
    'ERR_SMS_AUTH',
    'ERR_SMS_RATE_LIMIT',
];
const KNOWN_CODES = new Set(SMS_ERROR_CODES);
class SmsError extends Error {
    name = 'SmsError';
    code = 'ERR_SMS_API';
    hint;
    requestId;
    constructor(message, options = {}) {
        super(message, options.cause === undefined ? undefined : { cause: options.cause });
        this.hint = options.hint;
        this.requestId = options.requestId;
    }
}
/** Configuration is missing or inconsistent (no credentials, a bad endpoint URL, an unreadable env file). */
class SmsConfigError extends SmsError {
    name = 'SmsConfigError';
    code = 'ERR_SMS_CONFIG';
}
/** The caller's input was rejected before anything was sent; `issues` names each field. */
class SmsInputError extends SmsError {
    name = 'SmsInputError';
    code = 'ERR_SMS_INPUT';
    issues;
    constructor(message, issues, options = {}) {
        super(message, options);
        this.issues = issues;
    }
}
/** The request never got an answer: connection refused, reset, DNS. */
class SmsNetworkError extends SmsError {
    name = 'SmsNetworkError';
    code = 'ERR_SMS_NETWORK';
}
/** No answer within the configured time. */
class SmsTimeoutError extends SmsError {
    name = 'SmsTimeoutError';
    code = 'ERR_SMS_TIMEOUT';
}
/**
 * A send may have reached the server but no usable answer came back (reset after the request was
 * written, a timeout, a 5xx, a truncated body). It is never retried; the hint says how to check the send
 * log for these numbers.
 */
class SmsOutcomeUnknownError extends SmsError {
    name = 'SmsOutcomeUnknownError';
    code = 'ERR_SMS_OUTCOME_UNKNOWN';
    /** For a write of the agent API: the read that settles it, when one can (agent-v2 reference §1.2). */
    reconcile;
    constructor(message, options = {}) {
        super(message, options);
        this.reconcile = options.reconcile;
    }
}
/** The server answered 2xx, but the body is not the documented shape. */
class SmsResponseValidationError extends SmsError {
    name = 'SmsResponseValidationError';
    code = 'ERR_SMS_RESPONSE_INVALID';
}
/** The API answered with `ResponseMetadata.Error` (or a non-2xx status). */
class SmsApiError extends SmsError {
    name = 'SmsApiError';
    code = 'ERR_SMS_API';
    status;
    apiCode;
    apiMessage;
    retryable;
    /** The error envelope as received, so a caller that prints envelopes (the CLI's JSON mode) can. */
    raw;
    constructor(message, options) {
        super(message, options);
        this.status = options.status;
        this.apiCode = options.apiCode;
        this.apiMessage = options.apiMessage;
        this.retryable = options.retryable ?? false;
        this.raw = options.raw;
    }
}
/** Credentials or signature rejected (gateway 401/403 codes, RE:0000). */
class SmsAuthError extends SmsApiError {
    name = 'SmsAuthError';
    code = 'ERR_SMS_AUTH';
}
/** Throttled (HTTP 429, FlowLimitExceeded, AccountFlowLimitExceeded). */
class SmsRateLimitError extends SmsApiError {
    name = 'SmsRateLimitError';
    code = 'ERR_SMS_RATE_LIMIT';
    retryAfterMs;
    constructor(message, options) {
        super(message, { ...options, retryable: true });
        this.retryAfterMs = options.retryAfterMs;
    }
}
/**
 * True for any error of this hierarchy, also one thrown by another bundled copy of the core (the Action's
 * and the CLI's bundles each hold one), whose classes `instanceof` does not see: known by its code.
 */
function isSmsError(value) {
    return (value instanceof SmsError ||
        (value instanceof Error && 'code' in value && KNOWN_CODES.has(String(value.code))));
}
function isSmsApiError(value) {
    return value instanceof SmsApiError || (isSmsError(value) && 'apiCode' in value);
}


/***/ }),

/***/ 1614:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Qp: () => (/* binding */ templateVariables),
/* harmony export */   VX: () => (/* binding */ parseTemplateParam),
/* harmony export */   Xm: () => (/* binding */ renderTemplate),
/* harmony export */   _h: () => (/* binding */ templateParamJson)
/* harmony export */ });
/* unused harmony exports compareTemplateParams, serializeTemplateParam */
/* harmony import */ var _errors_errors_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(8692);

const VARIABLE = /\$\{([^}]+)\}/g;
/** The `${name}` placeholders of a template, unique, in order of first appearance. */
function templateVariables(content) {
    return [...new Set(Array.from(content.matchAll(VARIABLE), (m) => m[1].trim()))];
}
/** Fills `${name}` placeholders; a placeholder with no value is left as written so the gap is visible. */
function renderTemplate(content, params) {
    return content.replace(VARIABLE, (whole, name) => params[name.trim()] ?? whole);
}
/** Variables the template needs but `params` lacks, and keys in `params` the template does not use. */
function compareTemplateParams(content, params) {
    const needed = templateVariables(content);
    return {
        missing: needed.filter((name) => !(name in params)),
        unused: Object.keys(params).filter((name) => !needed.includes(name)),
    };
}
function fail(field, message) {
    throw new _errors_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .SmsInputError */ .E$(`${field}: ${message}`, [{ field, message }], {
        hint: `Pass a JSON object of strings, e.g. --${field} '{"code":"1234"}'.`,
    });
}
/**
 * Parses template parameters given as JSON text (or already as an object): a JSON object whose values
 * are all strings. Throws SmsInputError naming `field`, e.g. telling to quote a number.
 */
function parseTemplateParam(value, field = 'template-param') {
    let parsed = value;
    if (typeof value === 'string') {
        if (value.trim() === '')
            return {};
        try {
            parsed = JSON.parse(value);
        }
        catch {
            fail(field, 'is not valid JSON (use double quotes around names and values)');
        }
    }
    if (parsed === null || typeof parsed !== 'object' || Array.isArray(parsed)) {
        fail(field, 'must be a JSON object such as {"code":"1234"}');
    }
    const out = {};
    const source = parsed;
    for (const name of Object.keys(source)) {
        const v = source[name];
        if (typeof v === 'string')
            out[name] = v;
        // The value itself is never repeated: it may be a verification code or a phone number.
        else if (typeof v === 'number' || typeof v === 'boolean') {
            fail(field, `value of "${name}" is a ${typeof v}; quote it, as template values are strings: {"${name}":"…"}`);
        }
        else
            fail(field, `value of "${name}" must be a string, not ${v === null ? 'null' : Array.isArray(v) ? 'an array' : 'an object'}`);
    }
    return out;
}
/** The compact JSON string the API expects in TemplateParam. */
function serializeTemplateParam(params) {
    return JSON.stringify(params);
}
/**
 * `serializeTemplateParam(parseTemplateParam(value, field))` in one step: a plain object whose values
 * are all strings (what callers usually pass) is serialised as it is, without the copy.
 */
function templateParamJson(value, field = 'template-param') {
    if (value !== null && typeof value === 'object') {
        const proto = Object.getPrototypeOf(value);
        if (proto === Object.prototype || proto === null) {
            let allStrings = true;
            // With that prototype, for-in sees exactly the own enumerable string keys (as JSON.stringify does).
            for (const name in value) {
                if (typeof value[name] !== 'string') {
                    allStrings = false;
                    break;
                }
            }
            if (allStrings)
                return JSON.stringify(value);
        }
    }
    return serializeTemplateParam(parseTemplateParam(value, field));
}


/***/ })

};
