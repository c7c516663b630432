import { createReadStream } from 'node:fs';
import { parse } from 'csv-parse';
import { SmsInputError, maskPhone, maskPhonesInText, type InputIssue } from '../core/index.ts';

/**
 * The batch file checked before anything is uploaded (agent-v2 reference §3.3), streamed: the header is
 * `phone` then the template's variables in template order; every row has that many cells, a mainland
 * mobile (`+86` allowed, a bare `86` not), no empty variable and no repeated number; 1 to 1,000,000 rows.
 * What it reports is masked: the count and a few masked numbers; no cell value leaves it.
 */

export const MAX_BATCH_ROWS = 1_000_000;
const MAINLAND = /^(?:\+86)?(1[3-9]\d{9})$/;
/** Enough problems to fix at once; a file with more is refused after this many. */
const MAX_ISSUES = 5;
const SAMPLE_SIZE = 3;

export interface BatchFileReport {
  rows: number;
  /** Masked numbers of the first rows. */
  sample: string[];
}

export async function checkBatchFile(path: string, variables: readonly string[]): Promise<BatchFileReport> {
  const expected = ['phone', ...variables];
  const issues: InputIssue[] = [];
  const seen = new Set<number>();
  const sample: string[] = [];
  let rows = 0;
  let headerSeen = false;
  const note = (line: number, message: string) => {
    if (issues.length < MAX_ISSUES) issues.push({ field: `file line ${line}`, message });
  };
  const parser = createReadStream(path).pipe(
    parse({ bom: true, relax_column_count: true, skip_empty_lines: false, info: true }),
  );
  try {
    for await (const { record, info } of parser as AsyncIterable<{
      record: string[];
      info: { lines: number };
    }>) {
      const line = info.lines;
      if (!headerSeen) {
        const header = record.map((cell) => cell.trim());
        if (header.join(',') !== expected.join(',')) {
          throw refusal([
            {
              field: 'file header',
              message: `is "${header.join(',')}"; this template needs exactly "${expected.join(',')}" (phone, then its variables in order)`,
            },
          ]);
        }
        headerSeen = true;
        continue;
      }
      rows += 1;
      if (rows > MAX_BATCH_ROWS)
        throw refusal([{ field: 'file', message: `has more than ${MAX_BATCH_ROWS} rows` }]);
      if (record.length !== expected.length) {
        note(line, `has ${record.length} cells; every row needs ${expected.length} (${expected.join(',')})`);
        continue;
      }
      const phone = MAINLAND.exec((record[0] ?? '').trim());
      if (phone === null) {
        note(
          line,
          `${maskPhone(record[0] ?? '')} is not a mainland mobile (11 digits from 13…19, +86 allowed)`,
        );
        continue;
      }
      const number = Number(phone[1]);
      if (seen.has(number)) note(line, `${maskPhone(phone[1] as string)} appears twice; each number once`);
      seen.add(number);
      const empty = variables.find((_name, i) => (record[i + 1] ?? '').trim() === '');
      if (empty !== undefined) note(line, `${empty} is empty`);
      if (sample.length < SAMPLE_SIZE) sample.push(maskPhone(phone[1] as string));
    }
  } catch (err) {
    if (err instanceof SmsInputError) throw err;
    // csv-parse names the line of an unclosed quote and such; its message carries no cell values.
    throw refusal([
      { field: 'file', message: `is not valid CSV: ${maskPhonesInText((err as Error).message)}` },
    ]);
  }
  if (issues.length > 0) throw refusal(issues);
  if (!headerSeen) throw refusal([{ field: 'file', message: 'is empty; it needs a header line' }]);
  if (rows === 0) throw refusal([{ field: 'file', message: 'has a header but no rows' }]);
  return { rows, sample };
}

function refusal(issues: InputIssue[]): SmsInputError {
  return new SmsInputError(issues.map((issue) => `${issue.field}: ${issue.message}`).join('; '), issues, {
    hint: 'Fix the file, share it in the channel again and rerun the command; nothing was uploaded.',
  });
}
