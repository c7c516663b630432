import { parse } from 'csv-parse/sync';

/**
 * CSV through csv-parse (RFC 4180: quoted fields with `""` escapes, separators and newlines inside quotes,
 * CRLF or LF, a UTF-8 BOM). The separator is the first of comma, tab or semicolon found in the header row
 * outside quotes, so a quoted "Li, Lei" in a semicolon file does not decide it. A quote that never closes
 * is an error naming the line it opened on: before, the rows after it vanished into one field.
 */

export interface CsvRow {
  cells: string[];
  /** The line the row starts on, 1-based, counting blank and comment lines. */
  line: number;
}

/** A file that is not CSV: where, and what is wrong. */
export class CsvFormatError extends Error {
  readonly line: number;
  constructor(line: number, message: string) {
    super(`line ${line}: ${message}`);
    this.name = 'CsvFormatError';
    this.line = line;
  }
}

export interface CsvOptions {
  /** Lines starting with `#` are comments (number lists). */
  comments?: boolean | undefined;
}

const SEPARATORS = [',', '\t', ';'];

/** The separator of the first record, quoted text skipped. */
function detectSeparator(text: string): string {
  let quoted = false;
  for (const char of text) {
    if (char === '"') quoted = !quoted;
    else if (!quoted && (char === '\n' || char === '\r')) break;
    else if (!quoted && SEPARATORS.includes(char)) return char;
  }
  return ',';
}

/** The first line after `afterLine` that holds anything: where an unclosed quote's record starts. */
function nextContentLine(text: string, afterLine: number): number {
  const lines = text.split(/\r\n|\n|\r/);
  for (let index = afterLine; index < lines.length; index += 1) {
    if ((lines[index] ?? '').trim() !== '') return index + 1;
  }
  return afterLine + 1;
}

function describe(code: string | undefined, message: string): string {
  switch (code) {
    case 'CSV_QUOTE_NOT_CLOSED':
      return 'a quoted field opens here and never closes: add the closing " (nothing was read past it)';
    case 'CSV_NON_TRIMABLE_CHAR_AFTER_CLOSING_QUOTE':
    case 'CSV_INVALID_CLOSING_QUOTE':
      return 'text after a closing quote: quote the whole field, and write a quote inside it as ""';
    default:
      return message.replace(/ at line \d+.*$/, '');
  }
}

type Parsed = { record: string[]; info: { lines: number } };

/** Rows with their line numbers; blank lines are dropped. @throws CsvFormatError */
export function parseCsvRows(text: string, options: CsvOptions = {}): CsvRow[] {
  const input = text.replace(/^\uFEFF/, '');
  let lastLine = 0;
  let parsed: Parsed[];
  try {
    parsed = parse(input, {
      delimiter: detectSeparator(input),
      record_delimiter: ['\r\n', '\n', '\r'],
      trim: true,
      skip_empty_lines: true,
      relax_column_count: true, // rows of the wrong length are named by the caller, with the header's count
      relax_quotes: true, // a quote inside an unquoted field (O"Brien) is text, as spreadsheets write it
      info: true,
      ...(options.comments ? { comment: '#', comment_no_infix: true } : {}),
      on_record: (record: string[], context: { lines: number }) => {
        lastLine = context.lines;
        return record;
      },
    }) as unknown as Parsed[];
  } catch (error) {
    const { code, message } = error as { code?: string; message: string };
    const line =
      code === 'CSV_QUOTE_NOT_CLOSED'
        ? nextContentLine(input, lastLine)
        : ((error as { lines?: number }).lines ?? lastLine + 1);
    throw new CsvFormatError(line, describe(code, message));
  }
  return parsed
    .map(({ record, info }) => ({
      cells: record,
      // info.lines is where the record ends; newlines inside quoted fields moved it down.
      line: info.lines - record.reduce((sum, cell) => sum + (cell.match(/\r\n|\n|\r/g)?.length ?? 0), 0),
    }))
    .filter((row) => row.cells.some((cell) => cell !== ''));
}

/** The cells of every row (see parseCsvRows). @throws CsvFormatError */
export function parseCsv(text: string, options: CsvOptions = {}): string[][] {
  return parseCsvRows(text, options).map((row) => row.cells);
}
