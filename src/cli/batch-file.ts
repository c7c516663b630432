import { readFile } from 'node:fs/promises';
import { SmsInputError } from '../core/index.ts';
import type { InputIssue } from '../core/index.ts';
import { CsvFormatError, parseCsvRows } from './csv.ts';
import type { CsvRow } from './csv.ts';
import { PHONE_HEADER } from './mobiles-file.ts';

/** One recipient of send_batch_sms: a number and its own template values. */
export interface BatchMessage {
  mobile: string;
  params: Record<string, string>;
}

const FLAG = '--file';

const isRecord = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

/** One JSON message, or what is wrong with it (`where` names it: `message 3`). */
function jsonMessage(item: unknown, where: string, issues: InputIssue[]): BatchMessage | undefined {
  const problem = (message: string) => {
    issues.push({ field: FLAG, message: `${where}${message}` });
    return undefined;
  };
  if (!isRecord(item)) return problem(': must be an object {"mobile": "…", "params": {…}}');
  const unknown = Object.keys(item).filter((key) => key !== 'mobile' && key !== 'params');
  if (unknown.length > 0)
    return problem(`: unknown field ${unknown.map((k) => `"${k}"`).join(', ')} (only mobile, params)`);
  const { mobile, params = {} } = item;
  if (typeof mobile !== 'string') return problem(' mobile: must be a string');
  if (mobile.trim() === '') return problem(' mobile: must not be empty');
  if (!isRecord(params)) return problem(' params: must be an object of template values');
  for (const [name, value] of Object.entries(params)) {
    if (typeof value !== 'string')
      return problem(` params.${name}: values must be strings (quote numbers: "1234")`);
  }
  return { mobile, params: params as Record<string, string> };
}

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
  let all: CsvRow[];
  try {
    all = parseCsvRows(text);
  } catch (error) {
    if (!(error instanceof CsvFormatError)) throw error;
    fail(file, [{ field: `${FLAG}:${error.line}`, message: error.message }]);
  }
  const [first, ...rows] = all;
  const header = first?.cells;
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
  const messages = rows.map(({ cells, line }) => {
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
  if (!Array.isArray(data)) {
    fail(file, [{ field: FLAG, message: 'must be a JSON array of {"mobile": "…", "params": {…}}' }]);
  }
  if (data.length === 0) fail(file, [{ field: FLAG, message: 'holds no messages' }]);
  const issues: InputIssue[] = [];
  const messages = data.map((item, index) => jsonMessage(item, `message ${index + 1}`, issues));
  if (issues.length > 0) fail(file, issues);
  return messages as BatchMessage[];
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
