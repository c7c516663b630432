/**
 * The MCP server's costs, side by side in one run against an in-process sandbox on 127.0.0.1:
 *   (1) server start → tools/list answered: spawn `volc-sms mcp` (the committed bundle) and connect the
 *       SDK's Client over stdio, next to `volc-sms --version` (the CLI's own start) in the same loop;
 *   (2) a read tool's round trip over stdio (list_signature → the sandbox → back) against the same core call
 *       in process (client.listSignatures, same keep-alive engine), interleaved call by call.
 * Target: (2) overhead ≤ 2 ms at p50. Usage: node bench/mcp-overhead.ts [calls=300] [starts=7]
 */
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { Client } from '@modelcontextprotocol/sdk/client/index.js';
import { StdioClientTransport } from '@modelcontextprotocol/sdk/client/stdio.js';
import { createSmsClient } from '../src/core/index.ts';
import { startSandbox } from '../src/sandbox/index.ts';

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const CLI_BUNDLE = join(ROOT, 'dist/cli/index.js');
const CALLS = Number(process.argv[2] ?? 300);
const STARTS = Number(process.argv[3] ?? 7);
const TARGET_MS = 2;

const quantile = (values: number[], q: number) => {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.floor(q * sorted.length))] as number;
};
const ms = (start: bigint) => Number(process.hrtime.bigint() - start) / 1e6;

async function main(): Promise<void> {
  if (!existsSync(CLI_BUNDLE)) throw new Error('dist/cli/index.js is missing: run npm run package:cli');
  const sandbox = await startSandbox({ port: 0, rateLimitQps: 0, log: () => undefined });
  const home = mkdtempSync(join(tmpdir(), 'volc-sms-mcp-bench-'));
  const env = {
    PATH: process.env.PATH ?? '',
    HOME: home,
    VOLC_SMS_ENDPOINT: sandbox.url,
    VOLCENGINE_ACCESS_KEY: sandbox.credentials.accessKeyId,
    VOLCENGINE_SECRET_KEY: sandbox.credentials.secretAccessKey,
  };
  const connect = async () => {
    const transport = new StdioClientTransport({
      command: process.execPath,
      args: [CLI_BUNDLE, 'mcp'],
      env,
      stderr: 'ignore',
    });
    const client = new Client({ name: 'bench', version: '1' });
    await client.connect(transport);
    return client;
  };
  try {
    // (1) start-up, interleaved with the CLI's own start.
    const startup: number[] = [];
    const version: number[] = [];
    for (let i = 0; i < STARTS; i++) {
      const cliStart = process.hrtime.bigint();
      const run = spawnSync(process.execPath, [CLI_BUNDLE, '--version'], { env });
      if (run.status !== 0) throw new Error('volc-sms --version failed');
      version.push(ms(cliStart));
      const started = process.hrtime.bigint();
      const client = await connect();
      const { tools } = await client.listTools();
      if (tools.length < 7) throw new Error(`tools/list answered ${tools.length} tools`);
      startup.push(ms(started));
      await client.close();
    }

    // (2) round trips, one over stdio and one in process in turn, after a warm-up of each.
    const mcp = await connect();
    const core = createSmsClient({
      auth: {
        kind: 'aksk',
        accessKeyId: env.VOLCENGINE_ACCESS_KEY,
        secretAccessKey: env.VOLCENGINE_SECRET_KEY,
      },
      endpoint: sandbox.url,
    });
    const args = { subAccounts: ['7384ed01'] };
    const viaMcp = async () => {
      const result = await mcp.callTool({ name: 'list_signature', arguments: args });
      if (result.isError) throw new Error(JSON.stringify(result.content));
    };
    const inProcess = () => core.listSignatures(args);
    for (let i = 0; i < 30; i++) await Promise.all([viaMcp(), inProcess()]);
    const over: number[] = [];
    const direct: number[] = [];
    for (let i = 0; i < CALLS; i++) {
      let t = process.hrtime.bigint();
      await viaMcp();
      over.push(ms(t));
      t = process.hrtime.bigint();
      await inProcess();
      direct.push(ms(t));
    }
    await mcp.close();
    await core.close();

    const p50 = (values: number[]) => quantile(values, 0.5).toFixed(2);
    const overhead = quantile(over, 0.5) - quantile(direct, 0.5);
    process.stdout.write(
      [
        `(1) server start → tools/list answered: p50 ${p50(startup)} ms (volc-sms --version in the same loop: ${p50(version)} ms; ${STARTS} starts)`,
        `(2) list_signature round trip, ${CALLS} calls each, interleaved:`,
        `    over stdio MCP   p50 ${p50(over)} ms, p90 ${quantile(over, 0.9).toFixed(2)} ms`,
        `    core in process  p50 ${p50(direct)} ms, p90 ${quantile(direct, 0.9).toFixed(2)} ms`,
        `    overhead at p50  ${overhead.toFixed(2)} ms (target ≤ ${TARGET_MS} ms: ${overhead <= TARGET_MS ? 'met' : 'MISSED'}); ratio ${(quantile(over, 0.5) / quantile(direct, 0.5)).toFixed(2)}×`,
      ].join('\n') + '\n',
    );
  } finally {
    await sandbox.close();
    rmSync(home, { recursive: true, force: true });
  }
}

await main();
