import { SmsInputError, SmsOutcomeUnknownError } from "../errors/errors.js";
import { canonicalJson, consentDigest, parseDigest } from "./canonical.js";
import { failureOf, gateFailure } from "./gate-failure.js";
import { runSendChecks } from "./send-checks.js";
import { checkVariables, maskedSendSummary, normalizeSend, sendCanonicalObject, } from "./send-request.js";
async function prepare(context, request) {
    let send;
    try {
        send = normalizeSend(request);
    }
    catch (error) {
        return failureOf(error, 'check');
    }
    const checked = await runSendChecks(context.client, send);
    if (!checked.ok)
        return checked;
    try {
        checkVariables(checked.template, send.variables);
    }
    catch (error) {
        return failureOf(error, 'check');
    }
    const canonical = sendCanonicalObject(send, checked.template);
    return {
        send,
        canonical,
        digest: consentDigest(canonical),
        preview: maskedSendSummary(canonical, checked.template.variableNames),
    };
}
const reconcileCommand = (send) => `volc-sms list_sms_send_log --sub-account ${send.subAccount} --template-id ${send.templateId} --since 1h`;
export async function previewSend(context, request) {
    const prepared = await prepare(context, request);
    if ('ok' in prepared)
        return prepared;
    const now = (context.now ?? Date.now)();
    let pendingSubmit;
    try {
        pendingSubmit = await context.ledger.remember(prepared.digest, prepared.canonical, now);
    }
    catch (error) {
        return failureOf(error, 'check');
    }
    return {
        ok: true,
        preview: prepared.preview,
        digest: prepared.digest,
        expiresAt: now + context.ledger.previewTtlMs,
        ...(pendingSubmit === undefined ? {} : { pendingSubmit }),
    };
}
export async function submitSend(context, request, input) {
    // The authorisation is checked before anything touches the network.
    const previewDigest = parseDigest(input.previewDigest ?? '');
    const authorizationDigest = parseDigest(input.authorizationDigest ?? '');
    if (previewDigest === undefined || authorizationDigest === undefined) {
        const field = previewDigest === undefined ? 'preview-digest' : 'authorization-digest';
        return gateFailure('authorization_mismatch', `--${field} must be the 64 hex digits send-preview printed`, field, 'Run send-preview and pass its digest as both --preview-digest and --authorization-digest.');
    }
    if (previewDigest !== authorizationDigest) {
        return gateFailure('authorization_mismatch', 'The authorisation digest is not the preview digest: nothing was sent', 'authorization-digest', 'Show the preview to the user and pass the digest they approved as both flags.');
    }
    const now = (context.now ?? Date.now)();
    let record;
    try {
        record = await context.ledger.recall(previewDigest, now);
    }
    catch (error) {
        return failureOf(error, 'check');
    }
    if (record === undefined) {
        const minutes = Math.round(context.ledger.previewTtlMs / 60_000);
        return gateFailure('digest_mismatch', `No send-preview produced this digest here in the last ${minutes} minutes: nothing was sent`, 'preview-digest', 'Run send-preview with the same flags, show its summary, and submit the digest it prints.');
    }
    const prepared = await prepare(context, request);
    if ('ok' in prepared)
        return prepared;
    if (prepared.digest !== previewDigest) {
        const changed = context.ledger.changedFields(record, previewDigest, prepared.canonical);
        const what = changed.length > 0 ? `changed: ${changed.map(describeField).join(', ')}` : 'the request differs';
        return gateFailure('digest_mismatch', `The send is not the one previewed (${what}): nothing was sent`, 'preview-digest', 'Run send-preview again, show the new summary, and submit its digest.', { changed });
    }
    if (input.confirm !== undefined && !(await input.confirm(prepared.preview))) {
        return gateFailure('authorization_mismatch', 'The send was not confirmed: nothing was sent', 'confirmation', 'Submit again and confirm the summary to send.');
    }
    let claim;
    try {
        claim = await context.ledger.claim(previewDigest, now, input.reconciled === true);
    }
    catch (error) {
        return failureOf(error, 'check');
    }
    if (!claim.ok)
        return refusedClaim(claim.reason, claim.last, prepared.send);
    const { send } = prepared;
    const outcome = await context.client
        .sendSms({
        subAccount: send.subAccount,
        signature: send.signature,
        templateId: send.templateId,
        mobiles: send.recipients,
        // Always sent, compact and sorted: `{}` for a fixed text (reference §2.13).
        templateParam: canonicalJson(send.variables),
    })
        .catch((error) => error);
    return settle(context, previewDigest, claim.n, prepared, outcome);
}
async function settle(context, digest, n, prepared, outcome) {
    const at = (context.now ?? Date.now)();
    const first = typeof outcome === 'object' && outcome !== null && 'recipients' in outcome
        ? outcome.recipients
        : undefined;
    // A bad request refused before sending is the only throw: nothing left the machine.
    if (first === undefined) {
        await context.ledger.settle(digest, n, { state: 'failed', at });
        return failureOf(outcome, 'send');
    }
    const requestId = first.find((r) => r.requestId !== undefined)?.requestId;
    if (first.every((r) => r.status === 'sent')) {
        await context.ledger.settle(digest, n, { state: 'sent', at, requestId });
        return {
            ok: true,
            action: 'SendSmsForAgent',
            requestId,
            result: { MessageIds: first.map((r) => r.messageId) },
            preview: prepared.preview,
        };
    }
    const error = first.find((r) => r.error !== undefined)?.error;
    if (first.some((r) => r.status === 'unknown')) {
        await context.ledger.settle(digest, n, { state: 'unknown', at, requestId });
        return { ...outcomeUnknown(prepared.send, requestId, error), attempted: true };
    }
    await context.ledger.settle(digest, n, { state: 'failed', at, requestId });
    return { ...failureOf(error, 'send'), attempted: true };
}
function outcomeUnknown(send, requestId, cause) {
    const error = new SmsOutcomeUnknownError('The send may or may not have happened: no usable answer came back. This digest will not send again on its own', {
        cause,
        requestId,
        hint: `Check \`${reconcileCommand(send)}\`; only if these messages are absent, run send-submit again with the same digests and --reconciled.`,
    });
    return { ok: false, code: 'outcome_unknown', error, retryable: false };
}
function refusedClaim(reason, last, send) {
    if (reason === 'outcome_unknown')
        return outcomeUnknown(send, last.requestId, undefined);
    const when = new Date(last.at).toISOString();
    const message = reason === 'in_progress'
        ? `Another submit of this digest started at ${when} and has not finished: this one sent nothing`
        : `This digest was already submitted and sent at ${when}${last.requestId ? ` (request id ${last.requestId})` : ''}: nothing was sent again`;
    const error = new SmsInputError(message, [{ field: 'preview-digest', message: 'already used' }], {
        hint: 'To send the same message again, run send-preview again and submit the digest it prints.',
    });
    return { ok: false, code: 'already_submitted', error, retryable: false };
}
/** Field names of the canonical object in words a user recognises. */
function describeField(name) {
    const words = {
        templateContentSha256: 'the template content',
        renderedContentSha256: 'the rendered text',
        estimatedSegments: 'the segment count',
        originalRecipients: 'the numbers',
        recipients: 'the recipients after de-duplication',
        recipientVariables: 'the template variables',
        duplicates: 'the duplicate numbers',
        dedupePolicy: 'the de-duplication policy',
        subAccount: 'the message group',
        signature: 'the signature',
        templateId: 'the template id',
    };
    return words[name] ?? name;
}
