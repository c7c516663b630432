import { once } from 'node:events';
import { createReadStream, createWriteStream } from 'node:fs';
import { rm } from 'node:fs/promises';
import { StringDecoder } from 'node:string_decoder';
import { businessErrors } from './business-error.ts';

/**
 * The server-side check of a batch file (reference-v2 §3.3), streamed: the header must be `phone` then
 * the template's variables in template order; each row needs as many cells, a mainland mobile (`+86`
 * allowed, a bare `86` not) and no empty variable. Bad rows are counted (`invalidCount`), repeated numbers
 * too (`dupCount`, the first one is kept); the rows that will be sent are written, one JSON array a line,
 * to `outPath` for the batch engine. A wrong header, too many rows or no row to send fail the whole file.
 */

/** The production cap on the numbers of one task (reference-v2 §3.3). */
export const MAX_BATCH_ROWS = 1_000_000;

export interface BatchFileCheck {
  /** Data rows in the file (header excluded). */
  totalCount: number;
  validCount: number;
  invalidCount: number;
  dupCount: number;
}

const MAINLAND = /^(?:\+86)?(1[3-9]\d{9})$/;

/** Splits one CSV record (RFC 4180 quoting: `"a,b"`, `""` for a quote). */
function splitCells(line: string): string[] {
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

/** Lines of a UTF-8 file, BOM removed, CRLF or LF, a quoted newline kept inside its record. */
async function* records(path: string): AsyncGenerator<string> {
  const decoder = new StringDecoder('utf8');
  let rest = '';
  let first = true;
  let pending = '';
  const complete = (line: string) => {
    const record = pending ? `${pending}\n${line}` : line;
    // An odd number of quotes means a quoted cell goes on to the next line.
    if ((record.split('"').length - 1) % 2 === 1) {
      pending = record;
      return undefined;
    }
    pending = '';
    return record;
  };
  for await (const chunk of createReadStream(path, { highWaterMark: 1 << 20 }) as AsyncIterable<Buffer>) {
    let text = rest + decoder.write(chunk);
    if (first) {
      if (text.charCodeAt(0) === 0xfeff) text = text.slice(1);
      first = false;
    }
    let start = 0;
    let end = text.indexOf('\n', start);
    while (end !== -1) {
      const line = text.charCodeAt(end - 1) === 13 ? text.slice(start, end - 1) : text.slice(start, end);
      const record = complete(line);
      if (record !== undefined) yield record;
      start = end + 1;
      end = text.indexOf('\n', start);
    }
    rest = text.slice(start);
  }
  rest += decoder.end();
  if (rest !== '' || pending !== '') {
    const record = complete(rest);
    yield record ?? pending;
  }
}

export async function checkBatchFile(
  path: string,
  variables: readonly string[],
  outPath: string,
): Promise<BatchFileCheck> {
  const expected = ['phone', ...variables];
  const out = createWriteStream(outPath);
  const seen = new Set<number>();
  const counts: BatchFileCheck = { totalCount: 0, validCount: 0, invalidCount: 0, dupCount: 0 };
  let header: string[] | undefined;
  let buffered: string[] = [];
  const flush = async () => {
    if (buffered.length === 0) return;
    if (!out.write(buffered.join(''))) await once(out, 'drain');
    buffered = [];
  };
  try {
    for await (const record of records(path)) {
      if (header === undefined) {
        header = splitCells(record).map((cell) => cell.trim());
        if (header.join(',') !== expected.join(',')) {
          throw businessErrors.managementParameter(
            `the file's header is "${header.join(',')}"; it must be "${expected.join(',')}" (phone, then the template's variables in order).`,
          );
        }
        continue;
      }
      counts.totalCount += 1;
      if (counts.totalCount > MAX_BATCH_ROWS) {
        throw businessErrors.managementParameter(`the file has more than ${MAX_BATCH_ROWS} rows.`);
      }
      const cells = splitCells(record);
      const phone = MAINLAND.exec(cells[0]?.trim() ?? '')?.[1];
      if (
        cells.length !== expected.length ||
        phone === undefined ||
        cells.some((cell, i) => i > 0 && cell.trim() === '')
      ) {
        counts.invalidCount += 1;
        continue;
      }
      const number = Number(phone);
      if (seen.has(number)) {
        counts.dupCount += 1;
        continue;
      }
      seen.add(number);
      counts.validCount += 1;
      cells[0] = phone;
      buffered.push(`${JSON.stringify(cells)}\n`);
      if (buffered.length >= 4096) await flush();
    }
    await flush();
    out.end();
    await once(out, 'close');
  } catch (error) {
    out.destroy();
    await rm(outPath, { force: true });
    throw error;
  }
  if (counts.validCount > 0) return counts;
  await rm(outPath, { force: true });
  if (header === undefined) throw businessErrors.managementParameter('the file is empty.');
  if (counts.totalCount === 0) throw businessErrors.managementParameter('the file has a header but no row.');
  throw businessErrors.managementParameter(
    `no row can be sent: ${counts.invalidCount} invalid, ${counts.dupCount} repeated numbers.`,
  );
}
