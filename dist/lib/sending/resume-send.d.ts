import { type SmsError } from '../errors/errors.ts';
import type { RecipientStatus, SendSmsOutcome, SmsClient } from '../types.ts';
import { type DirectSendOptions } from './direct-send.ts';
import { type JournaledSend, type JournalRecord, type SendJournalStore } from './send-journal.ts';
/**
 * Resumes a journaled direct send after a crash or a kill: numbers never attempted are sent; numbers
 * whose chunk had no answer are looked up in the send log first, and resent only when the caller says
 * so (`resendUnknown`) and the log has no trace of them. Every number gets its final state.
 */
/** How a number reached its state. */
export type ResumeSource = 
/** The journal holds its answer from before. */
'journal'
/** Its chunk had no answer; the send log shows it. */
 | 'send-log'
/** Never attempted before; sent now. */
 | 'resumed'
/** Unknown and not in the send log; sent again as asked (`resendUnknown`). */
 | 'resent'
/** Unknown and not in the send log; left alone (it may still have gone out). */
 | 'not-in-log';
export interface ResumedNumber {
    mobile: string;
    masked: string;
    status: RecipientStatus;
    source: ResumeSource;
    messageId?: string | undefined;
    /** The API or error code of a failed or unknown answer. */
    code?: string | undefined;
    /** For numbers sent now and not sent: the error itself, with its hint. */
    error?: SmsError | undefined;
}
export interface ResumeReport {
    send: JournaledSend;
    /** One per number of the send, in its order. */
    numbers: ResumedNumber[];
    sentCount: number;
    failedCount: number;
    unknownCount: number;
    /** What the resume itself sent (undefined when it sent nothing). */
    outcome?: SendSmsOutcome | undefined;
}
export interface ResumeOptions extends DirectSendOptions {
    /** Resend the numbers whose outcome stays unknown after the send log was read. @default false */
    resendUnknown?: boolean | undefined;
}
interface NumberState {
    status: RecipientStatus | 'pending';
    source: ResumeSource;
    since: number;
    messageId?: string | undefined;
    code?: string | undefined;
}
/** Each number's state as the journal leaves it, the send, and the next free chunk number. */
export declare function journalState(records: readonly JournalRecord[]): {
    send: JournaledSend;
    numbers: Map<string, NumberState>;
    nextChunk: number;
};
export declare function resumeDirectSend(client: Pick<SmsClient, 'sendSms' | 'sendBatchSms' | 'listSendLogs'>, journal: SendJournalStore, options?: ResumeOptions): Promise<ResumeReport>;
export {};
