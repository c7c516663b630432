import { type KeyObject } from 'node:crypto';
/**
 * Volcengine "HMAC-SHA256" request signing (reference §4). Everything here is a pure function of its
 * inputs; the one piece of state, a cache of derived keys, belongs to whoever creates it (a client).
 */
export declare const SIGNING_ALGORITHM = "HMAC-SHA256";
export declare const EMPTY_BODY_SHA256 = "e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855";
export interface SigningCredentials {
    accessKeyId: string;
    secretAccessKey: string;
    sessionToken?: string | undefined;
}
export interface RequestToSign {
    method: string;
    /** Always `/` for this API, kept as an input so the canonical form is complete. */
    path: string;
    /** The query parameters (canonicalised here: `canonicalQueryString`). */
    query: Readonly<Record<string, string | readonly string[]>>;
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
    /** Where derived keys are kept between requests (one per client); without it each is derived afresh. */
    signingKeys?: SigningKeyCache | undefined;
}
export interface SignedHeaders {
    [name: string]: string;
}
/** RFC 3986 encoding: unreserved characters kept, everything else as upper-case `%XX` (space is `%20`). */
export declare function uriEncode(value: string): string;
export declare function canonicalQueryString(query: Readonly<Record<string, string | readonly string[]>>): string;
export declare function sha256Hex(data: string | Uint8Array): string;
export interface CanonicalRequestParts {
    method: string;
    path: string;
    query: RequestToSign['query'];
    /** Header name → value for exactly the headers that are signed. */
    signedHeaders: Readonly<Record<string, string>>;
    bodySha256: string;
}
/** The one canonicaliser, for the client's requests and the sandbox's checks alike. */
export declare function canonicalRequest(parts: CanonicalRequestParts): {
    text: string;
    signedHeaderNames: string;
    /** The canonical query string, which is also a valid URL query. */
    query: string;
};
/** `20240102T030405Z`, for years 0000–9999. @throws RangeError for an invalid date (as toISOString does) */
export declare function formatXDate(date: Date): string;
export declare function credentialScope(shortDate: string, region: string, service: string): string;
export declare function stringToSign(xDate: string, scope: string, canonicalRequestText: string): string;
/** kDate = HMAC(secret, shortDate) → kRegion → kService → kSigning; no "AWS4"-style prefix. */
export declare function deriveSigningKeyBytes(secret: string, shortDate: string, region: string, service: string): Buffer;
/**
 * The derived signing keys of one client (or one sandbox), by day, region, service and secret. Deriving
 * costs four HMACs per request otherwise. Bounded, and it never holds a secret: entries are keyed by a
 * salted hash of it, the salt random per cache, so nothing in memory maps back to the secret in clear.
 */
export declare class SigningKeyCache {
    #private;
    constructor(limit?: number);
    get(secret: string, shortDate: string, region: string, service: string): KeyObject;
    get size(): number;
}
/** The signing key for a day; derived afresh unless a cache is given. */
export declare function signingKey(secret: string, shortDate: string, region: string, service: string, cache?: SigningKeyCache): KeyObject;
export declare function computeSignature(key: KeyObject, toSign: string): string;
/**
 * Signs a request: returns the headers to send (the caller's headers plus `X-Date`,
 * `X-Content-Sha256`, `X-Security-Token` when a session token is set, and `Authorization`).
 * Every header passed in is signed, so the caller decides the set (SKILL/Go style:
 * `content-type;host;x-content-sha256;x-date`).
 */
export declare function signRequest(request: RequestToSign, context: SigningContext): SignedHeaders;
/**
 * signRequest, also giving the canonical query string it signed: a client sends exactly that query, so
 * what is sent is what is signed, canonicalised once.
 */
export declare function signParts(request: RequestToSign, context: SigningContext): {
    headers: SignedHeaders;
    query: string;
};
export interface ParsedAuthorization {
    accessKeyId: string;
    shortDate: string;
    region: string;
    service: string;
    signedHeaders: string[];
    signature: string;
}
/** Parses an `Authorization: HMAC-SHA256 Credential=…, SignedHeaders=…, Signature=…` value; null if malformed. */
export declare function parseAuthorization(value: string): ParsedAuthorization | null;
