import { createSmsClient, defaultLedgerDir, redact } from '../../core/index.ts';
import type { CommandSpec } from '../command.ts';
import { hostFlag, parseFlagValues, portFlag } from '../flag-values.ts';
import type { FlagSpecs } from '../flags.ts';
import { CLI_VERSION } from '../version.ts';

const NAME = 'mcp';

const FLAGS = {
  http: portFlag('Serve Streamable HTTP at /mcp on this port (0 = any free port) instead of stdio.'),
  host: hostFlag('Address for --http (default 127.0.0.1; elsewhere VOLC_SMS_MCP_TOKEN is required).'),
} as const satisfies FlagSpecs;

export const mcpCommand: CommandSpec = {
  name: NAME,
  summary: 'Run the MCP server for AI agents (stdio, or Streamable HTTP with --http) until stopped.',
  description: [
    'Tools: the read commands, and the gated send as send_preview → send_submit (no one-step send).',
    'Credentials come from the environment or the env file only, as for every command; VOLC_SMS_ENDPOINT',
    'points it at the sandbox. Logs go to stderr (stdout is the protocol). See docs/agents.md.',
  ],
  group: 'tool',
  flags: FLAGS,
  examples: [
    'volc-sms mcp',
    'volc-sms mcp --http 8765',
    'VOLC_SMS_MCP_TOKEN=$(openssl rand -hex 24) volc-sms mcp --http 8765 --host 0.0.0.0',
  ],
  async run(context, values) {
    const flags = parseFlagValues(FLAGS, values, NAME);
    const shutdown = context.io.waitForShutdown?.() ?? new Promise<string>(() => undefined);
    const { options } = context.config();
    const client = createSmsClient({
      ...options,
      userAgent: `volc-sms-mcp/${CLI_VERSION}`,
    });
    const secrets = [context.env.VOLC_SMS_MCP_TOKEN];
    const log = (line: string) => context.note(`volc-sms mcp: ${redact(line, secrets)}`);
    // Loaded on demand: the MCP SDK is large and no other command needs it.
    const { runMcpServer } = await import('../../mcp/index.ts');
    try {
      const reason = await runMcpServer({
        client,
        ledgerDir: defaultLedgerDir(context.env),
        version: CLI_VERSION,
        log,
        shutdown,
        http:
          flags.http === undefined
            ? undefined
            : { port: flags.http, host: flags.host, token: context.env.VOLC_SMS_MCP_TOKEN || undefined },
        onReady: (where) => log(where === 'stdio' ? 'serving on stdio' : `listening on ${where}`),
      });
      log(`stopped (${reason})`);
    } finally {
      await client.close();
    }
    return 0;
  },
};
