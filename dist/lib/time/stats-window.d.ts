/** The stats action (`ListTotalSendCountStat*`) answers at most 90 days per request (reference §3.7). */
export declare const MAX_STATS_WINDOW_DAYS = 90;
export declare const MAX_STATS_WINDOW_SECONDS: number;
/** What is wrong with a stats window in epoch seconds, or undefined when the API will take it. */
export declare function statsWindowProblem(startTime: number, endTime: number): string | undefined;
/**
 * Refuses a stats window the API would answer with RE:0009, before sending it.
 * @throws SmsInputError naming `field`
 */
export declare function checkStatsWindow(startTime: number, endTime: number, field: string): void;
