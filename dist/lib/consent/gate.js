import { SmsInputError, SmsOutcomeUnknownError, isSmsError } from "../errors/errors.js";
import { consentDigest, parseDigest } from "./canonical.js";
import { failureOf, gateFailure } from "./gate-failure.js";
import { isGateAnswer, isGateFailure, } from "./gate-types.js";
/**
 * The one consent gate (reference §4.3) under every `*-preview`/`*-submit` pair and their MCP tools. A
 * gate definition says how its request is normalised and pre-checked, what the digest covers, what the
 * preview shows and which write it makes; this file owns the rules they share: a preview runs the
 * pre-checks and returns a masked summary and the digest of the canonical, unmasked object; a submit
 * runs them again, recomputes the digest, refuses on any difference (naming what changed), and makes the
 * write exactly once, through the ledger. Nothing here prints; nothing here retries a write.
 */
/** The ledger files a gate's digests apart from every other gate's: a send digest never opens a signature. */
const ledgerKey = (name, digest) => `${name}\n${digest}`;
export async function previewGate(definition, context, request) {
    const prepared = await definition.prepare(context.client, request);
    if (isGateFailure(prepared) || isGateAnswer(prepared))
        return prepared;
    const digest = consentDigest(prepared.canonical);
    const now = (context.now ?? Date.now)();
    let pendingSubmit;
    try {
        pendingSubmit = await context.ledger.remember(ledgerKey(definition.name, digest), prepared.canonical, now);
    }
    catch (error) {
        return failureOf(error, 'check');
    }
    return {
        ok: true,
        preview: prepared.summary,
        digest,
        expiresAt: now + context.ledger.previewTtlMs,
        ...(pendingSubmit === undefined ? {} : { pendingSubmit }),
    };
}
/** A definition's preview and submit, for the commands and tools that take its request as is. */
export function gateCalls(definition) {
    return {
        preview: (context, request) => previewGate(definition, context, request),
        submit: (context, request, input) => submitGate(definition, context, request, input),
    };
}
/** The send gate's rule: both digests given, equal, before anything touches the network. */
export function requireEqualDigests(input, previewDigest) {
    const authorization = parseDigest(input.authorizationDigest ?? '');
    if (authorization === undefined) {
        return gateFailure('authorization_mismatch', '--authorization-digest must be the 64 hex digits the preview printed', 'authorization-digest', 'Pass the digest the user approved as both --preview-digest and --authorization-digest.');
    }
    if (authorization !== previewDigest) {
        return gateFailure('authorization_mismatch', 'The authorisation digest is not the preview digest: nothing was sent', 'authorization-digest', 'Show the preview to the user and pass the digest they approved as both flags.');
    }
    return undefined;
}
export async function submitGate(definition, context, request, input) {
    const preview = `${definition.name}-preview`;
    const previewDigest = parseDigest(input.previewDigest ?? '');
    if (previewDigest === undefined) {
        return gateFailure('authorization_mismatch', `--preview-digest must be the 64 hex digits ${preview} printed`, 'preview-digest', `Run ${preview} and pass the digest it prints.`);
    }
    const refused = definition.authorise(input, previewDigest, request);
    if (refused !== undefined)
        return refused;
    const key = ledgerKey(definition.name, previewDigest);
    const now = (context.now ?? Date.now)();
    let record;
    try {
        record = await context.ledger.recall(key, now);
    }
    catch (error) {
        return failureOf(error, 'check');
    }
    if (record === undefined) {
        const minutes = Math.round(context.ledger.previewTtlMs / 60_000);
        return gateFailure('digest_mismatch', `No ${preview} produced this digest here in the last ${minutes} minutes: nothing was sent`, 'preview-digest', `Run ${preview} with the same flags, show its summary, and submit the digest it prints.`);
    }
    const prepared = await definition.prepare(context.client, request);
    if (isGateFailure(prepared) || isGateAnswer(prepared))
        return prepared;
    const canonical = prepared.canonical;
    if (consentDigest(canonical) !== previewDigest) {
        const changed = context.ledger.changedFields(record, key, canonical);
        const items = context.ledger.changedItems(record, key, canonical);
        const describe = (field) => definition.fieldWords[field] ?? field;
        const words = changed.map((field) => {
            const item = items.find((i) => i.field === field);
            if (item === undefined)
                return describe(field);
            const parts = [
                ...(item.added.length > 0
                    ? [`added ${item.added.map((v) => definition.describeItem?.(field, v) ?? String(v)).join(', ')}`]
                    : []),
                ...(item.removed > 0 ? [`${item.removed} removed`] : []),
            ];
            return `${describe(field)} (${parts.join('; ')})`;
        });
        const what = words.length > 0 ? `changed: ${words.join(', ')}` : 'the request differs';
        return gateFailure('digest_mismatch', `The request is not the one previewed (${what}): nothing was sent`, 'preview-digest', `Run ${preview} again, show the new summary, and submit its digest.`, { changed });
    }
    if (input.confirm !== undefined && !(await input.confirm(prepared.summary))) {
        return gateFailure('authorization_mismatch', 'The request was not confirmed: nothing was sent', 'confirmation', 'Submit again and confirm the summary.');
    }
    let claim;
    try {
        claim = await context.ledger.claim(key, now, input.reconciled === true);
    }
    catch (error) {
        return failureOf(error, 'check');
    }
    if (!claim.ok) {
        if (claim.reason === 'outcome_unknown')
            return outcomeUnknown(definition, prepared.write, claim.last.requestId);
        return refusedClaim(preview, claim.reason, claim.last);
    }
    const settle = (state, requestId) => context.ledger.settle(key, claim.n, { state, at: (context.now ?? Date.now)(), requestId });
    let written;
    try {
        written = await definition.write(context.client, prepared.write);
    }
    catch (error) {
        if (!isSmsError(error) || error.code !== 'ERR_SMS_OUTCOME_UNKNOWN') {
            await settle('failed', isSmsError(error) ? error.requestId : undefined);
            // A request refused before it left (a bad field) attempted nothing.
            return {
                ...failureOf(error, 'send'),
                attempted: !(isSmsError(error) && error.code === 'ERR_SMS_INPUT'),
            };
        }
        const found = await definition.reconcile?.(context.client, prepared.write).catch(() => undefined);
        if (found !== undefined) {
            await settle('sent', error.requestId);
            return {
                ok: true,
                action: definition.action,
                requestId: error.requestId,
                result: { reconciled: true, ...found },
                preview: prepared.summary,
                reconciled: true,
            };
        }
        await settle('unknown', error.requestId);
        return { ...outcomeUnknown(definition, prepared.write, error.requestId, error), attempted: true };
    }
    await settle('sent', written.requestId);
    return {
        ok: true,
        action: definition.action,
        requestId: written.requestId,
        result: written.result,
        preview: prepared.summary,
    };
}
function outcomeUnknown(definition, write, requestId, cause) {
    const error = new SmsOutcomeUnknownError(`The ${definition.action} call may or may not have taken effect: no usable answer came back. This digest will not write again on its own`, {
        cause,
        requestId,
        hint: `Check \`${definition.reconcileCommand(write)}\`; only if it shows nothing, run ${definition.name}-submit again with the same flags and --reconciled.`,
    });
    return { ok: false, code: 'outcome_unknown', error, retryable: false };
}
function refusedClaim(preview, reason, last) {
    const when = new Date(last.at).toISOString();
    const message = reason === 'in_progress'
        ? `Another submit of this digest started at ${when} and has not finished: this one sent nothing`
        : `This digest was already submitted at ${when}${last.requestId ? ` (request id ${last.requestId})` : ''}: nothing was sent again`;
    const error = new SmsInputError(message, [{ field: 'preview-digest', message: 'already used' }], {
        hint: `To make the same request again, run ${preview} again and submit the digest it prints.`,
    });
    return { ok: false, code: 'already_submitted', error, retryable: false };
}
