import { canonicalQueryString, signRequest } from './sign.ts';
import type { AuthConfig } from './types.ts';

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

/** A request ready for the transport: nothing left to compute. */
export interface HttpRequestSpec {
  method: 'GET' | 'POST';
  url: string;
  /** `url` split for engines that take them apart (`http://host:port`, `/?Action=…`). */
  origin: string;
  path: string;
  headers: Record<string, string>;
  body: string;
}

export interface BuildContext {
  auth: AuthConfig;
  /** Base URL without trailing slash; the gateway's base in gateway mode unless overridden. */
  endpoint: string;
  region: string;
  /** The signing time of THIS attempt. */
  date: Date;
  userAgent?: string | undefined;
}

export const SMS_SERVICE = 'volcSMS';

// Parsing a URL costs more than signing's hashes; a client talks to one endpoint, so keep the parse.
const endpointCache = new Map<string, URL>();
function parseEndpoint(endpoint: string): URL {
  let parsed = endpointCache.get(endpoint);
  if (!parsed) {
    parsed = new URL(endpoint);
    if (endpointCache.size > 16) endpointCache.clear();
    endpointCache.set(endpoint, parsed);
  }
  return parsed;
}

// Agent calls carry nothing in the query but Action and Version: one string per action, kept.
const actionQueries = new Map<string, string>();
function actionQuery(action: string, version: string): string {
  const key = `${action}&${version}`;
  let text = actionQueries.get(key);
  if (text === undefined) {
    text = canonicalQueryString({ Action: action, Version: version });
    actionQueries.set(key, text);
  }
  return text;
}

/**
 * Builds the exact HTTP request for one attempt. Pure: the same call, context and date always give
 * the same bytes. Gateway mode: Bearer key plus `ServiceName: volcSMS`, no signature. AK/SK mode:
 * HMAC-SHA256 over content-type;host;x-content-sha256;x-date (content-type only when there is a body).
 */
export function buildRequest(call: WireCall, context: BuildContext): HttpRequestSpec {
  const query = { Action: call.action, Version: call.version, ...call.query };
  const body = call.body === undefined ? '' : JSON.stringify(call.body);
  const base = parseEndpoint(context.endpoint);
  const path = base.pathname === '' ? '/' : base.pathname;
  // The canonical query (RFC 3986, sorted) is also a valid URL query: what is sent is what was signed.
  const pathAndQuery = `${path}?${call.query ? canonicalQueryString(query) : actionQuery(call.action, call.version)}`;
  const url = `${base.origin}${pathAndQuery}`;
  const headers: Record<string, string> = {};
  if (call.body !== undefined) headers['Content-Type'] = 'application/json';
  if (context.userAgent) headers['User-Agent'] = context.userAgent;

  if (context.auth.kind === 'gateway') {
    headers['ServiceName'] = SMS_SERVICE;
    headers['Authorization'] = `Bearer ${context.auth.apiKey}`;
    return { method: call.method, url, origin: base.origin, path: pathAndQuery, headers, body };
  }
  const toSign: Record<string, string> = { Host: base.host };
  if (headers['Content-Type']) toSign['Content-Type'] = headers['Content-Type'];
  const signed = signRequest(
    { method: call.method, path, query, headers: toSign, body },
    {
      credentials: context.auth,
      region: context.region,
      service: SMS_SERVICE,
      date: context.date,
    },
  );
  return {
    method: call.method,
    url,
    origin: base.origin,
    path: pathAndQuery,
    headers: { ...headers, ...signed },
    body,
  };
}
