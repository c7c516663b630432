import path from 'node:path';
import { Client } from '@modelcontextprotocol/sdk/client/index.js';
import { StdioClientTransport } from '@modelcontextprotocol/sdk/client/stdio.js';
import type { CallToolResult } from '@modelcontextprotocol/sdk/types.js';
import { REPO_ROOT } from '../cli/helpers/cli-process.ts';

/** The real bin's MCP server on stdio, driven by the SDK's own Client; its stderr (the server log) kept. */
export async function startStdioMcp(env: Record<string, string>, home: string, capabilities = {}) {
  const transport = new StdioClientTransport({
    command: process.execPath,
    args: [path.join(REPO_ROOT, 'src/cli/index.ts'), 'mcp'],
    env: { PATH: process.env.PATH ?? '', HOME: home, ...env },
    stderr: 'pipe',
  });
  let log = '';
  transport.stderr?.on('data', (chunk: Buffer) => (log += chunk.toString('utf8')));
  const client = new Client({ name: 'volc-sms-test', version: '1.0.0' }, { capabilities });
  await client.connect(transport);
  return { client, log: () => log, close: () => client.close() };
}

export type ToolError = {
  code: string;
  message: string;
  hint: string | null;
  requestId: string | null;
  outcome_unknown: boolean;
  changed?: string[];
};

/** A tool error's structured detail (the second text item). */
export function toolErrorOf(result: CallToolResult): ToolError {
  if (result.isError !== true) throw new Error(`expected a tool error, got ${JSON.stringify(result)}`);
  const json = result.content.find((item) => item.type === 'text' && item.text.startsWith('{"error"'));
  return (JSON.parse((json as { text: string }).text) as { error: ToolError }).error;
}

export function structured<T = Record<string, unknown>>(result: CallToolResult): T {
  if (result.isError === true) throw new Error(`tool failed: ${JSON.stringify(result.content)}`);
  return result.structuredContent as T;
}
