import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { setTimeout as sleep } from 'node:timers/promises';
import { loadWireSchemas } from '../core/index.ts';
import { RawAnswer } from './actions/action-context.ts';
import { findAction } from './actions/action-registry.ts';
import { handleAdminRequest } from './admin-http.ts';
import { authenticate, type AcceptedCredentials } from './authenticate.ts';
import { errorEnvelope, newRequestId, successEnvelope, type EnvelopeMeta } from './envelope.ts';
import { errorAnswer, logLine, sendAnswer, writeJson, type Answer } from './http-answers.ts';
import { FaultRegistry, InjectedError, type Fault } from './faults.ts';
import { InboxEvents } from './inbox/event-stream.ts';
import { serveInbox } from './inbox/inbox-http.ts';
import { flowLimitExceeded, GatewayError, gatewayErrorForStatus } from './gateway-errors.ts';
import { DEFAULTS, SANDBOX_CREDENTIALS, type SandboxOptions } from './options.ts';
import { RateLimiter } from './rate-limiter.ts';
import { firstValue, parseQuery, readParams } from './request-params.ts';
import { createSandboxAdmin, type SandboxAdmin, type SandboxClock } from './sandbox-admin.ts';
import { resolveSeed } from './seed-schema.ts';
import { createServices } from './services.ts';
import { receiveUpload } from './upload-http.ts';
import { UPLOAD_PATH_PREFIX } from './uploads.ts';
import { SandboxStore } from './store.ts';

export interface Sandbox {
  /** `http://127.0.0.1:PORT` */
  url: string;
  port: number;
  host: string;
  credentials: AcceptedCredentials;
  admin: SandboxAdmin;
  close(): Promise<void>;
}

/**
 * Starts the emulator: a node:http server over a SQLite store. Resolves once it listens; a bad seed or
 * a busy port rejects (SmsConfigError / the listen error) before anything is served.
 */
