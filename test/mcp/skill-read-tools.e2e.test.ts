// The MCP read tools of skill 1.3's commands (batch_detail, batch_list, match_template, analytics) over
// stdio, spawned as the real bin and driven by the SDK's own Client against the sandbox: each answers what
// the CLI command's envelope carries as `result`, and a failure is a tool error with the envelope's code.
import { writeFile } from 'node:fs/promises';
import path from 'node:path';
import type { Client } from '@modelcontextprotocol/sdk/client/index.js';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { createSmsClient, shanghaiIso } from '../../src/core/index.ts';
import type { Sandbox } from '../../src/sandbox/index.ts';
import { makeTempHome, runCli } from '../cli/helpers/cli-process.ts';
import { akskEnv, sandboxSecrets, startTestSandbox } from '../cli/helpers/sandbox-env.ts';
import { noticeTask, sendNotice } from '../helpers/seed-requests.ts';
import { recordedStdioMcp, structured, toolErrorOf } from './helpers.ts';

vi.setConfig({ testTimeout: 90_000, hookTimeout: 60_000 });

const NUMBERS = ['13800000001', '13800000007'];
let sandbox: Sandbox;
let home: { home: string; cleanup: () => Promise<void> };
let client: Client;
let taskId: string;
let hour: number;
const mcp = recordedStdioMcp();
const call = mcp.call;

/** The `result` of the CLI command's envelope, for the same request. */
async function cliResult(argv: string[]): Promise<unknown> {
  const run = await runCli(argv, { env: akskEnv(sandbox), home: home.home });
  expect(run.code, run.stderr).toBe(0);
  return (JSON.parse(run.stdout) as { result: unknown }).result;
}

beforeAll(async () => {
  sandbox = await startTestSandbox({ batchRate: 0, receiptDelayMs: 0 });
  home = await makeTempHome();
  const core = createSmsClient({ auth: { kind: 'aksk', ...sandbox.credentials }, endpoint: sandbox.url });
  const file = path.join(home.home, 'numbers.csv');
  await writeFile(file, 'phone,version\n13800000002,1.0\n');
  const uploaded = await core.uploadBatchFile({ path: file });
  const created = await core.setBatchTask(noticeTask('deploy notice', uploaded.file));
  taskId = created.result.taskId;
  await sendNotice(core, NUMBERS);
  await core.close();
  hour = Math.floor(sandbox.admin.messages({ limit: 1 })[0]!.sendTime / 3_600_000) * 3600;
  client = await mcp.start(akskEnv(sandbox), home.home);
});
afterAll(async () => {
  await mcp.closeExpectingNoLeaks([...NUMBERS, ...sandboxSecrets(sandbox)]);
  await sandbox.close();
  await home.cleanup();
});

describe('skill 1.3 read tools', () => {
  it('are listed read-only, with input and output schemas', async () => {
    const { tools } = await client.listTools();
    const byName = Object.fromEntries(tools.map((t) => [t.name, t]));
    for (const name of ['batch_detail', 'batch_list', 'match_template', 'analytics']) {
      expect(byName[name]?.annotations, name).toMatchObject({ readOnlyHint: true, destructiveHint: false });
      expect(byName[name]?.outputSchema?.type, name).toBe('object');
    }
    expect(byName.batch_detail?.inputSchema.required?.sort()).toEqual(['subAccount', 'taskId']);
    expect(byName.match_template?.inputSchema.required?.sort()).toEqual([
      'channelType',
      'content',
      'signature',
      'subAccount',
    ]);
    expect(byName.analytics?.inputSchema.required?.sort()).toEqual(['end', 'start']);
  });

  it('each answers what the CLI envelope carries as result', async () => {
    const window = { start: shanghaiIso(hour).slice(0, 19), end: shanghaiIso(hour + 3600).slice(0, 19) };
    const cases: Array<[string, Record<string, unknown>, string[]]> = [
      [
        'batch_detail',
        { subAccount: '7384ed01', taskId },
        ['batch-detail', '--sub-account', '7384ed01', '--task-id', taskId],
      ],
      [
        'batch_list',
        { subAccount: '7384ed01', taskName: 'deploy' },
        ['batch-list', '--sub-account', '7384ed01', '--task-name', 'deploy'],
      ],
      [
        'match_template',
        {
          content: '部署已完成，版本${version}。',
          signature: '【VolcOps】',
          subAccount: '7384ed01',
          channelType: 'CN_NTC',
        },
        [
          'match-template',
          '--content',
          '部署已完成，版本${version}。',
          '--signature',
          '【VolcOps】',
          '--sub-account',
          '7384ed01',
          '--channel-type',
          'CN_NTC',
        ],
      ],
      [
        'analytics',
        { ...window, bucket: 'total', subAccount: '7384ed01', includeLogs: true },
        [
          'analytics',
          '--start',
          window.start,
          '--end',
          window.end,
          '--bucket',
          'total',
          '--sub-account',
          '7384ed01',
          '--include-logs',
        ],
      ],
    ];
    for (const [name, args, argv] of cases) {
      const tool = structured(await call(name, args));
      expect(tool, name).toEqual(await cliResult(argv));
    }
    const single = structured<{ classification: string }>(await call('match_template', cases[2]![1]));
    expect(single.classification).toBe('single');
    const report = structured<{ status: string; send_logs: { unique_records: number } }>(
      await call('analytics', cases[3]![1]),
    );
    expect(report).toMatchObject({ status: 'complete', send_logs: { unique_records: 2 } });
  });

  it("a failure is a tool error with the envelope's code", async () => {
    expect(toolErrorOf(await call('batch_detail', { subAccount: '77da1acf', taskId })).code).toBe('1009');
    const analytics = toolErrorOf(
      await call('analytics', { start: '2026-07-01', end: '2026-07-01T00:00:00.5' }),
    );
    expect(analytics.code).toBe('analytics_validation_error');
    expect(analytics.message).toContain('--end must have whole seconds');
    const match = toolErrorOf(
      await call('match_template', {
        content: 'x',
        signature: '【V】',
        subAccount: '7384ed01',
        channelType: 'CN_NTC',
      }),
    );
    expect(match.code).toBe('validation_error');
  });
});
