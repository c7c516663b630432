import {
  DEFAULT_SEND_QPS,
  SmsInputError,
  analyticsLogWalk,
  buildAnalyticsReport,
  createPacer,
  logRecord,
} from '../../core/index.ts';
import type { BucketSize, LogDimension, LogRecord } from '../../core/index.ts';
import { requireFlag, text, wholeNumber, type FlagParse } from '../flag-values.ts';
import type { FlagSpecs } from '../flags.ts';
import { reportSkillFailure } from '../output/skill-envelope.ts';
import { renderAnalytics } from './analytics-view.ts';
import {
  EXPORT_FLAGS,
  checkExportFlags,
  exportSendLog,
  walkPages,
  type ExportRows,
} from './export-send-log.ts';
import { channelType, skillReadCommand, type ChannelTypeFlag } from './skill-read.ts';

// Skill 1.3's `analytics` (reference §4.2, §6): aggregate trends of an explicit window, rates recomputed
// from the counts, optionally the send log as message-level evidence.

const oneOf =
  <T extends string>(values: readonly T[]): FlagParse<T> =>
  (raw) => {
    const typed = text(raw);
    if ('problem' in typed) return typed;
    return (values as readonly string[]).includes(typed.value)
      ? { value: typed.value as T }
      : { problem: `must be one of ${values.join(', ')}` };
  };

const string = (value: string, description: string) =>
  ({ type: 'string', value, description, parse: text }) as const;

const NAME = 'analytics';

/** The report's filters, the same for the report and for the --all walk of its send log. */
const filters = (flags: {
  'sub-account'?: string | undefined;
  'channel-type'?: ChannelTypeFlag | undefined;
  signature?: string | undefined;
  'template-id'?: string | undefined;
  mobile?: string | undefined;
}) => ({
  subAccount: flags['sub-account'],
  channelType: flags['channel-type'],
  signature: flags.signature,
  templateId: flags['template-id'],
  mobile: flags.mobile,
});

/** `analytics --include-logs --all`: a line per message, the report's record of it (reference §6). */
const ANALYTICS_ROWS: ExportRows = {
  columns: [
    'messageId',
    'sendTime',
    'receiptTime',
    'receiptState',
    'errorCode',
    'segments',
    'subAccount',
    'signature',
    'templateId',
  ] satisfies Array<keyof LogRecord>,
  row: (entry) => ({ ...logRecord(entry) }),
};

export const analyticsCommand = skillReadCommand({
  name: NAME,
  summary: 'Submission and receipt trends of a window, rates recomputed from the counts',
  description: [
    'The window is [--start, --end): ISO 8601 with whole seconds, read in Asia/Shanghai without an offset,',
    'at most 90 days. One stats query per bucket (at most 100), paced to 5 requests a second; a bucket whose',
    'counts are missing, zero or inconsistent makes the report insufficient_data.',
    '--include-logs adds the send log (needs --sub-account, no --channel-type), paged and de-duplicated.',
  ],
  flags: {
    start: { ...string('TIME', 'Start, included (2026-07-01T00:00:00).'), required: true },
    end: { ...string('TIME', 'End, excluded.'), required: true },
    'sub-account': string('ID', 'Only this message group (required with --include-logs).'),
    'channel-type': {
      type: 'string',
      value: 'TYPE',
      description: 'CN_OTP, CN_NTC or CN_MKT (not with --include-logs).',
      parse: channelType,
    },
    // Sent as typed (reference §4.2: analytics passes --signature raw).
    signature: string('TEXT', 'Only this signature (sent as typed).'),
    'template-id': string('ID', 'Only this template.'),
    mobile: string('NUMBER', 'Only this number, in the send log (needs --include-logs; never shown).'),
    bucket: {
      type: 'string',
      value: 'total|hour|day',
      description: 'Bucket size (default day); at most 100 buckets.',
      parse: oneOf<BucketSize>(['total', 'hour', 'day']),
      default: 'day',
    },
    'include-logs': { type: 'boolean', description: 'Add the send log of the window as evidence.' },
    dimension: {
      type: 'string',
      value: 'time|subAccount|signature|template',
      description: "The send log's breakdown (default time: by local date).",
      parse: oneOf<LogDimension>(['time', 'subAccount', 'signature', 'template']),
      default: 'time',
    },
    'page-size': {
      type: 'string',
      value: 'N',
      description: 'Send-log page size, 1–100 (default 100).',
      parse: wholeNumber(1, 100),
      default: 100,
    },
    'max-pages': {
      type: 'string',
      value: 'N',
      description: 'Send-log pages at most, 1–100 (default 10); buckets + pages ≤ 120.',
      parse: wholeNumber(1, 100),
      default: 10,
    },
    ...EXPORT_FLAGS,
    all: {
      ...EXPORT_FLAGS.all,
      description:
        'With --include-logs: every message of the window as its §6 record, streamed as --format, instead of the report.',
    },
  } as const satisfies FlagSpecs,
  examples: [
    'volc-sms analytics --start 2026-07-01T00:00:00 --end 2026-07-08T00:00:00',
    'volc-sms analytics --start 2026-07-01 --end 2026-07-02 --bucket hour --sub-account 7384ed01 --include-logs',
  ],
  stream(context, flags, values) {
    checkExportFlags(NAME, values, flags.all === true, ['max-pages', 'dimension', 'bucket']);
    if (flags.all !== true) return undefined;
    if (flags['include-logs'] !== true) {
      const message = '--all goes with --include-logs: it streams the send log of the window';
      throw new SmsInputError(message, [{ field: '--all', message }]);
    }
    const planned = analyticsLogWalk({
      start: requireFlag(flags.start, '--start', NAME),
      end: requireFlag(flags.end, '--end', NAME),
      ...filters(flags),
      pageSize: flags['page-size'],
    });
    if (!planned.ok) return Promise.resolve(reportSkillFailure(context, NAME, planned));
    return exportSendLog(context, {
      pages: walkPages(context.client(), { ...planned.walk, after: flags.after }),
      rows: ANALYTICS_ROWS,
      after: flags.after,
      format: flags.format ?? 'ndjson',
      rate: flags.rate,
    });
  },
  async read(client, flags, name) {
    const pacer = createPacer(DEFAULT_SEND_QPS);
    const built = await buildAnalyticsReport(
      client,
      {
        start: requireFlag(flags.start, '--start', name),
        end: requireFlag(flags.end, '--end', name),
        ...filters(flags),
        bucket: flags.bucket,
        includeLogs: flags['include-logs'] === true,
        dimension: flags.dimension,
        pageSize: flags['page-size'],
        maxPages: flags['max-pages'],
      },
      { beforeQuery: () => pacer.wait() },
    );
    return built.ok ? { result: built.report } : built;
  },
  show: (context, report) => context.print(renderAnalytics(report)),
});
