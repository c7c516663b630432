/**
 * The service's days: Asia/Shanghai is a fixed UTC+08:00 all year (no daylight saving), so its days,
 * stats buckets and batch hours are plain arithmetic on epoch seconds, with no time-zone data to load
 * (Intl's costs milliseconds of cold start). Shown times in other zones go through time-zone.ts instead.
 */
export declare const SHANGHAI_OFFSET_SECONDS: number;
export declare const DAY_SECONDS = 86400;
/** Start of the Asia/Shanghai day containing an instant, both in epoch seconds. */
export declare function shanghaiDayStart(seconds: number): number;
/** Seconds since Asia/Shanghai midnight of an instant in epoch seconds (0 to 86,399). */
export declare function shanghaiSecondOfDay(seconds: number): number;
/** `2026-07-01T00:00:00+08:00`: the reference's ISO form of an instant, labelled with the offset. */
export declare function shanghaiIso(seconds: number): string;
/** `2026-07-01`: the Asia/Shanghai date of an instant in epoch seconds. */
export declare function shanghaiDate(seconds: number): string;
