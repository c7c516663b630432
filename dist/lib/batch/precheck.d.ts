import { SmsInputError, type InputIssue } from '../errors/errors.ts';
export interface BatchPrecheckReport {
    fileSha256: string;
    fileSize: number;
    columns: string[];
    totalCount: number;
    validCount: number;
    invalidCount: number;
    dupCount: number;
}
export interface BatchPrecheck {
    ok: boolean;
    report: BatchPrecheckReport;
    /** The first defects, each with its 1-based line in the file (the header is line 1); numbers masked. */
    issues: InputIssue[];
    /** All defects, described or not. */
    issueCount: number;
}
export interface BatchPrecheckRules {
    /**
     * The template's variable names in template-parameter order; `[]` for a fixed text. Omitted, the header
     * is taken as the file gives it (the sandbox checks an upload before any template names it) and the
     * rows are held to it.
     */
    variableNames?: readonly string[] | undefined;
    /**
     * Called with each row that will be sent (valid, its number's first line): the cells, the phone as its
     * 11 digits (a `+86` dropped). The array is the caller's to keep.
     */
    onRow?: ((cells: string[], line: number) => void) | undefined;
    /** How many defects are described. @default 20 */
    issuesShown?: number | undefined;
}
/** A file on disk (`name`: how to show it, else the path), or a stream already opened. */
export type BatchSource = {
    path: string;
    name?: string;
} | {
    stream: AsyncIterable<Uint8Array>;
    name: string;
};
/**
 * The checker fed chunk by chunk (a file read, an upload as it arrives): `write` each chunk, then `end`.
 * @throws SmsInputError from `write`/`end` when the bytes are not a CSV at all (too big, XLSX, not UTF-8,
 *   a broken quote): there are no rows to report on.
 */
export declare class BatchCsvCheck {
    #private;
    constructor(name: string, rules?: BatchPrecheckRules);
    write(chunk: Uint8Array): void;
    end(): BatchPrecheck;
}
/**
 * What can be told of a batch file before reading it: a readable `.csv` file, not empty, at most 50 MiB.
 * @throws SmsInputError naming the `file` field and `name` (how to show the file; else its path)
 */
export declare function assertBatchFile(path: string, name?: string): Promise<void>;
/**
 * Checks a batch file against the rules; returns the report and the first defects.
 * @throws SmsInputError when the file is not a CSV at all (missing, empty, too big, XLSX, not UTF-8, a
 *   broken quote): there are no rows to report on.
 */
export declare function precheckBatchCsv(source: BatchSource, rules: BatchPrecheckRules): Promise<BatchPrecheck>;
/** A failed precheck as the one error a command reports: the first defects named, the rest counted. */
export declare function precheckError(check: BatchPrecheck, hint?: string): SmsInputError;
