import { Cron } from 'croner';
import { SmsInputError, isWindowLength, maskPhonesInText } from '../core/index.ts';
import { BATCH_USAGE, parseBatch, type BatchCommand } from './batch-command-parser.ts';
import { channelIdOf, isKeyValue, splitKeyValue, splitOptions, tokenize } from './command-text.ts';

/**
 * `/sms …` text → a typed command. Pure: no API calls, no clock. Every refusal is an SmsInputError whose
 * issue names the part of the command that is wrong, and whose hint shows the usage line.
 */

export interface StatsFilters {
  subAccount?: string;
  signature?: string;
  templateId?: string;
  channelType?: string;
}

/** Either a length ending now (`24h`, `7d`) or explicit bounds, resolved against the clock later. */
export type StatsWindow = { kind: 'relative'; length: string } | { kind: 'range'; from: string; to: string };

export type ScheduleTiming = { kind: 'daily'; time: string; cron: string } | { kind: 'cron'; cron: string };

export type SmsCommand =
  | { kind: 'help' }
  | {
      kind: 'send';
      /** Numbers and recipient-group names, as typed. */
      recipients: string[];
      templateId: string;
      signature?: string;
      subAccount?: string;
      params: Record<string, string>;
    }
  | { kind: 'stats'; window: StatsWindow; filters: StatsFilters }
  | { kind: 'log'; query: string }
  | { kind: 'templates' }
  | { kind: 'signatures' }
  | { kind: 'groups' }
  | { kind: 'schedule-add'; timing: ScheduleTiming; channelId: string; window: string; filters: StatsFilters }
  | { kind: 'schedule-list' }
  | { kind: 'schedule-remove'; id: string }
  | { kind: 'audit'; limit: number }
  | BatchCommand;

export type SmsCommandKind = SmsCommand['kind'];

export const USAGE = {
  send: '/sms send <numbers|group>[,…] template=<id> [signature=<s>] [group=<sub-account>] [name=value …]',
  stats:
    '/sms stats [24h|7d|<from> <to>] [group=<sub-account>] [signature=<s>] [template=<id>] [type=<channel type>]',
  log: '/sms log <message-id | number>',
  templates: '/sms templates',
  signatures: '/sms signatures',
  groups: '/sms groups',
  schedule:
    '/sms schedule add <daily HH:MM | cron "m h dom mon dow"> <#channel> [24h|7d] [filters] · /sms schedule list · /sms schedule remove <id>',
  audit: '/sms audit [count]',
  batch: BATCH_USAGE,
  help: '/sms help',
} as const;

/** Keys of `send` that are not template variables. */
const SEND_KEYS: Record<string, 'templateId' | 'signature' | 'subAccount'> = {
  template: 'templateId',
  signature: 'signature',
  group: 'subAccount',
};

const FILTER_KEYS: Record<string, keyof StatsFilters> = {
  group: 'subAccount',
  signature: 'signature',
  template: 'templateId',
  type: 'channelType',
};

/** Filters as the user writes them (`group=7384ed01 template=ST_0001`). */
/** The filters as typed, for display: a number pasted into one (`template=138…`) is shown masked. */
export function formatFilters(filters: StatsFilters): string {
  const text = Object.entries(FILTER_KEYS)
    .flatMap(([word, field]) => (filters[field] === undefined ? [] : [`${word}=${filters[field]}`]))
    .join(' ');
  return maskPhonesInText(text);
}

function refuse(field: string, message: string, usage: string): never {
  throw new SmsInputError(`${field}: ${message}`, [{ field, message }], { hint: `Usage: ${usage}` });
}

export function parseSmsCommand(text: string): SmsCommand {
  const tokens = tokenize(text);
  const [head, ...rest] = tokens;
  switch ((head ?? 'help').toLowerCase()) {
    case 'help':
    case '':
      return { kind: 'help' };
    case 'send':
      return parseSend(rest);
    case 'stats':
      return { kind: 'stats', ...parseStatsArguments(rest, USAGE.stats, { allowRange: true }) };
    case 'log':
      if (rest.length !== 1) refuse('log', 'give exactly one message id or phone number', USAGE.log);
      return { kind: 'log', query: rest[0] as string };
    case 'templates':
    case 'signatures':
    case 'groups': {
      const kind = (head as string).toLowerCase() as 'templates' | 'signatures' | 'groups';
      if (rest.length > 0) refuse(kind, 'takes no arguments', USAGE[kind]);
      return { kind };
    }
    case 'schedule':
    case 'schedules':
      return parseSchedule(rest);
    case 'batch':
      return parseBatch(rest);
    case 'audit': {
      if (rest.length === 0) return { kind: 'audit', limit: 20 };
      const limit = Number(rest[0]);
      if (rest.length > 1 || !Number.isInteger(limit) || limit < 1 || limit > 100) {
        refuse('audit', 'the count must be a whole number from 1 to 100', USAGE.audit);
      }
      return { kind: 'audit', limit };
    }
    default:
      refuse(
        'subcommand',
        `"${head}" is not a command; use send, batch, stats, log, templates, signatures, groups, schedule, audit or help`,
        USAGE.help,
      );
  }
}

