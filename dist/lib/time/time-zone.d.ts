/**
 * The zone in which times are shown and zone-less times are read. The API's day boundaries and stats
 * windows are Asia/Shanghai (UTC+8, no DST), and so are the skill's, so that is the default everywhere;
 * `VOLC_SMS_TZ` (an IANA name such as `UTC` or `Europe/Berlin`) moves both together, so a time copied
 * from a table always finds the same record again.
 */
export declare const DEFAULT_TIME_ZONE = "Asia/Shanghai";
export declare const TIME_ZONE_VARIABLE = "VOLC_SMS_TZ";
/** Wall-clock fields of one instant in one zone. */
interface WallClock {
    year: number;
    month: number;
    day: number;
    hour: number;
    minute: number;
    second: number;
}
/** Minutes east of UTC at that instant (`480` for Shanghai). */
export declare function zoneOffsetMinutes(ms: number, zone: string): number;
/** `+08:00`, `Z` for UTC. */
export declare function formatOffset(minutes: number): string;
/**
 * The instant of a wall-clock time in a zone. Two passes find the offset in force at that instant (a
 * time inside a DST gap lands after it, as most libraries do).
 */
export declare function instantOf(wall: WallClock & {
    ms?: number;
}, zone: string): number;
/** Whether the zone name is one Intl knows. */
export declare function isTimeZone(zone: string): boolean;
/**
 * The zone the user asked for (`VOLC_SMS_TZ`), else Asia/Shanghai.
 * @throws SmsInputError naming the variable when it is not a zone name
 */
export declare function timeZoneFrom(env: Readonly<Record<string, string | undefined>>): string;
/** Epoch milliseconds → `2026-11-25 19:40:02` in the zone. */
export declare function formatWallTime(ms: number, zone?: string): string;
/** What a table says about its times: `Asia/Shanghai, UTC+08:00` (the offset of `at`). */
export declare function describeTimeZone(zone?: string, at?: number): string;
export {};
