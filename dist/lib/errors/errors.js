/**
 * The error hierarchy every entry point translates (never invents). Each class has a fixed `code`;
 * API errors also carry the API's own code, the request id and a hint that says what to do.
 * Messages never contain credentials: build them from the API's words and our own, then `redact()`.
 */
/** Every class's `code`, listed once: the type, and how `isSmsError` knows a copy from another bundle. */
const SMS_ERROR_CODES = [
    'ERR_SMS_CONFIG',
    'ERR_SMS_INPUT',
    'ERR_SMS_NETWORK',
    'ERR_SMS_TIMEOUT',
    'ERR_SMS_OUTCOME_UNKNOWN',
    'ERR_SMS_RESPONSE_INVALID',
    'ERR_SMS_API',
    'ERR_SMS_AUTH',
    'ERR_SMS_RATE_LIMIT',
];
const KNOWN_CODES = new Set(SMS_ERROR_CODES);
export class SmsError extends Error {
    name = 'SmsError';
    code = 'ERR_SMS_API';
    hint;
    requestId;
    constructor(message, options = {}) {
        super(message, options.cause === undefined ? undefined : { cause: options.cause });
        this.hint = options.hint;
        this.requestId = options.requestId;
    }
}
/** Configuration is missing or inconsistent (no credentials, a bad endpoint URL, an unreadable env file). */
export class SmsConfigError extends SmsError {
    name = 'SmsConfigError';
    code = 'ERR_SMS_CONFIG';
}
/** The caller's input was rejected before anything was sent; `issues` names each field. */
export class SmsInputError extends SmsError {
    name = 'SmsInputError';
    code = 'ERR_SMS_INPUT';
    issues;
    constructor(message, issues, options = {}) {
        super(message, options);
        this.issues = issues;
    }
}
/** The request never got an answer: connection refused, reset, DNS. */
export class SmsNetworkError extends SmsError {
    name = 'SmsNetworkError';
    code = 'ERR_SMS_NETWORK';
}
/** No answer within the configured time. */
export class SmsTimeoutError extends SmsError {
    name = 'SmsTimeoutError';
    code = 'ERR_SMS_TIMEOUT';
}
/**
 * A send may have reached the server but no usable answer came back (reset after the request was
 * written, a timeout, a 5xx, a truncated body). It is never retried; the hint says how to check the send
 * log for these numbers.
 */
export class SmsOutcomeUnknownError extends SmsError {
    name = 'SmsOutcomeUnknownError';
    code = 'ERR_SMS_OUTCOME_UNKNOWN';
    /** For a write of the agent API: the read that settles it, when one can (agent-v2 reference §1.2). */
    reconcile;
    constructor(message, options = {}) {
        super(message, options);
        this.reconcile = options.reconcile;
    }
}
/** The server answered 2xx, but the body is not the documented shape. */
export class SmsResponseValidationError extends SmsError {
    name = 'SmsResponseValidationError';
    code = 'ERR_SMS_RESPONSE_INVALID';
}
/** The API answered with `ResponseMetadata.Error` (or a non-2xx status). */
export class SmsApiError extends SmsError {
    name = 'SmsApiError';
    code = 'ERR_SMS_API';
    status;
    apiCode;
    apiMessage;
    retryable;
    /** The error envelope as received, so a caller that prints envelopes (the CLI's JSON mode) can. */
    raw;
    constructor(message, options) {
        super(message, options);
        this.status = options.status;
        this.apiCode = options.apiCode;
        this.apiMessage = options.apiMessage;
        this.retryable = options.retryable ?? false;
        this.raw = options.raw;
    }
}
/** Credentials or signature rejected (gateway 401/403 codes, RE:0000). */
export class SmsAuthError extends SmsApiError {
    name = 'SmsAuthError';
    code = 'ERR_SMS_AUTH';
}
/** Throttled (HTTP 429, FlowLimitExceeded, AccountFlowLimitExceeded). */
export class SmsRateLimitError extends SmsApiError {
    name = 'SmsRateLimitError';
    code = 'ERR_SMS_RATE_LIMIT';
    retryAfterMs;
    constructor(message, options) {
        super(message, { ...options, retryable: true });
        this.retryAfterMs = options.retryAfterMs;
    }
}
/**
 * True for any error of this hierarchy, also one thrown by another bundled copy of the core (the Action's
 * and the CLI's bundles each hold one), whose classes `instanceof` does not see: known by its code.
 */
export function isSmsError(value) {
    return (value instanceof SmsError ||
        (value instanceof Error && 'code' in value && KNOWN_CODES.has(String(value.code))));
}
export function isSmsApiError(value) {
    return value instanceof SmsApiError || (isSmsError(value) && 'apiCode' in value);
}
