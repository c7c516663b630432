import { SmsInputError } from "../errors/errors.js";
/** The stats action (`ListTotalSendCountStat*`) answers at most 90 days per request (reference §3.7). */
export const MAX_STATS_WINDOW_DAYS = 90;
export const MAX_STATS_WINDOW_SECONDS = MAX_STATS_WINDOW_DAYS * 86_400;
/** What is wrong with a stats window in epoch seconds, or undefined when the API will take it. */
export function statsWindowProblem(startTime, endTime) {
    if (endTime <= startTime)
        return 'the start must come before the end';
    if (endTime - startTime > MAX_STATS_WINDOW_SECONDS) {
        const days = Math.ceil((endTime - startTime) / 86_400);
        return `the stats API covers at most ${MAX_STATS_WINDOW_DAYS} days per request, this window is ${days}`;
    }
    return undefined;
}
/**
 * Refuses a stats window the API would answer with RE:0009, before sending it.
 * @throws SmsInputError naming `field`
 */
export function checkStatsWindow(startTime, endTime, field) {
    const problem = statsWindowProblem(startTime, endTime);
    if (problem === undefined)
        return;
    const message = `${field}: ${problem}`;
    throw new SmsInputError(message, [{ field, message }], {
        hint: `Ask for ${MAX_STATS_WINDOW_DAYS} days or fewer, or split the window into several requests.`,
    });
}
