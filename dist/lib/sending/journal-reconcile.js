import { maskPhone } from "./phone.js";
/**
 * Settles numbers whose send had no answer through the send log (ListSmsSendLogForAgent): by message id
 * where one is known, else by number, template, signature and group in the window from the chunk's intent
 * to now. Found means the number was sent (once, if found once); not found leaves it unknown, never
 * "not sent": a log can lag, and only the caller's explicit choice resends it.
 */
/** Client and server clocks may disagree: the window opens this much before the intent. */
const CLOCK_SKEW_MS = 2 * 60_000;
const PAGE_SIZE = 100;
export async function findInSendLog(client, target, unsettled, options) {
    const matches = new Map();
    const read = async (filter) => {
        await options.pacer.wait(options.signal);
        const { result } = await client.listSendLogs({
            subAccount: target.subAccount,
            templateId: target.templateId,
            signature: target.signature,
            toTime: Math.ceil(options.now / 1000),
            pageSize: PAGE_SIZE,
            ...filter,
        }, { signal: options.signal });
        return result;
    };
    const foreign = (entry) => !options.knownMessageIds.has(entry.MessageId);
    const byNumber = [];
    for (const number of unsettled) {
        if (number.messageId === undefined) {
            byNumber.push(number);
            continue;
        }
        const found = (await read({ messageId: number.messageId })).List.some((e) => e.MessageId === number.messageId);
        matches.set(number.mobile, found ? { found, messageId: number.messageId } : { found });
    }
    if (byNumber.length === 0)
        return matches;
    const fromTime = Math.floor((Math.min(...byNumber.map((n) => n.since)) - CLOCK_SKEW_MS) / 1000);
    const ambiguous = await scanWindow(read, byNumber, fromTime, foreign, matches);
    // One query per number: exact, but a read each (5 per second).
    for (const number of ambiguous) {
        const own = Math.floor((number.since - CLOCK_SKEW_MS) / 1000);
        const entries = (await read({ mobile: number.mobile, fromTime: own })).List.filter(foreign);
        matches.set(number.mobile, entries.length > 0 ? { found: true, messageId: entries[0]?.MessageId } : { found: false });
    }
    return matches;
}
/**
 * Reads the whole window when that takes fewer reads than one per number, and settles every number whose
 * masked form (the log shows only that) accounts for exactly as many foreign entries as there are such
 * numbers, or for none. Returns the numbers left to look up one by one.
 */
async function scanWindow(read, numbers, fromTime, foreign, matches) {
    if (numbers.length === 1)
        return [...numbers];
    const first = await read({ page: 1, fromTime });
    const pages = Math.ceil(first.Total / PAGE_SIZE);
    if (pages > numbers.length)
        return [...numbers];
    const entries = [...first.List];
    for (let page = 2; page <= pages; page++)
        entries.push(...(await read({ page, fromTime })).List);
    const logged = new Map();
    for (const entry of entries.filter(foreign)) {
        const key = entry.Mobile ?? '';
        logged.set(key, [...(logged.get(key) ?? []), entry]);
    }
    const groups = new Map();
    for (const number of numbers) {
        const key = maskPhone(number.mobile);
        groups.set(key, [...(groups.get(key) ?? []), number]);
    }
    const left = [];
    for (const [mask, group] of groups) {
        const found = logged.get(mask) ?? [];
        if (found.length === 0)
            for (const n of group)
                matches.set(n.mobile, { found: false });
        else if (found.length === group.length && group.length === 1)
            matches.set(group[0].mobile, { found: true, messageId: found[0]?.MessageId });
        else if (found.length === group.length)
            for (const n of group)
                matches.set(n.mobile, { found: true });
        else
            left.push(...group);
    }
    return left;
}
