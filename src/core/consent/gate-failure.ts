import { SmsInputError, isSmsApiError, isSmsError, type SmsError } from '../errors/errors.ts';

/**
 * How a gate says no. `code` is the skill 1.3 envelope's `error.code` (reference §4.1), so an agent prompt
 * written for the skill branches the same way; `error` is the project's typed error (its class decides the
 * exit code, its hint says what to do). Gates return failures rather than throw them: a caller must
 * handle every way a write can end.
 */
export type GateErrorCode =
  | 'validation_error'
  | 'resource_query_failed'
  | 'authorization_mismatch'
  | 'digest_mismatch'
  | 'contract_conflict'
  /** volc-sms's own: this digest was already submitted and sent (the skill has no ledger to notice). */
  | 'already_submitted'
  | 'outcome_unknown'
  | 'credential_error'
  | 'network_error'
  | 'invalid_response'
  | 'internal_error'
  | (string & {});

export interface GateFailure {
  ok: false;
  code: GateErrorCode;
  error: SmsError;
  /** True only for reads failing on network, 429, 5xx, 1015 or 1999 (never after a write was attempted). */
  retryable: boolean;
  /** digest_mismatch: what differs from the preview, when the ledger can tell. */
  changed?: string[] | undefined;
  /** The write itself was attempted (and failed or got no answer); otherwise nothing left the machine. */
  attempted?: boolean | undefined;
}

export function gateFailure(
  code: GateErrorCode,
  message: string,
  field: string,
  hint: string,
  extra: { changed?: string[] } = {},
): GateFailure {
  return {
    ok: false,
    code,
    error: new SmsInputError(message, [{ field, message }], { hint }),
    retryable: false,
    ...extra,
  };
}

/**
 * The skill's code for an error of the project's hierarchy: a gate's pre-check (`check`: any query failure
 * is `resource_query_failed`), a plain read (`read`: the API's own code), or the write itself (`send`: the
 * API's code, never retryable).
 */
export function failureOf(error: unknown, stage: 'check' | 'read' | 'send'): GateFailure {
  if (!isSmsError(error)) {
    const message = error instanceof Error ? error.message : String(error);
    return {
      ok: false,
      code: 'internal_error',
      error: new SmsInputError(`Unexpected failure: ${message}`, [{ field: 'internal', message }]),
      retryable: false,
    };
  }
  // Only a read may be tried again; a send that got this far is never retried blindly.
  const retryable =
    stage !== 'send' &&
    (error.code === 'ERR_SMS_NETWORK' ||
      error.code === 'ERR_SMS_TIMEOUT' ||
      (isSmsApiError(error) && error.retryable));
  const code = (() => {
    switch (error.code) {
      case 'ERR_SMS_INPUT':
        return 'validation_error';
      case 'ERR_SMS_CONFIG':
      case 'ERR_SMS_AUTH':
        return 'credential_error';
      case 'ERR_SMS_OUTCOME_UNKNOWN':
        return 'outcome_unknown';
      case 'ERR_SMS_RESPONSE_INVALID':
        return 'invalid_response';
      case 'ERR_SMS_NETWORK':
      case 'ERR_SMS_TIMEOUT':
        return stage === 'check' ? 'resource_query_failed' : 'network_error';
      default:
        if (stage === 'check') return 'resource_query_failed';
        return isSmsApiError(error) && error.apiCode !== '' ? error.apiCode : 'service_error';
    }
  })();
  return { ok: false, code, error, retryable };
}
