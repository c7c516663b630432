import { SmsInputError, normalizePhone } from '../../core/index.ts';
import type { SendLogEntry } from '../../core/index.ts';
import type { CommandContext } from '../context.ts';
import { pagingFlags, requireFlag, text, type ParsedFlags } from '../flag-values.ts';
import type { FlagSpecs } from '../flags.ts';
import { deliveryStatus, formatTimeMs, maskedMobile } from '../output/format.ts';
import type { Column } from '../output/table.ts';
import { hideVerificationCodes } from '../output/verification-content.ts';

/** The send-log table, shared with skill 1.3's send-status. */
export const sendLogColumns = (zone: string): Column<SendLogEntry>[] => [
  { header: 'Sent', value: (e) => formatTimeMs(e.SendTime, zone) },
  { header: 'Mobile', value: (e) => maskedMobile(e.Mobile) },
  { header: 'Status', value: (e) => deliveryStatus(e.Status) },
  { header: 'Code', value: (e) => e.ErrorCode },
  { header: 'Receipt', value: (e) => formatTimeMs(e.ReceiptTime, zone) },
  { header: 'Template', value: (e) => e.TemplateId },
  { header: 'Signature', value: (e) => e.Signature },
  { header: 'Message id', value: (e) => e.MessageId },
];
import { classicCommand } from './classic-command.ts';
import { pageOf, showPage } from './list-page.ts';
import {
  EXPORT_FLAGS,
  SEND_LOG_ROWS,
  checkExportFlags,
  exportSendLog,
  walkPages,
} from './export-send-log.ts';
import { SINCE_FLAG, TIME_HELP, resolveTimeRange } from './time-flags.ts';

const NAME = 'list_sms_send_log';

/** The filter is sent normalised (bare 11 digits for mainland numbers), like the numbers of a send. */
function mobileFilter(value: string | undefined): string | undefined {
  if (value === undefined) return undefined;
  if (value.includes('*')) {
    // Numbers are masked in every output, but the filter needs the real one.
    const message = `--mobile needs the full number; a masked one (${value}) cannot be looked up (or use --message-id)`;
    throw new SmsInputError(message, [{ field: '--mobile', message }]);
  }
  const phone = normalizePhone(value);
  if (phone.ok) return phone.mobile;
  const message = `--mobile is not a phone number: ${phone.reason}`;
  throw new SmsInputError(message, [{ field: '--mobile', message }]);
}

const FLAGS = {
  'sub-account': {
    type: 'string',
    required: true,
    value: 'ID',
    description: 'Message group id (required).',
    parse: text,
  },
  'from-time': { type: 'string', value: 'TIME', description: 'Start of the window.', parse: text },
  'to-time': { type: 'string', value: 'TIME', description: 'End of the window.', parse: text },
  since: SINCE_FLAG,
  mobile: { type: 'string', value: 'NUMBER', description: 'Only this phone number.', parse: text },
  'template-id': { type: 'string', value: 'ID', description: 'Only this template.', parse: text },
  signature: { type: 'string', value: 'TEXT', description: 'Only this signature.', parse: text },
  'message-id': {
    type: 'string',
    value: 'ID',
    description: 'Exactly this message (from send_sms).',
    parse: text,
  },
  ...pagingFlags(100),
  ...EXPORT_FLAGS,
  all: {
    ...EXPORT_FLAGS.all,
    description: 'Every message of the window, streamed newest first as --format (needs a start time).',
  },
} as const satisfies FlagSpecs;

export const listSmsSendLogCommand = classicCommand({
  name: NAME,
  summary: 'Show delivery records: per message, its status, receipt and error code.',
  description: [
    `Times: ${TIME_HELP}. Receipts arrive after the send; status "awaiting receipt" means not yet.`,
  ],
  flags: FLAGS,
  examples: [
    'volc-sms list_sms_send_log --sub-account "77da1acf" --from-time 1773113285 --to-time 1773213285',
    'volc-sms list_sms_send_log --sub-account 7384ed01 --since 24h --mobile 13800000000',
    'volc-sms list_sms_send_log --sub-account 7384ed01 --since 30d --all --format csv > log.csv',
  ],
  stream(context, flags, values) {
    requireFlag(flags['sub-account'], '--sub-account', NAME);
    checkExportFlags(NAME, values, flags.all === true, ['page']);
    if (flags.all !== true) return undefined;
    const { start, end } = windowOf(context, flags);
    if (start === undefined) {
      const message = '--all needs the start of the window: --from-time or --since';
      throw new SmsInputError(message, [{ field: '--from-time', message }]);
    }
    return exportSendLog(context, {
      pages: walkPages(context.client(), {
        ...filters(flags),
        fromTime: start,
        toTime: end ?? Math.floor(context.now() / 1000),
        pageSize: flags['page-size'],
        after: flags.after,
      }),
      rows: SEND_LOG_ROWS,
      after: flags.after,
      format: flags.format ?? 'ndjson',
      rate: flags.rate,
    });
  },
  async read(client, flags, context) {
    const { start, end } = windowOf(context, flags);
    const response = await client.listSendLogs({
      ...filters(flags),
      fromTime: start,
      toTime: end,
      ...pageOf(flags),
    });
    if (response.widened !== undefined) {
      const { days, dropped } = response.widened;
      context.note(
        `volc-sms: the classic send log answers whole Asia/Shanghai days, so ${daysAsked(days)}; ` +
          `${dropped === 1 ? '1 entry' : `${dropped} entries`} of this page outside the window left out ` +
          `(Total counts ${days.length === 1 ? 'the whole day' : 'whole days'}).`,
      );
    }
    return response;
  },
  json: (response) => hideVerificationCodes(response.raw),
  show: showPage((context) => sendLogColumns(context.timeZone), 'log entries', true),
});

type Flags = ParsedFlags<typeof FLAGS>;

const windowOf = (context: CommandContext, flags: Flags) =>
  resolveTimeRange(context, {
    from: { flag: '--from-time', value: flags['from-time'] },
    to: { flag: '--to-time', value: flags['to-time'] },
    since: flags.since,
  });

/** The filters of a page and of an --all walk alike. */
const filters = (flags: Flags) => ({
  subAccount: requireFlag(flags['sub-account'], '--sub-account', NAME),
  mobile: mobileFilter(flags.mobile),
  templateId: flags['template-id'],
  signature: flags.signature,
  messageId: flags['message-id'],
});

/** The days a classic read asked for, newest first: one, two, or a range. */
function daysAsked(days: readonly string[]): string {
  if (days.length === 1) return `${days[0]} was asked for`;
  if (days.length === 2) return `${days[0]} and ${days[1]} were asked for`;
  return `the ${days.length} days ${days.at(-1)} to ${days[0]} were asked for`;
}
