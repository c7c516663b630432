import { once } from 'node:events';
import { createReadStream, createWriteStream, type WriteStream } from 'node:fs';
import { readFile, rm, writeFile } from 'node:fs/promises';
import { BatchCsvCheck, MAX_BATCH_ROWS, SmsInputError } from '../core/index.ts';
import { businessErrors } from './business-error.ts';

/**
 * The server-side check of a batch file (reference-v2 §3.3), done by the core's one checker as the upload
 * streams in: the facts (header, rows, invalid rows, repeated numbers, or why the bytes are no CSV) are
 * kept next to the file (`<file>.facts.json`), and the rows that will be sent, one JSON array a line with
 * the phone's 11 digits first, in `<file>.rows.jsonl` for the batch engine. SetBatchTask then only holds
 * the stored header to the template's variables (`phone` then the variables in template order) and
 * answers at once. A wrong header, too many rows or no row to send fail the whole file there.
 */

export interface BatchFileCounts {
  /** Data rows in the file (header excluded). */
  totalCount: number;
  validCount: number;
  invalidCount: number;
  dupCount: number;
}

/** What the upload check found. `columns` is absent when the bytes are no CSV at all (`error` says why). */
export interface UploadFacts extends BatchFileCounts {
  columns?: string[];
  error?: string;
}

/** Rows buffered before they are written out: a few hundred KB. */
const ROWS_PER_WRITE = 4096;

/** Checks an upload chunk by chunk while its rows file is written; `end` gives the facts. */
export class UploadCheck {
  readonly #check: BatchCsvCheck;
  readonly #rows: WriteStream;
  #buffered: string[] = [];
  #error: string | undefined;

  #writeError: Error | undefined;

  constructor(rowsPath: string) {
    this.#rows = createWriteStream(rowsPath);
    // Kept and thrown by `end`, never uncaught (a destroyed stream's pending write fails too).
    this.#rows.on('error', (error) => (this.#writeError ??= error));
    this.#check = new BatchCsvCheck('the file', {
      issuesShown: 0,
      onRow: (cells) => void this.#buffered.push(`${JSON.stringify(cells)}\n`),
    });
  }

  /** Feeds a chunk; resolves once the rows file has room again. */
  async write(chunk: Uint8Array): Promise<void> {
    if (this.#error !== undefined) return;
    this.#guard(() => this.#check.write(chunk));
    if (this.#buffered.length >= ROWS_PER_WRITE) await this.#flush();
  }

  async end(): Promise<UploadFacts> {
    const report = this.#error === undefined ? this.#guard(() => this.#check.end())?.report : undefined;
    await this.#flush();
    this.#rows.end();
    if (!this.#rows.closed) await once(this.#rows, 'close');
    if (this.#writeError) throw this.#writeError;
    if (report === undefined)
      return { totalCount: 0, validCount: 0, invalidCount: 0, dupCount: 0, error: this.#error ?? '' };
    const { columns, totalCount, validCount, invalidCount, dupCount } = report;
    return { columns, totalCount, validCount, invalidCount, dupCount };
  }

  /** Stops: the rows file is closed (the caller removes it). */
  destroy(): void {
    this.#rows.destroy();
  }

  /** Runs a step of the checker; bytes that are no CSV end the check with the reason kept. */
  #guard<T>(step: () => T): T | undefined {
    try {
      return step();
    } catch (error) {
      if (!(error instanceof SmsInputError)) throw error;
      this.#error = error.issues[0]?.message ?? error.message;
      this.#buffered = [];
      return undefined;
    }
  }

  async #flush(): Promise<void> {
    if (this.#buffered.length === 0) return;
    const text = this.#buffered.join('');
    this.#buffered = [];
    if (!this.#rows.write(text)) await drainedOrClosed(this.#rows);
  }
}

/**
 * Resolves when the stream has room again or has closed (after an error), removing both listeners either way:
 * a race of two `once` calls leaves the loser's listeners behind, one pair more on every wait of an upload.
 */
function drainedOrClosed(stream: WriteStream): Promise<void> {
  return new Promise((resolve) => {
    const done = () => {
      stream.off('drain', done);
      stream.off('close', done);
      resolve();
    };
    stream.on('drain', done);
    stream.on('close', done);
  });
}

/** The facts of an upload, checked and written as it arrived; `undefined` if the file has none. */
export async function readUploadFacts(factsPath: string): Promise<UploadFacts | undefined> {
  try {
    return JSON.parse(await readFile(factsPath, 'utf8')) as UploadFacts;
  } catch {
    return undefined;
  }
}

/**
 * Checks a stored file that has no facts (one uploaded before they were kept) the same way, writing its
 * facts and rows next to it.
 */
export async function checkStoredUpload(
  path: string,
  paths: { facts: string; rows: string },
): Promise<UploadFacts> {
  const check = new UploadCheck(paths.rows);
  try {
    for await (const chunk of createReadStream(path) as AsyncIterable<Buffer>) await check.write(chunk);
  } catch (error) {
    check.destroy();
    await rm(paths.rows, { force: true });
    throw error;
  }
  const facts = await check.end();
  await writeFile(paths.facts, JSON.stringify(facts));
  return facts;
}

/**
 * The task's counts from the upload's facts, once its header is held to the template's variables.
 * @throws BusinessError 1001 (ManagementParameter) naming what is wrong with the file
 */
export function batchFileCounts(facts: UploadFacts, variables: readonly string[]): BatchFileCounts {
  const fail = (message: string) => businessErrors.managementParameter(message);
  const { columns, error, ...counts } = facts;
  if (columns === undefined) throw fail(`${error ?? 'the file is not a CSV'}.`);
  const expected = ['phone', ...variables];
  if (columns.join(',') !== expected.join(','))
    throw fail(
      `the file's header is "${columns.join(',')}"; it must be "${expected.join(',')}" (phone, then the template's variables in order).`,
    );
  if (counts.totalCount > MAX_BATCH_ROWS) throw fail(`the file has more than ${MAX_BATCH_ROWS} rows.`);
  if (counts.totalCount === 0) throw fail('the file has a header but no row.');
  if (counts.validCount === 0)
    throw fail(`no row can be sent: ${counts.invalidCount} invalid, ${counts.dupCount} repeated numbers.`);
  return counts;
}
