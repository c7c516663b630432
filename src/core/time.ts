import { SmsInputError } from './errors.ts';

export interface TimeParseOptions {
  /** The reference time for `now` and relative values; a number is epoch MILLISECONDS. @default new Date() */
  now?: Date | number | undefined;
  /** The flag or input name, used in the error. @default 'time' */
  field?: string | undefined;
}

const UNIT_SECONDS: Record<string, number> = { s: 1, m: 60, h: 3600, d: 86400, w: 604800 };
const RELATIVE = /^(\d+)\s*([smhdw])$/i;
const DATE_ONLY = /^\d{4}-\d{2}-\d{2}$/;
const DATE_TIME_NO_ZONE = /^\d{4}-\d{2}-\d{2}[T ]\d{2}:\d{2}(?::\d{2}(?:\.\d+)?)?$/;
// The API's day boundaries and stats windows are Asia/Shanghai (UTC+8, no DST), so zone-less dates are
// read there; this also keeps the result independent of the machine's TZ.
const SHANGHAI_OFFSET = '+08:00';

function nowSeconds(now: TimeParseOptions['now']): number {
  const ms = now === undefined ? Date.now() : typeof now === 'number' ? now : now.getTime();
  return Math.floor(ms / 1000);
}

function invalid(field: string, value: string): never {
  const message =
    `"${value}" is not a time: use epoch seconds (1773113285), an ISO date or datetime ` +
    `(2026-11-25, 2026-11-25T08:00:00+08:00), a relative age (30m, 24h, 7d) or "now"`;
  throw new SmsInputError(`${field}: ${message}`, [{ field, message }]);
}

/**
 * Parses a time given on a command line or in a workflow into epoch seconds. Accepts epoch seconds
 * (13-digit epoch milliseconds are converted), ISO dates/datetimes (no zone = Asia/Shanghai), `now`,
 * and relative ages like `24h`/`7d`/`30m` meaning that long before `now`. Throws SmsInputError.
 */
export function parseTimeInput(value: string | number, options: TimeParseOptions = {}): number {
  const field = options.field ?? 'time';
  const text = String(value).trim();
  if (/^\d+$/.test(text)) {
    const n = Number(text);
    return text.length >= 13 ? Math.floor(n / 1000) : n;
  }
  if (text.toLowerCase() === 'now') return nowSeconds(options.now);
  const relative = RELATIVE.exec(text);
  if (relative) {
    const unit = UNIT_SECONDS[(relative[2] as string).toLowerCase()] as number;
    return nowSeconds(options.now) - Number(relative[1]) * unit;
  }
  let iso = text;
  if (DATE_ONLY.test(text)) iso = `${text}T00:00:00${SHANGHAI_OFFSET}`;
  else if (DATE_TIME_NO_ZONE.test(text)) iso = `${text.replace(' ', 'T')}${SHANGHAI_OFFSET}`;
  if (!/^\d{4}-\d{2}-\d{2}T/.test(iso)) invalid(field, text);
  const ms = Date.parse(iso);
  if (Number.isNaN(ms)) invalid(field, text);
  return Math.floor(ms / 1000);
}

/** A window ending now: `24h`, `7d`, `30m` → `{ startTime: now − that, endTime: now }` in epoch seconds. */
export function parseWindow(
  value: string,
  options: { now?: Date | number | undefined; field?: string | undefined } = {},
): { startTime: number; endTime: number } {
  const field = options.field ?? 'window';
  const match = RELATIVE.exec(value.trim());
  if (!match) {
    const message = `"${value}" is not a window: use a length such as 30m, 24h or 7d`;
    throw new SmsInputError(`${field}: ${message}`, [{ field, message }]);
  }
  const endTime = nowSeconds(options.now);
  const unit = UNIT_SECONDS[(match[2] as string).toLowerCase()] as number;
  return { startTime: endTime - Number(match[1]) * unit, endTime };
}
