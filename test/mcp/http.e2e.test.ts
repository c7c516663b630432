// `volc-sms mcp --http`: Streamable HTTP at /mcp, driven by the SDK's own Client, against the sandbox; the
// bearer token from the environment, and the refusal to listen off loopback without one.
import { mkdtemp } from 'node:fs/promises';
import path from 'node:path';
import { Client } from '@modelcontextprotocol/sdk/client/index.js';
import { StreamableHTTPClientTransport } from '@modelcontextprotocol/sdk/client/streamableHttp.js';
import type { CallToolResult } from '@modelcontextprotocol/sdk/types.js';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import type { Sandbox } from '../../src/sandbox/index.ts';
import { makeTempHome, runCli, startLongRunning, type LongRunning } from '../cli/helpers/cli-process.ts';
import { akskEnv, sandboxSecrets, startTestSandbox } from '../cli/helpers/sandbox-env.ts';
import { structured, toolErrorOf } from './helpers.ts';

vi.setConfig({ testTimeout: 90_000, hookTimeout: 60_000 });

const TOKEN = 'test-token-0123456789abcdef';
let sandbox: Sandbox;
let home: { home: string; cleanup: () => Promise<void> };
let server: LongRunning;
let url: string;

beforeAll(async () => {
  sandbox = await startTestSandbox();
  home = await makeTempHome();
  const env = {
    ...akskEnv(sandbox),
    VOLC_SMS_STATE_DIR: await mkdtemp(path.join(home.home, 'state-')),
    VOLC_SMS_MCP_TOKEN: TOKEN,
  };
  server = await startLongRunning(['mcp', '--http', '0'], {
    env,
    home: home.home,
    ready: /listening on (http:\/\/\S+)/,
    stream: 'stderr',
    timeoutMs: 30_000,
  });
  url = server.match[1] as string;
});
afterAll(async () => {
  expect(await server.stop('SIGTERM')).toBe(0);
  const { stderr, stdout } = server.output();
  for (const secret of ['13800000000', TOKEN, ...sandboxSecrets(sandbox)]) {
    expect(stderr + stdout).not.toContain(secret);
  }
  await sandbox.close();
  await home.cleanup();
});

async function connect(token: string | undefined) {
  const transport = new StreamableHTTPClientTransport(new URL(url), {
    requestInit: token === undefined ? {} : { headers: { authorization: `Bearer ${token}` } },
  });
  const client = new Client({ name: 'volc-sms-http-test', version: '1.0.0' });
  await client.connect(transport);
  return client;
}

describe('volc-sms mcp --http', () => {
  it('listens on 127.0.0.1 at /mcp and refuses a request without the bearer token', async () => {
    expect(url).toMatch(/^http:\/\/127\.0\.0\.1:\d+\/mcp$/);
    await expect(connect(undefined)).rejects.toThrow(/401|bearer/i);
    await expect(connect('wrong-token-0123456789abcdef')).rejects.toThrow(/401|bearer/i);
  });

  it('serves the tools with schemas; a read round trip; preview → submit sends once', async () => {
    const client = await connect(TOKEN);
    try {
      const { tools } = await client.listTools();
      expect(tools.find((t) => t.name === 'list_sms_template')?.outputSchema?.type).toBe('object');
      const groups = structured<{ Result: { List: Array<{ SubAccount: string }> } }>(
        (await client.callTool({ name: 'list_sub_account', arguments: {} })) as CallToolResult,
      );
      expect(groups.Result.List.map((g) => g.SubAccount)).toContain('7384ed01');

      const request = {
        subAccount: '7384ed01',
        signature: '火山引擎',
        templateId: 'ST_0001',
        mobiles: ['13800000000'],
        templateParams: { code: '123456' },
      };
      const preview = structured<{ digest: string; preview: { recipients: string[] } }>(
        (await client.callTool({ name: 'send_preview', arguments: request })) as CallToolResult,
      );
      expect(preview.preview.recipients).toEqual(['138****0000']);
      const wrong = (await client.callTool({
        name: 'send_submit',
        arguments: { previewDigest: 'b'.repeat(64), authorizationDigest: 'b'.repeat(64) },
      })) as CallToolResult;
      expect(toolErrorOf(wrong).code).toBe('digest_mismatch');
      expect(sandbox.admin.messages()).toEqual([]);
      const args = { previewDigest: preview.digest, authorizationDigest: preview.digest };
      structured((await client.callTool({ name: 'send_submit', arguments: args })) as CallToolResult);
      const again = (await client.callTool({ name: 'send_submit', arguments: args })) as CallToolResult;
      expect(toolErrorOf(again).code).toBe('already_submitted');
      expect(sandbox.admin.messages().map((m) => m.mobile)).toEqual(['13800000000']);
      // The code went to the phone, and never back into a tool result.
      expect(JSON.stringify(preview)).not.toContain('123456');
    } finally {
      await client.close();
    }
  });

  it('refuses to listen off loopback without a token (from the environment, never a flag)', async () => {
    const run = await runCli(['mcp', '--http', '0', '--host', '0.0.0.0'], {
      env: akskEnv(sandbox),
      home: home.home,
    });
    expect(run.code).toBe(3);
    expect(run.stderr).toContain('VOLC_SMS_MCP_TOKEN');
  });
});
