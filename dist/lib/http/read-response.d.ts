import type { DialectCall } from '../dialects/dialect.ts';
import { type ErrorContext } from '../errors/error-map.ts';
import { type SmsError } from '../errors/errors.ts';
import { type AttemptFailure } from './retry.ts';
import { type EngineResponse, type TransportError } from './engine.ts';
/** An attempt that did not produce a result: why (for the retry policy) and what to tell the user. */
export interface AttemptOutcome {
    failure: AttemptFailure;
    error: SmsError;
    retryAfterMs?: number | undefined;
    requestId?: string | undefined;
    status?: number | undefined;
}
/** Maps a transport failure to the retry policy's terms and the user's error. */
export declare function fromTransport(err: TransportError, origin: string, proxy?: string): AttemptOutcome;
/** A response read to its end: the result, or the attempt's failure with the error to report. */
export type ReadOutcome<T> = {
    ok: true;
    result: T;
    requestId: string;
    raw: unknown;
} | ({
    ok: false;
    raw: unknown;
} & AttemptOutcome);
/**
 * The usual answer (2xx, no error, the documented spelling) read without zod, or undefined for anything
 * else, which readResponse and the schemas then decide.
 */
export declare function readQuickly<T>(response: EngineResponse, dialectCall: DialectCall<T>): ReadOutcome<T> | undefined;
/** Turns a complete HTTP response into a result, or an attempt failure with the error to report. */
export declare function readResponse<T>(response: EngineResponse, dialectCall: DialectCall<T>, runtime: {
    clock: () => Date;
    secrets: readonly string[];
}, context: ErrorContext | undefined): Promise<ReadOutcome<T>>;
