import { type SigningKeyCache } from './sign.ts';
import type { AuthConfig } from '../types.ts';
/** One API call as the dialect describes it, before endpoint, auth and signing are applied. */
export interface WireCall {
    action: string;
    version: string;
    method: 'GET' | 'POST';
    /** Business parameters sent in the query string (classic GET actions), besides Action and Version. */
    query?: Readonly<Record<string, string | readonly string[]>> | undefined;
    /** Serialised as compact JSON; undefined means an empty body. */
    body?: unknown;
}
/**
 * An endpoint taken apart once: a client sends every request to its one endpoint, so neither the
 * request builder nor the engine parses a URL per request.
 */
export interface Endpoint {
    /** As configured, without a trailing slash. */
    url: string;
    /** `https://host[:port]` */
    origin: string;
    protocol: string;
    /** As node:http takes it: an IPv6 address without its brackets. */
    hostname: string;
    /** Undefined for the scheme's default port. */
    port: number | undefined;
    /** `host[:port]`, the Host header's value. */
    host: string;
    /** The base path, `/` unless the endpoint has one. */
    path: string;
}
/** Parses an endpoint URL once (see Endpoint). @throws TypeError when it is not a URL */
export declare function parseEndpoint(url: string): Endpoint;
/** A request ready for the transport: nothing left to compute. */
export interface HttpRequestSpec {
    method: 'GET' | 'POST';
    url: string;
    /** Where `url` points, taken apart for engines that want the parts. */
    endpoint: Endpoint;
    /** `/?Action=…`: the path and query of `url`. */
    path: string;
    headers: Record<string, string>;
    body: string;
}
export interface BuildContext {
    auth: AuthConfig;
    /**
     * Base URL without trailing slash (the gateway's base in gateway mode unless overridden), or the same
     * already parsed (a client parses its endpoint once).
     */
    endpoint: string | Endpoint;
    region: string;
    /** The signing time of THIS attempt. */
    date: Date;
    userAgent?: string | undefined;
    /** The client's cache of derived signing keys. */
    signingKeys?: SigningKeyCache | undefined;
}
/**
 * Builds the exact HTTP request for one attempt. Pure: the same call, context and date always give
 * the same bytes. Gateway mode: Bearer key plus `ServiceName: volcSMS`, no signature. AK/SK mode:
 * HMAC-SHA256 over content-type;host;x-content-sha256;x-date (content-type only when there is a body).
 */
export declare function buildRequest(call: WireCall, context: BuildContext): HttpRequestSpec;
