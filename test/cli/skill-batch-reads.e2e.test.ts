// Skill 1.3's batch reads through the real bin against the sandbox: batch-detail and batch-list of tasks
// created through the core client (upload + SetBatchTask), and batch-template-demo's CSV in the envelope,
// in a new file and on stdout, sample numbers masked.
import { readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { createSmsClient } from '../../src/core/index.ts';
import type { SmsClient } from '../../src/core/index.ts';
import type { Sandbox } from '../../src/sandbox/index.ts';
import { makeTempHome } from './helpers/cli-process.ts';
import { runMain } from './helpers/in-process.ts';
import { akskEnv, startTestSandbox } from './helpers/sandbox-env.ts';
import { skillCli } from './helpers/skill-cli.ts';
import { startStubApi, stubEnvelope } from './helpers/stub-api.ts';

vi.setConfig({ testTimeout: 90_000 });

let sandbox: Sandbox;
let home: { home: string; cleanup: () => Promise<void> };
let client: SmsClient;
const taskIds: string[] = [];

async function createTask(name: string, templateId: string, csv: string): Promise<string> {
  const file = path.join(home.home, `${name}.csv`);
  await writeFile(file, csv);
  const uploaded = await client.uploadBatchFile({ path: file });
  const template = templateId === 'ST_0002' ? 'Service alert' : 'Deploy done';
  const created = await client.setBatchTask({
    subAccount: '7384ed01',
    name,
    signature: 'VolcOps',
    templateId,
    templateName: template,
    channelType: 'CN_NTC',
    scheduled: false,
    sendTime: 0,
    fileUrl: uploaded.file,
  });
  return created.result.taskId;
}

beforeAll(async () => {
  // batchRate 0: a consented task would send at once; these tasks are never consented and stay in 2.
  sandbox = await startTestSandbox({ batchRate: 0 });
  home = await makeTempHome();
  client = createSmsClient({
    auth: { kind: 'aksk', ...sandbox.credentials },
    endpoint: sandbox.url,
  });
  taskIds.push(
    await createTask('deploy notice', 'ST_0004', 'phone,version\n13800000000,1.0\n13800000001,1.1\n'),
  );
  taskIds.push(await createTask('alert wave', 'ST_0002', 'phone,service,message\n13800000002,db,down\n'));
});
afterAll(async () => {
  await client.close();
  await sandbox.close();
  await home.cleanup();
});

const { read, fail, cli } = skillCli(
  () => sandbox,
  () => home.home,
  ['13800000000', '13800000001', '13800000002', '13812345678'],
);

describe('batch-detail', () => {
  it("answers the task's allowlisted state, the id as text", async () => {
    const [deploy] = taskIds;
    const envelope = await read(['batch-detail', '--sub-account', '7384ed01', '--task-id', deploy ?? '']);
    expect(envelope.request_id).toMatch(/^\d{14}[0-9A-F]{20}$/);
    expect(envelope.result).toEqual({
      taskId: deploy,
      subAccount: '7384ed01',
      taskName: 'deploy notice',
      signature: 'VolcOps',
      templateId: 'ST_0004',
      templateName: 'Deploy done',
      channelType: 'CN_NTC',
      scheduled: false,
      sendTime: 0,
      fileUrl: expect.stringMatching(/^sms\/batch\/.+\.csv$/),
      status: 2,
      totalCount: 2,
    });
  });

  it('a task of another group is the service error, exit 1; a missing flag is argument_error', async () => {
    const other = await fail(
      ['batch-detail', '--sub-account', '77da1acf', '--task-id', taskIds[0] ?? ''],
      '1009',
      1,
    );
    expect(other.error?.message).toContain('1009');
    await fail(['batch-detail', '--sub-account', '7384ed01'], 'argument_error');
  });
});

describe('batch-list', () => {
  it("lists the group's tasks, filters by name and template, and pages", async () => {
    const all = await read(['batch-list', '--sub-account', '7384ed01']);
    expect(all.result.total).toBe(2);
    const list = all.result.list as Array<{ taskId: string }>;
    expect(list.map((t) => t.taskId).sort()).toEqual([...taskIds].sort());
    const named = await read(['batch-list', '--sub-account', '7384ed01', '--task-name', 'alert']);
    expect(named.result).toMatchObject({ total: 1, list: [{ taskId: taskIds[1], taskName: 'alert wave' }] });
    const byTemplate = await read(['batch-list', '--sub-account', '7384ed01', '--template-id', 'ST_0004']);
    expect(byTemplate.result).toMatchObject({ total: 1, list: [{ taskId: taskIds[0] }] });
    const page = await read(['batch-list', '--sub-account', '7384ed01', '--page-size', '1', '--page', '2']);
    expect(page.result).toMatchObject({ total: 2 });
    expect(page.result.list).toHaveLength(1);
  });

  it('passes --signature as typed (brackets are not removed here)', async () => {
    const raw = await read(['batch-list', '--sub-account', '7384ed01', '--signature', '【VolcOps】']);
    expect(raw.result).toMatchObject({ total: 0, list: [] });
    const plain = await read(['batch-list', '--sub-account', '7384ed01', '--signature', 'VolcOps']);
    expect(plain.result.total).toBe(2);
  });

  it('on a terminal: a table with the state named, the zone under it', async () => {
    const env = { ...akskEnv(sandbox), HOME: home.home, VOLC_SMS_TZ: 'Asia/Shanghai' };
    const run = await runMain(['batch-list', '--sub-account', '7384ed01'], env, { tty: true });
    expect(run.code).toBe(0);
    expect(run.stdout).toMatch(/^TASK +NAME +STATUS +TEMPLATE +SIGNATURE +NUMBERS +SEND TIME$/m);
    expect(run.stdout).toMatch(
      new RegExp(`^${taskIds[0]} +deploy notice +2 \\(Valid\\) +ST_0004 +VolcOps +2 +immediately$`, 'm'),
    );
    expect(run.stdout).toContain('Times in Asia/Shanghai');
    expect(run.stdout).toContain('Tasks 1–2 of 2 (page 1).');
    const detail = await runMain(
      ['batch-detail', '--sub-account', '7384ed01', '--task-id', taskIds[1] ?? ''],
      env,
      { tty: true },
    );
    expect(detail.stdout).toMatch(/^Status: +2 \(Valid\)$/m);
    expect(detail.stdout).toMatch(/^Template: +ST_0002 \(Service alert\)$/m);
  });
});

describe('batch-template-demo', () => {
  const demo = ['batch-template-demo', '--sub-account', '7384ed01', '--template-id', 'ST_0002'];

  it("the envelope carries the service's CSV: header phone then the template's variables", async () => {
    const envelope = await read(demo);
    expect(envelope.result).toEqual({
      fileName: 'ST_0002_demo.csv',
      value: 'phone,service,message\r\n',
      contentType: 'text/csv; charset=utf-8',
      size: 23,
    });
  });

  it('--output FILE writes a new file and never over an existing one; --output - prints the CSV', async () => {
    const file = path.join(home.home, 'demo.csv');
    const written = await read([...demo, '--output', file]);
    expect(written.result).toEqual({
      fileName: 'ST_0002_demo.csv',
      contentType: 'text/csv; charset=utf-8',
      size: 23,
      output: file,
    });
    expect(await readFile(file, 'utf8')).toBe('phone,service,message\r\n');
    const again = await fail([...demo, '--output', file], 'argument_error');
    expect(again.error?.message).toContain(`--output ${file} exists`);
    const stdout = await cli([...demo, '--output', '-']);
    expect(stdout).toEqual({ code: 0, stdout: 'phone,service,message\r\n', stderr: '' });
  });

  it('sample numbers in the CSV are masked, in the envelope, the file and on stdout', async () => {
    // A service whose sample carries rows (the reference leaves open whether it does), as JSON this time.
    const stub = await startStubApi((request) => ({
      body: stubEnvelope(request.action, {
        result: { fileName: 'demo.csv', value: 'phone,service\r\n13812345678,db\r\n', size: 30 },
      }),
    }));
    try {
      const env = { ARK_SKILL_API_KEY: 'stub-key', ARK_SKILL_API_BASE: stub.url };
      const envelope = await read(demo, env);
      expect(envelope.result.value).toBe('phone,service\r\n138****5678,db\r\n');
      const file = path.join(home.home, 'masked.csv');
      await read([...demo, '--output', file], env);
      expect(await readFile(file, 'utf8')).toBe('phone,service\r\n138****5678,db\r\n');
      const stdout = await cli([...demo, '--output', '-'], env);
      expect(stdout.stdout).toBe('phone,service\r\n138****5678,db\r\n');
      expect(stub.requests.map((r) => r.body)).toContainEqual({
        subAccount: '7384ed01',
        templateId: 'ST_0002',
      });
    } finally {
      await stub.close();
    }
  });

  it('a verification template has no batch sample: the service error, exit 1', async () => {
    await fail(['batch-template-demo', '--sub-account', '7384ed01', '--template-id', 'ST_0001'], '1007', 1);
  });
});
