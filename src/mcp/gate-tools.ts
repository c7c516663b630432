import type { McpServer } from '@modelcontextprotocol/sdk/server/mcp.js';
import { z } from 'zod';
import {
  SmsInputError,
  isGateAnswer,
  isGateFailure,
  parseDigest,
  previewDigestFields,
} from '../core/index.ts';
import type { GateCalls, GateContext, GateFailure, GateSubmitInput, GateSubmitted } from '../core/index.ts';
import { toolError, toolSuccess } from './tool-result.ts';

/**
 * A `<name>_preview` / `<name>_submit` pair of tools declared once over the core's one consent gate, as
 * the CLI's gate-command.ts declares its `*-preview`/`*-submit` commands: the preview runs the gate's
 * pre-checks and returns the masked summary and the digest; the submit takes the digest, and the gate
 * re-checks, recomputes it, refuses on any difference and writes once (its ledger is the CLI's). The
 * request behind a digest is kept in this process's memory only, filed under its gate, so a submit needs
 * nothing but the digest, and a digest of another gate (or of a preview this server did not make) opens
 * nothing. Where the client supports elicitation, the submit also asks the human to confirm the summary.
 */

type Shape = Record<string, z.ZodType>;
// eslint-disable-next-line @typescript-eslint/no-explicit-any -- validated by the tool's input schema
type Args = any;
export interface GateTools<Request, Summary> extends GateCalls<Request, Summary> {
  /** The tools' prefix: `signature` → `signature_preview`, `signature_submit`. */
  tool: string;
  title: { preview: string; submit: string };
  description: { preview: string; submit: string };
  /** The preview's input: the request, in the tools' camelCase. */
  input: Shape;
  toRequest(args: Args): Request;
  /** The preview's masked summary: its result is `{preview, digest, expiresAt}`. */
  summary: z.ZodType;
  /** An answer a preview can give instead (a task already started): its fields, all optional. */
  answer?: Shape | undefined;
  /** What the submit takes beyond `previewDigest` and `reconciled`, and how it becomes the gate's input. */
  submitInput?: Shape | undefined;
  authorization?: ((args: Args) => Partial<GateSubmitInput<Summary>>) | undefined;
  /** The submit's result; by default WRITE_OUTPUT, from writeResult. */
  submitOutput?: Shape | undefined;
  submitted?: ((submitted: GateSubmitted<Summary>) => Record<string, unknown>) | undefined;
  /** What the write destroys or replaces (a launch cannot be undone): the submit's destructiveHint. */
  destructive: boolean;
  /** The confirmation question: masked numbers only, never a variable value. */
  describe(summary: Summary): string;
  /** A count for the server log (never a number or a value). */
  logged(summary: Summary): string;
}

/** What a gated write's submit answers: the action called, its request id and the service's result. */
export const WRITE_OUTPUT = {
  action: z.string().describe('The action called, or the submit tool itself for an answer without a call.'),
  requestId: z.string().nullable(),
  result: z.record(z.string(), z.unknown()),
  reconciled: z
    .boolean()
    .optional()
    .describe('The answer was lost, and the service shows that the write happened.'),
};

export const writeResult = (s: GateSubmitted<unknown>) => ({
  action: s.action,
  requestId: s.requestId ?? null,
  result: s.result as Record<string, unknown>,
  ...(s.reconciled ? { reconciled: true } : {}),
});

/** The previewed requests of every gate, by gate and digest; in memory only, never written anywhere. */
export type PreviewedRequests = Map<string, unknown>;

