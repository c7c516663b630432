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
    /** The template's variable names in template-parameter order; `[]` for a fixed text. */
    variableNames: readonly string[];
}
export type BatchSource = {
    path: string;
} | {
    stream: AsyncIterable<Uint8Array>;
    name: string;
};
/**
 * Checks a batch file against the rules; returns the report and the first defects.
 * @throws SmsInputError when the file is not a CSV at all (missing, empty, too big, XLSX, not UTF-8, a
 *   broken quote): there are no rows to report on.
 */
export declare function precheckBatchCsv(source: BatchSource, rules: BatchPrecheckRules): Promise<BatchPrecheck>;
/** A failed precheck as the one error a command reports: the first defects named, the rest counted. */
export declare function precheckError(check: BatchPrecheck): SmsInputError;
