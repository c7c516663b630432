/**
 * A strict RFC 4180 reader for batch files, fed text chunk by chunk: commas, `"` quoting with `""`
 * escapes, newlines (LF or CRLF) inside quotes, a quote inside an unquoted cell or an unclosed quote is an
 * error naming its line. It exists beside csv-parse (which the CLI's small files use) for speed, not
 * memory: bench/batch-precheck.ts at 1,000,000 rows, csv-parse alone only reading the rows took 0.84–0.87 s
 * (peak RSS 70–71 MB, its process bare), the whole bundled batch-precheck on this reader 0.50 s. The Action
 * checks its batch file while uploading it, so this reader's pace is part of its time to a created task.
 */
export class CsvSyntaxError extends Error {
    line;
    constructor(message, line) {
        super(`line ${line}: ${message}`);
        this.line = line;
    }
}
const QUOTE = 0x22;
const COMMA = 0x2c;
const LF = 0x0a;
const CR = 0x0d;
export class CsvRows {
    #onRow;
    #cells = [];
    #cell = '';
    #quoted = false;
    /** Inside quotes; `#afterQuote`: a quote was just read inside quotes (an escape or the end). */
    #inQuotes = false;
    #afterQuote = false;
    #pendingCr = false;
    /** The line the current row started on, and the line being read. */
    #rowLine = 1;
    #line = 1;
    #started = false;
    constructor(onRow) {
        this.#onRow = onRow;
    }
    write(text) {
        let start = 0;
        const n = text.length;
        for (let i = 0; i < n; i++) {
            const c = text.charCodeAt(i);
            if (this.#pendingCr) {
                this.#pendingCr = false;
                if (c === LF) {
                    start = i + 1;
                    continue;
                }
            }
            if (this.#inQuotes) {
                if (this.#afterQuote) {
                    this.#afterQuote = false;
                    if (c === QUOTE) {
                        // `""`: one quote, still inside.
                        this.#cell += '"';
                        start = i + 1;
                        continue;
                    }
                    this.#inQuotes = false;
                    // Falls through: the quote closed the cell; this character must end it.
                }
                else {
                    if (c === QUOTE) {
                        this.#cell += text.slice(start, i);
                        this.#afterQuote = true;
                    }
                    else if (c === LF)
                        this.#line++;
                    continue;
                }
            }
            if (c === COMMA) {
                this.#endCell(text, start, i);
                start = i + 1;
            }
            else if (c === LF || c === CR) {
                this.#endCell(text, start, i);
                this.#endRow();
                this.#line++;
                this.#rowLine = this.#line;
                this.#pendingCr = c === CR;
                start = i + 1;
            }
            else if (c === QUOTE) {
                if (this.#quoted || i > start || this.#cell !== '')
                    throw new CsvSyntaxError('a quote inside an unquoted cell (quote the whole cell and double its quotes)', this.#line);
                this.#quoted = true;
                this.#inQuotes = true;
                this.#started = true;
                start = i + 1;
            }
            else {
                if (this.#quoted)
                    throw new CsvSyntaxError('text after a closing quote', this.#line);
                this.#started = true;
            }
        }
        if (this.#inQuotes) {
            if (!this.#afterQuote)
                this.#cell += text.slice(start);
        }
        else if (!this.#quoted)
            this.#cell += text.slice(start);
    }
    end() {
        if (this.#inQuotes && !this.#afterQuote)
            throw new CsvSyntaxError('a quote is never closed', this.#rowLine);
        this.#inQuotes = false;
        if (this.#started || this.#cells.length > 0 || this.#cell !== '') {
            this.#endCell('', 0, 0);
            this.#endRow();
        }
    }
    #endCell(text, start, end) {
        const value = this.#quoted ? this.#cell : this.#cell + text.slice(start, end);
        this.#cells.push(value);
        this.#cell = '';
        this.#quoted = false;
        this.#started = true;
    }
    #endRow() {
        const cells = this.#cells;
        this.#cells = [];
        this.#started = false;
        this.#onRow(cells, this.#rowLine);
    }
}
