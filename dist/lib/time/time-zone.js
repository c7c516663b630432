import { SmsInputError } from "../errors/errors.js";
/**
 * The zone in which times are shown and zone-less times are read. The API's day boundaries and stats
 * windows are Asia/Shanghai (UTC+8, no DST), and so are the skill's, so that is the default everywhere;
 * `VOLC_SMS_TZ` (an IANA name such as `UTC` or `Europe/Berlin`) moves both together, so a time copied
 * from a table always finds the same record again.
 */
export const DEFAULT_TIME_ZONE = 'Asia/Shanghai';
export const TIME_ZONE_VARIABLE = 'VOLC_SMS_TZ';
const formatters = new Map();
function formatterFor(zone) {
    let formatter = formatters.get(zone);
    if (formatter === undefined) {
        formatter = new Intl.DateTimeFormat('en-US', {
            timeZone: zone,
            hourCycle: 'h23',
            year: 'numeric',
            month: '2-digit',
            day: '2-digit',
            hour: '2-digit',
            minute: '2-digit',
            second: '2-digit',
        });
        formatters.set(zone, formatter);
    }
    return formatter;
}
// Zones with one offset all year, computed without Intl (its zone data costs 15–40 ms of a cold start).
const FIXED_OFFSET_MINUTES = { 'Asia/Shanghai': 480, UTC: 0, 'Etc/UTC': 0 };
function wallClock(ms, zone) {
    const fixed = FIXED_OFFSET_MINUTES[zone];
    if (fixed !== undefined) {
        const d = new Date(ms + fixed * 60_000);
        return {
            year: d.getUTCFullYear(),
            month: d.getUTCMonth() + 1,
            day: d.getUTCDate(),
            hour: d.getUTCHours(),
            minute: d.getUTCMinutes(),
            second: d.getUTCSeconds(),
        };
    }
    const parts = Object.fromEntries(formatterFor(zone)
        .formatToParts(new Date(ms))
        .map((part) => [part.type, Number(part.value)]));
    return {
        year: parts.year ?? 0,
        month: parts.month ?? 0,
        day: parts.day ?? 0,
        hour: parts.hour ?? 0,
        minute: parts.minute ?? 0,
        second: parts.second ?? 0,
    };
}
const asUtc = (w) => Date.UTC(w.year, w.month - 1, w.day, w.hour, w.minute, w.second);
/** Minutes east of UTC at that instant (`480` for Shanghai). */
export function zoneOffsetMinutes(ms, zone) {
    const fixed = FIXED_OFFSET_MINUTES[zone];
    if (fixed !== undefined)
        return fixed;
    const whole = Math.floor(ms / 1000) * 1000;
    return Math.round((asUtc(wallClock(whole, zone)) - whole) / 60_000);
}
/** `+08:00`, `Z` for UTC. */
export function formatOffset(minutes) {
    if (minutes === 0)
        return 'Z';
    const sign = minutes < 0 ? '-' : '+';
    const abs = Math.abs(minutes);
    return `${sign}${String(Math.floor(abs / 60)).padStart(2, '0')}:${String(abs % 60).padStart(2, '0')}`;
}
/**
 * The instant of a wall-clock time in a zone. Two passes find the offset in force at that instant (a
 * time inside a DST gap lands after it, as most libraries do).
 */
export function instantOf(wall, zone) {
    const utc = asUtc(wall) + (wall.ms ?? 0);
    let guess = utc - zoneOffsetMinutes(utc, zone) * 60_000;
    guess = utc - zoneOffsetMinutes(guess, zone) * 60_000;
    return guess;
}
/** Whether the zone name is one Intl knows. */
export function isTimeZone(zone) {
    if (FIXED_OFFSET_MINUTES[zone] !== undefined)
        return true;
    try {
        formatterFor(zone);
        return true;
    }
    catch {
        return false;
    }
}
/**
 * The zone the user asked for (`VOLC_SMS_TZ`), else Asia/Shanghai.
 * @throws SmsInputError naming the variable when it is not a zone name
 */
export function timeZoneFrom(env) {
    const asked = env[TIME_ZONE_VARIABLE]?.trim();
    if (asked === undefined || asked === '')
        return DEFAULT_TIME_ZONE;
    if (isTimeZone(asked))
        return asked;
    const message = `${TIME_ZONE_VARIABLE}="${asked}" is not a time zone: use an IANA name such as Asia/Shanghai or UTC`;
    throw new SmsInputError(message, [{ field: TIME_ZONE_VARIABLE, message }]);
}
const pad = (n) => String(n).padStart(2, '0');
/** Epoch milliseconds → `2026-11-25 19:40:02` in the zone. */
export function formatWallTime(ms, zone = DEFAULT_TIME_ZONE) {
    const w = wallClock(ms, zone);
    return `${w.year}-${pad(w.month)}-${pad(w.day)} ${pad(w.hour)}:${pad(w.minute)}:${pad(w.second)}`;
}
/** What a table says about its times: `Asia/Shanghai, UTC+08:00` (the offset of `at`). */
export function describeTimeZone(zone = DEFAULT_TIME_ZONE, at = Date.now()) {
    const offset = formatOffset(zoneOffsetMinutes(at, zone));
    if (offset === 'Z')
        return /^(Etc\/)?UTC$/.test(zone) ? 'UTC' : `${zone}, UTC`;
    return `${zone}, UTC${offset}`;
}
