// send_sms --journal / --resume end to end: the CLI killed (SIGKILL) in the middle of 5,000 numbers, then
// resumed; every number ends with exactly one send, as the sandbox's admin API sees it.
import { spawn } from 'node:child_process';
import { readFile, stat, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Sandbox } from '../../src/sandbox/index.ts';
import { makeTempHome, parseJson, REPO_ROOT, runCli } from './helpers/cli-process.ts';
import { akskEnv, startTestSandbox } from './helpers/sandbox-env.ts';

let sandbox: Sandbox;
let home: { home: string; cleanup: () => Promise<void> };
beforeAll(async () => {
  // The API's own limit: a paced send must never be throttled by it.
  sandbox = await startTestSandbox({ rateLimitQps: 5 });
  home = await makeTempHome();
});
afterAll(async () => {
  await sandbox.close();
  await home.cleanup();
});

const TARGET = ['--sub-account', '7384ed01', '--signature', 'VolcOps', '--template-id', 'ST_0004'];
const PARAM = ['--template-param', '{"version":"5.0"}'];
const numbers = (count: number, prefix: string) =>
  Array.from({ length: count }, (_, i) => `${prefix}${String(i).padStart(8, '0')}`);
const cli = (args: readonly string[]) =>
  runCli(args, { env: akskEnv(sandbox), home: home.home, timeoutMs: 120_000 });

async function lines(file: string): Promise<Array<{ type: string; chunk?: number }>> {
  const text = await readFile(file, 'utf8').catch(() => '');
  return text
    .split('\n')
    .filter((line) => line.endsWith('}'))
    .map((line) => JSON.parse(line) as { type: string; chunk?: number });
}

async function until(check: () => Promise<boolean>, what: string, ms = 60_000): Promise<void> {
  const deadline = Date.now() + ms;
  while (!(await check())) {
    if (Date.now() > deadline) throw new Error(`timed out waiting for ${what}`);
    await new Promise((resolve) => setTimeout(resolve, 25));
  }
}

/** Every message the sandbox recorded, per full number, through its admin API over HTTP. */
async function sendsPerNumber(): Promise<Map<string, number>> {
  const response = await fetch(`${sandbox.url}/_sandbox/messages?limit=20000`);
  const messages = (await response.json()) as
    { messages?: Array<{ mobile: string }> } | Array<{ mobile: string }>;
  const list = Array.isArray(messages) ? messages : (messages.messages ?? []);
  const counts = new Map<string, number>();
  for (const m of list) counts.set(m.mobile, (counts.get(m.mobile) ?? 0) + 1);
  return counts;
}

type Resumed = {
  Sent: number;
  Failed: number;
  Unknown: number;
  Recipients: Array<{ Mobile: string; Status: string; Source: string }>;
};

