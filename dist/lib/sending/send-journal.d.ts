import type { RecipientStatus } from '../types.ts';
/**
 * A journal of a direct send (issue 14): what was asked, each chunk's numbers before its request goes
 * out, each chunk's result after, and what a resume reconciled. A crash or a kill anywhere leaves a
 * journal from which `resumeDirectSend` knows, per number, whether it was never attempted, answered, or
 * possibly sent. It holds phone numbers and template values, never a credential.
 */
export declare const JOURNAL_VERSION = 1;
/** The send as planned: enough to resume it without the original command line. */
export interface JournaledSend {
    /** `sms`: one TemplateParam for all; `batch-sms`: one per recipient. */
    kind: 'sms' | 'batch-sms';
    subAccount: string;
    signature: string;
    templateId: string;
    /** Compact JSON (kind `sms`). */
    templateParam?: string | undefined;
    account?: string | undefined;
    tag?: string | undefined;
    /** Normalised unique numbers, in input order. */
    mobiles: string[];
    /** Compact JSON per number, same order (kind `batch-sms`). */
    params?: Array<string | undefined> | undefined;
    /** The batch-sms plan put equal values in one request (the agent API, which has no batch action). */
    groupByParams?: boolean | undefined;
}
/** One number's answer as the journal keeps it: the error only as its code. */
export interface JournaledResult {
    mobile: string;
    status: RecipientStatus;
    messageId?: string | undefined;
    /** The API code (or the error class code) for `failed` and `unknown`. */
    code?: string | undefined;
    requestId?: string | undefined;
}
export type JournalRecord = {
    type: 'start';
    version: number;
    at: number;
    send: JournaledSend;
}
/** Written, and durable, before the chunk's request is sent. */
 | {
    type: 'intent';
    chunk: number;
    at: number;
    mobiles: string[];
} | {
    type: 'result';
    chunk: number;
    at: number;
    results: JournaledResult[];
}
/** A resume's reading of the send log for numbers whose chunk had no answer. */
 | {
    type: 'reconciled';
    at: number;
    results: Array<{
        mobile: string;
        found: boolean;
        messageId?: string | undefined;
    }>;
};
/**
 * Where a journal lives: a file (`fileJournalStore`, the CLI's `--journal`), a database row set (the
 * Slack app's store). `append` resolves only once the record is durable: a send relies on its intent
 * surviving a kill that follows.
 */
export interface SendJournalStore {
    append(record: JournalRecord): Promise<void>;
    /** Every record in the order appended (a torn last record of a killed writer left out). */
    read(): Promise<JournalRecord[]>;
    close?(): Promise<void>;
}
/** A journal in memory, for tests and for callers that persist it themselves. */
export declare function memoryJournalStore(records?: JournalRecord[]): SendJournalStore & {
    records: JournalRecord[];
};
