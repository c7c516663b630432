/**
 * The one reader of times and durations typed by users: CLI flags, Action inputs and Slack commands all
 * come through here, so `24h`, `2026-11-25 08:00` and `90s` mean the same everywhere.
 */
export interface TimeParseOptions {
    /** The reference time for `now` and relative values; a number is epoch MILLISECONDS. @default new Date() */
    now?: Date | number | undefined;
    /** The flag or input name, used in the error. @default 'time' */
    field?: string | undefined;
    /** The zone of a date or datetime typed without one (IANA name). @default 'Asia/Shanghai' */
    timeZone?: string | undefined;
}
export type DurationUnit = 'ms' | 's' | 'm' | 'h' | 'd' | 'w';
export interface DurationRules {
    /** The unit of a bare number (`30` → 30 s); without it a unit is required. */
    defaultUnit?: DurationUnit | undefined;
    /** The units accepted. @default every unit */
    units?: readonly DurationUnit[] | undefined;
    /** Inclusive bounds in milliseconds. */
    minMs?: number | undefined;
    maxMs?: number | undefined;
    /** Only whole numbers (`1.5h` refused). */
    whole?: boolean | undefined;
    /** Shown when the text is not a duration. @default '30s, 5m or 24h' */
    examples?: string | undefined;
}
/** A duration in milliseconds, or what is wrong with it (completing "--flag …"). */
export type DurationCheck = {
    ok: true;
    ms: number;
} | {
    ok: false;
    problem: string;
};
/** `600000` → `10m`, `100` → `100ms`, `90000` → `90s`: the largest unit that divides it. */
export declare function formatDuration(ms: number): string;
/** Reads `30s`, `500ms`, `2m`, `24h`, `7d` (and a bare number in the default unit) within the rules. */
export declare function checkDuration(text: string, rules?: DurationRules): DurationCheck;
/**
 * A duration in milliseconds.
 * @throws SmsInputError "`field` must be …" naming the field
 */
export declare function parseDuration(text: string, rules: DurationRules & {
    field: string;
}): number;
/** Whether `text` is a window length that parseWindow accepts (`30m`, `24h`, `7d`, `2w`). */
export declare function isWindowLength(text: string): boolean;
/**
 * Parses a time given on a command line or in a workflow into epoch seconds. Accepts epoch seconds
 * (13-digit epoch milliseconds are converted), ISO dates/datetimes (no zone = `timeZone`, by default
 * Asia/Shanghai), `now`, and relative ages like `24h`/`7d`/`30m` meaning that long before `now`.
 * Dates that do not exist (`2026-02-31`) are refused rather than rolled over. Throws SmsInputError.
 */
export declare function parseTimeInput(value: string | number, options?: TimeParseOptions): number;
/** A window ending now: `24h`, `7d`, `30m` → `{ startTime: now − that, endTime: now }` in epoch seconds. */
export declare function parseWindow(value: string, options?: {
    now?: Date | number | undefined;
    field?: string | undefined;
}): {
    startTime: number;
    endTime: number;
};
