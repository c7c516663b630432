import { type Endpoint } from '../signing/build-request.ts';
import type { DialectCall } from '../dialects/dialect.ts';
import type { ErrorContext } from '../errors/error-map.ts';
import { type SmsError } from '../errors/errors.ts';
import type { SigningKeyCache } from '../signing/sign.ts';
import { type CallKind } from './retry.ts';
import { type HttpEngine } from './engine.ts';
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
    context?: (ErrorContext & {
        mobiles?: readonly string[] | undefined;
    }) | undefined;
}
/** A failed call: the error, plus the envelope when one came back (the CLI prints it in JSON mode). */
export declare class CallFailure extends Error {
    name: string;
    readonly error: SmsError;
    readonly raw: unknown;
    readonly attempts: number;
    constructor(error: SmsError, raw: unknown, attempts: number);
}
/**
 * Runs one call with retries: every attempt is built and signed afresh with a new clock() reading.
 * Returns the parsed result or throws CallFailure carrying the SmsError (and the envelope, if any).
 */
export declare function executeCall<T>(runtime: CallRuntime, dialectCall: DialectCall<T>, settings: CallSettings): Promise<ApiResponse<T>>;
