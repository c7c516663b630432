import { SmsInputError, parseTimeInput } from '../../core/index.ts';
import type { CommandContext } from '../context.ts';
import { text } from '../flag-values.ts';
import type { FlagSpec } from '../flags.ts';

export const TIME_HELP =
  'epoch seconds (as the skill), an ISO date or datetime (without a zone: Asia/Shanghai, or VOLC_SMS_TZ), or an age like 24h/7d';

export const SINCE_FLAG = {
  type: 'string',
  value: 'AGE',
  description: 'Shorthand for the start time as an age (24h, 7d, 30m) or date; the end defaults to now.',
  parse: text,
} as const satisfies FlagSpec;

export interface TimeRangeFlags {
  from: { flag: string; value: string | undefined };
  to: { flag: string; value: string | undefined };
  since: string | undefined;
}

/**
 * Resolves a start/end pair from the skill's epoch-second flags or `--since`. `--since` replaces the start
 * flag (giving both is an error) and implies "until now" unless the end flag is given.
 */
export function resolveTimeRange(
  context: CommandContext,
  { from, to, since }: TimeRangeFlags,
): { start: number | undefined; end: number | undefined } {
  const now = context.now();
  const timeZone = context.timeZone;
  if (since !== undefined && from.value !== undefined) {
    const message = `Give either --since or ${from.flag}, not both`;
    throw new SmsInputError(message, [{ field: '--since', message }]);
  }
  const startText = since ?? from.value;
  const start =
    startText === undefined
      ? undefined
      : parseTimeInput(startText, { now, timeZone, field: since ? '--since' : from.flag });
  let end = to.value === undefined ? undefined : parseTimeInput(to.value, { now, timeZone, field: to.flag });
  if (end === undefined && since !== undefined) end = Math.floor(now / 1000);
  if (start !== undefined && end !== undefined && start > end) {
    const message = `${since ? '--since' : from.flag} is after ${to.flag}; the start must come first`;
    throw new SmsInputError(message, [{ field: from.flag, message }]);
  }
  return { start, end };
}
