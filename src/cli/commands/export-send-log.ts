import { once } from 'node:events';
import { createPacer, formatErrorLine, isSmsError, walkSendLog } from '../../core/index.ts';
import type { SendLogEntry, SendLogWalkInput } from '../../core/index.ts';
import type { CommandContext } from '../context.ts';
import { EXIT, exitCodeFor, type ExitCode } from '../exit-codes.ts';
import type { CliStream } from '../io.ts';
import { maskedMobile } from '../output/format.ts';

/**
 * `list_sms_send_log --all`: every message of the window streamed as NDJSON or CSV, newest first, paced
 * to the rate limit, in bounded memory, resumable with `--after MESSAGE_ID`. A record keeps the send
 * log's fields but the message text (it may hold a verification code), the number masked as everywhere.
 */

export type ExportFormat = 'ndjson' | 'csv';

const COLUMNS = [
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
] as const;

type ExportRecord = Record<(typeof COLUMNS)[number], string | number | null>;

function exportRecord(entry: SendLogEntry): ExportRecord {
  return {
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
  };
}

/** RFC 4180: a field with a comma, quote, CR or LF (or edge spaces) is quoted, its quotes doubled. */
export function csvField(value: string | number | null): string {
  if (value === null) return '';
  const text = String(value);
  return /[",\r\n]|^\s|\s$/.test(text) ? `"${text.replaceAll('"', '""')}"` : text;
}

const csvLine = (record: ExportRecord) => `${COLUMNS.map((c) => csvField(record[c])).join(',')}\r\n`;
const ndjsonLine = (record: ExportRecord) => `${JSON.stringify(record)}\n`;

/** Writes and, when the stream says its buffer is full, waits for it to drain: memory stays one page. */
async function write(stream: CliStream, text: string): Promise<void> {
  const flushed = stream.write(text);
  const emitter = stream as Partial<NodeJS.EventEmitter>;
  if (flushed === false && typeof emitter.once === 'function')
    await once(emitter as NodeJS.EventEmitter, 'drain');
}

export interface ExportRequest {
  walk: SendLogWalkInput;
  format: ExportFormat;
  /** Requests per second; 0 for none (a local sandbox). */
  rate: number;
}

export async function exportSendLog(context: CommandContext, request: ExportRequest): Promise<ExitCode> {
  // A rate of 0 does not pace (a local sandbox); the service allows 5 a second.
  const pacer = request.rate > 0 ? createPacer(request.rate) : undefined;
  const line = request.format === 'csv' ? csvLine : ndjsonLine;
  let written = 0;
  let last: string | undefined = request.walk.after;
  const resumeHint = () =>
    last === undefined
      ? 'run it again'
      : `run it again with --after ${last} to continue after the last line written`;
  try {
    if (request.format === 'csv' && request.walk.after === undefined)
      await write(context.io.stdout, `${COLUMNS.join(',')}\r\n`);
    const pages = walkSendLog(context.client(), request.walk, {
      beforeRequest: pacer && (() => pacer.wait()),
      onMismatch: ({ total, written: got }) =>
        context.note(
          `volc-sms: a day of the window listed ${total} message(s) but ${got} were read (the log changed while it was read); ` +
            'export that day again to be sure.',
        ),
    });
    for await (const page of pages) {
      await write(context.io.stdout, page.map((entry) => line(exportRecord(entry))).join(''));
      written += page.length;
      last = page.at(-1)?.MessageId ?? last;
    }
  } catch (error) {
    context.note(`volc-sms: ${formatErrorLine(error)}`);
    if (written > 0 || request.walk.after !== undefined)
      context.note(`volc-sms: stopped after ${written} message(s); ${resumeHint()}.`);
    return isSmsError(error) ? exitCodeFor(error) : EXIT.error;
  }
  context.note(
    `volc-sms: ${written} message(s) written, newest first${last === undefined ? '' : `; the last is ${last}`}.`,
  );
  return EXIT.ok;
}
