/**
 * A strict RFC 4180 reader for batch files, fed text chunk by chunk: commas, `"` quoting with `""`
 * escapes, newlines (LF or CRLF) inside quotes, a quote inside an unquoted cell or an unclosed quote is an
 * error naming its line. It exists beside csv-parse (which the CLI's small files use) for speed, not
 * memory: bench/batch-precheck.ts at 1,000,000 rows, csv-parse alone only reading the rows took 0.84–0.87 s
 * (peak RSS 70–71 MB, its process bare), the whole bundled batch-precheck on this reader 0.50 s. The Action
 * checks its batch file while uploading it, so this reader's pace is part of its time to a created task.
 */
export declare class CsvSyntaxError extends Error {
    readonly line: number;
    constructor(message: string, line: number);
}
export declare class CsvRows {
    #private;
    constructor(onRow: (cells: string[], line: number) => void);
    write(text: string): void;
    end(): void;
}
