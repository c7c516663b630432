import type { McpServer } from '@modelcontextprotocol/sdk/server/mcp.js';
import { z } from 'zod';
import { MAX_GATED_RECIPIENTS, SmsInputError, parseDigest, previewSend, submitSend } from '../core/index.ts';
import type { GateFailure, MaskedSendSummary, SendGateContext, SendGateRequest } from '../core/index.ts';
import { toolError, toolSuccess } from './tool-result.ts';

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

export function registerSendTools(
  server: McpServer,
  gate: () => SendGateContext,
  requests: Map<string, SendGateRequest>,
  log: (line: string) => void,
) {
  server.registerTool(
    'send_preview',
    {
      title: 'Preview a send',
      description:
        'Checks a send (group usable, signature approved and bound, template approved for both, exact ' +
        'variables) and returns the masked summary and a digest. Sends nothing. Show the summary to the user; ' +
        'only after they approve, call send_submit with the digest.',
      inputSchema: REQUEST_SHAPE,
      outputSchema: { preview: SUMMARY, digest: z.string(), expiresAt: z.string() },
      annotations: { readOnlyHint: true, destructiveHint: false, idempotentHint: true, openWorldHint: true },
    },
    async (args) => {
      const request: SendGateRequest = { ...args, templateParams: args.templateParams };
      const outcome = await previewSend(gate(), request);
      if (!outcome.ok) {
        log(`send_preview refused: ${outcome.code}`);
        return toolError(outcome);
      }
      requests.set(outcome.digest, request);
      log(`send_preview ok (${outcome.preview.recipientCount} recipient(s))`);
      return toolSuccess({
        preview: outcome.preview,
        digest: outcome.digest,
        expiresAt: new Date(outcome.expiresAt).toISOString(),
        ...(outcome.pendingSubmit === undefined ? {} : { pendingSubmit: outcome.pendingSubmit }),
      });
    },
  );

  server.registerTool(
    'send_submit',
    {
      title: 'Send a previewed message',
      description:
        'Sends the message a send_preview returned, exactly once, if nothing changed since (flags, numbers, ' +
        'template content, segments); otherwise refuses and says what changed. authorizationDigest is the ' +
        'digest the user approved and must equal previewDigest. After outcome_unknown, check the send log and ' +
        'pass reconciled: true only if the messages are absent.',
      inputSchema: {
        previewDigest: z.string().describe('The digest send_preview returned.'),
        authorizationDigest: z.string().describe('The digest the user approved (equal to previewDigest).'),
        reconciled: z
          .boolean()
          .optional()
          .describe('After outcome_unknown: the send log shows these messages absent.'),
      },
      outputSchema: {
        MessageIds: z.array(z.string()),
        requestId: z.string().nullable(),
        preview: SUMMARY,
      },
      annotations: { readOnlyHint: false, destructiveHint: false, idempotentHint: true, openWorldHint: true },
    },
    async (args) => {
      const digest = parseDigest(args.previewDigest);
      const request = digest === undefined ? undefined : requests.get(digest);
      if (request === undefined && digest !== undefined && digest === parseDigest(args.authorizationDigest)) {
        // Nothing to recompute: the request behind a digest lives only in the memory of the server that
        // previewed it (a preview through the CLI, or before a restart, is not here).
        log('send_submit refused: digest_mismatch');
        return toolError(unknownDigest());
      }
      const context = gate();
      // Unequal or malformed digests: the gate refuses them (authorization_mismatch) before anything else.
      const outcome = await submitSend(
        context,
        request ?? { subAccount: '', signature: '', templateId: '', mobiles: [], templateParams: {} },
        {
          previewDigest: args.previewDigest,
          authorizationDigest: args.authorizationDigest,
          reconciled: args.reconciled,
          confirm: (summary) => confirmWithHuman(server, summary),
        },
      );
      if (!outcome.ok) {
        log(`send_submit refused: ${outcome.code}`);
        return toolError(outcome);
      }
      log(
        `send_submit sent (${outcome.result.MessageIds.length} message(s), request id ${outcome.requestId ?? '-'})`,
      );
      return toolSuccess({
        MessageIds: outcome.result.MessageIds,
        requestId: outcome.requestId ?? null,
        preview: outcome.preview,
      });
    },
  );
}

function unknownDigest(): GateFailure {
  const message = 'This server made no send_preview with this digest: nothing was sent';
  return {
    ok: false,
    code: 'digest_mismatch',
    error: new SmsInputError(message, [{ field: 'previewDigest', message }], {
      hint: 'Call send_preview here with the request, show its summary, and submit the digest it returns.',
    }),
    retryable: false,
  };
}

/** Asks the human through the client (elicitation) when it can; a client without it relies on the digests. */
async function confirmWithHuman(server: McpServer, summary: MaskedSendSummary): Promise<boolean> {
  if (server.server.getClientCapabilities()?.elicitation === undefined) return true;
  // A client that cannot show the question (or fails to) has not confirmed: nothing is sent.
  const answer = await server.server
    .elicitInput({
      mode: 'form',
      message: describeSummary(summary),
      requestedSchema: {
        type: 'object',
        properties: {
          confirm: { type: 'boolean', title: 'Send these messages', description: 'Yes to send now.' },
        },
        required: ['confirm'],
      },
    })
    .catch(() => undefined);
  return answer?.action === 'accept' && answer.content?.confirm === true;
}
