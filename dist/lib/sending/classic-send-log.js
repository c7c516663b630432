import { SmsInputError } from "../errors/errors.js";
import { isRecord } from "../schemas/quick-read.js";
import { DAY_SECONDS, shanghaiDate, shanghaiDayStart } from "../time/shanghai-day.js";
/**
 * The classic send log (`GetSmsSendDetails`) takes a date (`sendDate`), not a window: asked for the last
 * hour, it answers the whole Asia/Shanghai day. The client keeps only the entries inside the window asked
 * for, in the result and in the raw envelope alike, and says that the API was asked for more. A window that
 * crosses midnight (`--since 1h` at 00:30) is asked day by day, newest first, with the same page number
 * each: page N of the window is page N of every day, so reading pages 1, 2, … meets each entry once.
 */
/** One request per day: a page read of a longer window is refused rather than made 30+ requests deep. */
const CLASSIC_LOG_MAX_DAYS = 31;
/**
 * The window cut into its Asia/Shanghai days, newest first; a window within one day is itself. A window
 * open at its end (`--from-time` alone) runs, as the agent API's does, to now: through the end of today.
 */
function classicDays(input, now) {
    const { fromTime } = input;
    const toTime = fromTime === undefined || input.toTime !== undefined
        ? input.toTime
        : shanghaiDayStart(Math.max(Math.floor(now / 1000), fromTime)) + DAY_SECONDS - 1;
    if (fromTime === undefined || toTime === undefined || fromTime > toTime)
        return [input];
    const first = shanghaiDayStart(fromTime);
    const last = shanghaiDayStart(toTime);
    const count = (last - first) / DAY_SECONDS + 1;
    if (count > CLASSIC_LOG_MAX_DAYS) {
        const message = `the classic send log is asked one Asia/Shanghai day per request, and this window spans ${count} days ` +
            `(at most ${CLASSIC_LOG_MAX_DAYS} for one page)`;
        throw new SmsInputError(message, [{ field: 'from-time', message }], {
            hint: 'Narrow the window with --from-time/--to-time, or read it all with --all, which walks it day by day.',
        });
    }
    const days = [];
    for (let start = last; start >= first; start -= DAY_SECONDS) {
        const end = start + DAY_SECONDS - 1;
        days.push({ ...input, fromTime: Math.max(start, fromTime), toTime: Math.min(end, toTime) });
    }
    return days;
}
/** Reads every day of the window (one after another: the API allows 5 requests a second) as one page. */
export async function readClassicSendLog(input, ask, now) {
    const days = classicDays(input, now);
    const answers = [];
    for (const day of days)
        answers.push(keepClassicWindow(await ask(day), day));
    if (answers.length === 1)
        return answers[0];
    return joinDays(answers, days.map((day) => shanghaiDate(day.fromTime ?? 0)));
}
export function keepClassicWindow(response, input) {
    const anchor = input.fromTime ?? input.toTime;
    if (anchor === undefined)
        return response;
    const dayStart = shanghaiDayStart(anchor);
    const dayEnd = dayStart + DAY_SECONDS - 1;
    if ((input.fromTime ?? dayStart) <= dayStart && (input.toTime ?? dayEnd) >= dayEnd)
        return response; // whole day
    // Entries carry epoch milliseconds; the window's seconds are whole (the last one included).
    const fromMs = (input.fromTime ?? dayStart) * 1000;
    const toMs = (input.toTime ?? dayEnd) * 1000 + 999;
    const inside = (sendTime) => typeof sendTime !== 'number' || (sendTime >= fromMs && sendTime <= toMs);
    const List = response.result.List.filter((entry) => inside(entry.SendTime));
    const details = rawDetails(response.raw);
    const keptRaw = details
        ? withDetails(response.raw, details.filter((e) => !isRecord(e) || inside(e.sendTime)))
        : response.raw;
    return {
        ...response,
        result: { ...response.result, List },
        raw: keptRaw,
        widened: { days: [shanghaiDate(dayStart)], dropped: response.result.List.length - List.length },
    };
}
/**
 * The days' answers as one page: entries newest day first, totals added, the envelope's list joined. When
 * any day was wider than the window, `widened` names every day asked (the whole ones too).
 */
function joinDays(answers, dayNames) {
    const [newest] = answers;
    const List = answers.flatMap((a) => a.result.List);
    const Total = answers.reduce((sum, a) => sum + a.result.Total, 0);
    const details = answers.map((a) => rawDetails(a.raw));
    const raw = details.every((d) => d !== undefined)
        ? withDetails(newest.raw, details.flat(), Total)
        : newest.raw;
    const widened = answers.flatMap((a) => (a.widened ? [a.widened] : []));
    return {
        result: { ...newest.result, List, Total },
        requestId: answers.map((a) => a.requestId).join(', '),
        raw,
        attempts: answers.reduce((sum, a) => sum + a.attempts, 0),
        widened: widened.length === 0
            ? undefined
            : { days: dayNames, dropped: widened.reduce((sum, w) => sum + w.dropped, 0) },
    };
}
function rawDetails(raw) {
    const result = isRecord(raw) && isRecord(raw.Result) ? raw.Result : undefined;
    return Array.isArray(result?.sendDetailsResults) ? result.sendDetailsResults : undefined;
}
/** The envelope with its `Result.sendDetailsResults` (and `total`, when given) replaced. */
function withDetails(raw, sendDetailsResults, total) {
    if (!isRecord(raw) || !isRecord(raw.Result))
        return raw;
    const Result = { ...raw.Result, sendDetailsResults, ...(total === undefined ? {} : { total }) };
    return { ...raw, Result };
}
