import { signRequest } from './sign.ts';
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

function queryString(query: Readonly<Record<string, string | readonly string[]>>): string {
  const params = new URLSearchParams();
  for (const [key, value] of Object.entries(query)) {
    for (const v of typeof value === 'string' ? [value] : value) params.append(key, v);
  }
  // URLSearchParams writes spaces as '+'; the signer's canonical form (and the server) expect %20.
  return params.toString().replace(/\+/g, '%20');
}

/**
 * Builds the exact HTTP request for one attempt. Pure: the same call, context and date always give
 * the same bytes. Gateway mode: Bearer key plus `ServiceName: volcSMS`, no signature. AK/SK mode:
 * HMAC-SHA256 over content-type;host;x-content-sha256;x-date (content-type only when there is a body).
 */
export function buildRequest(call: WireCall, context: BuildContext): HttpRequestSpec {
  const query = { Action: call.action, Version: call.version, ...call.query };
  const body = call.body === undefined ? '' : JSON.stringify(call.body);
  const base = new URL(context.endpoint);
  const path = base.pathname === '' ? '/' : base.pathname;
  const url = `${base.origin}${path}?${queryString(query)}`;
  const headers: Record<string, string> = {};
  if (call.body !== undefined) headers['Content-Type'] = 'application/json';
  if (context.userAgent) headers['User-Agent'] = context.userAgent;

  if (context.auth.kind === 'gateway') {
    headers['ServiceName'] = SMS_SERVICE;
    headers['Authorization'] = `Bearer ${context.auth.apiKey}`;
    return { method: call.method, url, headers, body };
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
  return { method: call.method, url, headers: { ...headers, ...signed }, body };
}
