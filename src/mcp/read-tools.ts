import type { McpServer } from '@modelcontextprotocol/sdk/server/mcp.js';
import { z } from 'zod';
import { isGateFailure, toGateFailure } from '../core/index.ts';
import type { ApiResponse, GateFailure, SmsClient, WireSchemas } from '../core/index.ts';
import { SKILL_READ_TOOLS } from './skill-read-tools.ts';
import { toolError, toolSuccess } from './tool-result.ts';

/**
 * One tool per read command of the CLI, calling the same client method with the same inputs. Input
 * shapes are cut from the core's request schemas (the field rules live there once), renamed to the CLI's
 * camelCase; output is the envelope the CLI prints in JSON mode, typed by the core's result schemas.
 */

type Shape = z.ZodRawShape;
// eslint-disable-next-line @typescript-eslint/no-explicit-any -- validated by the input schema
type Args = any;

interface ReadTool {
  name: string;
  title: string;
  description: string;
  input: (s: WireSchemas) => Shape;
  result: (s: WireSchemas) => z.ZodType;
  /** `args` has passed the tool's input schema, which is the client input's shape. */
  call: (client: SmsClient, args: Args) => Promise<ApiResponse<unknown>>;
}

/**
 * Tool inputs cut from an action's request schema: each camelCase name is the body's PascalCase field
 * (its rules live there once), with the description a tool shows; `paged` adds Page and PageSize, optional.
 */
function cut(body: z.ZodObject, described: Record<string, string | null>, paged = false): Shape {
  const field = (name: string) => body.shape[name.charAt(0).toUpperCase() + name.slice(1)] as z.ZodType;
  return {
    ...Object.fromEntries(
      Object.entries(described).map(([name, text]) => [
        name,
        text === null ? field(name) : field(name).describe(text),
      ]),
    ),
    ...(paged
      ? {
          page: field('page').optional().describe('Page number (default 1).'),
          pageSize: field('pageSize')
            .optional()
            .describe('Items per page, 1–100 (default 20; 100 for the send log).'),
        }
      : {}),
  };
}

export const READ_TOOLS: readonly ReadTool[] = [
  {
    name: 'list_sub_account',
    title: 'List message groups',
    description:
      'Approved message groups (sub-accounts) with their channel types. Same as `volc-sms list_sub_account`.',
    input: (s) =>
      cut(s.ListSubAccountForAgentBodySchema, { subAccountName: 'Fuzzy match on the group name.' }),
    result: (s) => s.SubAccountListSchema,
    call: (client, args) => client.listSubAccounts(args),
  },
  {
    name: 'list_signature',
    title: 'List signatures',
    description:
      'Approved signatures and the message groups they are bound to. Same as `volc-sms list_signature`.',
    input: (s) =>
      cut(
        s.ListSignatureForAgentBodySchema,
        {
          signature: 'Fuzzy match on the signature text.',
          subAccounts: 'Only signatures bound to these groups.',
        },
        true,
      ),
    result: (s) => s.SignatureListSchema,
    call: (client, args) => client.listSignatures(args),
  },
  {
    name: 'list_sms_template',
    title: 'List templates',
    description:
      'Approved templates with their content, variables, signatures and groups. Same as `volc-sms list_sms_template`.',
    input: (s) =>
      cut(
        s.ListSmsTemplateForAgentBodySchema,
        {
          templateId: 'Only this template.',
          subAccounts: 'Only templates of these groups.',
          signatures: 'Only templates for these signatures.',
        },
        true,
      ),
    result: (s) => s.TemplateListSchema,
    call: (client, args) => client.listTemplates(args),
  },
  {
    name: 'list_sms_send_log',
    title: 'Send log',
    description:
      'Message-level send log of one group: status, error code and receipt time per message (numbers masked). ' +
      'Times are epoch seconds. Same as `volc-sms list_sms_send_log`.',
    input: (s) => ({
      subAccount: s.ListSmsSendLogForAgentBodySchema.shape.SubAccount.unwrap().describe(
        'Message group id (required).',
      ),
      ...cut(
        s.ListSmsSendLogForAgentBodySchema,
        {
          fromTime: 'Window start, epoch seconds.',
          toTime: 'Window end, epoch seconds.',
          mobile: 'Only this number (a filter; never shown back).',
          templateId: null,
          signature: null,
          messageId: 'Only this message (reconciles a send).',
        },
        true,
      ),
    }),
    result: (s) => s.SendLogListSchema,
    call: (client, args) => client.listSendLogs(args),
  },
  {
    name: 'list_total_send_count_stat',
    title: 'Send statistics',
    description:
      'Submission and receipt counts for a window (epoch seconds), optionally per group, channel, signature ' +
      'or template. Same as `volc-sms list_total_send_count_stat`.',
    input: (s) =>
      cut(s.ListTotalSendCountStatForAgentBodySchema, {
        startTime: 'Window start, epoch seconds.',
        endTime: 'Window end, epoch seconds.',
        subAccount: null,
        channelType: 'CN_OTP, CN_NTC or CN_MKT.',
        signature: null,
        templateId: null,
      }),
    result: (s) => s.SendStatsSchema,
    call: (client, args) => client.getSendStats(args),
  },
];

