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
    await Promise.all(Array.from({ length: Math.max(1, Math.min(limit, items.length)) }, worker));
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
// Not async: the usual send passes through here once per request, and a promise chain keeps no
// suspended frame while the request is in flight.
// `finish` maps the chunk's result in the same reaction (a one-chunk send's outcome), saving a promise hop.
function sendOneChunk(runtime, mobiles, inputOf, call, context, options, finish) {
    if (options.signal?.aborted) {
        const error = new SmsNetworkError('Aborted before this chunk was sent');
        return Promise.resolve(finish({ recipients: failedRecipients(mobiles, inputOf, error), raw: undefined }));
    }
    const settings = { kind: 'send', signal: options.signal, context: { ...context, mobiles } };
    const failed = (err) => finish(chunkFailed(err, mobiles, inputOf, context, runtime.secrets));
    // One reaction for both outcomes; a bug while reading a success is reported like any other failure.
    return executeCall(runtime, call, settings).then((response) => {
        let result;
        try {
            result = chunkSent(response, mobiles, inputOf, context);
        }
        catch (err) {
            return failed(err);
        }
        return finish(result);
    }, failed);
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
    const recipients = new Array(mobiles.length);
    for (let i = 0; i < mobiles.length; i++) {
        const mobile = mobiles[i];
        const input = inputOf(mobile, i);
        const masked = maskPhone(mobile);
        recipients[i] = mismatch
            ? { input, mobile, masked, status: 'unknown', error: mismatch, requestId: response.requestId }
            : { input, mobile, masked, status: 'sent', messageId: ids[i], requestId: response.requestId };
    }
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
    return mobiles.map((mobile, i) => ({
        ...recipient(mobile, inputOf(mobile, i)),
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
export function sendPlannedChunks(runtime, plan, originalInputs, build, context, concurrency, options = {}) {
    // Every request is built and its params checked before the first one is sent, so a bad chunk cannot
    // stop a send halfway.
    let calls;
    try {
        calls = plan.chunks.map((mobiles) => build(mobiles));
    }
    catch (err) {
        return Promise.reject(err);
    }
    const send = () => sendCalls(runtime, plan, originalInputs, calls, context, concurrency, options);
    // The usual send passes the zod-free check; only anything else waits for the schemas.
    return paramsPlainlyPass(calls) ? send() : checkParams(calls).then(send);
}
function sendCalls(runtime, plan, originalInputs, calls, context, concurrency, options) {
    const spelling = inputSpelling(originalInputs, plan);
    // One chunk (up to 200 numbers, the usual case) is one request: no worker pool, no extra promise layer.
    if (calls.length === 1) {
        return sendOneChunk(runtime, plan.chunks[0], spelling, calls[0], context, options, (result) => outcomeOf(plan, [result]));
    }
    return mapLimited(plan.chunks, concurrency, (mobiles, index) => sendOneChunk(runtime, mobiles, spelling, calls[index], context, options, (result) => result)).then((results) => outcomeOf(plan, results));
}
function outcomeOf(plan, results) {
    const recipients = results.length === 1 ? results[0].recipients : results.flatMap((r) => r.recipients);
    let sent = 0;
    let failed = 0;
    for (const r of recipients) {
        if (r.status === 'sent')
            sent++;
        else if (r.status === 'failed')
            failed++;
    }
    return {
        recipients,
        plan,
        sentCount: sent,
        failedCount: failed,
        unknownCount: recipients.length - sent - failed,
        raw: results.map((r) => r.raw),
    };
}
function inputSpelling(originalInputs, plan) {
    // One chunk holding every input, none dropped or merged: the chunk's numbers are the inputs, in order.
    const only = plan.chunks.length === 1 ? plan.chunks[0] : undefined;
    if (only?.length === originalInputs.length && plan.duplicates.length === 0) {
        return (mobile, index) => originalInputs[index] ?? mobile;
    }
    // Otherwise the first input spelling of each normalised number.
    const map = new Map();
    for (const input of originalInputs) {
        const result = normalizePhone(input);
        if (result.ok && !map.has(result.mobile))
            map.set(result.mobile, input);
    }
    return (mobile) => map.get(mobile) ?? mobile;
}