export function registerGateTools<Request, Summary>(
  server: McpServer,
  tools: GateTools<Request, Summary>,
  gate: () => GateContext,
  requests: PreviewedRequests,
  log: (line: string) => void,
) {
  const previewName = `${tools.tool}_preview`;
  const submitName = `${tools.tool}_submit`;
  const key = (digest: string) => `${tools.tool}\n${digest}`;
  const previewOutput = {
    preview: tools.summary,
    digest: z.string(),
    expiresAt: z.string(),
    pendingSubmit: z
      .record(z.string(), z.unknown())
      .optional()
      .describe('An earlier submit of this request whose outcome is unknown: reconcile before writing.'),
  };
  const submitted = tools.submitted ?? writeResult;

  server.registerTool(
    previewName,
    {
      title: tools.title.preview,
      description: tools.description.preview,
      inputSchema: tools.input,
      outputSchema:
        tools.answer === undefined ? previewOutput : optionalShape({ ...previewOutput, ...tools.answer }),
      annotations: { readOnlyHint: true, destructiveHint: false, idempotentHint: true, openWorldHint: true },
    },
    async (args) => {
      const request = tools.toRequest(args);
      const outcome = await tools.preview(gate(), request);
      if (isGateFailure(outcome)) {
        log(`${previewName} refused: ${outcome.code}`);
        return toolError(outcome);
      }
      if (isGateAnswer(outcome)) {
        log(`${previewName} answered without a digest`);
        return toolSuccess(outcome.answer);
      }
      requests.set(key(outcome.digest), request);
      log(`${previewName} ok (${tools.logged(outcome.preview)})`);
      return toolSuccess({ preview: outcome.preview, ...previewDigestFields(outcome) });
    },
  );

  server.registerTool(
    submitName,
    {
      title: tools.title.submit,
      description: tools.description.submit,
      inputSchema: {
        previewDigest: z.string().describe(`The digest ${previewName} returned.`),
        ...tools.submitInput,
        reconciled: z
          .boolean()
          .optional()
          .describe('After outcome_unknown: the read the error named shows the write absent.'),
      },
      outputSchema: tools.submitOutput ?? WRITE_OUTPUT,
      annotations: {
        readOnlyHint: false,
        destructiveHint: tools.destructive,
        idempotentHint: true,
        openWorldHint: true,
      },
    },
    async (args) => {
      const authorization = tools.authorization?.(args) ?? {};
      const digest = parseDigest(args.previewDigest);
      const request = digest === undefined ? undefined : (requests.get(key(digest)) as Request | undefined);
      // Unequal digests the gate refuses (authorization_mismatch) before it looks anything up, as a malformed
      // one; a well-formed digest this server never previewed has no request to recompute: nothing is written.
      const unequal =
        authorization.authorizationDigest !== undefined &&
        parseDigest(authorization.authorizationDigest) !== digest;
      if (request === undefined && digest !== undefined && !unequal) {
        log(`${submitName} refused: digest_mismatch`);
        return toolError(unknownDigest(previewName));
      }
      const outcome = await tools.submit(gate(), request ?? ({} as Request), {
        previewDigest: args.previewDigest,
        reconciled: args.reconciled,
        ...authorization,
        confirm: (summary) => confirmWithHuman(server, tools.describe(summary)),
      });
      if (isGateFailure(outcome)) {
        log(`${submitName} refused: ${outcome.code}`);
        return toolError(outcome);
      }
      if (isGateAnswer(outcome)) {
        log(`${submitName} answered without a write`);
        // In WRITE_OUTPUT's shape: the submit itself answered (a task already started).
        return toolSuccess({ action: submitName, requestId: null, result: outcome.answer });
      }
      log(`${submitName} done (request id ${outcome.requestId ?? '-'})`);
      return toolSuccess(submitted(outcome));
    },
  );
}

const optionalShape = (shape: Shape): Shape =>
  Object.fromEntries(Object.entries(shape).map(([name, schema]) => [name, schema.optional()]));

function unknownDigest(previewName: string): GateFailure {
  const message = `This server made no ${previewName} with this digest: nothing was sent`;
  return {
    ok: false,
    code: 'digest_mismatch',
    error: new SmsInputError(message, [{ field: 'previewDigest', message }], {
      hint: `Call ${previewName} here with the request, show its summary, and submit the digest it returns.`,
    }),
    retryable: false,
  };
}

/** Asks the human through the client (elicitation) when it can; a client without it relies on the digest. */
async function confirmWithHuman(server: McpServer, question: string): Promise<boolean> {
  if (server.server.getClientCapabilities()?.elicitation === undefined) return true;
  // A client that cannot show the question (or fails to) has not confirmed: nothing is written.
  const answer = await server.server
    .elicitInput({
      mode: 'form',
      message: question,
      requestedSchema: {
        type: 'object',
        properties: {
          confirm: { type: 'boolean', title: 'Go ahead', description: 'Yes to do it now.' },
        },
        required: ['confirm'],
      },
    })
    .catch(() => undefined);
  return answer?.action === 'accept' && answer.content?.confirm === true;
}
