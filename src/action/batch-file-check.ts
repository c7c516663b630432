import { createReadStream } from 'node:fs';
import { stat } from 'node:fs/promises';
import { StringDecoder } from 'node:string_decoder';
import { MAX_BATCH_FILE_BYTES, MobileNumberSet, SmsInputError, maskPhone } from '../core/index.ts';

/**
 * The client-side check of a batch file before anything is uploaded (agent-v2 reference §3.3): the header
 * is `phone` then the template's variables in template order; every row has as many cells, a mainland
 * mobile (`+86` allowed, a bare `86` not), each number once, no empty variable; 1 to 1,000,000 rows and at
 * most 50 MiB. Every defect is fatal and named with its line, so the workflow author fixes the file, not
 * a half-sent task. Streamed: the file is read once in 1 MiB pieces, the numbers kept as doubles.
 */

export const MAX_BATCH_ROWS = 1_000_000;
const MAINLAND = /^(?:\+86)?(1[3-9]\d{9})$/;

export interface BatchFileReport {
  rows: number;
  bytes: number;
  columns: string[];
}

function fileError(field: string, message: string, hint: string): SmsInputError {
  return new SmsInputError(`Invalid input ${field}: ${message}`, [{ field, message }], { hint });
}

/** RFC 4180 cells of one record (`"a,b"`, `""` for a quote). */
export function splitCsvRecord(line: string): string[] {
  if (!line.includes('"')) return line.split(',');
  const cells: string[] = [];
  let cell = '';
  let quoted = false;
  for (let i = 0; i < line.length; i++) {
    const char = line[i] as string;
    if (quoted) {
      if (char === '"' && line[i + 1] === '"') {
        cell += '"';
        i += 1;
      } else if (char === '"') quoted = false;
      else cell += char;
    } else if (char === '"') quoted = true;
    else if (char === ',') {
      cells.push(cell);
      cell = '';
    } else cell += char;
  }
  cells.push(cell);
  return cells;
}

/**
 * Calls `onRecord` with each record of a UTF-8 file and its first line number: BOM dropped, CRLF or LF,
 * quoted newlines kept. Synchronous inside each 1 MiB piece: a million rows cost a million calls, not a
 * million promises.
 */
async function forEachRecord(path: string, onRecord: (text: string, line: number) => void): Promise<void> {
  const decoder = new StringDecoder('utf8');
  let rest = '';
  let pending = '';
  let pendingLine = 0;
  let line = 0;
  let first = true;
  const take = (raw: string) => {
    line += 1;
    const piece = raw.endsWith('\r') ? raw.slice(0, -1) : raw;
    if (pending === '' && !piece.includes('"')) return onRecord(piece, line);
    const text = pending ? `${pending}\n${piece}` : piece;
    // An odd number of quotes: a quoted cell goes on to the next line.
    if ((text.split('"').length - 1) % 2 === 1) {
      if (!pending) pendingLine = line;
      pending = text;
      return;
    }
    const start = pending ? pendingLine : line;
    pending = '';
    onRecord(text, start);
  };
  for await (const chunk of createReadStream(path, { highWaterMark: 1 << 20 }) as AsyncIterable<Buffer>) {
    let text = rest + decoder.write(chunk);
    if (first) {
      text = text.replace(/^\uFEFF/, '');
      first = false;
    }
    let start = 0;
    for (let end = text.indexOf('\n'); end >= 0; end = text.indexOf('\n', start)) {
      take(text.slice(start, end));
      start = end + 1;
    }
    rest = text.slice(start);
  }
  rest += decoder.end();
  if (rest !== '') take(rest);
  if (pending) throw new SyntaxError(`line ${pendingLine}: a quoted cell is never closed`);
}

/**
 * Checks `path` (shown as `shown`, the input's own spelling) against the template's variables.
 * @throws SmsInputError naming `field` and the first bad line
 */
export async function checkBatchFile(
  path: string,
  shown: string,
  variables: readonly string[],
  field = 'batch-file',
): Promise<BatchFileReport> {
  const expected = ['phone', ...variables];
  const fix = `Fix ${shown}: a header "${expected.join(',')}", then one row per number; nothing was uploaded.`;
  let bytes: number;
  try {
    bytes = (await stat(path)).size;
  } catch {
    throw fileError(
      field,
      `${shown} does not exist or cannot be read`,
      'Give a path relative to the workspace.',
    );
  }
  if (bytes === 0) throw fileError(field, `${shown} is empty`, fix);
  if (bytes > MAX_BATCH_FILE_BYTES)
    throw fileError(
      field,
      `${shown} has ${bytes} bytes; a batch file holds at most 50 MiB`,
      'Split it into several tasks.',
    );
  // Typed arrays, not a Set: a million numbers stay a few MB instead of some 50.
  const seen = new MobileNumberSet();
  let header: string[] | undefined;
  let rows = 0;
  try {
    await forEachRecord(path, (text, line) => {
      if (header === undefined) {
        header = splitCsvRecord(text).map((cell) => cell.trim());
        if (header.join(',') !== expected.join(',')) {
          throw fileError(
            field,
            `${shown}'s header is "${header.join(',')}"; the template needs "${expected.join(',')}"`,
            fix,
          );
        }
        return;
      }
      if (text.trim() === '') throw fileError(field, `${shown} line ${line} is blank`, fix);
      rows += 1;
      if (rows > MAX_BATCH_ROWS)
        throw fileError(
          field,
          `${shown} has more than ${MAX_BATCH_ROWS} rows`,
          'Split it into several tasks.',
        );
      const cells = splitCsvRecord(text);
      if (cells.length !== expected.length)
        throw fileError(
          field,
          `${shown} line ${line} has ${cells.length} cells; the header has ${expected.length}`,
          fix,
        );
      const phone = MAINLAND.exec((cells[0] as string).trim())?.[1];
      // The entry is named by line and masked: a near-miss number is still somebody's number.
      if (phone === undefined)
        throw fileError(
          field,
          `${shown} line ${line}: ${maskPhone((cells[0] as string).trim())} is not a mainland mobile number (11 digits, +86 allowed)`,
          fix,
        );
      const number = Number(phone);
      if (!seen.add(number))
        throw fileError(
          field,
          `${shown} line ${line}: ${maskPhone(phone)} is listed twice; list each number once`,
          fix,
        );
      const empty = cells.findIndex((cell, i) => i > 0 && cell.trim() === '');
      if (empty > 0) throw fileError(field, `${shown} line ${line}: ${expected[empty]} is empty`, fix);
    });
  } catch (err) {
    if (err instanceof SyntaxError) throw fileError(field, `${shown} ${err.message}`, fix);
    throw err;
  }
  if (header === undefined || rows === 0) throw fileError(field, `${shown} has a header but no row`, fix);
  return { rows, bytes, columns: expected };
}
