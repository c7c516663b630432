import { once } from 'node:events';
import { SmsInputError, createPacer, formatErrorLine, isSmsError, walkSendLog } from '../../core/index.ts';
import type { SendLogEntry, SendLogWalkInput, SendLogWalkOptions, SmsClient } from '../../core/index.ts';
import type { CommandContext } from '../context.ts';
import { EXIT, exitCodeFor, type ExitCode } from '../exit-codes.ts';
import { text, wholeNumber } from '../flag-values.ts';
import type { FlagSpecs, FlagValues } from '../flags.ts';
import type { CliStream } from '../io.ts';
import { maskedMobile } from '../output/format.ts';

/**
 * The one `--all` export of the send log (`list_sms_send_log --all`, `send-status --all`,
 * `analytics --include-logs --all`): every page streamed as NDJSON or CSV as it arrives, newest first,
 * paced to the rate limit, in bounded memory (one page), resumable with `--after MESSAGE_ID` where the
 * pages are a walk of a window. A record never holds the message text (it may hold a verification code)
 * and never a full number.
 */

export type ExportFormat = 'ndjson' | 'csv';
type Cell = string | number | null;

/** What one line of an export holds: its columns, in order, and how a send-log entry becomes them. */
export interface ExportRows {
  columns: readonly string[];
  row(entry: SendLogEntry): Record<string, Cell>;
}

/** `list_sms_send_log --all` and `send-status --all`: the send log's fields, without the text. */
export const SEND_LOG_ROWS: ExportRows = {
  columns: [
    'MessageId',
    'SubAccount',
    'Signature',
    'TemplateId',
    'ChannelType',
    'Mobile',
    'Status',
    'ErrorCode',
    'SendTime',
    'ReceiptTime',
    'Count',
  ],
  row: (entry) => ({
    MessageId: entry.MessageId,
    SubAccount: entry.SubAccount ?? null,
    Signature: entry.Signature ?? null,
    TemplateId: entry.TemplateId ?? null,
    ChannelType: entry.ChannelType ?? null,
    Mobile: maskedMobile(entry.Mobile) ?? null,
    Status: entry.Status ?? null,
    ErrorCode: entry.ErrorCode ?? null,
    SendTime: entry.SendTime ?? null,
    ReceiptTime: entry.ReceiptTime ?? null,
    Count: entry.Count ?? null,
  }),
};

