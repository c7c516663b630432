import { SmsInputError } from "../errors/errors.js";
import { DEFAULT_TIME_ZONE, instantOf } from "./time-zone.js";
const UNIT_MS = {
    ms: 1,
    s: 1000,
    m: 60_000,
    h: 3_600_000,
    d: 86_400_000,
    w: 604_800_000,
};
const DURATION = /^(\d+(?:\.\d+)?)\s*(ms|s|m|h|d|w)?$/i;
const DATE_ONLY = /^(\d{4})-(\d{2})-(\d{2})$/;
const DATE_TIME = /^(\d{4})-(\d{2})-(\d{2})[T ](\d{2}):(\d{2})(?::(\d{2})(\.\d+)?)?(Z|[+-]\d{2}:?\d{2})?$/i;
/** `600000` → `10m`, `100` → `100ms`, `90000` → `90s`: the largest unit that divides it. */
export function formatDuration(ms) {
    const units = Object.entries(UNIT_MS).reverse();
    const [unit, size] = units.find(([, size]) => ms >= size && ms % size === 0) ?? ['ms', 1];
    return `${ms / size}${unit}`;
}
/** Reads `30s`, `500ms`, `2m`, `24h`, `7d` (and a bare number in the default unit) within the rules. */
export function checkDuration(text, rules = {}) {
    const match = DURATION.exec(text.trim());
    const unit = (match?.[2]?.toLowerCase() ?? rules.defaultUnit);
    const units = rules.units ?? Object.keys(UNIT_MS);
    const shape = `must be a duration such as ${rules.examples ?? '30s, 5m or 24h'}, not "${text}"`;
    if (!match || unit === undefined || !units.includes(unit))
        return { ok: false, problem: shape };
    if (rules.whole && match[1]?.includes('.'))
        return { ok: false, problem: shape };
    const ms = Math.round(Number(match[1]) * UNIT_MS[unit]);
    if (rules.minMs !== undefined && ms < rules.minMs)
        return { ok: false, problem: `must be at least ${formatDuration(rules.minMs)}, not "${text}"` };
    if (rules.maxMs !== undefined && ms > rules.maxMs)
        return { ok: false, problem: `must be at most ${formatDuration(rules.maxMs)}, not "${text}"` };
    return { ok: true, ms };
}
/**
 * A duration in milliseconds.
 * @throws SmsInputError "`field` must be …" naming the field
 */
export function parseDuration(text, rules) {
    const result = checkDuration(text, rules);
    if (result.ok)
        return result.ms;
    const message = `${rules.field} ${result.problem}`;
    throw new SmsInputError(message, [{ field: rules.field, message }]);
}
// An age or a window length: whole, and a unit is required, so `2026` is never read as an age.
const AGE_RULES = { units: ['s', 'm', 'h', 'd', 'w'], whole: true };
/** Whether `text` is a window length that parseWindow accepts (`30m`, `24h`, `7d`, `2w`). */
export function isWindowLength(text) {
    return checkDuration(text, AGE_RULES).ok;
}
function nowMs(now) {
    return now === undefined ? Date.now() : typeof now === 'number' ? now : now.getTime();
}
const nowSeconds = (now) => Math.floor(nowMs(now) / 1000);
function invalid(field, value, why) {
    const message = (why ?? `"${value}" is not a time`) +
        ': use epoch seconds (1773113285), an ISO date or datetime ' +
        '(2026-11-25, 2026-11-25T08:00:00+08:00), a relative age (30m, 24h, 7d) or "now"';
    throw new SmsInputError(`${field}: ${message}`, [{ field, message }]);
}
const daysIn = (year, month) => new Date(Date.UTC(year, month, 0)).getUTCDate();
/** A date's fields, refused when the day does not exist (`2026-02-31`, `2026-13-01`). */
function checkedDate(field, text, fields) {
    const [y, m, d] = fields;
    const [year, month, day] = [Number(y), Number(m), Number(d)];
    if (month < 1 || month > 12)
        invalid(field, text, `"${text}" has no month ${month}`);
    if (day < 1 || day > daysIn(year, month)) {
        invalid(field, text, `"${text}" is not a date: ${y}-${m} has ${daysIn(year, month)} days`);
    }
    return { year, month, day };
}
function zoneOffsetMs(zone) {
    if (/^z$/i.test(zone))
        return 0;
    const [, sign, hh, mm] = /^([+-])(\d{2}):?(\d{2})$/.exec(zone) ?? [];
    return (sign === '-' ? -1 : 1) * (Number(hh) * 60 + Number(mm)) * 60_000;
}
/**
 * Parses a time given on a command line or in a workflow into epoch seconds. Accepts epoch seconds
 * (13-digit epoch milliseconds are converted), ISO dates/datetimes (no zone = `timeZone`, by default
 * Asia/Shanghai), `now`, and relative ages like `24h`/`7d`/`30m` meaning that long before `now`.
 * Dates that do not exist (`2026-02-31`) are refused rather than rolled over. Throws SmsInputError.
 */
export function parseTimeInput(value, options = {}) {
    const field = options.field ?? 'time';
    const text = String(value).trim();
    if (/^\d+$/.test(text)) {
        const n = Number(text);
        return text.length >= 13 ? Math.floor(n / 1000) : n;
    }
    if (text.toLowerCase() === 'now')
        return nowSeconds(options.now);
    const age = checkDuration(text, AGE_RULES);
    if (age.ok)
        return Math.floor((nowMs(options.now) - age.ms) / 1000);
    const zone = options.timeZone ?? DEFAULT_TIME_ZONE;
    const dateOnly = DATE_ONLY.exec(text);
    if (dateOnly) {
        const date = checkedDate(field, text, dateOnly.slice(1));
        return Math.floor(instantOf({ ...date, hour: 0, minute: 0, second: 0 }, zone) / 1000);
    }
    const dateTime = DATE_TIME.exec(text);
    if (!dateTime)
        invalid(field, text);
    const [, , , , hh, mi, ss = '00', fraction = '', offset] = dateTime;
    const date = checkedDate(field, text, dateTime.slice(1, 4));
    const [hour, minute, second] = [Number(hh), Number(mi), Number(ss)];
    if (hour > 23 || minute > 59 || second > 59)
        invalid(field, text, `"${text}" is not a time of day`);
    const wall = { ...date, hour, minute, second, ms: Math.floor(Number(`0${fraction}`) * 1000) };
    const ms = offset === undefined
        ? instantOf(wall, zone)
        : Date.UTC(date.year, date.month - 1, date.day, hour, minute, second) + wall.ms - zoneOffsetMs(offset);
    return Math.floor(ms / 1000);
}
/** A window ending now: `24h`, `7d`, `30m` → `{ startTime: now − that, endTime: now }` in epoch seconds. */
export function parseWindow(value, options = {}) {
    const field = options.field ?? 'window';
    const length = checkDuration(value, AGE_RULES);
    if (!length.ok) {
        const message = `"${value}" is not a window: use a length such as 30m, 24h or 7d`;
        throw new SmsInputError(`${field}: ${message}`, [{ field, message }]);
    }
    const endTime = nowSeconds(options.now);
    return { startTime: endTime - Math.floor(length.ms / 1000), endTime };
}
