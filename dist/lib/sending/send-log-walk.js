import { SmsInputError, SmsResponseValidationError } from "../errors/errors.js";
import { shanghaiDayStart } from "../time/shanghai-day.js";
import { formatWallTime } from "../time/time-zone.js";
const secondOf = (entry) => Math.floor((entry.SendTime ?? 0) / 1000);
function unwalkable(why) {
    throw new SmsResponseValidationError(`${why}, so --all cannot walk the send log safely`, {
        hint: 'Export the window in pages with --page instead, or narrow it with --from-time/--to-time.',
    });
}
/** Where a resumed walk starts: the message's second, and how many of that second's messages to skip. */
async function resumePoint(client, input, options) {
    if (input.after === undefined)
        return undefined;
    const find = async (filters) => {
        await options.beforeRequest?.();
        const { result } = await client.listSendLogs({ subAccount: input.subAccount, ...filters, messageId: input.after, page: 1, pageSize: 1 }, { signal: options.signal });
        return result.List.find((entry) => entry.MessageId === input.after);
    };
    // Looked up under the export's own filters: a message they do not select is the caller's mistake, told
    // as such here, before the walk (which would otherwise meet older messages first and refuse the log).
    const filters = { mobile: input.mobile, templateId: input.templateId, signature: input.signature };
    const filtered = Object.values(filters).some((value) => value !== undefined);
    const message = await find(filters);
    if (message === undefined && filtered && (await find({})) !== undefined) {
        const text = `--after: message ${input.after} is not one of the messages this export's filters select`;
        throw new SmsInputError(text, [{ field: '--after', message: text }], {
            hint: 'Resume with the same filters (--signature, --template-id, --mobile…) as the export it continues.',
        });
    }
    if (message === undefined) {
        const text = `--after: message ${input.after} is not in the send log of ${input.subAccount}`;
        throw new SmsInputError(text, [{ field: '--after', message: text }], {
            hint: 'Give the MessageId of the last line a previous --all export wrote.',
        });
    }
    const second = secondOf(message);
    if (second < input.fromTime || second > input.toTime) {
        const at = (seconds) => `${formatWallTime(seconds * 1000)} Asia/Shanghai`;
        const text = `--after: message ${input.after} was sent at ${at(second)}, outside this export's window ` +
            `(${at(input.fromTime)} to ${at(input.toTime)})`;
        throw new SmsInputError(text, [{ field: '--after', message: text }], {
            hint: 'Resume with the same --from-time and --to-time as the export it continues.',
        });
    }
    return { cursor: Math.min(second, input.toTime), second, skipThrough: input.after };
}
/** Yields each page's new messages, newest first; a resumed walk starts after `input.after`. */
export async function* walkSendLog(client, input, options = {}) {
    const { after, pageSize = 100, ...filters } = input;
    const resume = await resumePoint(client, { ...input, after }, options);
    let skipThrough = resume?.skipThrough;
    let cursor = resume?.cursor ?? input.toTime;
    while (cursor >= input.fromTime) {
        // Asia/Shanghai days, the days the service itself counts in.
        const dayFrom = Math.max(shanghaiDayStart(cursor), input.fromTime);
        const dayTo = cursor;
        // The day's total is known only when the walk starts at the day's end (not when it resumes inside it).
        let total;
        let written = 0;
        let page = 1;
        let seen = new Set();
        for (;;) {
            await options.beforeRequest?.();
            const { result } = await client.listSendLogs({ ...filters, fromTime: dayFrom, toTime: cursor, page, pageSize }, { signal: options.signal });
            if (page === 1 && total === undefined && skipThrough === undefined)
                total = result.Total;
            const entries = result.List;
            const fresh = [];
            let resumedPast = 0;
            let previous = Infinity;
            for (const entry of entries) {
                const time = entry.SendTime ?? 0;
                if (time > previous || secondOf(entry) > cursor)
                    unwalkable('The send log did not come newest first');
                previous = time;
                if (skipThrough !== undefined && resume !== undefined && secondOf(entry) < resume.second)
                    unwalkable(`Message ${resume.skipThrough} was not met again in its own second`);
                if (skipThrough !== undefined) {
                    // Resuming: everything up to the last message written is skipped.
                    if (entry.MessageId === skipThrough)
                        skipThrough = undefined;
                    seen.add(entry.MessageId);
                    resumedPast += 1;
                    continue;
                }
                if (seen.has(entry.MessageId))
                    continue;
                seen.add(entry.MessageId);
                fresh.push(entry);
            }
            written += fresh.length;
            if (fresh.length > 0)
                yield fresh;
            const last = entries.at(-1);
            if (entries.length < pageSize || last === undefined)
                break;
            if (fresh.length === 0 && resumedPast === 0)
                unwalkable(`Page ${page} repeated messages already read`);
            const oldest = secondOf(last);
            if (oldest < cursor) {
                // Only this page can hold messages of the oldest second: they are the ones to skip next time.
                // They are the newest of that second, so the first `seen.size` of the window up to it: a page that
                // was all that second is skipped by number, the rest by id.
                seen = new Set(entries.filter((e) => secondOf(e) === oldest).map((e) => e.MessageId));
                cursor = oldest;
                page = Math.floor(seen.size / pageSize) + 1;
            }
            else
                page += 1;
        }
        // Its own second was walked (the filters select it, as resumePoint checked) without meeting it.
        if (skipThrough !== undefined)
            unwalkable(`Message ${skipThrough} was not met again in its own second`);
        if (total !== undefined && total !== written)
            options.onMismatch?.({ fromTime: dayFrom, toTime: dayTo, total, written });
        cursor = dayFrom - 1;
    }
}
