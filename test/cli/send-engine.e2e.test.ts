// send_sms above the threshold: the batch engine per the planner (the task created in status 2, launched
// only with consent), a verification template refused, and the engine forced either way.
import { writeFile } from 'node:fs/promises';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import type { Sandbox } from '../../src/sandbox/index.ts';
import { parseJson, runCli, type TempHome } from './helpers/cli-process.ts';
import { runMain } from './helpers/in-process.ts';
import { akskEnv, NOTICE_TEMPLATE, useSandboxWithHome } from './helpers/sandbox-env.ts';

let sandbox: Sandbox;
let home: TempHome;
useSandboxWithHome((started) => ({ sandbox, home } = started), { batchRate: 0 });

const PARAM = ['--template-param', '{"version":"7.1"}'];
const CODE = ['--sub-account', '7384ed01', '--signature', 'VolcOps', '--template-id', 'ST_0001'];
const cli = (args: readonly string[]) => runCli(args, { env: akskEnv(sandbox), home: home.home });
const numbers = (count: number) =>
  Array.from({ length: count }, (_, i) => `133${String(i).padStart(8, '0')}`);
/** Six numbers with the threshold at five: a batch task unless the engine is forced. */
const ABOVE_THRESHOLD = ['--mobiles', numbers(6).join(','), '--threshold', '5'];
const sendNotice = (...flags: string[]) => cli(['send_sms', ...NOTICE_TEMPLATE, ...PARAM, ...flags]);
const sendCodes = (...flags: string[]) =>
  cli(['send_sms', ...CODE, '--template-param', '{"code":"1234"}', ...ABOVE_THRESHOLD, ...flags]);

/** Until the service has sent the task (status 6), or about four seconds have passed. */
async function waitUntilSent(taskId: string): Promise<void> {
  for (let i = 0; i < 200 && sandbox.admin.batchTask(taskId)?.status !== 6; i++) {
    await new Promise((resolve) => setTimeout(resolve, 20));
  }
}

async function numbersFile(count: number): Promise<string> {
  const file = path.join(home.home, `numbers-${count}.txt`);
  await writeFile(file, `${numbers(count).join('\n')}\n`);
  return file;
}

describe('send_sms above the threshold', () => {
  it('creates a batch task in status 2, says which engine and why, and launches nothing without consent', async () => {
    const run = await sendNotice('--mobiles-file', await numbersFile(10_001));
    expect(run.code).toBe(0);
    expect(run.stderr).toMatch(/engine: batch task: 10001 numbers, above the batch threshold of 10000/);
    const result = parseJson(run);
    expect(result).toMatchObject({ Engine: 'batch', Status: 2, Launched: false, TotalCount: 10_001 });
    expect(result.Next).toBe(
      `volc-sms batch-launch-preview --sub-account 7384ed01 --task-id ${String(result.TaskId)}`,
    );
    expect(sandbox.admin.batchTask(String(result.TaskId))).toMatchObject({ status: 2, validCount: 10_001 });
    expect(sandbox.admin.health().messages).toBe(0);
  });

  it('with --yes launches the task it created (the consent), and the service sends each number once', async () => {
    const run = await sendNotice(...ABOVE_THRESHOLD, '--yes');
    expect(run.code).toBe(0);
    const result = parseJson(run);
    expect(result).toMatchObject({ Engine: 'batch', Launched: true });
    const taskId = String(result.TaskId);
    await waitUntilSent(taskId);
    expect(sandbox.admin.batchTask(taskId)?.status).toBe(6);
    expect(numbers(6).map((m) => sandbox.admin.messages({ mobile: m }).length)).toEqual([1, 1, 1, 1, 1, 1]);
  });

  it('at a terminal asks, and launches only when the task id is typed back', async () => {
    const args = ['send_sms', ...NOTICE_TEMPLATE, ...PARAM, ...ABOVE_THRESHOLD];
    const questions: string[] = [];
    const typed = (answer: (taskId: string) => string) => async (question: string) => {
      questions.push(question);
      return answer(/Launch task (\S+) to 6 numbers now\?/.exec(question)?.[1] ?? '');
    };
    const terminal = { tty: true, stderrTty: true };
    const declined = await runMain(args, akskEnv(sandbox), { ...terminal, ask: typed(() => 'no') });
    expect(declined.code).toBe(0);
    expect(declined.stdout).toMatch(
      /The task waits for your consent\. Launch it with: volc-sms batch-launch-preview/,
    );
    const accepted = await runMain(args, akskEnv(sandbox), { ...terminal, ask: typed((taskId) => taskId) });
    expect(accepted.code).toBe(0);
    expect(accepted.stdout).toMatch(/launched: the service is sending/);
    expect(questions).toHaveLength(2);
    const statuses = sandbox.admin.batchTasks().map((t) => t.status);
    expect(statuses.filter((s) => s === 2)).toHaveLength(1);
    expect(statuses.filter((s) => s !== 2)).toHaveLength(1);
  });

  it('refuses a verification template above the threshold, naming the fix, and sends nothing', async () => {
    const run = await sendCodes();
    expect(run.code).toBe(2);
    expect(run.stderr).toMatch(
      /ST_0001 is a verification template \(CN_OTP\).*above the batch threshold of 5/,
    );
    expect(run.stderr).toMatch(/--engine direct/);
    expect(sandbox.admin.batchTasks()).toEqual([]);
    expect(sandbox.admin.health().messages).toBe(0);
    // The fix it names works: forced direct, the codes go out as direct requests.
    const direct = await sendCodes('--engine', 'direct');
    expect(direct.code).toBe(0);
    expect(direct.stderr).toMatch(/engine: direct sends, as asked/);
    expect(sandbox.admin.health().messages).toBe(6);
  });

  it('--engine batch for a few numbers; --journal is refused beside a batch task', async () => {
    const batch = await sendNotice(
      '--mobiles',
      '13300000001,13300000002',
      '--engine',
      'batch',
      '--task-name',
      'two',
    );
    expect(batch.code).toBe(0);
    expect(parseJson(batch)).toMatchObject({ Engine: 'batch', TaskName: 'two', Status: 2 });
    const journaled = await sendNotice(
      '--mobiles',
      '13300000001',
      '--engine',
      'batch',
      '--journal',
      path.join(home.home, 'j'),
    );
    expect(journaled.code).toBe(2);
    expect(journaled.stderr).toMatch(/--journal is for direct sends/);
  });

  it('--dry-run says which engine it would use', async () => {
    const run = await sendNotice(...ABOVE_THRESHOLD, '--dry-run');
    expect(run.code).toBe(0);
    expect(parseJson(run)).toMatchObject({ DryRun: true, Engine: 'batch' });
    expect(sandbox.admin.batchTasks()).toEqual([]);
  });

  it("send_batch_sms above the threshold: each number's own values in the task's file", async () => {
    const csv = path.join(home.home, 'values.csv');
    await writeFile(csv, 'mobile,version\n13300000001,a\n13300000002,b\n13300000003,c\n');
    const run = await cli(['send_batch_sms', ...NOTICE_TEMPLATE, '--file', csv, '--threshold', '2', '--yes']);
    expect(run.code).toBe(0);
    const taskId = String(parseJson(run).TaskId);
    await waitUntilSent(taskId);
    expect(sandbox.admin.messages({ mobile: '13300000002' }).map((m) => m.text)).toEqual([
      '【VolcOps】部署已完成，版本b。',
    ]);
  });
});
