import { isRecord } from "../schemas/quick-read.js";
/**
 * The classic send log (`GetSmsSendDetails`) takes a date (`sendDate`), not a window: asked for the last
 * hour, it answers the whole Asia/Shanghai day. The client keeps only the entries inside the window asked
 * for, in the result and in the raw envelope alike, and says that the API was asked for more.
 */
const DAY_MS = 86_400_000;
const SHANGHAI_OFFSET_MS = 8 * 3_600_000;
/** Start of the Asia/Shanghai day containing an instant, in epoch ms. */
function shanghaiDayStart(ms) {
    return Math.floor((ms + SHANGHAI_OFFSET_MS) / DAY_MS) * DAY_MS - SHANGHAI_OFFSET_MS;
}
export function keepClassicWindow(response, input) {
    const anchor = input.fromTime ?? input.toTime;
    if (anchor === undefined)
        return response;
    const dayStart = shanghaiDayStart(anchor * 1000);
    const fromMs = input.fromTime === undefined ? dayStart : input.fromTime * 1000;
    const toMs = input.toTime === undefined ? dayStart + DAY_MS - 1 : input.toTime * 1000 + 999;
    if (fromMs <= dayStart && toMs >= dayStart + DAY_MS - 1)
        return response; // the whole day was asked for
    const inside = (sendTime) => typeof sendTime !== 'number' || (sendTime >= fromMs && sendTime <= toMs);
    const List = response.result.List.filter((entry) => inside(entry.SendTime));
    const raw = isRecord(response.raw) ? response.raw : undefined;
    const result = raw && isRecord(raw.Result) ? raw.Result : undefined;
    const details = result?.sendDetailsResults;
    const keptRaw = raw && result && Array.isArray(details)
        ? {
            ...raw,
            Result: {
                ...result,
                sendDetailsResults: details.filter((e) => !isRecord(e) || inside(e.sendTime)),
            },
        }
        : response.raw;
    const day = new Date(dayStart + SHANGHAI_OFFSET_MS).toISOString().slice(0, 10);
    return {
        ...response,
        result: { ...response.result, List },
        raw: keptRaw,
        widened: { day, dropped: response.result.List.length - List.length },
    };
}
