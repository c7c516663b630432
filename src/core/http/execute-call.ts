import { buildRequest, type Endpoint } from '../signing/build-request.ts';
import type { DialectCall } from '../dialects/dialect.ts';
import type { ErrorContext } from '../errors/error-map.ts';
import { SmsNetworkError, SmsOutcomeUnknownError, type SmsError } from '../errors/errors.ts';
import { maskPhone } from '../sending/phone.ts';
import { redact } from '../config/redact.ts';
import type { SigningKeyCache } from '../signing/sign.ts';
import { fromTransport, readQuickly, readResponse, type AttemptOutcome } from './read-response.ts';
import { classifyFailure, retryDelay, type CallKind } from './retry.ts';
import { TransportError, type HttpEngine } from './engine.ts';
import type { ApiResponse, AttemptEvent, AuthConfig } from '../types.ts';

/** Everything one call needs besides the call itself; fixed for the client's lifetime. */
export interface CallRuntime {
  engine: HttpEngine;
  auth: AuthConfig;
  endpoint: Endpoint;
  region: string;
  timeoutMs: number;
  connectTimeoutMs: number;
  maxRetries: number;
  clock: () => Date;
  sleep: (ms: number, signal?: AbortSignal) => Promise<void>;
  random: () => number;
  onAttempt?: ((event: AttemptEvent) => void) | undefined;
  userAgent?: string | undefined;
  /** Derived signing keys, kept per client (never across clients, never in a module global). */
  signingKeys: SigningKeyCache;
  /** Credentials to scrub from anything we report. */
  secrets: string[];
  /** The proxy every request goes through, without credentials (for messages). */
  proxy?: string | undefined;
}

export interface CallSettings {
  kind: CallKind;
  signal?: AbortSignal | undefined;
  /** Request fields that make error hints concrete. */
  context?: (ErrorContext & { mobiles?: readonly string[] | undefined }) | undefined;
}

/** A failed call: the error, plus the envelope when one came back (the CLI prints it in JSON mode). */
export class CallFailure extends Error {
  override name = 'CallFailure';
  readonly error: SmsError;
  readonly raw: unknown;
  readonly attempts: number;
  constructor(error: SmsError, raw: unknown, attempts: number) {
    super(error.message);
    this.error = error;
    this.raw = raw;
    this.attempts = attempts;
  }
}

function outcomeUnknown(action: string, cause: SmsError, settings: CallSettings): SmsOutcomeUnknownError {
  const subAccount = settings.context?.subAccount ?? '<id>';
  const first = settings.context?.mobiles?.[0];
  const count = settings.context?.mobiles?.length ?? 0;
  // The CLI refuses a masked --mobile, and errors never carry the full number: the user fills it in.
  const who = first ? ` --mobile <full number of ${maskPhone(first)}>` : '';
  return new SmsOutcomeUnknownError(
    `${action} outcome unknown${count ? ` for ${count} number${count === 1 ? '' : 's'}` : ''}: ${cause.message}`,
    {
      cause,
      requestId: cause.requestId,
      hint: `The messages may or may not have been sent; do not resend blindly. Check with \`volc-sms list_sms_send_log --sub-account ${subAccount}${who}\` (or by message id).`,
    },
  );
}

/**
 * Runs one call with retries: every attempt is built and signed afresh with a new clock() reading.
 * Returns the parsed result or throws CallFailure carrying the SmsError (and the envelope, if any).
 */
export async function executeCall<T>(
  runtime: CallRuntime,
  dialectCall: DialectCall<T>,
  settings: CallSettings,
): Promise<ApiResponse<T>> {
  const action = dialectCall.call.action;
  for (let attempt = 1; ; attempt++) {
    const request = buildRequest(dialectCall.call, {
      auth: runtime.auth,
      endpoint: runtime.endpoint,
      region: runtime.region,
      userAgent: runtime.userAgent,
      date: runtime.clock(),
      signingKeys: runtime.signingKeys,
    });
    // Only onAttempt reports durations.
    const started = runtime.onAttempt ? performance.now() : 0;
    let outcome: AttemptOutcome & { raw?: unknown };
    try {
      const response = await runtime.engine.send({
        method: request.method,
        url: request.url,
        endpoint: request.endpoint,
        path: request.path,
        headers: request.headers,
        body: request.body,
        timeoutMs: runtime.timeoutMs,
        connectTimeoutMs: runtime.connectTimeoutMs,
        signal: settings.signal,
      });
      const read =
        readQuickly(response, dialectCall) ??
        (await readResponse(response, dialectCall, runtime, settings.context));
      if (read.ok) {
        if (runtime.onAttempt) {
          report(runtime, {
            action,
            attempt,
            method: request.method,
            url: request.url,
            status: response.status,
            requestId: read.requestId,
            durationMs: performance.now() - started,
          });
        }
        return { result: read.result, requestId: read.requestId, raw: read.raw, attempts: attempt };
      }
      outcome = read;
    } catch (err) {
      if (!(err instanceof TransportError)) throw err;
      outcome = fromTransport(err, request.endpoint.origin, runtime.proxy);
    }
    const decision = classifyFailure(outcome.failure, settings.kind);
    const retry = decision.retry && attempt <= runtime.maxRetries && !settings.signal?.aborted;
    const retryInMs = retry
      ? retryDelay({ attempt, retryAfterMs: outcome.retryAfterMs, random: runtime.random })
      : undefined;
    report(runtime, {
      action,
      attempt,
      method: request.method,
      url: request.url,
      status: outcome.status,
      requestId: outcome.requestId,
      durationMs: performance.now() - started,
      error: outcome.error.message,
      retryInMs,
    });
    if (retryInMs === undefined) {
      const error = decision.outcomeUnknown ? outcomeUnknown(action, outcome.error, settings) : outcome.error;
      throw new CallFailure(error, outcome.raw, attempt);
    }
    try {
      await runtime.sleep(retryInMs, settings.signal);
    } catch {
      throw new CallFailure(new SmsNetworkError('The request was aborted'), outcome.raw, attempt);
    }
  }
}

function report(runtime: CallRuntime, event: AttemptEvent): void {
  if (!runtime.onAttempt) return;
  const safe: AttemptEvent = {
    ...event,
    url: redact(event.url, runtime.secrets),
    durationMs: Math.round(event.durationMs),
  };
  if (event.error !== undefined) safe.error = redact(event.error, runtime.secrets);
  runtime.onAttempt(safe);
}
