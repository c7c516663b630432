import { SmsError, SmsOutcomeUnknownError } from "./errors.js";
/**
 * An unknown write outcome restated for what the write was: its action, the transport's own words, and a
 * hint (and read) that fit it, in place of the send-log hint execute-call.ts gives a send.
 */
export function restateOutcomeUnknown(action, error, what) {
    const cause = error.cause instanceof SmsError ? error.cause : error;
    return new SmsOutcomeUnknownError(`${action} outcome unknown: ${cause.message}`, {
        cause,
        requestId: error.requestId,
        hint: what.hint,
        reconcile: what.reconcile,
    });
}
