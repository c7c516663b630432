/**
 * Retry policy as pure functions: what failed → may we try again, and how long to wait. Reads retry on
 * anything transient. A send (every write) is reported rejected only when it provably was not processed:
 * it never reached the server (connection refused, DNS, a failed TLS handshake, a proxy's 407), or the
 * API answered with a code the error table marks `provesNotProcessed` (read through error-map.ts's
 * `answerInfo`). Of those it retries a refused connection and the gateway's throttle codes. Any other
 * answer (RE:0500, a 5xx, a 4xx or 429 that is not the API's envelope, an unknown code, a spoiled body)
 * leaves the outcome unknown and is never resent.
 */
/** `'send'` is every write: anything that changes state at the service. */
export type CallKind = 'read' | 'send';
export type AttemptFailure = 
/** `phase: 'connect'`: no byte of the request left this machine. */
{
    type: 'network';
    code?: string | undefined;
    phase: 'connect' | 'sent';
} | {
    type: 'timeout';
    phase: 'connect' | 'sent';
} | {
    type: 'aborted';
    phase: 'connect' | 'sent';
}
/** `apiCode`: ResponseMetadata.Error.Code, only when the body was the API's envelope. */
 | {
    type: 'http';
    status: number;
    apiCode?: string | undefined;
}
/** A 2xx whose body is not JSON, is cut short or lacks the envelope. */
 | {
    type: 'invalid-body';
    status: number;
};
export interface RetryDecision {
    retry: boolean;
    /** For sends: true when the request may have been processed (never retried, reported as unknown). */
    outcomeUnknown: boolean;
}
/** Decides whether an attempt's failure may be retried, given whether the call is a read or a send. */
export declare function classifyFailure(failure: AttemptFailure, kind: CallKind): RetryDecision;
/**
 * Wait before attempt `attempt + 1` (attempt is 1-based): the server's Retry-After when given (capped
 * at 10 s), else exponential backoff from 250 ms capped at 4 s, with "equal jitter" (half fixed, half
 * random) so many clients do not retry in lockstep.
 */
export declare function retryDelay(input: {
    attempt: number;
    retryAfterMs?: number | undefined;
    random: () => number;
}): number;
/** Retry-After as milliseconds: delta-seconds or an HTTP date; undefined when absent or unreadable. */
export declare function parseRetryAfter(value: string | undefined, nowMs: number): number | undefined;
