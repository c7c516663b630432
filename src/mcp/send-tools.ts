import { z } from 'zod';
import { MAX_GATED_RECIPIENTS, previewSend, submitSend } from '../core/index.ts';
import type { MaskedSendSummary, SendGateRequest } from '../core/index.ts';
import type { GateTools } from './gate-tools.ts';

/**
 * The gated send as two tools, on the same core gate as `send-preview`/`send-submit`: `send_preview`
 * returns the masked summary and the digest; `send_submit` takes the digest, re-checks everything and
 * sends once. There is no one-step send tool. The request behind a digest is kept in this process's memory
 * only (never on disk), so submit needs nothing but the digests; where the client supports elicitation,
 * submit also asks the human to confirm the masked summary.
 */

const REQUEST_SHAPE = {
  subAccount: z.string().min(1).describe('Message group id (list_sub_account).'),
  signature: z.string().min(1).describe('Approved signature bound to the group (list_signature).'),
  templateId: z
    .string()
    .min(1)
    .describe('Approved template for that signature and group (list_sms_template).'),
  mobiles: z
    .array(z.string())
    .min(1)
    .max(MAX_GATED_RECIPIENTS)
    .describe('Mainland mobiles, +86 allowed, at most 200.'),
  templateParams: z
    .record(z.string(), z.string())
    .describe('The template variables, exactly those the template has; {} for a fixed text.'),
  dedupePolicy: z
    .enum(['reject', 'keep-first'])
    .optional()
    .describe('A number given twice: refuse (default) or keep its first occurrence.'),
};

const SUMMARY = z.object({
  subAccount: z.string(),
  signature: z.string(),
  templateId: z.string(),
  originalRecipients: z.array(z.string()).describe('Masked, in input order.'),
  recipients: z.array(z.string()).describe('Masked, de-duplicated: who will get a message.'),
  recipientCount: z.number().int(),
  dedupePolicy: z.enum(['reject', 'keep-first']),
  duplicates: z.array(z.string()),
  variableNames: z.array(z.string()),
  contentSummary: z.object({ templateSha256: z.string(), renderedSha256: z.string() }),
  estimatedSegments: z.number().int(),
});

/** A short, human summary for the confirmation prompt: masked numbers only, no variable values. */
export function describeSummary(summary: MaskedSendSummary): string {
  const shown = summary.recipients.slice(0, 10).join(', ');
  const more = summary.recipients.length > 10 ? ` and ${summary.recipients.length - 10} more` : '';
  return (
    `Send template ${summary.templateId} with signature 【${summary.signature}】 from group ${summary.subAccount} ` +
    `to ${summary.recipientCount} number(s): ${shown}${more} (${summary.estimatedSegments} segment(s))?`
  );
}

export const SEND_TOOLS: GateTools<SendGateRequest, MaskedSendSummary> = {
  tool: 'send',
  title: { preview: 'Preview a send', submit: 'Send a previewed message' },
  description: {
    preview:
      'Checks a send (group usable, signature approved and bound, template approved for both, exact ' +
      'variables) and returns the masked summary and a digest. Sends nothing. Show the summary to the user; ' +
      'only after they approve, call send_submit with the digest.',
    submit:
      'Sends the message a send_preview returned, exactly once, if nothing changed since (flags, numbers, ' +
      'template content, segments); otherwise refuses and says what changed. authorizationDigest is the ' +
      'digest the user approved and must equal previewDigest. After outcome_unknown, check the send log and ' +
      'pass reconciled: true only if the messages are absent.',
  },
  input: REQUEST_SHAPE,
  toRequest: (args: SendGateRequest): SendGateRequest => ({ ...args, templateParams: args.templateParams }),
  summary: SUMMARY,
  submitInput: {
    authorizationDigest: z.string().describe('The digest the user approved (equal to previewDigest).'),
  },
  authorization: (args: { authorizationDigest: string }) => ({
    authorizationDigest: args.authorizationDigest,
  }),
  submitOutput: { MessageIds: z.array(z.string()), requestId: z.string().nullable(), preview: SUMMARY },
  submitted: (s) => ({
    MessageIds: (s.result as { MessageIds: string[] }).MessageIds,
    requestId: s.requestId ?? null,
    preview: s.preview,
  }),
  destructive: false,
  describe: describeSummary,
  logged: (summary) => `${summary.recipientCount} recipient(s)`,
  preview: previewSend,
  submit: (context, request, input) =>
    submitSend(context, request, { ...input, authorizationDigest: input.authorizationDigest ?? '' }),
};
