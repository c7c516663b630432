import { type SmsError } from '../errors/errors.ts';
/**
 * How a gate says no. `code` is the skill 1.3 envelope's `error.code` (reference §4.1), so an agent prompt
 * written for the skill branches the same way; `error` is the project's typed error (its class decides the
 * exit code, its hint says what to do). Gates return failures rather than throw them: a caller must
 * handle every way a write can end.
 */
export type GateErrorCode = 'validation_error' | 'resource_query_failed' | 'authorization_mismatch' | 'digest_mismatch' | 'contract_conflict'
/** volc-sms's own: this digest was already submitted and sent (the skill has no ledger to notice). */
 | 'already_submitted' | 'outcome_unknown' | 'credential_error' | 'network_error' | 'invalid_response' | 'internal_error' | (string & {});
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
export declare function gateFailure(code: GateErrorCode, message: string, field: string, hint: string, extra?: {
    changed?: string[];
}): GateFailure;
/**
 * The skill's code for an error of the project's hierarchy: a gate's pre-check (`check`: any query failure
 * is `resource_query_failed`), a plain read (`read`: the API's own code), or the write itself (`send`: the
 * API's code, never retryable).
 */
export declare function failureOf(error: unknown, stage: 'check' | 'read' | 'send'): GateFailure;
