import { SmsInputError, isSmsApiError, isSmsError } from "../errors/errors.js";
export function gateFailure(code, message, field, hint, extra = {}) {
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
export function failureOf(error, stage) {
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
    const retryable = stage !== 'send' &&
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
                if (stage === 'check')
                    return 'resource_query_failed';
                return isSmsApiError(error) && error.apiCode !== '' ? error.apiCode : 'service_error';
        }
    })();
    return { ok: false, code, error, retryable };
}
