import { SmsInputError } from "../errors/errors.js";
import { SHANGHAI_OFFSET_SECONDS, shanghaiDate, shanghaiSecondOfDay } from "../time/shanghai-day.js";
import { parseTimeInput } from "../time/time.js";
/**
 * When a batch task may send (reference §3.4), in Asia/Shanghai (fixed UTC+8): at once only between
 * 08:00:00 and 21:30:00; scheduled strictly in the future, no later than the same day of next month
 * (clamped to its last day), at a time of day in the same window. Checked before any network call.
 */
const SHANGHAI = 'Asia/Shanghai';
const SHANGHAI_MS = SHANGHAI_OFFSET_SECONDS * 1000;
const OPENS = 8 * 3600;
const CLOSES = 21 * 3600 + 30 * 60;
const refuse = (field, message, hint) => new SmsInputError(`${field}: ${message}`, [{ field, message }], { hint });
/** Seconds since Shanghai midnight of `ms`. */
const secondOfDay = (ms) => shanghaiSecondOfDay(ms / 1000);
export function checkBatchSchedule(input, now) {
    const window = 'Batch tasks send between 08:00:00 and 21:30:00 Asia/Shanghai';
    if (!input.scheduled) {
        const second = secondOfDay(now);
        if (second < OPENS || second > CLOSES)
            throw refuse('scheduled', `it is outside 08:00–21:30 in Asia/Shanghai now`, `${window}; pass --scheduled --send-time for a later time.`);
        return { scheduled: false, sendTime: 0 };
    }
    const text = input.sendTime?.trim() ?? '';
    if (text === '')
        throw refuse('send-time', 'is required with --scheduled', 'Pass --send-time 2026-08-06T10:00:00 (Asia/Shanghai unless an offset is given).');
    // The core's one time parser reads it (a date that does not exist is refused, not rolled over); only
    // a datetime is a send time, not an age, an epoch or a bare date.
    if (!/^\d{4}-\d{2}-\d{2}[T ]\d{2}:\d{2}/.test(text))
        throw refuse('send-time', `"${text}" is not an ISO 8601 time: write it like 2026-08-06T10:00:00 (Asia/Shanghai unless an offset is given)`, 'Pass e.g. 2026-08-06T10:00:00 (Asia/Shanghai unless an offset is given).');
    const at = parseTimeInput(text, { field: 'send-time', timeZone: SHANGHAI, now }) * 1000;
    if (at <= now)
        throw refuse('send-time', 'is not in the future: pick a later time', 'Pick a later time, or leave out --scheduled to send at once.');
    const second = secondOfDay(at);
    if (second < OPENS || second > CLOSES)
        throw refuse('send-time', 'is outside 08:00–21:30 Asia/Shanghai, when batch tasks send: pick a time of day in that window', `${window}.`);
    // The same day of next month, clamped to that month's last day, to its end.
    const local = new Date(now + SHANGHAI_MS);
    const year = local.getUTCFullYear();
    const month = local.getUTCMonth() + 1;
    const lastDay = new Date(Date.UTC(year, month + 1, 0)).getUTCDate();
    const limit = Date.UTC(year, month, Math.min(local.getUTCDate(), lastDay), 23, 59, 59) - SHANGHAI_MS;
    if (at > limit)
        throw refuse('send-time', `is more than a month ahead: schedule no later than ${shanghaiDate(limit / 1000)} (the same day next month)`, 'Schedule no later than the same day next month.');
    return { scheduled: true, sendTime: Math.floor(at / 1000) };
}
