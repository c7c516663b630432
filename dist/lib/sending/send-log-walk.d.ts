import type { SendLogEntry } from '../schemas/agent.ts';
import type { ListSendLogsInput, SmsClient } from '../types.ts';
/**
 * Every message of a send-log window, newest first, a page at a time, in bounded memory and resumable
 * (`list_sms_send_log --all`). The log only offers numbered pages of a time window, and deep page numbers
 * are slow for the service (and shift when messages arrive), so the window is walked back in local days and
 * each day by a time cursor: ask for the newest page up to the cursor, move the cursor to the oldest second
 * on it, and skip the messages of that second already written (their order is stable). A page that is all
 * one second is paged by number within it. Memory is one page plus the ids of one second.
 *
 * Nothing is silently lost: a log that does not come newest first is refused (the cursor would skip
 * messages), and a day whose messages do not add up to the total the service gave for it is reported.
 */
export interface SendLogWalkInput extends Omit<ListSendLogsInput, 'page' | 'fromTime' | 'toTime'> {
    subAccount: string;
    /** Epoch seconds, both included. */
    fromTime: number;
    toTime: number;
    /** @default 100 */
    pageSize?: number | undefined;
    /** Continue after this message (the last one a previous walk wrote). */
    after?: string | undefined;
}
export interface SendLogWalkOptions {
    /** Awaited before each request (pacing to the rate limit). */
    beforeRequest?: (() => Promise<void>) | undefined;
    signal?: AbortSignal | undefined;
    /** A local day whose messages did not match the service's total for it. */
    onMismatch?: ((day: {
        fromTime: number;
        toTime: number;
        total: number;
        written: number;
    }) => void) | undefined;
}
/** Yields each page's new messages, newest first; a resumed walk starts after `input.after`. */
export declare function walkSendLog(client: SmsClient, input: SendLogWalkInput, options?: SendLogWalkOptions): AsyncGenerator<SendLogEntry[]>;