/** The envelope as the CLI prints it: the server's metadata and the (typed) result. */
function envelopeSchema(s: WireSchemas, result: z.ZodType) {
  return z.object({ ResponseMetadata: s.ResponseMetadataSchema, Result: result });
}

const READ_ANNOTATIONS = {
  readOnlyHint: true,
  destructiveHint: false,
  idempotentHint: true,
  openWorldHint: true,
} as const;

export function registerReadTools(
  server: McpServer,
  client: SmsClient,
  schemas: WireSchemas,
  log: (line: string) => void,
) {
  /** Runs one tool call: timed, logged without its arguments (they hold numbers), failures as tool errors. */
  const answer = async (
    name: string,
    run: () => Promise<{ structured: Record<string, unknown>; requestId?: string | undefined } | GateFailure>,
  ) => {
    const started = performance.now();
    try {
      const outcome = await run();
      if (isGateFailure(outcome)) {
        log(`${name} failed: ${outcome.code}`);
        return toolError(outcome);
      }
      const { structured, requestId } = outcome;
      const id = requestId ? `, request id ${requestId}` : '';
      log(`${name} ok (${Math.round(performance.now() - started)} ms${id})`);
      return toolSuccess(structured);
    } catch (error) {
      const failure = toGateFailure(error, 'read');
      log(`${name} failed: ${failure.code}`);
      return toolError(failure);
    }
  };
  for (const tool of READ_TOOLS) {
    server.registerTool(
      tool.name,
      {
        title: tool.title,
        description: tool.description,
        inputSchema: tool.input(schemas),
        outputSchema: envelopeSchema(schemas, tool.result(schemas)).shape,
        annotations: READ_ANNOTATIONS,
      },
      (args) =>
        answer(tool.name, async () => {
          const response = await tool.call(client, args);
          const raw = response.raw as { ResponseMetadata?: unknown };
          return {
            structured: { ResponseMetadata: raw.ResponseMetadata, Result: response.result },
            requestId: response.requestId,
          };
        }),
    );
  }
  for (const tool of SKILL_READ_TOOLS) {
    server.registerTool(
      tool.name,
      {
        title: tool.title,
        description: tool.description,
        inputSchema: tool.input(schemas),
        outputSchema: tool.output(schemas),
        annotations: READ_ANNOTATIONS,
      },
      (args) =>
        answer(tool.name, async () => {
          const outcome = await tool.call(client, args);
          if (isGateFailure(outcome)) return outcome;
          const { result, requestId } = outcome as { result: Record<string, unknown>; requestId?: string };
          return { structured: result, requestId };
        }),
    );
  }
}
