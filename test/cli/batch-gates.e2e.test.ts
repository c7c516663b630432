// batch-precheck, batch-create, batch-launch-preview/-submit and batch-cancel through the real bin against
// the sandbox: creation never starts a task; a launch needs the digest and the exact phrase and consents
// once; a lost consent answer stays unknown until --reconciled; cancel deletes once.
import { writeFile } from 'node:fs/promises';
import path from 'node:path';
import { beforeAll, describe, expect, it, vi } from 'vitest';
import type { Sandbox } from '../../src/sandbox/index.ts';
import type { CliRun, TempHome } from './helpers/cli-process.ts';
import { envelope, gateCli, launchSubmitArgs, tomorrowAtTen } from './helpers/gate-cli.ts';
import { NOTICE_TEMPLATE, useSandboxWithHome } from './helpers/sandbox-env.ts';

vi.setConfig({ testTimeout: 180_000 });

let sandbox: Sandbox;
let home: TempHome;
let cli: (args: readonly string[], env?: Record<string, string>) => Promise<CliRun>;
let good: string;

const NUMBERS = ['13800000010', '13800000011', '+8613800000012'];

useSandboxWithHome((started) => ({ sandbox, home } = started), { batchRate: 0 });
beforeAll(async () => {
  cli = await gateCli(
    sandbox,
    home.home,
    NUMBERS.map((n) => n.replace('+86', '')),
  );
  good = path.join(home.home, 'numbers.csv');
  await writeFile(good, `\ufeffphone,version\r\n${NUMBERS.map((n, i) => `${n},2.${i}`).join('\r\n')}\r\n`);
});

const later = ['--scheduled', '--send-time', tomorrowAtTen()];
/** batch-create of `file` as a task scheduled for tomorrow, of the deploy notice unless `target` says. */
const createArgs = (file: string, name: string, target = NOTICE_TEMPLATE) => [
  'batch-create',
  '--file',
  file,
  ...target,
  '--task-name',
  name,
  ...later,
];

async function create(file = good) {
  const run = await cli(createArgs(file, 'release'));
  expect(run.code, run.stderr).toBe(0);
  return envelope(run).result as Record<string, string | number>;
}

/** The launch flags batch-create printed, as its `next` command holds them. */
const launchFlags = (created: Record<string, string | number>) => String(created.next).split(' ').slice(1);

describe('batch-precheck', () => {
  it('reports the file; names each defect with its line and masks the number; needs no network', async () => {
    const noNetwork = { VOLC_SMS_ENDPOINT: 'http://127.0.0.1:9' };
    const ok = await cli(['batch-precheck', '--file', good, '--template-param', 'version'], noNetwork);
    expect(ok.code).toBe(0);
    expect(envelope(ok)).toMatchObject({
      action: 'batch-precheck',
      result: { columns: ['phone', 'version'], totalCount: 3, validCount: 3, invalidCount: 0, dupCount: 0 },
    });
    expect(envelope(ok).result.fileSha256).toMatch(/^[0-9a-f]{64}$/);

    const bad = path.join(home.home, 'bad.csv');
    await writeFile(bad, 'phone,version\n13800000010,1\n8613800000011,2\n13800000010,3\n13800000013,\n');
    const run = await cli(['batch-precheck', '--file', bad, '--template-param', 'version'], noNetwork);
    expect(run.code).toBe(2);
    const message = envelope(run).error?.message ?? '';
    expect(envelope(run).error?.code).toBe('validation_error');
    expect(message).toContain('line 3 phone "861****0011" is not a mainland mobile');
    expect(message).toContain('line 4 phone 138****0010 is on an earlier line too');
    expect(message).toContain('line 5 version is empty');

    const header = await cli(['batch-precheck', '--file', good], noNetwork);
    expect(envelope(header).error?.message).toContain(
      'header is "phone,version", the template needs "phone"',
    );
  });
});

describe('batch-create', () => {
  it('creates a task in state 2 and prints the launch-preview command; sends nothing', async () => {
    const created = await create();
    expect(created).toMatchObject({
      subAccount: '7384ed01',
      status: 2,
      statusAuthoritative: true,
      totalCount: 3,
      validCount: 3,
    });
    expect(String(created.next)).toContain(
      `batch-launch-preview --sub-account 7384ed01 --task-id ${created.taskId}`,
    );
    expect(sandbox.admin.batchTask(String(created.taskId))?.status).toBe(2);
    expect(sandbox.admin.messages()).toEqual([]);
  });

  it('refuses a verification template and a defective file before creating anything', async () => {
    const verification = NOTICE_TEMPLATE.map((a) => (a === 'ST_0004' ? 'ST_0001' : a));
    const otp = await cli(createArgs(good, 'x', verification));
    expect(otp.code).toBe(2);
    expect(envelope(otp).error?.message).toContain('verification template');
    const missing = path.join(home.home, 'short.csv');
    await writeFile(missing, 'phone\n13800000010\n');
    const header = await cli(createArgs(missing, 'x'));
    expect(envelope(header).error?.message).toContain('the template needs "phone,version"');
    expect(sandbox.admin.batchTasks()).toEqual([]);
  });
});

