import { canonicalQueryString, signParts } from "./sign.js";
/** Parses an endpoint URL once (see Endpoint). @throws TypeError when it is not a URL */
export function parseEndpoint(url) {
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
export function buildRequest(call, context) {
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
