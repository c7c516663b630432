import type { Agent } from 'undici';
import { TransportError, type EngineRequest, type EngineResponse, type HttpEngine } from './engine.ts';

type UndiciErrors = typeof import('undici').errors;

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
export function createPoolEngine(options: {
  connectTimeoutMs: number;
  connections?: number | undefined;
}): HttpEngine {
  // Loaded on first use so one-shot processes that never pick this engine do not pay for undici.
  let agent: Promise<{ agent: Agent; undici: typeof import('undici') }> | undefined;
  const load = () =>
    (agent ??= import('undici').then((undici) => ({
      undici,
      agent: new undici.Agent({
        keepAliveTimeout: 30_000,
        connect: { timeout: options.connectTimeoutMs },
        ...(options.connections ? { connections: options.connections } : {}),
      }),
    })));
  return {
    send: async (request) => {
      const { agent: pool, undici } = await load();
      return sendWithUndici(pool, undici.errors, request);
    },
    close: async () => {
      if (agent) await (await agent).agent.close();
    },
  };
}

async function sendWithUndici(
  agent: Agent,
  errors: UndiciErrors,
  request: EngineRequest,
): Promise<EngineResponse> {
  const url = new URL(request.url);
  const controller = new AbortController();
  const onAbort = () => controller.abort(request.signal?.reason);
  if (request.signal?.aborted)
    throw new TransportError('Request aborted', {
      kind: 'aborted',
      phase: 'connect',
      cause: request.signal.reason,
    });
  request.signal?.addEventListener('abort', onAbort, { once: true });
  let timedOut = false;
  const timer = setTimeout(() => {
    timedOut = true;
    controller.abort();
  }, request.timeoutMs);
  try {
    const response = await agent.request({
      origin: url.origin,
      path: `${url.pathname}${url.search}`,
      method: request.method,
      headers: request.headers,
      body: request.body === '' && request.method === 'GET' ? null : request.body,
      signal: controller.signal,
      headersTimeout: request.timeoutMs,
      bodyTimeout: request.timeoutMs,
    });
    const body = await response.body.text();
    const headers: Record<string, string> = {};
    for (const [name, value] of Object.entries(response.headers)) {
      if (value !== undefined) headers[name.toLowerCase()] = Array.isArray(value) ? value.join(', ') : value;
    }
    return { status: response.statusCode, headers, body };
  } catch (err) {
    throw toTransportError(err, errors, timedOut, request);
  } finally {
    clearTimeout(timer);
    request.signal?.removeEventListener('abort', onAbort);
  }
}

function toTransportError(
  err: unknown,
  errors: UndiciErrors,
  timedOut: boolean,
  request: EngineRequest,
): TransportError {
  const code = (err as { code?: string }).code;
  const connectPhase = code !== undefined && CONNECT_PHASE_CODES.has(code);
  const phase = connectPhase ? 'connect' : 'sent';
  if (timedOut || err instanceof errors.HeadersTimeoutError || err instanceof errors.BodyTimeoutError) {
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
  if (request.signal?.aborted)
    return new TransportError('Request aborted', { kind: 'aborted', phase, cause: request.signal.reason });
  return new TransportError(`Connection failed (${code ?? (err as Error).message})`, {
    kind: 'network',
    phase,
    code,
    cause: err,
  });
}
