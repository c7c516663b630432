/**
 * The service's days: Asia/Shanghai is a fixed UTC+08:00 all year (no daylight saving), so its days,
 * stats buckets and batch hours are plain arithmetic on epoch seconds, with no time-zone data to load
 * (Intl's costs milliseconds of cold start). Shown times in other zones go through time-zone.ts instead.
 */
export const SHANGHAI_OFFSET_SECONDS = 8 * 3600;
export const DAY_SECONDS = 86_400;
/** Start of the Asia/Shanghai day containing an instant, both in epoch seconds. */
export function shanghaiDayStart(seconds) {
    return (Math.floor((seconds + SHANGHAI_OFFSET_SECONDS) / DAY_SECONDS) * DAY_SECONDS - SHANGHAI_OFFSET_SECONDS);
}
/** Seconds since Asia/Shanghai midnight of an instant in epoch seconds (0 to 86,399). */
export function shanghaiSecondOfDay(seconds) {
    return Math.floor(seconds) - shanghaiDayStart(Math.floor(seconds));
}
const pad = (n) => String(n).padStart(2, '0');
/** `2026-07-01T00:00:00+08:00`: the reference's ISO form of an instant, labelled with the offset. */
export function shanghaiIso(seconds) {
    const d = new Date((seconds + SHANGHAI_OFFSET_SECONDS) * 1000);
    return (`${d.getUTCFullYear()}-${pad(d.getUTCMonth() + 1)}-${pad(d.getUTCDate())}` +
        `T${pad(d.getUTCHours())}:${pad(d.getUTCMinutes())}:${pad(d.getUTCSeconds())}+08:00`);
}
/** `2026-07-01`: the Asia/Shanghai date of an instant in epoch seconds. */
export function shanghaiDate(seconds) {
    return shanghaiIso(seconds).slice(0, 10);
}
