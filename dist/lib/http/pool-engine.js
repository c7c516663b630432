import { TransportError, proxyRefused, tlsFailure, } from "./engine.js";
// Errors undici raises before any byte of the request is written.
const CONNECT_PHASE_CODES = new Set([
    'ECONNREFUSED',
    'ENOTFOUND',
    'EAI_AGAIN',
    'UND_ERR_CONNECT_TIMEOUT',
    'EHOSTUNREACH',
    'ENETUNREACH',
]);
// undici keep-alive pool for long-lived processes (Slack app, benchmarks): its first request pays for
// compiling the parser, every later one is cheaper than node:http.
export function createPoolEngine(options) {
    // Loaded on first use so one-shot processes that never pick this engine do not pay for undici; kept
    // synchronously afterwards so the hot path adds no extra await.
    let undici;
    let loading;
    // One Pool per origin (a client talks to one): a Pool dispatches measurably cheaper than an Agent.
    // Through a proxy, one ProxyAgent (which keeps its own pool of tunnels) serves every origin.
    const pools = new Map();
    const poolFor = (lib, origin) => {
        const key = options.proxy ? 'proxy' : origin;
        let pool = pools.get(key);
        if (!pool) {
            const poolOptions = {
                keepAliveTimeout: 30_000,
                connect: { timeout: options.connectTimeoutMs },
                ...(options.connections ? { connections: options.connections } : {}),
            };
            pool = options.proxy
                ? new lib.ProxyAgent({ uri: options.proxy, ...poolOptions })
                : new lib.Pool(origin, poolOptions);
            pools.set(key, pool);
        }
        return pool;
    };
    const send = (lib, request) => sendWithUndici(poolFor(lib, request.origin), lib, request);
    return {
        send: (request) => undici
            ? send(undici, request)
            : (loading ??= import('undici').then((lib) => (undici = lib))).then((lib) => send(lib, request)),
        close: async () => {
            await Promise.all([...pools.values()].map((pool) => pool.close()));
            pools.clear();
        },
    };
}
async function sendWithUndici(pool, undici, request) {
    const { signal } = request;
    if (signal?.aborted) {
        throw new TransportError('Request aborted', { kind: 'aborted', phase: 'connect', cause: signal.reason });
    }
    try {
        // undici's own timers bound the wait for headers and every gap in the body; for these small JSON
        // answers that is the whole attempt, and it is much cheaper per request than a timer plus an
        // AbortController of our own.
        const options = {
            origin: request.origin,
            path: request.path,
            method: request.method,
            headers: request.headers,
            body: request.body === '' && request.method === 'GET' ? null : request.body,
            headersTimeout: request.timeoutMs,
            bodyTimeout: request.timeoutMs,
        };
        if (signal)
            options.signal = signal;
        const response = await pool.request(options);
        const body = await response.body.text();
        return { status: response.statusCode, headers: response.headers, body };
    }
    catch (err) {
        throw toTransportError(err, undici.errors, request);
    }
}
function toTransportError(err, errors, request) {
    const code = err.code;
    const beforeRequest = (code !== undefined && CONNECT_PHASE_CODES.has(code)) || tlsFailure(code) !== undefined;
    const phase = beforeRequest ? 'connect' : 'sent';
    if (err instanceof errors.HeadersTimeoutError || err instanceof errors.BodyTimeoutError) {
        return new TransportError(`No complete answer within ${request.timeoutMs} ms`, {
            kind: 'timeout',
            phase,
            cause: err,
        });
    }
    if (err instanceof errors.ConnectTimeoutError) {
        return new TransportError(`Could not connect within ${request.connectTimeoutMs} ms`, {
            kind: 'timeout',
            phase: 'connect',
            cause: err,
        });
    }
    if (request.signal?.aborted) {
        return new TransportError('Request aborted', { kind: 'aborted', phase, cause: request.signal.reason });
    }
    // undici words a refused CONNECT "Proxy response (502) !== 200 when HTTP Tunneling", and a 407 to an
    // http request it forwards "Proxy Authentication Required (407)".
    const refusedStatus = /^Proxy (?:response \((\d{3})\)|Authentication Required \((407)\))/.exec(err.message ?? '');
    const status = refusedStatus?.[1] ?? refusedStatus?.[2];
    if (status)
        return proxyRefused(Number(status), err);
    return new TransportError(`Connection failed (${code ?? err.message})`, {
        kind: 'network',
        phase,
        code,
        cause: err,
    });
}
