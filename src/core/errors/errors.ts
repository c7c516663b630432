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
] as const;
export type SmsErrorCode = (typeof SMS_ERROR_CODES)[number];
const KNOWN_CODES: ReadonlySet<string> = new Set(SMS_ERROR_CODES);

export interface SmsErrorOptions {
  cause?: unknown;
  /** What the user should do about it, one sentence. */
  hint?: string | undefined;
  requestId?: string | undefined;
}

export class SmsError extends Error {
  override name: string = 'SmsError';
  readonly code: SmsErrorCode = 'ERR_SMS_API';
  readonly hint: string | undefined;
  readonly requestId: string | undefined;

  constructor(message: string, options: SmsErrorOptions = {}) {
    super(message, options.cause === undefined ? undefined : { cause: options.cause });
    this.hint = options.hint;
    this.requestId = options.requestId;
  }
}

/** Configuration is missing or inconsistent (no credentials, a bad endpoint URL, an unreadable env file). */
export class SmsConfigError extends SmsError {
  override name = 'SmsConfigError' as const;
  override readonly code = 'ERR_SMS_CONFIG' as const;
}

export interface InputIssue {
  /** The field, flag or input the problem is in, as the caller named it (`mobiles`, `template-param`). */
  field: string;
  message: string;
}

/** The caller's input was rejected before anything was sent; `issues` names each field. */
export class SmsInputError extends SmsError {
  override name = 'SmsInputError' as const;
  override readonly code = 'ERR_SMS_INPUT' as const;
  readonly issues: readonly InputIssue[];
  constructor(message: string, issues: readonly InputIssue[], options: SmsErrorOptions = {}) {
    super(message, options);
    this.issues = issues;
  }
}

/** The request never got an answer: connection refused, reset, DNS. */
export class SmsNetworkError extends SmsError {
  override name = 'SmsNetworkError' as const;
  override readonly code = 'ERR_SMS_NETWORK' as const;
}

/** No answer within the configured time. */
export class SmsTimeoutError extends SmsError {
  override name = 'SmsTimeoutError' as const;
  override readonly code = 'ERR_SMS_TIMEOUT' as const;
}

/**
 * A send may have reached the server but no usable answer came back (reset after the request was
 * written, a timeout, a 5xx, a truncated body). It is never retried; the hint says how to check the send
 * log for these numbers.
 */
export class SmsOutcomeUnknownError extends SmsError {
  override name = 'SmsOutcomeUnknownError' as const;
  override readonly code = 'ERR_SMS_OUTCOME_UNKNOWN' as const;
  /** For a write of the agent API: the read that settles it, when one can (agent-v2 reference §1.2). */
  readonly reconcile: ReconcilingRead | undefined;
  constructor(message: string, options: SmsErrorOptions & { reconcile?: ReconcilingRead | undefined } = {}) {
    super(message, options);
    this.reconcile = options.reconcile;
  }
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
export class SmsResponseValidationError extends SmsError {
  override name = 'SmsResponseValidationError' as const;
  override readonly code = 'ERR_SMS_RESPONSE_INVALID' as const;
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
export class SmsApiError extends SmsError {
  override name: string = 'SmsApiError';
  override readonly code: SmsErrorCode = 'ERR_SMS_API';
  readonly status: number;
  readonly apiCode: string;
  readonly apiMessage: string;
  readonly retryable: boolean;
  /** The error envelope as received, so a caller that prints envelopes (the CLI's JSON mode) can. */
  readonly raw: unknown;
  constructor(message: string, options: SmsApiErrorOptions) {
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
  override name = 'SmsAuthError' as const;
  override readonly code = 'ERR_SMS_AUTH' as const;
}

/** Throttled (HTTP 429, FlowLimitExceeded, AccountFlowLimitExceeded). */
export class SmsRateLimitError extends SmsApiError {
  override name = 'SmsRateLimitError' as const;
  override readonly code = 'ERR_SMS_RATE_LIMIT' as const;
  readonly retryAfterMs: number | undefined;
  constructor(message: string, options: SmsApiErrorOptions & { retryAfterMs?: number | undefined }) {
    super(message, { ...options, retryable: true });
    this.retryAfterMs = options.retryAfterMs;
  }
}

/**
 * True for any error of this hierarchy, also one thrown by another bundled copy of the core (the Action's
 * and the CLI's bundles each hold one), whose classes `instanceof` does not see: known by its code.
 */
export function isSmsError(value: unknown): value is SmsError {
  return (
    value instanceof SmsError ||
    (value instanceof Error && 'code' in value && KNOWN_CODES.has(String(value.code)))
  );
}

export function isSmsApiError(value: unknown): value is SmsApiError {
  return value instanceof SmsApiError || (isSmsError(value) && 'apiCode' in value);
}
