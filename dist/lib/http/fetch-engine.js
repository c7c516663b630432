import { TransportError, CONNECT_PHASE_CODES, tlsFailure, } from "./engine.js";
/**
 * The engine over a fetch the caller gives (`ClientOptions.fetch`), as octokit's `request.fetch` and ky's
 * `fetch`: the caller's fetch owns connections, proxies and TLS; this owns the attempt's timeout and turns
 * fetch's answers and failures into the transport's terms.
 */
export function createFetchEngine(fetchFn) {
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
