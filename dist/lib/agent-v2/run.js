import { inputErrorFromIssues } from "../dialects/dialect.js";
import { SmsOutcomeUnknownError } from "../errors/errors.js";
import { CallFailure, executeCall } from "../http/execute-call.js";
import { loadWireSchemas } from "../schemas/wire-schemas.js";
import { restateOutcomeUnknown } from "../errors/write-outcome.js";
import { acceptingCsvAnswers } from "./csv-answer.js";
import { agentV2WireCall } from "./wire-call.js";
/**
 * The exact params an action sends for `input`, after its documented defaults, checked against the
 * action's request schema. What a consent gate digests is this, and nothing else is sent.
 * @throws SmsInputError naming each bad field by its CLI flag (`page-size`, `sub-accounts`)
 */
export async function agentV2Params(spec, input) {
    const params = spec.prepare(input);
    const parsed = spec.params(await loadWireSchemas()).safeParse(params);
    if (!parsed.success)
        throw inputErrorFromIssues(parsed.error.issues);
    return params;
}
// The request's ids make an error's hint concrete (`list_signature --sub-accounts 7384ed01`).
function errorContext(params) {
    const first = (value) => typeof value === 'string'
        ? value
        : Array.isArray(value) && typeof value[0] === 'string'
            ? value[0]
            : undefined;
    return {
        subAccount: first(params.subAccount) ?? first(params.subAccounts),
        signature: first(params.signature) ?? first(params.signatures),
        templateId: first(params.templateId),
    };
}
/** A write whose answer was lost: what happened, and the read that tells whether it took effect. */
function writeOutcomeUnknown(spec, params, error) {
    const reconcile = spec.reconcile?.(params);
    const hint = reconcile
        ? `It may or may not have taken effect; do not repeat it blindly. Read ${reconcile.action} ${JSON.stringify(reconcile.params)}: it took effect if ${reconcile.settledWhen}.`
        : `It may or may not have taken effect; do not repeat it blindly. ${spec.unreconciled ?? ''}`.trim();
    return restateOutcomeUnknown(spec.action, error, { hint, reconcile });
}
/**
 * Sends one lowerCamel action: params checked first, then one transport call under the action's class. A
 * read is retried on anything transient; a write goes out at most once, and an answer lost after it may
 * have been processed is SmsOutcomeUnknownError carrying its reconciling read (`reconcile`).
 */
export async function runAgentV2(runtime, spec, input, options = {}) {
    const params = await agentV2Params(spec, input);
    const dialectCall = {
        call: agentV2WireCall(spec.action, spec.method, params),
        paramsSchema: spec.params,
        resultSchema: spec.result,
    };
    const callRuntime = spec.answersCsv ? { ...runtime, engine: acceptingCsvAnswers(runtime.engine) } : runtime;
    try {
        return await executeCall(callRuntime, dialectCall, {
            kind: spec.kind === 'write' ? 'send' : 'read',
            signal: options.signal,
            context: errorContext(params),
        });
    }
    catch (err) {
        // CallFailure is internal bookkeeping; callers get the SmsError itself.
        const error = err instanceof CallFailure ? err.error : err;
        if (spec.kind === 'write' && error instanceof SmsOutcomeUnknownError)
            throw writeOutcomeUnknown(spec, params, error);
        throw error;
    }
}
