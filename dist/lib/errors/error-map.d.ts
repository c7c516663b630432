import { SmsApiError } from './errors.ts';
import { type ErrorCodeInfo } from './error-codes.ts';
/** Request fields that make a hint concrete (`list_signature --sub-accounts 7384ed01`). */
export interface ErrorContext {
    subAccount?: string | undefined;
    signature?: string | undefined;
    templateId?: string | undefined;
    /** The API action the answer came from (`ListTotalSendCountStatForAgent`). */
    action?: string | undefined;
    /** The credentials in use: a hint names the variables of that mode. */
    credentials?: 'gateway' | 'aksk' | undefined;
}
export interface ApiFailure {
    /** HTTP status (200 for business errors carried in ResponseMetadata.Error). */
    status: number;
    /** `ResponseMetadata.Error.Code`, or undefined when the body had none (a bare 401/429/5xx). */
    apiCode?: string | undefined;
    apiMessage?: string | undefined;
    requestId?: string | undefined;
    retryAfterMs?: number | undefined;
    context?: ErrorContext | undefined;
    /** Values to scrub from the server's message (keys echoed back by the gateway). */
    secrets?: readonly (string | undefined)[] | undefined;
    /** The parsed error envelope, kept (redacted like the message) for callers that print it. */
    raw?: unknown;
}
/**
 * What an answer means: the error table's entry for its code; for a body without a code, what its status
 * alone says; for a code the table does not know, a class by status (such a code proves nothing).
 * The retry policy and the error classes both read it, so they cannot disagree.
 */
export declare function answerInfo(status: number, apiCode: string | undefined): ErrorCodeInfo & {
    code: string;
};
/**
 * Turns an API failure into the matching error class (SmsAuthError, SmsRateLimitError, else SmsApiError)
 * with our message, a hint, the raw code and the request id. Unknown codes keep the server's code and words.
 */
export declare function errorFromApi(failure: ApiFailure): SmsApiError;
