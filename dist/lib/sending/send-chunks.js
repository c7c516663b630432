import { checkParams, paramsPlainlyPass } from "../dialects/dialect.js";
import { SmsNetworkError, SmsOutcomeUnknownError, SmsResponseValidationError, } from "../errors/errors.js";
import { CallFailure, executeCall } from "../http/execute-call.js";
import { maskPhone, normalizePhone } from "./phone.js";
import { redactJson } from "../config/redact.js";
/** Runs `task` over `items` with at most `limit` in flight; results keep the input order. */
async function mapLimited(items, limit, task) {
    const results = new Array(items.length);
    let next = 0;
    const worker = async () => {
        while (next < items.length) {
            const index = next++;
            results[index] = await task(items[index], index);
        }
    };
    // A loop, not Array.from({ length }): V8 walks that array-like generically, a cost on every send.
    const workers = [];
    for (let i = Math.max(1, Math.min(limit, items.length)); i > 0; i--)
        workers.push(worker());
    await Promise.all(workers);
    return results;
}
function recipient(mobile, input) {
    return { input, mobile, masked: maskPhone(mobile) };
}
// A definite rejection (business error, refused connection) means nothing went out: `failed`.
// Anything that may have been processed is `unknown`, never `failed`, so nobody resends it blindly.
function statusOf(error) {
    return error instanceof SmsOutcomeUnknownError ? 'unknown' : 'failed';
}
const checkLogHint = (subAccount) => `Check with \`volc-sms list_sms_send_log --sub-account ${subAccount}\` before resending.`;
async function sendOneChunk(runtime, mobiles, inputOf, call, context, options) {
    if (options.signal?.aborted) {
        const error = new SmsNetworkError('Aborted before this chunk was sent');
        return { recipients: failedRecipients(mobiles, inputOf, error), raw: undefined };
    }
    const settings = { kind: 'send', signal: options.signal, context: { ...context, mobiles } };
    try {
        // A bug while reading a success is reported like any other failure (below), never thrown.
        return chunkSent(await executeCall(runtime, call, settings), mobiles, inputOf, context);
    }
    catch (err) {
        return chunkFailed(err, mobiles, inputOf, context, runtime.secrets);
    }
}
function chunkSent(response, mobiles, inputOf, context) {
    const ids = response.result.MessageIds;
    // MessageIds come back one per number, in the order the numbers were sent (reference §3.1).
    const mismatch = ids.length === mobiles.length
        ? undefined
        : new SmsOutcomeUnknownError(`The server accepted the request but returned ${ids.length} message ids for ${mobiles.length} numbers`, {
            requestId: response.requestId,
            cause: new SmsResponseValidationError('MessageIds count mismatch'),
            hint: checkLogHint(context.subAccount),
        });
    const recipients = mobiles.map((mobile, i) => {
        const who = recipient(mobile, inputOf(mobile));
        return mismatch
            ? { ...who, status: 'unknown', error: mismatch, requestId: response.requestId }
            : { ...who, status: 'sent', messageId: ids[i], requestId: response.requestId };
    });
    return { raw: response.raw, recipients };
}
function chunkFailed(err, mobiles, inputOf, context, secrets) {
    // Anything but a classified failure is a bug somewhere below; the request may have gone out, so it is
    // reported as unknown rather than thrown, which would lose the other chunks' results.
    const error = err instanceof CallFailure
        ? err.error
        : new SmsOutcomeUnknownError(`Unexpected failure while sending: ${String(err?.message ?? err)}`, {
            cause: err,
            hint: checkLogHint(context.subAccount),
        });
    return {
        // An error envelope may quote the request (the access key of InvalidAccessKey); callers print it as is.
        raw: err instanceof CallFailure ? redactJson(err.raw, secrets) : undefined,
        recipients: failedRecipients(mobiles, inputOf, error),
    };
}
function failedRecipients(mobiles, inputOf, error) {
    return mobiles.map((mobile) => ({
        ...recipient(mobile, inputOf(mobile)),
        status: statusOf(error),
        error,
        requestId: error.requestId,
    }));
}
/**
 * Sends every chunk of a plan with bounded concurrency. A chunk's failure is recorded on its own
 * recipients and never stops or hides the other chunks. Rejects (sending nothing) only when a request
 * cannot be built.
 */
export async function sendPlannedChunks(runtime, plan, originalInputs, build, context, concurrency, options = {}) {
    // Every request is built and its params checked before the first one is sent, so a bad chunk cannot
    // stop a send halfway. The usual send passes the zod-free check; only anything else loads the schemas.
    const calls = plan.chunks.map((mobiles) => build(mobiles));
    if (!paramsPlainlyPass(calls))
        await checkParams(calls);
    const spelling = inputSpelling(originalInputs);
    const results = await mapLimited(plan.chunks, concurrency, (mobiles, index) => sendOneChunk(runtime, mobiles, spelling, calls[index], context, options));
    return outcomeOf(plan, results);
}
/** How many of `items` were sent, failed, or are unknown. */
export function statusCounts(items) {
    const sent = items.filter((r) => r.status === 'sent').length;
    const failed = items.filter((r) => r.status === 'failed').length;
    return { sentCount: sent, failedCount: failed, unknownCount: items.length - sent - failed };
}
/** The outcome of a send from its recipients (in order), counted by status. */
export function outcomeFrom(plan, recipients, raw) {
    return { recipients, plan, ...statusCounts(recipients), raw };
}
function outcomeOf(plan, results) {
    const recipients = [];
    const raw = [];
    for (const result of results) {
        recipients.push(...result.recipients);
        raw.push(result.raw);
    }
    return outcomeFrom(plan, recipients, raw);
}
/** The first spelling the caller wrote of each normalised number, so results show what was written. */
export function firstSpellings(originalInputs) {
    const map = new Map();
    for (const input of originalInputs) {
        const result = normalizePhone(input);
        if (result.ok && !map.has(result.mobile))
            map.set(result.mobile, input);
    }
    return map;
}
function inputSpelling(originalInputs) {
    const map = firstSpellings(originalInputs);
    return (mobile) => map.get(mobile) ?? mobile;
}