describe('send_sms --journal, SIGKILL, --resume', () => {
  it('5,000 numbers killed mid-send and resumed: each number sent exactly once', async () => {
    sandbox.admin.reset();
    const mobiles = numbers(5_000, '135');
    const listFile = path.join(home.home, 'numbers.txt');
    await writeFile(listFile, `${mobiles.join('\n')}\n`);
    const journal = path.join(home.home, 'kill.journal');
    // 25 requests at 5/s: about five seconds.
    const child = spawn(
      process.execPath,
      [
        path.join(REPO_ROOT, 'src/cli/index.ts'),
        'send_sms',
        ...TARGET,
        ...PARAM,
        '--mobiles-file',
        listFile,
        '--qps',
        '5',
        '--journal',
        journal,
      ],
      { env: { PATH: process.env.PATH, HOME: home.home, ...akskEnv(sandbox) }, stdio: 'ignore' },
    );
    const exited = new Promise((resolve) => child.on('exit', (code, signal) => resolve(signal ?? code)));
    const answered = async (count: number) =>
      (await lines(journal)).filter((r) => r.type === 'result').length >= count;
    await until(() => answered(3), 'three answered chunks');
    // One request's connection is closed before the sandbox reads it: no answer, nothing sent.
    sandbox.admin.addFault({ action: 'SendSmsForAgent', kind: 'drop-before', count: 1 });
    await until(() => answered(8), 'eight answered chunks');
    // The next request is held 1.5 s by the sandbox: the kill lands while it has no answer.
    sandbox.admin.addFault({ action: 'SendSmsForAgent', kind: 'latency', latencyMs: 1500, count: 1 });
    await until(async () => {
      const records = await lines(journal);
      return (
        records.filter((r) => r.type === 'intent').length > records.filter((r) => r.type === 'result').length
      );
    }, 'a chunk in flight');
    await new Promise((resolve) => setTimeout(resolve, 300));
    child.kill('SIGKILL');
    expect(await exited).toBe('SIGKILL');
    const before = await lines(journal);
    expect(before.filter((r) => r.type === 'result').length).toBeLessThan(25);
    expect((await stat(journal)).mode & 0o777).toBe(0o600);
    // The held request is processed (or not) once its latency is over; the resume must not race it.
    await new Promise((resolve) => setTimeout(resolve, 1_500));

    const resumed = await cli(['send_sms', '--resume', journal, '--qps', '5']);
    expect([0, 5]).toContain(resumed.code);
    let report = parseJson(resumed) as unknown as Resumed;
    expect(report.Recipients).toHaveLength(5_000);
    const sources = new Set(report.Recipients.map((r) => r.Source));
    expect(sources.has('journal')).toBe(true);
    expect(sources.has('resumed')).toBe(true);
    // The dropped chunk and the chunks in flight at the kill (the held one, and any started since): found in
    // the send log, or unknown and left alone.
    const unanswered = report.Recipients.filter((r) => r.Source === 'send-log' || r.Source === 'not-in-log');
    expect(unanswered.length).toBeGreaterThanOrEqual(400);
    expect(unanswered.length % 200).toBe(0);
    expect(report.Recipients.filter((r) => r.Source === 'send-log').length).toBeGreaterThanOrEqual(200);
    // The dropped request's numbers stay unknown: not resent without --resend-unknown.
    const unknown = report.Unknown;
    expect(unknown).toBeGreaterThanOrEqual(200);
    expect(report.Recipients.filter((r) => r.Source === 'not-in-log').length).toBe(unknown);
    {
      expect(resumed.code).toBe(5);
      expect(resumed.stderr).toMatch(/--resend-unknown/);
      const again = await cli(['send_sms', '--resume', journal, '--resend-unknown']);
      expect(again.code).toBe(0);
      report = parseJson(again) as unknown as Resumed;
      expect(report.Recipients.filter((r) => r.Source === 'resent').length).toBe(unknown);
    }
    expect(report).toMatchObject({ Sent: 5_000, Failed: 0, Unknown: 0 });
    expect(report.Recipients.every((r) => /^135\*{4}\d{4}$/.test(r.Mobile) && r.Status === 'sent')).toBe(
      true,
    );

    const counts = await sendsPerNumber();
    expect(mobiles.filter((m) => counts.get(m) !== 1)).toEqual([]);
    expect([...counts.values()].reduce((sum, n) => sum + n, 0)).toBe(5_000);
    // A second resume has nothing left to do and sends nothing.
    const idle = await cli(['send_sms', '--resume', journal]);
    expect(idle.code).toBe(0);
    expect([...(await sendsPerNumber()).values()].reduce((sum, n) => sum + n, 0)).toBe(5_000);
    const text = await readFile(journal, 'utf8');
    expect(text).not.toContain(sandbox.credentials.secretAccessKey);
    expect(text).not.toContain(sandbox.credentials.accessKeyId);
  }, 180_000);

  it('refuses flags that would define another send beside --resume, and --resend-unknown alone', async () => {
    const journal = path.join(home.home, 'none.journal');
    const beside = await cli(['send_sms', '--resume', journal, '--mobiles', '13800000000']);
    expect(beside.code).toBe(2);
    expect(beside.stderr).toMatch(/--resume takes the send from its journal; leave out --mobiles/);
    const alone = await cli(['send_sms', ...TARGET, '--mobiles', '13800000000', '--resend-unknown']);
    expect(alone.code).toBe(2);
    expect(alone.stderr).toMatch(/--resend-unknown goes with --resume JOURNAL/);
    const missing = await cli(['send_sms', '--resume', journal]);
    expect(missing.code).toBe(2);
    expect(missing.stderr).toMatch(/journal: no such file/);
  });

  it('refuses to write over an existing journal, sending nothing', async () => {
    sandbox.admin.reset();
    const journal = path.join(home.home, 'taken.journal');
    await writeFile(journal, '');
    const run = await cli([
      'send_sms',
      ...TARGET,
      ...PARAM,
      '--mobiles',
      '13800000000',
      '--journal',
      journal,
    ]);
    expect(run.code).toBe(2);
    expect(run.stderr).toMatch(/already exists.*--resume/s);
    expect(sandbox.admin.health().messages).toBe(0);
  });

  it('send_batch_sms --journal: each number with its own values, resumable', async () => {
    sandbox.admin.reset();
    const csv = path.join(home.home, 'batch.csv');
    await writeFile(csv, 'mobile,version\n13600000001,1.0\n13600000002,2.0\n');
    const journal = path.join(home.home, 'batch.journal');
    const run = await cli(['send_batch_sms', ...TARGET, '--file', csv, '--journal', journal]);
    expect(run.code).toBe(0);
    const resumed = await cli(['send_batch_sms', '--resume', journal]);
    expect(resumed.code).toBe(0);
    expect((parseJson(resumed) as unknown as Resumed).Recipients.map((r) => r.Source)).toEqual([
      'journal',
      'journal',
    ]);
    expect(sandbox.admin.messages({ mobile: '13600000002' }).map((m) => m.text)).toEqual([
      '【VolcOps】部署已完成，版本2.0。',
    ]);
  });
});