/** RFC 4180: a field with a comma, quote, CR or LF (or edge spaces) is quoted, its quotes doubled. */
export function csvField(value: Cell): string {
  if (value === null) return '';
  const text = String(value);
  return /[",\r\n]|^\s|\s$/.test(text) ? `"${text.replaceAll('"', '""')}"` : text;
}

/** Writes and, when the stream says its buffer is full, waits for it to drain: memory stays one page. */
async function write(stream: CliStream, text: string): Promise<void> {
  const flushed = stream.write(text);
  const emitter = stream as Partial<NodeJS.EventEmitter>;
  if (flushed === false && typeof emitter.once === 'function')
    await once(emitter as NodeJS.EventEmitter, 'drain');
}

/** The flags every `--all` export takes; a command without a resumable walk leaves `after` out. */
export const EXPORT_FLAGS = {
  all: {
    type: 'boolean',
    description: 'Every message, streamed newest first as --format.',
  },
  format: {
    type: 'string',
    value: 'ndjson|csv',
    description: 'With --all: one JSON object a line (default), or CSV with a header row.',
    parse: (raw): { value: ExportFormat } | { problem: string } => {
      const value = text(raw);
      if ('problem' in value) return value;
      return value.value === 'ndjson' || value.value === 'csv'
        ? { value: value.value }
        : { problem: 'must be ndjson or csv' };
    },
  },
  after: {
    type: 'string',
    value: 'MESSAGE_ID',
    description: 'With --all: continue after this message (the last line of an interrupted export).',
    parse: text,
  },
  rate: {
    type: 'string',
    value: 'N',
    description:
      'With --all: requests per second, default 5 (the service limit); 0 = unpaced (a local sandbox).',
    parse: wholeNumber(0, 50),
    default: 5,
  },
} as const satisfies FlagSpecs;

/**
 * The export flags only mean something with --all, and `withoutAll` (a page number, a page limit) nothing
 * with it: either way a one-line refusal naming the flag.
 */
export function checkExportFlags(
  command: string,
  values: FlagValues,
  all: boolean,
  withoutAll: readonly string[],
): void {
  const misplaced = (all ? withoutAll : ['format', 'after', 'rate']).filter(
    (flag) => values[flag] !== undefined,
  );
  if (misplaced.length === 0) return;
  const flag = `--${misplaced[0]}`;
  const message = all ? `${flag} does not go with --all, which reads every page` : `${flag} goes with --all`;
  throw new SmsInputError(message, [{ field: flag, message }], { hint: `Run "volc-sms ${command} --help".` });
}

export interface ExportRequest {
  /** The pages to write, each newest first; `options` paces their requests. */
  pages(options: SendLogWalkOptions): AsyncIterable<SendLogEntry[]>;
  rows: ExportRows;
  format: ExportFormat;
  /** Requests per second; 0 for none (a local sandbox). */
  rate: number;
  /** Where a resumed export starts: no header, and the resume hint counts from there. */
  after?: string | undefined;
}

/** Every page of a walk of the send log (`walkSendLog`), for an ExportRequest. */
export const walkPages =
  (client: SmsClient, walk: SendLogWalkInput) =>
  (options: SendLogWalkOptions): AsyncIterable<SendLogEntry[]> =>
    walkSendLog(client, walk, options);

/**
 * Every page of one message's records (`send-status --all`): the log by message id has no window to walk,
 * so its numbered pages, up to a short page or the service's total.
 */
export const messagePages = (
  client: SmsClient,
  query: { subAccount: string; messageId: string; pageSize: number },
) =>
  async function* (options: SendLogWalkOptions): AsyncGenerator<SendLogEntry[]> {
    for (let page = 1; page <= MAX_PAGE; page += 1) {
      await options.beforeRequest?.();
      const { result } = await client.listSendLogs({ ...query, page }, { signal: options.signal });
      if (result.List.length > 0) yield result.List;
      if (result.List.length < query.pageSize || page * query.pageSize >= result.Total) return;
    }
  };
// The skill's --page limit: as deep as a page-by-page read of the same records could go.
const MAX_PAGE = 100_000;

export async function exportSendLog(context: CommandContext, request: ExportRequest): Promise<ExitCode> {
  // A rate of 0 does not pace (a local sandbox); the service allows 5 a second.
  const pacer = request.rate > 0 ? createPacer(request.rate) : undefined;
  const { columns, row } = request.rows;
  const line =
    request.format === 'csv'
      ? (entry: SendLogEntry) => {
          const record = row(entry);
          return `${columns.map((c) => csvField(record[c] ?? null)).join(',')}\r\n`;
        }
      : (entry: SendLogEntry) => `${JSON.stringify(row(entry))}\n`;
  let written = 0;
  let last: string | undefined = request.after;
  const resumeHint = () =>
    last === undefined
      ? 'run it again'
      : `run it again with --after ${last} to continue after the last line written`;
  try {
    if (request.format === 'csv' && request.after === undefined)
      await write(context.io.stdout, `${columns.join(',')}\r\n`);
    const pages = request.pages({
      beforeRequest: pacer && (() => pacer.wait()),
      onMismatch: ({ total, written: got }) =>
        context.note(
          `volc-sms: a day of the window listed ${total} message(s) but ${got} were read (the log changed while it was read); ` +
            'export that day again to be sure.',
        ),
    });
    for await (const page of pages) {
      let text = '';
      for (const entry of page) text += line(entry);
      await write(context.io.stdout, text);
      written += page.length;
      last = page.at(-1)?.MessageId ?? last;
    }
  } catch (error) {
    context.note(`volc-sms: ${formatErrorLine(error)}`);
    if (written > 0 || request.after !== undefined)
      context.note(`volc-sms: stopped after ${written} message(s); ${resumeHint()}.`);
    return isSmsError(error) ? exitCodeFor(error) : EXIT.error;
  }
  context.note(
    `volc-sms: ${written} message(s) written, newest first${last === undefined ? '' : `; the last is ${last}`}.`,
  );
  return EXIT.ok;
}
