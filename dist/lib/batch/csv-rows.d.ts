/**
 * A strict RFC 4180 reader for batch files, fed text chunk by chunk: commas, `"` quoting with `""`
 * escapes, newlines (LF or CRLF) inside quotes, a quote inside an unquoted cell or an unclosed quote is an
 * error naming its line. It exists beside csv-parse (which the CLI's small files use) because a million
 * rows through csv-parse peaked at ~100 MB of RSS and 7–8 s on its own (bench/batch-precheck.ts): here a
 * row costs its cells and nothing else.
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
