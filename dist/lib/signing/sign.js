import { createHmac, createSecretKey, hash, randomBytes } from 'node:crypto';
/**
 * Volcengine "HMAC-SHA256" request signing (reference §4). Everything here is a pure function of its
 * inputs; the one piece of state, a cache of derived keys, belongs to whoever creates it (a client).
 */
export const SIGNING_ALGORITHM = 'HMAC-SHA256';
export const EMPTY_BODY_SHA256 = 'e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855';
const UNRESERVED = /^[A-Za-z0-9\-._~]*$/;
/** RFC 3986 encoding: unreserved characters kept, everything else as upper-case `%XX` (space is `%20`). */
export function uriEncode(value) {
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
export function canonicalQueryString(query) {
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
export function sha256Hex(data) {
    return hash('sha256', data, 'hex');
}
/** The one canonicaliser, for the client's requests and the sandbox's checks alike. */
export function canonicalRequest(parts) {
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
export function formatXDate(date) {
    // From the UTC fields: toISOString formats a longer string (about 4× the time) only to be cut up.
    if (Number.isNaN(date.getTime()))
        throw new RangeError('Invalid time value');
    return (`${String(date.getUTCFullYear()).padStart(4, '0')}${twoDigits(date.getUTCMonth() + 1)}` +
        `${twoDigits(date.getUTCDate())}T${twoDigits(date.getUTCHours())}${twoDigits(date.getUTCMinutes())}` +
        `${twoDigits(date.getUTCSeconds())}Z`);
}
export function credentialScope(shortDate, region, service) {
    return `${shortDate}/${region}/${service}/request`;
}
export function stringToSign(xDate, scope, canonicalRequestText) {
    return `${SIGNING_ALGORITHM}\n${xDate}\n${scope}\n${sha256Hex(canonicalRequestText)}`;
}
/** kDate = HMAC(secret, shortDate) → kRegion → kService → kSigning; no "AWS4"-style prefix. */
export function deriveSigningKeyBytes(secret, shortDate, region, service) {
    const kDate = createHmac('sha256', secret).update(shortDate).digest();
    const kRegion = createHmac('sha256', kDate).update(region).digest();
    const kService = createHmac('sha256', kRegion).update(service).digest();
    return createHmac('sha256', kService).update('request').digest();
}
/**
 * The derived signing keys of one client (or one sandbox), by day, region, service and secret. Deriving
 * costs four HMACs per request otherwise. Bounded, and it never holds a secret: entries are keyed by a
 * salted hash of it, the salt random per cache, so nothing in memory maps back to the secret in clear.
 */
export class SigningKeyCache {
    #keys = new Map();
    #salt = randomBytes(16).toString('hex');
    #limit;
    constructor(limit = 8) {
        this.#limit = limit;
    }
    get(secret, shortDate, region, service) {
        const id = `${shortDate}\u0000${region}\u0000${service}\u0000${hash('sha256', this.#salt + secret, 'hex')}`;
        let key = this.#keys.get(id);
        if (key === undefined) {
            key = createSecretKey(deriveSigningKeyBytes(secret, shortDate, region, service));
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
export function signingKey(secret, shortDate, region, service, cache) {
    return cache
        ? cache.get(secret, shortDate, region, service)
        : createSecretKey(deriveSigningKeyBytes(secret, shortDate, region, service));
}
export function computeSignature(key, toSign) {
    return createHmac('sha256', key).update(toSign).digest('hex');
}
/**
 * Signs a request: returns the headers to send (the caller's headers plus `X-Date`,
 * `X-Content-Sha256`, `X-Security-Token` when a session token is set, and `Authorization`).
 * Every header passed in is signed, so the caller decides the set (SKILL/Go style:
 * `content-type;host;x-content-sha256;x-date`).
 */
export function signRequest(request, context) {
    return signParts(request, context).headers;
}
/**
 * signRequest, also giving the canonical query string it signed: a client sends exactly that query, so
 * what is sent is what is signed, canonicalised once.
 */
export function signParts(request, context) {
    const { credentials, region, service, date } = context;
    const xDate = formatXDate(date);
    const shortDate = xDate.slice(0, 8);
    const scope = credentialScope(shortDate, region, service);
    const bodySha256 = sha256Hex(request.body);
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
export function parseAuthorization(value) {
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
