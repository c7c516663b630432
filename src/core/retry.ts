/**
 * Retry policy as pure functions: what failed → may we try again, and how long to wait. Reads retry on
 * anything transient. A send is retried only when it provably never reached the server (connection
 * refused) or was throttled (429 / flow-limit codes are rejected before processing); anything else that
 * happened after the request may have been written leaves the outcome unknown and must not be resent.
 */

export type CallKind = 'read' | 'send';

export type AttemptFailure =
  /** `phase: 'connect'`: no byte of the request left this machine. */
  | { type: 'network'; code?: string | undefined; phase: 'connect' | 'sent' }
  | { type: 'timeout'; phase: 'connect' | 'sent' }
  | { type: 'aborted'; phase: 'connect' | 'sent' }
  | { type: 'http'; status: number; apiCode?: string | undefined }
  /** A 2xx whose body is not JSON, is cut short or lacks the envelope. */
  | { type: 'invalid-body'; status: number };

export interface RetryDecision {
  retry: boolean;
  /** For sends: true when the request may have been processed (never retried, reported as unknown). */
  outcomeUnknown: boolean;
}

const TRANSIENT_API_CODES = new Set([
  '1015',
  '1999',
  'SY:0500',
  'InternalError',
  'FailToConnect',
  'InternalServiceTimeout',
  'ServiceUnavailableTemp',
]);
const THROTTLE_CODES = new Set(['FlowLimitExceeded', 'AccountFlowLimitExceeded']);

function isThrottle(failure: AttemptFailure): boolean {
  return failure.type === 'http' && (failure.status === 429 || THROTTLE_CODES.has(failure.apiCode ?? ''));
}

/** Decides whether an attempt's failure may be retried, given whether the call is a read or a send. */
export function classifyFailure(failure: AttemptFailure, kind: CallKind): RetryDecision {
  if (failure.type === 'aborted')
    return { retry: false, outcomeUnknown: kind === 'send' && failure.phase === 'sent' };
  if (kind === 'send') {
    if (isThrottle(failure)) return { retry: true, outcomeUnknown: false };
    if (failure.type === 'network' || failure.type === 'timeout') {
      if (failure.phase === 'connect') {
        return {
          retry: failure.type === 'network' && failure.code === 'ECONNREFUSED',
          outcomeUnknown: false,
        };
      }
      return { retry: false, outcomeUnknown: true };
    }
    if (failure.type === 'invalid-body') return { retry: false, outcomeUnknown: true };
    // A business error (RE:xxxx, 4xx gateway error) is a definite rejection; a 5xx is not.
    return { retry: false, outcomeUnknown: failure.status >= 500 };
  }
  switch (failure.type) {
    case 'network':
      // A proxy that wants credentials will not change its mind; any other refusal may be passing.
      return { retry: failure.code !== 'PROXY_407', outcomeUnknown: false };
    case 'timeout':
      // A read that timed out after sending is not retried: the caller already waited a full timeout.
      return { retry: failure.phase === 'connect', outcomeUnknown: false };
    case 'invalid-body':
      return { retry: false, outcomeUnknown: false };
    case 'http':
      return {
        retry: isThrottle(failure) || failure.status >= 500 || TRANSIENT_API_CODES.has(failure.apiCode ?? ''),
        outcomeUnknown: false,
      };
  }
}

const RETRY_AFTER_CAP_MS = 10_000;
const BACKOFF_BASE_MS = 250;
const BACKOFF_CAP_MS = 4_000;

/**
 * Wait before attempt `attempt + 1` (attempt is 1-based): the server's Retry-After when given (capped
 * at 10 s), else exponential backoff from 250 ms capped at 4 s, with "equal jitter" (half fixed, half
 * random) so many clients do not retry in lockstep.
 */
export function retryDelay(input: {
  attempt: number;
  retryAfterMs?: number | undefined;
  random: () => number;
}): number {
  if (input.retryAfterMs !== undefined && input.retryAfterMs >= 0)
    return Math.min(input.retryAfterMs, RETRY_AFTER_CAP_MS);
  const exponential = Math.min(BACKOFF_CAP_MS, BACKOFF_BASE_MS * 2 ** (input.attempt - 1));
  return Math.round(exponential / 2 + (exponential / 2) * input.random());
}

/** Retry-After as milliseconds: delta-seconds or an HTTP date; undefined when absent or unreadable. */
export function parseRetryAfter(value: string | undefined, nowMs: number): number | undefined {
  if (value === undefined || value.trim() === '') return undefined;
  const text = value.trim();
  if (/^\d+(\.\d+)?$/.test(text)) return Math.round(Number(text) * 1000);
  const at = Date.parse(text);
  return Number.isNaN(at) ? undefined : Math.max(0, at - nowMs);
}