describe('batch-launch-preview / batch-launch-submit', () => {
  it('launches once, only with the digest and the exact phrase', async () => {
    const created = await create();
    const taskId = String(created.taskId);
    const flags = launchFlags(created);
    const preview = await cli(flags);
    expect(preview.code, preview.stderr).toBe(0);
    const shown = envelope(preview).result;
    expect(shown.preview).toMatchObject({
      taskId,
      taskName: 'release',
      totalCount: 3,
      validCount: 3,
      fileKeySha256: expect.any(String),
    });
    expect(JSON.stringify(shown)).not.toContain('fileUrl');
    const digest = shown.digest as string;
    const submit = (text: string, extra: string[] = []) =>
      cli([...launchSubmitArgs(flags, digest, text), ...extra]);

    const wrongText = await submit(`确认启动任务 ${taskId}0`);
    expect(envelope(wrongText).error?.code).toBe('authorization_mismatch');
    const otherCount = flags.map((a, i, all) => (all[i - 1] === '--valid-count' ? '2' : a));
    const wrongCount = await cli(launchSubmitArgs(otherCount, digest, `确认启动任务 ${taskId}`));
    expect(envelope(wrongCount).error).toMatchObject({ code: 'digest_mismatch' });
    expect(envelope(wrongCount).error?.message).toContain('validCount');
    expect(sandbox.admin.batchTask(taskId)?.status).toBe(2);

    const launched = await submit(`确认启动任务 ${taskId}`);
    expect(launched.code).toBe(0);
    expect(envelope(launched)).toMatchObject({ action: 'ConsentBatchTask', result: { taskId } });
    expect(sandbox.admin.batchTask(taskId)?.status).toBe(3);
    // Again: the task has started, so nothing is consented twice.
    const again = await submit(`确认启动任务 ${taskId}`);
    expect(envelope(again)).toMatchObject({
      action: 'batch-launch-submit',
      result: { alreadyStarted: true, status: 3 },
    });
    sandbox.admin.advanceClock(2 * 86_400_000);
    await vi.waitFor(() => expect(sandbox.admin.batchTask(taskId)?.status).toBe(6), { timeout: 30_000 });
    expect(sandbox.admin.messages()).toHaveLength(3);
  });

  it('a lost consent answer is outcome_unknown with the reconcile command; --reconciled is needed to try again', async () => {
    const created = await create();
    const taskId = String(created.taskId);
    const flags = launchFlags(created);
    const digest = envelope(await cli(flags)).result.digest as string;
    const submit = (extra: string[] = []) =>
      cli([...launchSubmitArgs(flags, digest, `确认启动任务 ${taskId}`), ...extra]);
    sandbox.admin.addFault({ action: 'ConsentBatchTask', kind: 'drop-before', count: 1 });
    const lost = await submit();
    expect(lost.code).toBe(5);
    expect(envelope(lost).error).toMatchObject({ code: 'outcome_unknown', outcome_unknown: true });
    expect(envelope(lost).error?.message).toContain(
      `volc-sms batch-detail --sub-account 7384ed01 --task-id ${taskId}`,
    );
    expect((await submit()).code).toBe(5);
    expect(sandbox.admin.batchTask(taskId)?.status).toBe(2);
    const reconciled = await submit(['--reconciled']);
    expect(reconciled.code).toBe(0);
    expect(sandbox.admin.batchTask(taskId)?.status).toBe(3);
  });
});

describe('batch-cancel', () => {
  it('cancels once; a second cancel answers alreadyCanceled without a call', async () => {
    const created = await create();
    const ref = ['--sub-account', '7384ed01', '--task-id', String(created.taskId)];
    const first = await cli(['batch-cancel', ...ref]);
    expect(envelope(first)).toMatchObject({ action: 'DeleteBatchTask', success: true });
    expect(sandbox.admin.batchTask(String(created.taskId))?.status).toBe(7);
    const second = await cli(['batch-cancel', ...ref]);
    expect(envelope(second)).toMatchObject({
      action: 'batch-cancel',
      result: { alreadyCanceled: true, status: 7 },
    });
  });
});
