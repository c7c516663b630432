import { buildRequest } from "../signing/build-request.js";
import { SmsNetworkError, SmsOutcomeUnknownError } from "../errors/errors.js";
import { maskPhone } from "../sending/phone.js";
import { redact } from "../config/redact.js";
import { fromTransport, readQuickly, readResponse } from "./read-response.js";
import { classifyFailure, retryDelay } from "./retry.js";
import { TransportError } from "./engine.js";
/** A failed call: the error, plus the envelope when one came back (the CLI prints it in JSON mode). */
export class CallFailure extends Error {
    name = 'CallFailure';
    error;
    raw;
    attempts;
    constructor(error, raw, attempts) {
        super(error.message);
        this.error = error;
        this.raw = raw;
        this.attempts = attempts;
    }
}
function outcomeUnknown(action, cause, settings) {
    const subAccount = settings.context?.subAccount ?? '<id>';
    const first = settings.context?.mobiles?.[0];
    const count = settings.context?.mobiles?.length ?? 0;
    // The CLI refuses a masked --mobile, and errors never carry the full number: the user fills it in.
    const who = first ? ` --mobile <full number of ${maskPhone(first)}>` : '';
    return new SmsOutcomeUnknownError(`${action} outcome unknown${count ? ` for ${count} number${count === 1 ? '' : 's'}` : ''}: ${cause.message}`, {
        cause,
        requestId: cause.requestId,
        hint: `The messages may or may not have been sent; do not resend blindly. Check with \`volc-sms list_sms_send_log --sub-account ${subAccount}${who}\` (or by message id).`,
    });
}
/**
 * Runs one call with retries: every attempt is built and signed afresh with a new clock() reading.
 * Returns the parsed result or throws CallFailure carrying the SmsError (and the envelope, if any).
 */
export async function executeCall(runtime, dialectCall, settings) {
    const action = dialectCall.call.action;
    for (let attempt = 1;; attempt++) {
        const request = buildRequest(dialectCall.call, {
            auth: runtime.auth,
            endpoint: runtime.endpoint,
            region: runtime.region,
            userAgent: runtime.userAgent,
            date: runtime.clock(),
            signingKeys: runtime.signingKeys,
        });
        // Only onAttempt reports durations.
        const started = runtime.onAttempt ? performance.now() : 0;
        let outcome;
        try {
            const response = await runtime.engine.send({
                method: request.method,
                url: request.url,
                endpoint: request.endpoint,
                path: request.path,
                headers: request.headers,
                body: request.body,
                timeoutMs: runtime.timeoutMs,
                connectTimeoutMs: runtime.connectTimeoutMs,
                signal: settings.signal,
            });
            const read = readQuickly(response, dialectCall) ??
                (await readResponse(response, dialectCall, runtime, settings.context));
            if (read.ok) {
                if (runtime.onAttempt) {
                    report(runtime, {
                        action,
                        attempt,
                        method: request.method,
                        url: request.url,
                        status: response.status,
                        requestId: read.requestId,
                        durationMs: performance.now() - started,
                    });
                }
                return { result: read.result, requestId: read.requestId, raw: read.raw, attempts: attempt };
            }
            outcome = read;
        }
        catch (err) {
            if (!(err instanceof TransportError))
                throw err;
            outcome = fromTransport(err, request.endpoint.origin, runtime.proxy);
        }
        const decision = classifyFailure(outcome.failure, settings.kind);
        const retry = decision.retry && attempt <= runtime.maxRetries && !settings.signal?.aborted;
        const retryInMs = retry
            ? retryDelay({ attempt, retryAfterMs: outcome.retryAfterMs, random: runtime.random })
            : undefined;
        report(runtime, {
            action,
            attempt,
            method: request.method,
            url: request.url,
            status: outcome.status,
            requestId: outcome.requestId,
            durationMs: performance.now() - started,
            error: outcome.error.message,
            retryInMs,
        });
        if (retryInMs === undefined) {
            const error = decision.outcomeUnknown ? outcomeUnknown(action, outcome.error, settings) : outcome.error;
            throw new CallFailure(error, outcome.raw, attempt);
        }
        try {
            await runtime.sleep(retryInMs, settings.signal);
        }
        catch {
            throw new CallFailure(new SmsNetworkError('The request was aborted'), outcome.raw, attempt);
        }
    }
}
function report(runtime, event) {
    if (!runtime.onAttempt)
        return;
    const safe = {
        ...event,
        url: redact(event.url, runtime.secrets),
        durationMs: Math.round(event.durationMs),
    };
    if (event.error !== undefined)
        safe.error = redact(event.error, runtime.secrets);
    runtime.onAttempt(safe);
}
