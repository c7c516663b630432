import { Readable } from 'node:stream';
/**
 * Streams a batch task's file (agent-v2 reference §3.3) from recipients and their parameters: header
 * `phone` then the template's variables in template order, one row a number, UTF-8, CRLF, `"` quoting.
 * Rows are checked as they pass (a mainland mobile, each number once, every variable non-empty, nothing
 * else), and the file's limits too (1,000,000 rows, 50 MiB); the first defect throws SmsInputError naming
 * the row, so a consumer writing the file stops before anything is uploaded. Memory stays flat: text goes
 * out in ~64 KiB pieces encoded into one reused buffer and the numbers seen are kept as doubles (MobileNumberSet).
 */
/** The service's cap on a task's numbers. */
export declare const MAX_BATCH_ROWS = 1000000;
export interface BatchCsvRow {
    /** Any spelling normalizePhone accepts; it must be a mainland mobile. */
    mobile: string;
    /** The template's variables, all of them, as strings. The same object for every row is cheapest. */
    params?: Readonly<Record<string, string>> | undefined;
}
export interface BatchCsvOptions {
    /** The variables after `phone`, in template order (describeTemplate gives them). */
    variables: readonly string[];
    /**
     * A number given twice: `error` (each row may carry its own values, and which to send is the caller's
     * call) or `skip` (one message for everyone: the first is kept). @default 'error'
     */
    duplicates?: 'error' | 'skip' | undefined;
}
export interface BatchCsvStats {
    /** Data rows written (header excluded). */
    rows: number;
    /** UTF-8 bytes written, header included. */
    bytes: number;
    /** Numbers skipped as repeats (`duplicates: 'skip'`). */
    duplicates: number;
}
export type BatchCsvSource = Iterable<BatchCsvRow> | AsyncIterable<BatchCsvRow>;
/** The file's text, in pieces, with `stats` filled as it goes (final once iteration ends). */
export declare class BatchCsv implements AsyncIterable<string> {
    #private;
    constructor(source: BatchCsvSource, options: BatchCsvOptions);
    get stats(): Readonly<BatchCsvStats>;
    /** The same text as a Node stream (for `pipeline` into a file or a request). */
    toReadable(): Readable;
    /**
     * Writes the file to `path` (created, mode 0600: it holds phone numbers), straight from the encoding
     * buffer. Removes nothing on failure.
     */
    writeFile(path: string, options?: {
        signal?: AbortSignal | undefined;
    }): Promise<BatchCsvStats>;
    [Symbol.asyncIterator](): AsyncGenerator<string>;
}
/** Streams a batch file from recipients and their parameters (see BatchCsv). */
export declare function batchCsv(source: BatchCsvSource, options: BatchCsvOptions): BatchCsv;
