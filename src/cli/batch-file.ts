import { readFile } from 'node:fs/promises';
import { z } from 'zod';
import { SmsInputError } from '../core/index.ts';
import type { InputIssue } from '../core/index.ts';
import { parseCsv } from './csv.ts';
import { PHONE_HEADER } from './mobiles-file.ts';

/** One recipient of send_batch_sms: a number and its own template values. */
export interface BatchMessage {
  mobile: string;
  params: Record<string, string>;
}

const FLAG = '--file';

const BatchJsonSchema = z
  .array(
    z.strictObject({
      mobile: z.string().min(1, 'must not be empty'),
      params: z
        .record(z.string(), z.string({ error: 'values must be strings (quote numbers: "1234")' }))
        .default({}),
    }),
  )
  .min(1, 'holds no messages');

function fail(file: string, issues: InputIssue[]): never {
  const shown = issues.slice(0, 10).map((issue) => issue.message);
  const more = issues.length > 10 ? `; and ${issues.length - 10} more` : '';
  throw new SmsInputError(`${FLAG} ${file}: ${shown.join('; ')}${more}`, issues, {
    hint: 'Use CSV with a header row "mobile,<variable>,…", or JSON [{"mobile": "…", "params": {…}}]; nothing was sent.',
  });
}

/**
 * CSV: a header row naming the phone column (`mobile`, `phone`, `手机号`…) and one column per template
 * variable, named exactly as in the template (`code`, `name`); every other row is one message.
 */
export function batchFromCsv(text: string, file: string): BatchMessage[] {
  const [header, ...rows] = parseCsv(text);
  if (header === undefined || rows.length === 0) {
    fail(file, [{ field: FLAG, message: 'needs a header row and at least one message row' }]);
  }
  const phoneColumn = header.findIndex((cell) => PHONE_HEADER.test(cell));
  if (phoneColumn < 0) {
    fail(file, [
      { field: FLAG, message: `the header row (${header.join(',')}) names no phone column such as "mobile"` },
    ]);
  }
  const issues: InputIssue[] = [];
  const messages = rows.map((cells, index) => {
    const line = index + 2;
    if (cells.length !== header.length) {
      issues.push({
        field: `${FLAG}:${line}`,
        message: `line ${line} has ${cells.length} fields, the header ${header.length}`,
      });
    }
    const params: Record<string, string> = {};
    header.forEach((name, column) => {
      if (column !== phoneColumn && name !== '') params[name] = cells[column] ?? '';
    });
    return { mobile: cells[phoneColumn] ?? '', params };
  });
  if (issues.length > 0) fail(file, issues);
  return messages;
}

export function batchFromJson(text: string, file: string): BatchMessage[] {
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch (error) {
    fail(file, [{ field: FLAG, message: `is not valid JSON (${(error as Error).message})` }]);
  }
  const parsed = BatchJsonSchema.safeParse(data);
  if (parsed.success) return parsed.data;
  fail(
    file,
    parsed.error.issues.map((issue) => {
      const [index, ...rest] = issue.path;
      const where =
        typeof index === 'number'
          ? `message ${index + 1}${rest.length ? ` ${rest.join('.')}` : ''}`
          : 'the file';
      return { field: FLAG, message: `${where}: ${issue.message}` };
    }),
  );
}

/** Reads the batch file; JSON when it looks like JSON (or ends in .json), CSV otherwise. */
export async function readBatchFile(path: string, shownAs = path): Promise<BatchMessage[]> {
  let text: string;
  try {
    text = await readFile(path, 'utf8');
  } catch (error) {
    const reason = (error as NodeJS.ErrnoException).code === 'ENOENT' ? 'no such file' : 'cannot be read';
    throw new SmsInputError(`${FLAG} ${shownAs}: ${reason}`, [{ field: FLAG, message: reason }], {
      cause: error,
    });
  }
  const trimmed = text.replace(/^\uFEFF/, '').trimStart();
  return path.endsWith('.json') || trimmed.startsWith('[')
    ? batchFromJson(trimmed, shownAs)
    : batchFromCsv(text, shownAs);
}
