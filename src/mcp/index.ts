// `volc-sms mcp`: the MCP server over the core. Loaded on demand by the CLI command (src/cli/commands/mcp.ts),
// so the SDK never weighs on the start-up of the other commands.
import { StdioServerTransport } from '@modelcontextprotocol/sdk/server/stdio.js';
import { ConsentLedger, fileLedgerStore, loadWireSchemas } from '../core/index.ts';
import type { SmsClient } from '../core/index.ts';
import { startMcpHttp } from './http.ts';
import { createMcpServer, type McpServerParts } from './server.ts';

export { createMcpServer } from './server.ts';
export type { McpServerParts } from './server.ts';
export { startMcpHttp, isLoopback, TOKEN_VARIABLE } from './http.ts';

export interface RunMcpOptions {
  client: SmsClient;
  /** The consent ledger's directory, shared with the CLI's send-submit. */
  ledgerDir: string;
  version: string;
  log: (line: string) => void;
  /** Resolves when the user stops the server (SIGINT/SIGTERM). */
  shutdown: Promise<string>;
  http?: { port: number; host: string; token?: string | undefined } | undefined;
  now?: (() => number) | undefined;
  /** Called once serving (the HTTP URL, or "stdio"). */
  onReady?: ((where: string) => void) | undefined;
}

export async function runMcpServer(options: RunMcpOptions): Promise<string> {
  const parts: McpServerParts = {
    client: options.client,
    ledger: new ConsentLedger(fileLedgerStore(options.ledgerDir, options.now)),
    schemas: await loadWireSchemas(),
    requests: new Map<string, unknown>(),
    version: options.version,
    log: options.log,
    now: options.now,
  };
  if (options.http !== undefined) {
    const server = await startMcpHttp({
      ...options.http,
      createServer: () => createMcpServer(parts),
      log: options.log,
    });
    options.onReady?.(server.url);
    const signal = await options.shutdown;
    await server.close();
    return signal;
  }
  const server = createMcpServer(parts);
  const transport = new StdioServerTransport();
  // The client ending the conversation closes stdin: that ends the server too.
  const stdinClosed = new Promise<string>((resolve) =>
    process.stdin.once('end', () => resolve('stdin closed')),
  );
  await server.connect(transport);
  options.onReady?.('stdio');
  const reason = await Promise.race([options.shutdown, stdinClosed]);
  await server.close();
  return reason;
}
