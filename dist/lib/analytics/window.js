import { SmsInputError } from "../errors/errors.js";
import { MAX_STATS_WINDOW_SECONDS } from "../time/stats-window.js";
import { SHANGHAI_OFFSET_SECONDS } from "../time/shanghai-day.js";
import { parseTimeInput } from "../time/time.js";
/**
 * The analytics window and its buckets (agent-v2 reference §6): an explicit `[start, end)` read in
 * Asia/Shanghai (a fixed UTC+08:00, no daylight saving, so every local hour and day has a fixed length),
 * at most 90 days; `total` is one bucket, `hour` and `day` cut at local boundaries and are clipped at
 * both ends; at most 100 buckets, and buckets plus send-log pages at most 120 queries.
 */
export const ANALYTICS_TIME_ZONE = 'Asia/Shanghai';
export const MAX_ANALYTICS_BUCKETS = 100;
export const MAX_ANALYTICS_QUERIES = 120;
function refuse(field, message) {
    throw new SmsInputError(`${field} ${message}`, [{ field, message: `${field} ${message}` }], {
        hint: 'Give --start and --end as ISO 8601 times (2026-07-01T00:00:00, read in Asia/Shanghai, or with an offset).',
    });
}
// An explicit point in time: a date, or a datetime with whole seconds and an optional offset (no ages, no
// "now": a report must say which window it covers, and the same command must give the same window).
const EXPLICIT_TIME = /^\d{4}-\d{2}-\d{2}(?:[T ]\d{2}:\d{2}(?::\d{2}(\.\d+)?)?(?:Z|[+-]\d{2}:?\d{2})?)?$/i;
/** One bound: ISO 8601, whole seconds (a fraction of zeros is whole), no offset = Asia/Shanghai. */
export function parseAnalyticsTime(text, field) {
    const trimmed = text.trim();
    const match = EXPLICIT_TIME.exec(trimmed);
    if (!match)
        refuse(field, `must be an ISO 8601 time such as 2026-07-01T08:00:00 (got "${trimmed}")`);
    if (match[1] !== undefined && /[1-9]/.test(match[1]))
        refuse(field, 'must have whole seconds');
    return parseTimeInput(trimmed, { field, timeZone: ANALYTICS_TIME_ZONE });
}
export function analyticsWindow(startText, endText) {
    const start = parseAnalyticsTime(startText, '--start');
    const end = parseAnalyticsTime(endText, '--end');
    if (end <= start)
        refuse('--end', 'must be after --start');
    if (end - start > MAX_STATS_WINDOW_SECONDS)
        refuse('--end', 'must be at most 90 days after --start');
    return { start, end };
}
const STEP = { hour: 3600, day: 86_400 };
/** The first local boundary after `seconds` (hour or day in Asia/Shanghai). */
function nextBoundary(seconds, step) {
    const local = seconds + SHANGHAI_OFFSET_SECONDS;
    return (Math.floor(local / step) + 1) * step - SHANGHAI_OFFSET_SECONDS;
}
/** The buckets of the window, oldest first; refused past 100 (90 days cannot use `hour`). */
export function analyticsBuckets(window, size) {
    if (size === 'total')
        return [window];
    const step = STEP[size];
    const count = Math.ceil((window.end - nextBoundary(window.start, step)) / step) + 1;
    if (count > MAX_ANALYTICS_BUCKETS) {
        refuse('--bucket', `${size} would need ${count} aggregate queries, at most ${MAX_ANALYTICS_BUCKETS}: use day or total, or a shorter window`);
    }
    const buckets = [];
    for (let start = window.start; start < window.end;) {
        const end = Math.min(nextBoundary(start, step), window.end);
        buckets.push({ start, end });
        start = end;
    }
    return buckets;
}
/** Buckets plus send-log pages, counted before retries, must stay within 120 queries. */
export function checkQueryBudget(buckets, logPages) {
    if (buckets + logPages > MAX_ANALYTICS_QUERIES) {
        refuse('--max-pages', `and ${buckets} bucket(s) make ${buckets + logPages} queries, at most ${MAX_ANALYTICS_QUERIES}`);
    }
}
/** The stats request of a bucket: `EndTime` is the bucket's last second, so neighbours never overlap. */
export function statsTimes(bucket) {
    return { startTime: bucket.start, endTime: bucket.end - 1 };
}
