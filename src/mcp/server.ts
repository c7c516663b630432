import { McpServer } from '@modelcontextprotocol/sdk/server/mcp.js';
import type { ConsentLedger, GateContext, SmsClient, WireSchemas } from '../core/index.ts';
import { SIGNATURE_TOOLS, TEMPLATE_TOOLS } from './application-tools.ts';
import { BATCH_LAUNCH_TOOLS, registerBatchWriteTools } from './batch-tools.ts';
import { registerGateTools, type PreviewedRequests } from './gate-tools.ts';
import { registerPrompts } from './prompts.ts';
import { registerReadTools } from './read-tools.ts';
import { registerResources } from './resources.ts';
import { SEND_TOOLS } from './send-tools.ts';

/** What one MCP server (one per stdio process, one per HTTP session) is built from; shared across sessions. */
export interface McpServerParts {
  client: SmsClient;
  ledger: ConsentLedger;
  schemas: WireSchemas;
  /** Previewed requests by gate and digest: in memory only, so no request is written anywhere. */
  requests: PreviewedRequests;
  version: string;
  /** One line per event on stderr; never arguments (they hold numbers), never secrets. */
  log: (line: string) => void;
  now?: (() => number) | undefined;
}

const INSTRUCTIONS = [
  'Volcengine SMS. Read tools list message groups, signatures, templates, the send log, statistics and',
  'batch tasks, find the template that has a text (match_template) and report trends (analytics).',
  'To send: send_preview, show its masked summary to the user, and only after they approve call send_submit',
  'with the digest; a digest sends at most once. On outcome_unknown, check list_sms_send_log before anything.',
  'Signature and template applications and batch launches are the same two steps (signature_*, template_*,',
  'batch_launch_*); batch_create makes a task that waits for its launch; batch_cancel stops one not yet sending.',
].join(' ');

export function createMcpServer(parts: McpServerParts): McpServer {
  const server = new McpServer({ name: 'volc-sms', version: parts.version }, { instructions: INSTRUCTIONS });
  registerReadTools(server, parts.client, parts.schemas, parts.log);
  const gate = (): GateContext => ({ client: parts.client, ledger: parts.ledger, now: parts.now });
  registerGateTools(server, SEND_TOOLS, gate, parts.requests, parts.log);
  registerGateTools(server, SIGNATURE_TOOLS, gate, parts.requests, parts.log);
  registerGateTools(server, TEMPLATE_TOOLS, gate, parts.requests, parts.log);
  registerGateTools(server, BATCH_LAUNCH_TOOLS, gate, parts.requests, parts.log);
  registerBatchWriteTools(server, parts.client, parts.now ?? Date.now, parts.log);
  registerResources(server, parts.client);
  registerPrompts(server);
  return server;
}
