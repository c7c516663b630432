import { createHmac, createSecretKey, hash, type KeyObject } from 'node:crypto';

/**
 * Volcengine "HMAC-SHA256" request signing (reference §4). Everything here is a pure function of its
 * inputs; the only state is a memo of derived signing keys, which depends on nothing but its key.
 */

export const SIGNING_ALGORITHM = 'HMAC-SHA256';
export const EMPTY_BODY_SHA256 = 'e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855';

export interface SigningCredentials {
  accessKeyId: string;
  secretAccessKey: string;
  sessionToken?: string | undefined;
}

export interface RequestToSign {
  method: string;
  /** Always `/` for this API, kept as an input so the canonical form is complete. */
  path: string;
  /**
   * The query parameters, or the query already in canonical form (`canonicalQueryString` of them): a
   * caller that sends that very string as its URL query can keep it instead of re-encoding it per request.
   */
  query: Readonly<Record<string, string | readonly string[]>> | string;
  /** Headers to send; every one of them is signed unless listed in `unsignedHeaders`. */
  headers: Readonly<Record<string, string>>;
  body: string | Uint8Array;
}

export interface SigningContext {
  credentials: SigningCredentials;
  region: string;
  service: string;
  /** The signing time; injected so tests and retries control it. */
  date: Date;
}

export interface SignedHeaders {
  [name: string]: string;
}

