/**
 * The error hierarchy every entry point translates (never invents). Each class has a fixed `code`;
 * API errors also carry the API's own code, the request id and a hint that says what to do.
 * Messages never contain credentials: build them from the API's words and our own, then `redact()`.
 */
/** Every class's `code`, listed once: the type, and how `isSmsError` knows a copy from another bundle. */
declare const SMS_ERROR_CODES: readonly ["ERR_SMS_CONFIG", "ERR_SMS_INPUT", "ERR_SMS_NETWORK", "ERR_SMS_TIMEOUT", "ERR_SMS_OUTCOME_UNKNOWN", "ERR_SMS_RESPONSE_INVALID", "ERR_SMS_API", "ERR_SMS_AUTH", "ERR_SMS_RATE_LIMIT"];
export type SmsErrorCode = (typeof SMS_ERROR_CODES)[number];
export interface SmsErrorOptions {
    cause?: unknown;
    /** What the user should do about it, one sentence. */
    hint?: string | undefined;
    requestId?: string | undefined;
}
export declare class SmsError extends Error {
    name: string;
    readonly code: SmsErrorCode;
    readonly hint: string | undefined;
    readonly requestId: string | undefined;
    constructor(message: string, options?: SmsErrorOptions);
}
/** Configuration is missing or inconsistent (no credentials, a bad endpoint URL, an unreadable env file). */
export declare class SmsConfigError extends SmsError {
    name: "SmsConfigError";
    readonly code: "ERR_SMS_CONFIG";
}
export interface InputIssue {
    /** The field, flag or input the problem is in, as the caller named it (`mobiles`, `template-param`). */
    field: string;
    message: string;
}
/** The caller's input was rejected before anything was sent; `issues` names each field. */
export declare class SmsInputError extends SmsError {
    name: "SmsInputError";
    readonly code: "ERR_SMS_INPUT";
    readonly issues: readonly InputIssue[];
    constructor(message: string, issues: readonly InputIssue[], options?: SmsErrorOptions);
}
/** The request never got an answer: connection refused, reset, DNS. */
export declare class SmsNetworkError extends SmsError {
    name: "SmsNetworkError";
    readonly code: "ERR_SMS_NETWORK";
}
/** No answer within the configured time. */
export declare class SmsTimeoutError extends SmsError {
    name: "SmsTimeoutError";
    readonly code: "ERR_SMS_TIMEOUT";
}
/**
 * A send may have reached the server but no usable answer came back (reset after the request was
 * written, a timeout, a 5xx, a truncated body). It is never retried; the hint says how to check the send
 * log for these numbers.
 */
export declare class SmsOutcomeUnknownError extends SmsError {
    name: "SmsOutcomeUnknownError";
    readonly code: "ERR_SMS_OUTCOME_UNKNOWN";
    /** For a write of the agent API: the read that settles it, when one can (agent-v2 reference §1.2). */
    readonly reconcile: ReconcilingRead | undefined;
    constructor(message: string, options?: SmsErrorOptions & {
        reconcile?: ReconcilingRead | undefined;
    });
}
/** A read that tells whether a write whose answer was lost took effect. */
export interface ReconcilingRead {
    /** The read action, e.g. `GetBatchTaskDetail`, and the params to send it. */
    action: string;
    params: Readonly<Record<string, unknown>>;
    /** What its answer must show for the write to count as done, one sentence. */
    settledWhen: string;
}
/** The server answered 2xx, but the body is not the documented shape. */
export declare class SmsResponseValidationError extends SmsError {
    name: "SmsResponseValidationError";
    readonly code: "ERR_SMS_RESPONSE_INVALID";
}
export interface SmsApiErrorOptions extends SmsErrorOptions {
    status: number;
    apiCode: string;
    apiMessage: string;
    retryable?: boolean;
    /** The error envelope as the server sent it (parsed JSON), when there was one. */
    raw?: unknown;
}
/** The API answered with `ResponseMetadata.Error` (or a non-2xx status). */
export declare class SmsApiError extends SmsError {
    name: string;
    readonly code: SmsErrorCode;
    readonly status: number;
    readonly apiCode: string;
    readonly apiMessage: string;
    readonly retryable: boolean;
    /** The error envelope as received, so a caller that prints envelopes (the CLI's JSON mode) can. */
    readonly raw: unknown;
    constructor(message: string, options: SmsApiErrorOptions);
}
/** Credentials or signature rejected (gateway 401/403 codes, RE:0000). */
export declare class SmsAuthError extends SmsApiError {
    name: "SmsAuthError";
    readonly code: "ERR_SMS_AUTH";
}
/** Throttled (HTTP 429, FlowLimitExceeded, AccountFlowLimitExceeded). */
export declare class SmsRateLimitError extends SmsApiError {
    name: "SmsRateLimitError";
    readonly code: "ERR_SMS_RATE_LIMIT";
    readonly retryAfterMs: number | undefined;
    constructor(message: string, options: SmsApiErrorOptions & {
        retryAfterMs?: number | undefined;
    });
}
/**
 * True for any error of this hierarchy, also one thrown by another bundled copy of the core (the Action's
 * and the CLI's bundles each hold one), whose classes `instanceof` does not see: known by its code.
 */
export declare function isSmsError(value: unknown): value is SmsError;
export declare function isSmsApiError(value: unknown): value is SmsApiError;
export {};
