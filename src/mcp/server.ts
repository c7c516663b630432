import { McpServer } from '@modelcontextprotocol/sdk/server/mcp.js';
import type { ConsentLedger, SendGateRequest, SmsClient, WireSchemas } from '../core/index.ts';
import { registerPrompts } from './prompts.ts';
import { registerReadTools } from './read-tools.ts';
import { registerResources } from './resources.ts';
import { registerSendTools } from './send-tools.ts';

/** What one MCP server (one per stdio process, one per HTTP session) is built from; shared across sessions. */
export interface McpServerParts {
  client: SmsClient;
  ledger: ConsentLedger;
  schemas: WireSchemas;
  /** Previewed requests by digest: in memory only, so the digest is never written anywhere. */
  requests: Map<string, SendGateRequest>;
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
].join(' ');

export function createMcpServer(parts: McpServerParts): McpServer {
  const server = new McpServer({ name: 'volc-sms', version: parts.version }, { instructions: INSTRUCTIONS });
  registerReadTools(server, parts.client, parts.schemas, parts.log);
  registerSendTools(
    server,
    () => ({ client: parts.client, ledger: parts.ledger, now: parts.now }),
    parts.requests,
    parts.log,
  );
  registerResources(server, parts.client);
  registerPrompts(server);
  return server;
}
