/**
 * The analytics window and its buckets (agent-v2 reference §6): an explicit `[start, end)` read in
 * Asia/Shanghai (a fixed UTC+08:00, no daylight saving, so every local hour and day has a fixed length),
 * at most 90 days; `total` is one bucket, `hour` and `day` cut at local boundaries and are clipped at
 * both ends; at most 100 buckets, and buckets plus send-log pages at most 120 queries.
 */
export declare const ANALYTICS_TIME_ZONE = "Asia/Shanghai";
export declare const MAX_ANALYTICS_BUCKETS = 100;
export declare const MAX_ANALYTICS_QUERIES = 120;
export type BucketSize = 'total' | 'hour' | 'day';
/** Epoch seconds, `start` included, `end` excluded. */
export interface AnalyticsWindow {
    start: number;
    end: number;
}
/** One bound: ISO 8601, whole seconds (a fraction of zeros is whole), no offset = Asia/Shanghai. */
export declare function parseAnalyticsTime(text: string, field: string): number;
export declare function analyticsWindow(startText: string, endText: string): AnalyticsWindow;
/** The buckets of the window, oldest first; refused past 100 (90 days cannot use `hour`). */
export declare function analyticsBuckets(window: AnalyticsWindow, size: BucketSize): AnalyticsWindow[];
/** Buckets plus send-log pages, counted before retries, must stay within 120 queries. */
export declare function checkQueryBudget(buckets: number, logPages: number): void;
/** The stats request of a bucket: `EndTime` is the bucket's last second, so neighbours never overlap. */
export declare function statsTimes(bucket: AnalyticsWindow): {
    startTime: number;
    endTime: number;
};
