import { answerInfo } from "../errors/error-map.js";
const UNKNOWN = { retry: false, outcomeUnknown: true };
/** Decides whether an attempt's failure may be retried, given whether the call is a read or a send. */
export function classifyFailure(failure, kind) {
    if (failure.type === 'aborted')
        return { retry: false, outcomeUnknown: kind === 'send' && failure.phase === 'sent' };
    if (kind === 'send')
        return classifySendFailure(failure);
    switch (failure.type) {
        case 'network':
            // A proxy that wants credentials will not change its mind; any other refusal may be passing.
            return { retry: failure.code !== 'PROXY_407', outcomeUnknown: false };
        case 'timeout':
            // A read that timed out after sending is not retried: the caller already waited a full timeout.
            return { retry: failure.phase === 'connect', outcomeUnknown: false };
        case 'invalid-body':
            return { retry: false, outcomeUnknown: false };
        case 'http': {
            const transient = answerInfo(failure.status, failure.apiCode).retryable === true;
            return { retry: failure.status === 429 || failure.status >= 500 || transient, outcomeUnknown: false };
        }
    }
}
function classifySendFailure(failure) {
    switch (failure.type) {
        case 'network':
        case 'timeout':
            if (failure.phase === 'sent')
                return UNKNOWN;
            return { retry: failure.type === 'network' && failure.code === 'ECONNREFUSED', outcomeUnknown: false };
        case 'invalid-body':
            return UNKNOWN;
        case 'http': {
            // Only the API's own envelope carries a code: a bare 429 may come from anything in between.
            const info = answerInfo(failure.status, failure.apiCode);
            if (!info.provesNotProcessed)
                return UNKNOWN;
            return { retry: info.kind === 'rate-limit', outcomeUnknown: false };
        }
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
export function retryDelay(input) {
    if (input.retryAfterMs !== undefined && input.retryAfterMs >= 0)
        return Math.min(input.retryAfterMs, RETRY_AFTER_CAP_MS);
    const exponential = Math.min(BACKOFF_CAP_MS, BACKOFF_BASE_MS * 2 ** (input.attempt - 1));
    return Math.round(exponential / 2 + (exponential / 2) * input.random());
}
/** Retry-After as milliseconds: delta-seconds or an HTTP date; undefined when absent or unreadable. */
export function parseRetryAfter(value, nowMs) {
    if (value === undefined || value.trim() === '')
        return undefined;
    const text = value.trim();
    if (/^\d+(\.\d+)?$/.test(text))
        return Math.round(Number(text) * 1000);
    const at = Date.parse(text);
    return Number.isNaN(at) ? undefined : Math.max(0, at - nowMs);
}
