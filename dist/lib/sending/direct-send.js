import { planBatchSend } from "./batch-plan.js";
import { SmsNetworkError } from "../errors/errors.js";
import { maskPhone } from "./phone.js";
import { firstSpellings, outcomeFrom } from "./send-chunks.js";
import { planSend } from "./send-plan.js";
import { DEFAULT_SEND_QPS } from "./delivery-plan.js";
import { createPacer } from "./pace.js";
import { JOURNAL_VERSION, } from "./send-journal.js";
export function chunkSenderFor(client, send) {
    const target = { subAccount: send.subAccount, signature: send.signature, templateId: send.templateId };
    const tag = send.tag === undefined ? {} : { tag: send.tag };
    if (send.kind === 'sms') {
        const extra = {
            ...(send.templateParam === undefined ? {} : { templateParam: send.templateParam }),
            ...(send.account === undefined ? {} : { account: send.account }),
            ...tag,
        };
        return (mobiles, options) => client.sendSms({ ...target, ...extra, mobiles }, options);
    }
    const params = new Map(send.mobiles.map((mobile, i) => [mobile, send.params?.[i]]));
    return (mobiles, options) => client.sendBatchSms({
        ...target,
        ...tag,
        messages: mobiles.map((mobile) => ({ mobile, templateParam: params.get(mobile) })),
    }, options);
}
function journaledResult(recipient) {
    const error = recipient.error;
    return {
        mobile: recipient.mobile,
        status: recipient.status,
        ...(recipient.messageId === undefined ? {} : { messageId: recipient.messageId }),
        ...(error === undefined ? {} : { code: error.apiCode ?? error.code }),
        ...(recipient.requestId === undefined ? {} : { requestId: recipient.requestId }),
    };
}
function notSent(mobiles, error) {
    const recipients = mobiles.map((mobile) => ({
        input: mobile,
        mobile,
        masked: maskPhone(mobile),
        status: 'failed',
        error,
    }));
    return outcomeFrom({ mobiles: [...mobiles], duplicates: [], chunks: [[...mobiles]] }, recipients, [
        undefined,
    ]);
}
/**
 * Sends `chunks` paced and journaled, numbering them from `firstChunk` in the journal. Resolves with one
 * outcome per chunk, in chunk order. A chunk not started before `signal` aborted is reported failed
 * (nothing was sent, nor journaled: a resume sends it).
 */
export async function runChunks(send, chunks, options) {
    const qps = options.qps ?? DEFAULT_SEND_QPS;
    const pacer = options.pacer ?? createPacer(qps);
    const limit = Math.max(1, Math.min(chunks.length, options.concurrency ?? Math.min(8, Math.ceil(qps))));
    const journal = options.journal;
    const first = options.firstChunk ?? 0;
    const outcomes = new Array(chunks.length);
    const callOptions = { signal: options.signal };
    let next = 0;
    let done = 0;
    const sendOne = async (index) => {
        const mobiles = chunks[index];
        try {
            await pacer.wait(options.signal);
        }
        catch {
            return notSent(mobiles, new SmsNetworkError('Aborted before this chunk was sent'));
        }
        const chunk = first + index;
        await journal?.append({ type: 'intent', chunk, at: Date.now(), mobiles: [...mobiles] });
        let outcome;
        try {
            outcome = await send(mobiles, callOptions);
        }
        catch (err) {
            // The request could not be built: nothing went out. Journaled as such, then the caller's to handle.
            const code = err.code ?? 'error';
            await journal?.append({
                type: 'result',
                chunk,
                at: Date.now(),
                results: mobiles.map((mobile) => ({ mobile, status: 'failed', code })),
            });
            throw err;
        }
        await journal?.append({
            type: 'result',
            chunk,
            at: Date.now(),
            results: outcome.recipients.map(journaledResult),
        });
        return outcome;
    };
    const worker = async () => {
        while (next < chunks.length) {
            const index = next++;
            outcomes[index] = await sendOne(index);
            done += 1;
            options.onChunk?.({ done, total: chunks.length });
        }
    };
    await Promise.all(Array.from({ length: limit }, worker));
    return outcomes;
}
/** The chunks' outcomes as one, in the plan's order, each number shown as the caller wrote it. */
export function mergeOutcomes(plan, outcomes, originalInputs = []) {
    const spelling = firstSpellings(originalInputs);
    const order = new Map(plan.mobiles.map((mobile, index) => [mobile, index]));
    const recipients = outcomes
        .flatMap((outcome) => outcome.recipients)
        .map((r) => ({ ...r, input: spelling.get(r.mobile) ?? r.input }))
        .sort((a, b) => (order.get(a.mobile) ?? 0) - (order.get(b.mobile) ?? 0));
    return outcomeFrom(plan, recipients, outcomes.flatMap((outcome) => outcome.raw));
}
/** What a direct send is, in the journal's terms (and the plan it was made from). */
export function planDirectSend(request) {
    const { subAccount, signature, templateId, tag } = request.input;
    const common = { subAccount, signature, templateId, ...(tag === undefined ? {} : { tag }) };
    if (request.kind === 'sms') {
        const plan = planSend(request.input);
        const { templateParam } = plan;
        const account = request.input.account;
        return {
            plan,
            inputs: [...request.input.mobiles],
            send: {
                kind: 'sms',
                ...common,
                ...(templateParam === undefined ? {} : { templateParam }),
                ...(account === undefined ? {} : { account }),
                mobiles: plan.mobiles,
            },
        };
    }
    const { plan, params } = planBatchSend(request.input, { groupByParams: request.groupByParams });
    return {
        plan,
        inputs: request.input.messages.map((m) => m.mobile),
        send: {
            kind: 'batch-sms',
            ...common,
            mobiles: plan.mobiles,
            params: plan.mobiles.map((mobile) => params.get(mobile)),
            groupByParams: request.groupByParams,
        },
    };
}
/**
 * Sends directly, paced to `qps`, journaled when a journal is given (its first record: the whole send,
 * so `resumeDirectSend` needs nothing else). Invalid input throws SmsInputError before anything is sent or
 * journaled; after that every number gets a result, as with sendSms.
 */
export async function sendDirect(client, request, options = {}) {
    const { plan, send, inputs } = planDirectSend(request);
    await options.journal?.append({ type: 'start', version: JOURNAL_VERSION, at: Date.now(), send });
    const outcomes = await runChunks(chunkSenderFor(client, send), plan.chunks, options);
    return mergeOutcomes(plan, outcomes, inputs);
}
