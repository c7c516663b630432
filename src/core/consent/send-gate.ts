import { SmsOutcomeUnknownError } from '../errors/errors.ts';
import { maskPhone } from '../sending/phone.ts';
import { canonicalJson } from './canonical.ts';
import { previewGate, requireEqualDigests, submitGate } from './gate.ts';
import type { GateContext, GateDefinition, GatePreview, GateSubmitInput } from './gate-types.ts';
import { failureOf, type GateFailure } from './gate-failure.ts';
import { runSendChecks } from './send-checks.ts';
import {
  checkVariables,
  maskedSendSummary,
  normalizeSend,
  sendCanonicalObject,
  type MaskedSendSummary,
  type NormalizedSend,
  type SendGateRequest,
} from './send-request.ts';

/**
 * The single-send gate (reference §4.3) on the one gate core (gate.ts), shared by `send-preview`/
 * `send-submit` and the MCP tools: the four pre-checks, the send canonical object, and one
 * SendSmsForAgent. Its submit needs both digests, equal, before anything touches the network.
 */

export type SendGateContext = GateContext;
export type SendPreview = GatePreview<MaskedSendSummary>;
export interface SendSubmitInput extends GateSubmitInput<MaskedSendSummary> {
  authorizationDigest: string;
}
export interface SendSubmitted {
  ok: true;
  action: string;
  requestId: string | undefined;
  result: { MessageIds: string[] };
  preview: MaskedSendSummary;
}

const FIELD_WORDS: Record<string, string> = {
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

export const SEND_GATE: GateDefinition<SendGateRequest, MaskedSendSummary, NormalizedSend> = {
  name: 'send',
  action: 'SendSmsForAgent',
  authorise: requireEqualDigests,
  async prepare(client, request) {
    let send: NormalizedSend;
    try {
      send = normalizeSend(request);
    } catch (error) {
      return failureOf(error, 'check');
    }
    const checked = await runSendChecks(client, send);
    if (!checked.ok) return checked;
    try {
      checkVariables(checked.template, send.variables);
    } catch (error) {
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
      return { requestId, result: { MessageIds: recipients.map((r) => r.messageId as string) } };
    const error = recipients.find((r) => r.error !== undefined)?.error;
    if (recipients.some((r) => r.status === 'unknown'))
      throw new SmsOutcomeUnknownError('No usable answer came back', { cause: error, requestId });
    throw error;
  },
  reconcileCommand: (send) =>
    `volc-sms list_sms_send_log --sub-account ${send.subAccount} --template-id ${send.templateId} --since 1h`,
  fieldWords: FIELD_WORDS,
  describeItem: (_field, item) => maskPhone(String(item)),
};

export async function previewSend(
  context: SendGateContext,
  request: SendGateRequest,
): Promise<SendPreview | GateFailure> {
  // The send gate has no early answer: prepare never returns one.
  return (await previewGate(SEND_GATE, context, request)) as SendPreview | GateFailure;
}

export async function submitSend(
  context: SendGateContext,
  request: SendGateRequest,
  input: SendSubmitInput,
): Promise<SendSubmitted | GateFailure> {
  return (await submitGate(SEND_GATE, context, request, input)) as SendSubmitted | GateFailure;
}
