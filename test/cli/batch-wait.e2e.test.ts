// batch-wait through the real bin: a launched 10,000-number batch reaches state 6 and batch-wait reports
// 10,000 receipts from the send log; in a pipe, one JSON line per change, then the envelope.
import { writeFile } from 'node:fs/promises';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import type { Sandbox } from '../../src/sandbox/index.ts';
import { makeTempHome, type CliRun } from './helpers/cli-process.ts';
import { envelope, gateCli, launchSubmitArgs, tomorrowAtTen } from './helpers/gate-cli.ts';
import { NOTICE_TEMPLATE, startTestSandbox } from './helpers/sandbox-env.ts';

vi.setConfig({ testTimeout: 240_000 });

const COUNT = 10_000;
let sandbox: Sandbox;
let home: { home: string; cleanup: () => Promise<void> };
let cli: (args: readonly string[]) => Promise<CliRun>;

beforeAll(async () => {
  // As fast as the engine goes; receipts 100 ms after each send (the seed's rules deliver numbers ending in
  // 1). The task is scheduled for tomorrow and the sandbox clock moved past it, so the CLI's X-Date may be
  // two days behind the sandbox's.
  sandbox = await startTestSandbox({ batchRate: 0, skewSeconds: 3 * 86_400 });
  home = await makeTempHome();
  cli = await gateCli(sandbox, home.home);
});
afterAll(async () => {
  await sandbox.close();
  await home.cleanup();
});

describe('batch-wait', () => {
  it('follows a launched 10,000-number task to state 6 and reports 10,000 receipts', async () => {
    const file = path.join(home.home, 'ten-thousand.csv');
    const rows = Array.from({ length: COUNT }, (_, i) => `1390${String(i).padStart(6, '0')}1,${i}`);
    await writeFile(file, `phone,version\n${rows.join('\n')}\n`);
    const created = await cli([
      'batch-create',
      '--file',
      file,
      ...NOTICE_TEMPLATE,
      '--task-name',
      'ten thousand',
      '--scheduled',
      '--send-time',
      tomorrowAtTen(),
    ]);
    expect(created.code, created.stderr).toBe(0);
    const task = envelope(created).result as Record<string, string | number>;
    const taskId = String(task.taskId);
    const flags = String(task.next).split(' ').slice(1);
    const digest = envelope(await cli(flags)).result.digest as string;
    const launched = await cli(launchSubmitArgs(flags, digest, `确认启动任务 ${taskId}`));
    expect(launched.code, launched.stderr).toBe(0);

    // The send time comes: the sandbox clock moves past it and the engine sends.
    sandbox.admin.advanceClock(2 * 86_400_000);
    const run = await cli([
      'batch-wait',
      '--sub-account',
      '7384ed01',
      '--task-id',
      taskId,
      '--interval',
      '1s',
    ]);
    expect(run.code, run.stderr).toBe(0);
    const lines = run.stdout
      .trim()
      .split('\n')
      .map((line) => JSON.parse(line) as Record<string, unknown>);
    const progress = lines.slice(0, -1);
    expect(progress.length).toBeGreaterThanOrEqual(1);
    expect(progress.every((p) => p.event === 'progress' && p.taskId === taskId)).toBe(true);
    expect(progress.at(-1)).toMatchObject({ status: 6, state: 'Done', final: true, totalCount: COUNT });
    const final = lines.at(-1) as {
      action: string;
      result: { status: number; receipts: Record<string, unknown> };
    };
    expect(final).toMatchObject({ action: 'batch-wait', success: true });
    expect(final.result.status).toBe(6);
    expect(final.result.receipts).toMatchObject({
      messages: COUNT,
      delivered: COUNT,
      failed: 0,
      pending: 0,
      complete: true,
    });
    expect(sandbox.admin.batchTask(taskId)?.status).toBe(6);
  });

  it('in a pipe, a task that is not there is an error envelope naming it', async () => {
    const run = await cli(['batch-wait', '--sub-account', '7384ed01', '--task-id', 'nope']);
    expect(run.code).not.toBe(0);
    expect(run.stderr).toContain('"action":"batch-wait"');
  });
});