/** RFC 3986 encoding: unreserved characters kept, everything else as upper-case `%XX` (space is `%20`). */
export function uriEncode(value: string): string {
  return encodeURIComponent(value).replace(
    /[!'()*]/g,
    (c) => `%${c.charCodeAt(0).toString(16).toUpperCase()}`,
  );
}

export function canonicalQueryString(query: Readonly<Record<string, string | readonly string[]>>): string {
  const pairs: Array<[string, string]> = [];
  for (const [key, value] of Object.entries(query)) {
    const values = typeof value === 'string' ? [value] : value;
    for (const v of values) pairs.push([uriEncode(key), uriEncode(v)]);
  }
  pairs.sort(([ak, av], [bk, bv]) => (ak < bk ? -1 : ak > bk ? 1 : av < bv ? -1 : av > bv ? 1 : 0));
  return pairs.map(([k, v]) => `${k}=${v}`).join('&');
}

// Header values that need no trimming or folding, i.e. almost all of them: checked once, not rewritten.
const NEEDS_FOLDING = /^\s|\s$|\s\s|[\t\n\v\f\r]/;

/** Canonical header value: trimmed, inner whitespace runs folded to one space (as the Node SDK does). */
function canonicalHeaderValue(value: string): string {
  return NEEDS_FOLDING.test(value) ? value.trim().replace(/\s+/g, ' ') : value;
}

// The one-shot hash() skips the Hash stream object: about half the time of createHash().update().digest().
export function sha256Hex(data: string | Uint8Array): string {
  return hash('sha256', data, 'hex');
}

export interface CanonicalRequestParts {
  method: string;
  path: string;
  /** Parameters, or a query already in canonical form (see RequestToSign.query). */
  query: RequestToSign['query'];
  /** Header name → value for exactly the headers that are signed. */
  signedHeaders: Readonly<Record<string, string>>;
  bodySha256: string;
}

// The same few header names are signed on every request: their lower case is kept, not rebuilt.
const lowerCaseNames = new Map<string, string>();
function lowerCaseName(name: string): string {
  let lower = lowerCaseNames.get(name);
  if (lower === undefined) {
    lower = name.toLowerCase();
    if (lowerCaseNames.size >= 64) lowerCaseNames.clear();
    lowerCaseNames.set(name, lower);
  }
  return lower;
}

export function canonicalRequest(parts: CanonicalRequestParts): { text: string; signedHeaderNames: string } {
  // Two parallel arrays of exactly the header count, sorted by insertion (a handful of headers; stable,
  // like the Array sort it replaces): this runs once per request, and the entries/map/sort/join version
  // allocated a dozen short-lived arrays each time.
  const names = Object.keys(parts.signedHeaders);
  const values = new Array<string>(names.length);
  for (let i = 0; i < names.length; i++) {
    const header = names[i] as string;
    const name = lowerCaseName(header);
    const value = canonicalHeaderValue(parts.signedHeaders[header] as string);
    let at = i;
    for (; at > 0 && (names[at - 1] as string) > name; at--) {
      names[at] = names[at - 1] as string;
      values[at] = values[at - 1] as string;
    }
    names[at] = name;
    values[at] = value;
  }
  let headerLines = '';
  for (let i = 0; i < names.length; i++) headerLines += `${names[i]}:${values[i]}\n`;
  const signedHeaderNames = names.join(';');
  const query = typeof parts.query === 'string' ? parts.query : canonicalQueryString(parts.query);
  const text =
    `${parts.method.toUpperCase()}\n${parts.path || '/'}\n${query}\n` +
    `${headerLines}\n${signedHeaderNames}\n${parts.bodySha256}`;
  return { text, signedHeaderNames };
}

/** `20240102T030405Z` */
export function formatXDate(date: Date): string {
  // Many requests share a second; formatting costs more than this check.
  const second = Math.floor(date.getTime() / 1000);
  if (second !== lastXDate.second) {
    lastXDate.second = second;
    lastXDate.text = date
      .toISOString()
      .replace(/[-:]/g, '')
      .replace(/\.\d{3}/, '');
  }
  return lastXDate.text;
}
const lastXDate = { second: Number.NaN, text: '' };

export function credentialScope(shortDate: string, region: string, service: string): string {
  return `${shortDate}/${region}/${service}/request`;
}

// Requests signed within the same second share their date and scope strings.
let lastScope = { xDate: '', region: '', service: '', shortDate: '', scope: '' };
function scopeOf(xDate: string, region: string, service: string): { shortDate: string; scope: string } {
  const last = lastScope;
  if (last.xDate === xDate && last.region === region && last.service === service) return last;
  const shortDate = xDate.slice(0, 8);
  lastScope = { xDate, region, service, shortDate, scope: credentialScope(shortDate, region, service) };
  return lastScope;
}

export function stringToSign(xDate: string, scope: string, canonicalRequestText: string): string {
  return `${SIGNING_ALGORITHM}\n${xDate}\n${scope}\n${sha256Hex(canonicalRequestText)}`;
}

// Deriving kSigning costs four HMACs, and on Node 24 an HMAC with a raw Buffer key is slow (17–37 µs),
// so the derived key is kept as a KeyObject per (secret, date, region, service).
const signingKeyMemo = new Map<string, KeyObject>();
const SIGNING_KEY_MEMO_LIMIT = 32;

/** kDate = HMAC(secret, shortDate) → kRegion → kService → kSigning; no "AWS4"-style prefix. */
export function deriveSigningKeyBytes(
  secret: string,
  shortDate: string,
  region: string,
  service: string,
): Buffer {
  const kDate = createHmac('sha256', secret).update(shortDate).digest();
  const kRegion = createHmac('sha256', kDate).update(region).digest();
  const kService = createHmac('sha256', kRegion).update(service).digest();
  return createHmac('sha256', kService).update('request').digest();
}

// A client signs with one secret, region and service all day: comparing the last inputs is cheaper than
// building and hashing the memo's key string on every request.
let lastSigningKey:
  { secret: string; shortDate: string; region: string; service: string; key: KeyObject } | undefined;

export function signingKey(secret: string, shortDate: string, region: string, service: string): KeyObject {
  const last = lastSigningKey;
  if (
    last !== undefined &&
    last.shortDate === shortDate &&
    last.secret === secret &&
    last.region === region &&
    last.service === service
  ) {
    return last.key;
  }
  const memoKey = `${shortDate}\u0000${region}\u0000${service}\u0000${secret}`;
  let key = signingKeyMemo.get(memoKey);
  if (!key) {
    key = createSecretKey(deriveSigningKeyBytes(secret, shortDate, region, service));
    if (signingKeyMemo.size >= SIGNING_KEY_MEMO_LIMIT) signingKeyMemo.clear();
    signingKeyMemo.set(memoKey, key);
  }
  lastSigningKey = { secret, shortDate, region, service, key };
  return key;
}

export function computeSignature(key: KeyObject, toSign: string): string {
  return createHmac('sha256', key).update(toSign).digest('hex');
}

// What this client signs: Host, Content-Type when there is a body, and the headers signRequest adds.
const CLIENT_SIGNED_HEADERS = new Set([
  'Host',
  'Content-Type',
  'X-Date',
  'X-Content-Sha256',
  'X-Security-Token',
]);

/**
 * canonicalRequest() for the client's own requests (the header names above, spelled so, a canonical
 * query string, values needing no folding), written out in sorted order in one template like a
 * hand-written signer: no arrays, no sort. Undefined for anything else, which takes the general path.
 */
function clientCanonicalRequest(
  request: RequestToSign,
  headers: Readonly<Record<string, string>>,
  bodySha256: string,
): { text: string; signedHeaderNames: string } | undefined {
  if (typeof request.query !== 'string') return undefined;
  for (const name in headers) {
    if (!CLIENT_SIGNED_HEADERS.has(name) || NEEDS_FOLDING.test(headers[name] as string)) return undefined;
  }
  const host = headers['Host'];
  if (host === undefined) return undefined;
  const contentType = headers['Content-Type'];
  const token = headers['X-Security-Token'];
  const signedHeaderNames =
    (contentType === undefined ? '' : 'content-type;') +
    (token === undefined ? 'host;x-content-sha256;x-date' : 'host;x-content-sha256;x-date;x-security-token');
  const text =
    `${request.method.toUpperCase()}\n${request.path || '/'}\n${request.query}\n` +
    (contentType === undefined ? '' : `content-type:${contentType}\n`) +
    `host:${host}\nx-content-sha256:${bodySha256}\nx-date:${headers['X-Date']}\n` +
    (token === undefined ? '' : `x-security-token:${token}\n`) +
    `\n${signedHeaderNames}\n${bodySha256}`;
  return { text, signedHeaderNames };
}

/**
 * Signs a request: returns the headers to send (the caller's headers plus `X-Date`,
 * `X-Content-Sha256`, `X-Security-Token` when a session token is set, and `Authorization`).
 * Every header passed in is signed, so the caller decides the set (SKILL/Go style:
 * `content-type;host;x-content-sha256;x-date`).
 */
export function signRequest(request: RequestToSign, context: SigningContext): SignedHeaders {
  const { credentials, region, service, date } = context;
  const xDate = formatXDate(date);
  const { shortDate, scope } = scopeOf(xDate, region, service);
  const bodySha256 = sha256Hex(request.body);
  const headers: Record<string, string> = {
    ...request.headers,
    'X-Date': xDate,
    'X-Content-Sha256': bodySha256,
  };
  if (credentials.sessionToken) headers['X-Security-Token'] = credentials.sessionToken;

  const { text, signedHeaderNames } =
    clientCanonicalRequest(request, headers, bodySha256) ??
    canonicalRequest({
      method: request.method,
      path: request.path,
      query: request.query,
      signedHeaders: headers,
      bodySha256,
    });
  const signature = computeSignature(
    signingKey(credentials.secretAccessKey, shortDate, region, service),
    stringToSign(xDate, scope, text),
  );
  headers['Authorization'] =
    `${SIGNING_ALGORITHM} Credential=${credentials.accessKeyId}/${scope}, ` +
    `SignedHeaders=${signedHeaderNames}, Signature=${signature}`;
  return headers;
}

export interface ParsedAuthorization {
  accessKeyId: string;
  shortDate: string;
  region: string;
  service: string;
  signedHeaders: string[];
  signature: string;
}

/** Parses an `Authorization: HMAC-SHA256 Credential=…, SignedHeaders=…, Signature=…` value; null if malformed. */
export function parseAuthorization(value: string): ParsedAuthorization | null {
  const match =
    /^HMAC-SHA256\s+Credential=([^/,\s]+)\/(\d{8})\/([^/,\s]+)\/([^/,\s]+)\/request\s*,\s*SignedHeaders=([^,\s]+)\s*,\s*Signature=([0-9a-fA-F]+)\s*$/.exec(
      value.trim(),
    );
  if (!match) return null;
  const [, accessKeyId, shortDate, region, service, signed, signature] = match as unknown as [
    string,
    string,
    string,
    string,
    string,
    string,
    string,
  ];
  return {
    accessKeyId,
    shortDate,
    region,
    service,
    signedHeaders: signed.toLowerCase().split(';'),
    signature: signature.toLowerCase(),
  };
}
