import path from 'node:path';
import { Client } from '@modelcontextprotocol/sdk/client/index.js';
import { StdioClientTransport } from '@modelcontextprotocol/sdk/client/stdio.js';
import { ElicitRequestSchema, type CallToolResult } from '@modelcontextprotocol/sdk/types.js';
import { expect } from 'vitest';
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

/**
 * One stdio MCP server for a test file whose every tool call is kept, so that `closeExpectingNoLeaks` can
 * check that nothing the server answered or logged holds a full number or a secret.
 */
export function recordedStdioMcp() {
  const seen: string[] = [];
  let mcp: Awaited<ReturnType<typeof startStdioMcp>> | undefined;
  const started = () => {
    if (!mcp) throw new Error('the MCP server is not started: call start() in beforeAll');
    return mcp;
  };
  return {
    async start(env: Record<string, string>, home: string) {
      mcp = await startStdioMcp(env, home);
      return mcp.client;
    },
    async call(name: string, args: Record<string, unknown>): Promise<CallToolResult> {
      const result = (await started().client.callTool({ name, arguments: args })) as CallToolResult;
      seen.push(JSON.stringify(result));
      return result;
    },
    async closeExpectingNoLeaks(secrets: readonly string[]) {
      const server = started();
      await server.close();
      const everything = seen.join('\n') + server.log();
      for (const secret of secrets) expect(everything).not.toContain(secret);
    },
  };
}

/**
 * A server whose client answers confirmation requests (elicitation) as a person would: it declines until
 * `accept()` is called, and keeps every question it was asked.
 */
export async function startConfirmingMcp(env: Record<string, string>, home: string) {
  const asked: string[] = [];
  let answer: 'decline' | 'accept' = 'decline';
  const server = await startStdioMcp(env, home, { elicitation: {} });
  server.client.setRequestHandler(ElicitRequestSchema, async (request) => {
    asked.push(request.params.message);
    return answer === 'accept' ? { action: 'accept', content: { confirm: true } } : { action: 'decline' };
  });
  return {
    asked,
    accept: () => void (answer = 'accept'),
    call: async (name: string, args: Record<string, unknown>) =>
      (await server.client.callTool({ name, arguments: args })) as CallToolResult,
    close: () => server.close(),
  };
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
