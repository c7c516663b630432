import { SmsOutcomeUnknownError, type ReconcilingRead } from './errors.ts';
/**
 * An unknown write outcome restated for what the write was: its action, the transport's own words, and a
 * hint (and read) that fit it, in place of the send-log hint execute-call.ts gives a send.
 */
export declare function restateOutcomeUnknown(action: string, error: SmsOutcomeUnknownError, what: {
    hint: string;
    reconcile?: ReconcilingRead | undefined;
}): SmsOutcomeUnknownError;
