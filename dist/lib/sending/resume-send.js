import { SmsInputError } from "../errors/errors.js";
import { DEFAULT_SEND_QPS } from "./delivery-plan.js";
import { chunkSenderFor, runChunks } from "./direct-send.js";
import { findInSendLog } from "./journal-reconcile.js";
import { createPacer } from "./pace.js";
import { maskPhone } from "./phone.js";
import { outcomeFrom, statusCounts } from "./send-chunks.js";
import { chunk } from "./send-plan.js";
import { JOURNAL_VERSION, } from "./send-journal.js";
/** Each number's state as the journal leaves it, the send, and the next free chunk number. */
export function journalState(records) {
    const start = records[0];
    if (start?.type !== 'start' || start.version !== JOURNAL_VERSION) {
        const message = 'is not a journal this version of volc-sms wrote';
        throw new SmsInputError(`journal: ${message}`, [{ field: 'journal', message }]);
    }
    const numbers = new Map(start.send.mobiles.map((mobile) => [mobile, { status: 'pending', source: 'journal', since: start.at }]));
    let nextChunk = 0;
    for (const record of records.slice(1)) {
        if (record.type === 'intent') {
            nextChunk = Math.max(nextChunk, record.chunk + 1);
            for (const mobile of record.mobiles)
                numbers.set(mobile, { status: 'unknown', source: 'journal', since: record.at });
        }
        else if (record.type === 'result') {
            for (const r of record.results) {
                const before = numbers.get(r.mobile);
                numbers.set(r.mobile, {
                    status: r.status,
                    source: before?.source ?? 'journal',
                    since: before?.since ?? record.at,
                    messageId: r.messageId,
                    code: r.code,
                });
            }
        }
        else if (record.type === 'reconciled') {
            for (const r of record.results) {
                const before = numbers.get(r.mobile);
                if (before?.status !== 'unknown')
                    continue;
                numbers.set(r.mobile, r.found
                    ? { status: 'sent', source: 'send-log', since: before.since, messageId: r.messageId }
                    : { ...before, source: 'not-in-log' });
            }
        }
    }
    return { send: start.send, numbers, nextChunk };
}
/** Chunks for the numbers to send: equal values together when the send was planned that way. */
function chunksOf(send, mobiles) {
    if (send.kind === 'sms' || send.groupByParams !== true)
        return chunk(mobiles);
    const params = new Map(send.mobiles.map((mobile, i) => [mobile, send.params?.[i] ?? '']));
    const groups = new Map();
    for (const mobile of mobiles) {
        const key = params.get(mobile) ?? '';
        const group = groups.get(key);
        if (group)
            group.push(mobile);
        else
            groups.set(key, [mobile]);
    }
    return [...groups.values()].flatMap((group) => chunk(group));
}
export async function resumeDirectSend(client, journal, options = {}) {
    const { send, numbers, nextChunk } = journalState(await journal.read());
    const pacer = createPacer(options.qps ?? DEFAULT_SEND_QPS);
    const unsettled = [];
    const knownMessageIds = new Set();
    for (const [mobile, state] of numbers) {
        if (state.status === 'unknown')
            unsettled.push({ mobile, since: state.since, messageId: state.messageId });
        if (state.messageId !== undefined && state.status === 'sent')
            knownMessageIds.add(state.messageId);
    }
    if (unsettled.length > 0) {
        const now = Date.now();
        const matches = await findInSendLog(client, send, unsettled, {
            pacer,
            now,
            knownMessageIds,
            signal: options.signal,
        });
        const results = unsettled.map(({ mobile }) => ({ mobile, ...(matches.get(mobile) ?? { found: false }) }));
        await journal.append({ type: 'reconciled', at: now, results });
        for (const r of results) {
            const before = numbers.get(r.mobile);
            numbers.set(r.mobile, r.found
                ? { status: 'sent', source: 'send-log', since: before.since, messageId: r.messageId }
                : { ...before, source: 'not-in-log' });
        }
    }
    const toSend = send.mobiles.filter((mobile) => {
        const state = numbers.get(mobile);
        return state.status === 'pending' || (options.resendUnknown === true && state.status === 'unknown');
    });
    let outcome;
    const sentNow = new Map();
    if (toSend.length > 0) {
        const chunks = chunksOf(send, toSend);
        const outcomes = await runChunks(chunkSenderFor(client, send), chunks, {
            ...options,
            journal,
            pacer,
            firstChunk: nextChunk,
        });
        const recipients = outcomes.flatMap((o) => o.recipients);
        for (const r of recipients)
            sentNow.set(r.mobile, r);
        outcome = outcomeFrom({ mobiles: toSend, duplicates: [], chunks }, recipients, outcomes.flatMap((o) => o.raw));
    }
    const report = send.mobiles.map((mobile) => {
        const state = numbers.get(mobile);
        const now = sentNow.get(mobile);
        const masked = maskPhone(mobile);
        if (now !== undefined) {
            return {
                mobile,
                masked,
                status: now.status,
                source: state.status === 'pending' ? 'resumed' : 'resent',
                messageId: now.messageId,
                error: now.error,
            };
        }
        return {
            mobile,
            masked,
            // Pending only when the resume was aborted before reaching it: still unsent.
            status: state.status === 'pending' ? 'failed' : state.status,
            source: state.source,
            messageId: state.messageId,
            code: state.status === 'pending' ? 'aborted' : state.code,
        };
    });
    return { send, numbers: report, ...statusCounts(report), outcome };
}
