import { SmsOutcomeUnknownError } from "../errors/errors.js";
import { maskPhone } from "../sending/phone.js";
import { canonicalJson } from "./canonical.js";
import { previewGate, requireEqualDigests, submitGate } from "./gate.js";
import { failureOf } from "./gate-failure.js";
import { runSendChecks } from "./send-checks.js";
import { checkVariables, maskedSendSummary, normalizeSend, sendCanonicalObject, } from "./send-request.js";
const FIELD_WORDS = {
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
export const SEND_GATE = {
    name: 'send',
    action: 'SendSmsForAgent',
    authorise: requireEqualDigests,
    async prepare(client, request) {
        let send;
        try {
            send = normalizeSend(request);
        }
        catch (error) {
            return failureOf(error, 'check');
        }
        const checked = await runSendChecks(client, send);
        if (!checked.ok)
            return checked;
        try {
            checkVariables(checked.template, send.variables);
        }
        catch (error) {
            return failureOf(error, 'check');
        }
        const canonical = sendCanonicalObject(send, checked.template);
        return { canonical, summary: maskedSendSummary(canonical, checked.template.variableNames), write: send };
    },
    async write(client, send) {
        const outcome = await client.sendSms({
            subAccount: send.subAccount,
            signature: send.signature,
            templateId: send.templateId,
            mobiles: send.recipients,
            // Always sent, compact and sorted: `{}` for a fixed text (reference §2.13).
            templateParam: canonicalJson(send.variables),
        });
        const recipients = outcome.recipients;
        const requestId = recipients.find((r) => r.requestId !== undefined)?.requestId;
        if (recipients.every((r) => r.status === 'sent'))
            return { requestId, result: { MessageIds: recipients.map((r) => r.messageId) } };
        const error = recipients.find((r) => r.error !== undefined)?.error;
        if (recipients.some((r) => r.status === 'unknown'))
            throw new SmsOutcomeUnknownError('No usable answer came back', { cause: error, requestId });
        throw error;
    },
    reconcileCommand: (send) => `volc-sms list_sms_send_log --sub-account ${send.subAccount} --template-id ${send.templateId} --since 1h`,
    fieldWords: FIELD_WORDS,
    describeItem: (_field, item) => maskPhone(String(item)),
};
export async function previewSend(context, request) {
    // The send gate has no early answer: prepare never returns one.
    return (await previewGate(SEND_GATE, context, request));
}
export async function submitSend(context, request, input) {
    return (await submitGate(SEND_GATE, context, request, input));
}