function parseSend(tokens: readonly string[]): SmsCommand {
  const recipients: string[] = [];
  const params: Record<string, string> = {};
  const named: { templateId?: string; signature?: string; subAccount?: string } = {};
  for (const token of tokens) {
    if (!isKeyValue(token)) {
      if (Object.keys(params).length > 0 || named.templateId !== undefined) {
        refuse('recipients', `"${token}" comes after the options; put all recipients first`, USAGE.send);
      }
      recipients.push(...token.split(/[,;，；]+/).filter((part) => part !== ''));
      continue;
    }
    const [key, value] = splitKeyValue(token);
    const field = SEND_KEYS[key.toLowerCase()];
    if (value === '')
      refuse(key, 'has no value; write it as name=value (quote values with spaces)', USAGE.send);
    if (field !== undefined) named[field] = value;
    else if (key in params) refuse(key, 'is given twice', USAGE.send);
    else params[key] = value;
  }
  if (recipients.length === 0)
    refuse('recipients', 'name at least one number or recipient group', USAGE.send);
  if (named.templateId === undefined)
    refuse('template', 'is required (template=<id>, see /sms templates)', USAGE.send);
  return { kind: 'send', recipients, templateId: named.templateId, params, ...withoutUndefined(named) };
}

function withoutUndefined<T extends object>(value: T): T {
  return Object.fromEntries(Object.entries(value).filter(([, v]) => v !== undefined)) as T;
}

function parseStatsArguments(
  tokens: readonly string[],
  usage: string,
  { allowRange }: { allowRange: boolean },
): { window: StatsWindow; filters: StatsFilters } {
  const filters: StatsFilters = {};
  const { options, positional } = splitOptions(tokens);
  for (const [key, value] of options) {
    const field = FILTER_KEYS[key.toLowerCase()];
    if (field === undefined) {
      refuse(key, `is not a filter; use ${Object.keys(FILTER_KEYS).join(', ')}`, usage);
    }
    if (value === '') refuse(key, 'has no value', usage);
    filters[field] = value;
  }
  if (positional.length === 0) return { window: { kind: 'relative', length: '24h' }, filters };
  if (positional.length === 1) {
    const length = positional[0] as string;
    if (!isWindowLength(length)) {
      refuse(
        'window',
        `"${length}" is not a window; use 24h, 7d${allowRange ? ' or <from> <to>' : ''}`,
        usage,
      );
    }
    return { window: { kind: 'relative', length }, filters };
  }
  if (positional.length === 2 && allowRange) {
    return { window: { kind: 'range', from: positional[0] as string, to: positional[1] as string }, filters };
  }
  return refuse('window', `too many values (${positional.join(' ')})`, usage);
}

function parseSchedule(tokens: readonly string[]): SmsCommand {
  const [action, ...rest] = tokens;
  switch (action?.toLowerCase()) {
    case 'list':
    case undefined:
      return { kind: 'schedule-list' };
    case 'remove':
    case 'delete':
      if (rest.length !== 1)
        refuse('schedule', 'give the id of the schedule to remove (see /sms schedule list)', USAGE.schedule);
      return { kind: 'schedule-remove', id: rest[0] as string };
    case 'add':
      return parseScheduleAdd(rest);
    default:
      return refuse(
        'schedule',
        `"${action}" is not a schedule action; use add, list or remove`,
        USAGE.schedule,
      );
  }
}

function parseScheduleAdd(tokens: readonly string[]): SmsCommand {
  const channelAt = tokens.findIndex((token) => channelIdOf(token) !== undefined);
  if (channelAt < 0) {
    refuse(
      'channel',
      'name the channel to post to as #channel (pick it from the autocomplete)',
      USAGE.schedule,
    );
  }
  const timing = parseTiming(tokens.slice(0, channelAt));
  const { window, filters } = parseStatsArguments(tokens.slice(channelAt + 1), USAGE.schedule, {
    allowRange: false,
  });
  if (window.kind !== 'relative')
    refuse('window', 'a schedule reports a window ending now: 24h or 7d', USAGE.schedule);
  return {
    kind: 'schedule-add',
    timing,
    channelId: channelIdOf(tokens[channelAt] as string) as string,
    window: window.length,
    filters,
  };
}

function parseTiming(tokens: readonly string[]): ScheduleTiming {
  const [first, ...rest] = tokens;
  if (first?.toLowerCase() === 'daily') {
    const time = /^([01]?\d|2[0-3]):([0-5]\d)$/.exec(rest[0] ?? '');
    if (!time || rest.length !== 1)
      refuse('time', 'write the time as HH:MM (24-hour), e.g. daily 09:00', USAGE.schedule);
    return {
      kind: 'daily',
      time: `${time[1]?.padStart(2, '0')}:${time[2]}`,
      cron: `${Number(time[2])} ${Number(time[1])} * * *`,
    };
  }
  // `cron "0 9 * * 1-5"`, or the five fields written out without the keyword or quotes.
  const fields = (first?.toLowerCase() === 'cron' ? rest : tokens).join(' ').trim();
  if (fields === '') refuse('time', 'say when: daily HH:MM or cron "m h dom mon dow"', USAGE.schedule);
  const cron = fields.split(/\s+/).join(' ');
  // Six fields (seconds first) pass here only to meet the shortest-slot check, which refuses them unless
  // the app runs with a shortened slot for tests (SMS_SLACK_MIN_SLOT_SECONDS).
  const count = cron.split(' ').length;
  if (count !== 5 && count !== 6) {
    refuse(
      'cron',
      `"${cron}" must have five fields: minute hour day-of-month month day-of-week`,
      USAGE.schedule,
    );
  }
  try {
    new Cron(cron, { paused: true });
  } catch (err) {
    refuse('cron', `"${cron}" is not a valid cron expression (${(err as Error).message})`, USAGE.schedule);
  }
  return { kind: 'cron', cron };
}