export async function startSandbox(options: SandboxOptions = {}): Promise<Sandbox> {
  const seed = resolveSeed(options.seed);
  const baseClock = options.clock ?? Date.now;
  const clock: SandboxClock = { offsetMs: 0, now: () => baseClock() + clock.offsetMs };
  const credentials: AcceptedCredentials = {
    accessKeyId: options.accessKeyId ?? SANDBOX_CREDENTIALS.accessKeyId,
    secretAccessKey: options.secretAccessKey ?? SANDBOX_CREDENTIALS.secretAccessKey,
    apiKey: options.apiKey ?? SANDBOX_CREDENTIALS.apiKey,
  };
  const receiptDelayMs = options.receiptDelayMs ?? DEFAULTS.receiptDelayMs;
  const skewSeconds = options.skewSeconds ?? DEFAULTS.skewSeconds;
  const log = options.log;

  // A long-lived server: the request schemas are loaded once, up front.
  const schemas = await loadWireSchemas();
  const store = new SandboxStore(options.dbPath);
  // The seed is the source of truth for configuration; recorded messages survive a restart on a file.
  store.applySeed(seed, clock.now(), { clearMessages: false });
  const faults = new FaultRegistry();
  for (const fault of options.faults ?? []) faults.add(fault);
  const rateLimiter = new RateLimiter(options.rateLimitQps ?? DEFAULTS.rateLimitQps);
  const services = createServices({
    store,
    dbPath: options.dbPath,
    now: () => clock.now(),
    autoReviewSeconds: options.autoReviewSeconds,
    batchRate: options.batchRate ?? DEFAULTS.batchRate,
    receiptDelayMs,
    deliveryRules: seed.delivery.rules,
    log,
  });
  const admin = createSandboxAdmin({ store, seed, faults, rateLimiter, clock, services });
  // What the inbox page shows besides messages, re-read each tick while a page listens.
  const events = new InboxEvents(store, clock, [
    { event: 'faults', read: () => admin.listFaults(), version: () => faults.version },
    { event: 'applications', read: () => admin.applications() },
    { event: 'world', read: () => admin.world() },
    // Progress is written with each engine transaction: a sending task changes at most every tick.
    { event: 'batch-tasks', read: () => ({ tasks: admin.batchTasks() }) },
  ]);
  const closing = new AbortController();

  async function answerApi(
    request: IncomingMessage,
    response: ServerResponse,
    path: string,
    rawQuery: string,
    body: Buffer,
  ) {
    const started = performance.now();
    const query = parseQuery(rawQuery);
    const action = firstValue(query, 'Action') ?? '';
    const version = firstValue(query, 'Version') ?? '';
    const nowMs = clock.now();
    const meta: EnvelopeMeta = { requestId: newRequestId(nowMs), action, version };
    let fault: Fault | undefined;
    let answer: Answer;
    try {
      if (!action || !version) {
        throw new GatewayError(
          'MissingParameter',
          `The request must contain the parameter ${action ? 'Version' : 'Action'}.`,
        );
      }
      const definition = findAction(action, version);
      if (!definition) {
        throw new GatewayError(
          'InvalidActionOrVersion',
          `Could not find operation ${action} for version ${version}.`,
        );
      }
      // Before anything else: a wrong method must never be recorded or sent (a GET SendSmsForAgent was).
      if (definition.method && request.method !== definition.method) {
        throw new GatewayError(
          'MethodNotAllowed',
          `${action} (${version}) must be called with ${definition.method}, not ${request.method}.`,
          { headers: { Allow: definition.method } },
        );
      }
      const principal = authenticate(
        { method: request.method ?? 'GET', path, query, headers: request.headers, body },
        credentials,
        nowMs,
        skewSeconds,
      );
      const waitMs = rateLimiter.take(principal.key);
      if (waitMs > 0) throw flowLimitExceeded(Math.ceil(waitMs / 1000));

      const decision = faults.decide(action);
      if (decision.latencyMs > 0) await sleep(decision.latencyMs, undefined, { signal: closing.signal });
      fault = decision.fault;
      if (fault?.kind === 'drop-before') {
        request.socket.destroy();
        log?.(logLine(request, action, 'dropped', 'fault:drop-before', started));
        return;
      }
      if (fault?.kind === 'status') throw gatewayErrorForStatus(fault.status ?? 500);
      if (fault?.kind === 'throttle') throw flowLimitExceeded(fault.retryAfterSeconds ?? 1);
      if (fault?.kind === 'error') throw new InjectedError(fault);

      const params = readParams(query, body, definition.shape);
      services.settleReviews(nowMs);
      const result: unknown = await definition.handle(params, {
        store,
        nowMs,
        requestId: meta.requestId,
        receiptDelayMs,
        deliveryRules: seed.delivery.rules,
        schemas,
        services,
        publicUrl: `http://${request.headers.host ?? `${options.host ?? DEFAULTS.host}:${options.port}`}`,
      });
      answer =
        result instanceof RawAnswer
          ? {
              status: 200,
              body: result.body,
              headers: result.headers,
              code: 'OK',
              contentType: result.contentType,
            }
          : { status: 200, body: successEnvelope(meta, result), headers: {}, code: 'OK' };
    } catch (error) {
      // Closing aborts injected latency; those requests just end with their connection.
      if (closing.signal.aborted) return;
      answer = errorAnswer(meta, error, log);
    }
    if (closing.signal.aborted) return;
    // Processed (a send is recorded, or refused on its merits); the client hears the injected error.
    if (fault?.kind === 'error-after') answer = errorAnswer(meta, new InjectedError(fault), log);
    sendAnswer(request, response, answer, fault);
    log?.(
      logLine(
        request,
        action,
        answer.status,
        fault ? `${answer.code} fault:${fault.kind}` : answer.code,
        started,
      ),
    );
  }

  const server = createServer({ keepAliveTimeout: 5000 }, (request, response) => {
    // Uploads are streamed to disk: their body is never gathered here.
    if (request.url?.startsWith(UPLOAD_PATH_PREFIX)) {
      const [path = '', rawQuery = ''] = request.url.split('?', 2);
      receiveUpload(services.uploads, request, response, path, rawQuery, clock.now())
        .then((done) => {
          if (done) services.uploads.recordUpload(done.key, done.size, clock.now());
          log?.(`PUT upload ${response.statusCode} ${done ? `${done.size} bytes` : 'refused'}`);
        })
        .catch((error: unknown) => log?.(`sandbox upload error: ${(error as Error).message}`));
      return;
    }
    const chunks: Buffer[] = [];
    let size = 0;
    request.on('data', (chunk: Buffer) => {
      size += chunk.length;
      if (size <= DEFAULTS.maxBodyBytes) chunks.push(chunk);
    });
    request.on('end', () => {
      const url = request.url ?? '/';
      const queryAt = url.indexOf('?');
      const path = queryAt === -1 ? url : url.slice(0, queryAt);
      const rawQuery = queryAt === -1 ? '' : url.slice(queryAt + 1);
      const body = Buffer.concat(chunks);
      const method = request.method ?? 'GET';
      if (serveInbox(method, path, rawQuery, request.headers, response, events)) return;
      if (path.startsWith('/_sandbox/') || path === '/_sandbox') {
        const answer = handleAdminRequest(admin, method, path, parseQuery(rawQuery), body);
        writeJson(response, answer.status, JSON.stringify(answer.body, null, 2), {});
        return;
      }
      if (size > DEFAULTS.maxBodyBytes) {
        const meta = { requestId: newRequestId(clock.now()), action: '', version: '' };
        const error = new GatewayError(
          'RequestEntityTooLarge',
          `The body is larger than ${DEFAULTS.maxBodyBytes} bytes.`,
        );
        writeJson(response, error.status, errorEnvelope(meta, error), {});
        return;
      }
      answerApi(request, response, path, rawQuery, body).catch((error: unknown) => {
        if (closing.signal.aborted) return;
        log?.(`sandbox internal error: ${(error as Error).message}`);
        if (!response.headersSent) writeJson(response, 500, '{}', {});
      });
    });
  });

  try {
    await new Promise<void>((resolve, reject) => {
      server.once('error', reject);
      server.listen(options.port ?? DEFAULTS.port, options.host ?? DEFAULTS.host, () => {
        server.off('error', reject);
        resolve();
      });
    });
  } catch (error) {
    // A busy port must not leave the database open (a file database would stay locked).
    await services.close();
    store.close();
    throw error;
  }
  // Tasks a previous run left sending go on (a file database keeps them).
  services.engine.resume();
  const address = server.address() as AddressInfo;
  const host = address.address.includes(':') ? `[${address.address}]` : address.address;

  let closed: Promise<void> | undefined;
  return {
    url: `http://${host}:${address.port}`,
    port: address.port,
    host: address.address,
    credentials,
    admin,
    close() {
      closed ??= new Promise<void>((resolve) => {
        closing.abort();
        events.close();
        server.close(() => {
          services
            .close()
            .catch((error: unknown) => log?.(`sandbox close: ${(error as Error).message}`))
            .finally(() => {
              store.close();
              resolve();
            });
        });
        server.closeAllConnections();
      });
      return closed;
    },
  };
}
