import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { createSmsClient, SmsOutcomeUnknownError, type SmsClient } from '../../src/core/index.ts';
import { startSandbox, type Sandbox } from '../../src/sandbox/index.ts';
import { sandboxAuth } from '../helpers/sandbox-auth.ts';

// The client's agent-v2 writes over real HTTP against the sandbox: what each creates, and each one's
// lost answer (the sandbox processes the request, then drops the connection or answers SY:0500): the
// client reports SmsOutcomeUnknownError with the read that reconciles it, never resends (no sleep, one
// request in the sandbox's log), and the sandbox holds exactly one effect.
let sandbox: Sandbox;
let client: SmsClient;
let dir: string;
const sleeps: number[] = [];
const requests: string[] = [];
beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), 'client-writes-'));
  sandbox = await startSandbox({
    port: 0,
    rateLimitQps: 0,
    receiptDelayMs: 0,
    batchRate: 0,
    log: (line) => requests.push(line.split(' ').slice(0, 2).join(' ')),
  });
  client = createSmsClient({
    auth: sandboxAuth(sandbox),
    endpoint: sandbox.url,
    sleep: async (ms) => {
      sleeps.push(ms);
    },
  });
});
afterAll(async () => {
  await client.close();
  await sandbox.close();
  rmSync(dir, { recursive: true, force: true });
});
beforeEach(() => {
  sandbox.admin.reset();
  sleeps.length = 0;
  requests.length = 0;
});

const GROUP = '7384ed01';
const csvFile = (rows: number) => {
  const path = join(dir, `numbers-${rows}.csv`);
  const lines = ['phone,version'];
  for (let i = 0; i < rows; i++) lines.push(`1380000${String(i).padStart(4, '0')},v${i}`);
  writeFileSync(path, `${lines.join('\n')}\n`);
  return path;
};
const taskInput = (fileUrl: string) => ({
  subAccount: GROUP,
  name: 'deploy notice',
  signature: 'VolcOps',
  templateId: 'ST_0004',
  templateName: 'Deploy done',
  channelType: 'CN_NTC' as const,
  scheduled: false,
  sendTime: 0,
  fileUrl,
});
const uploaded = async (rows = 3) => (await client.uploadBatchFile({ path: csvFile(rows) })).file;
const created = async (rows = 3) => (await client.setBatchTask(taskInput(await uploaded(rows)))).result;
const times = (action: string) => requests.filter((line) => line.endsWith(` ${action}`)).length;
const until = async (taskId: string, done: (status: number) => boolean) => {
  for (let i = 0; i < 250; i++) {
    const { result } = await client.getBatchTaskDetail({ subAccount: GROUP, taskId });
    if (done(result.status ?? -1)) return result;
    await new Promise((r) => setTimeout(r, 20));
  }
  throw new Error(`task ${taskId} never settled`);
};

/** The lost answer of one write: unknown, sent once, never slept on for a retry. */
async function lost(action: string, kind: FaultKindForTest, write: () => Promise<unknown>) {
  sandbox.admin.addFault(
    kind === 'drop-after' ? { action, kind, count: 1 } : { action, kind, code: 'SY:0500', count: 1 },
  );
  const error = (await write().catch((e: unknown) => e)) as SmsOutcomeUnknownError;
  expect(error).toBeInstanceOf(SmsOutcomeUnknownError);
  expect(sleeps).toEqual([]);
  expect(times(action)).toBe(1);
  return error;
}

type FaultKindForTest = 'drop-after' | 'error-after';
const FAULTS: FaultKindForTest[] = ['drop-after', 'error-after'];

describe('uploadBatchFile', () => {
  it('asks for a URL and streams the file to it; SetBatchTask reads it back', async () => {
    const path = csvFile(3);
    const upload = await client.uploadBatchFile({ path });
    expect(upload.file).toMatch(/^sms\/batch\/[0-9a-f-]+\.csv$/);
    expect(times('GetUploadTosURL')).toBe(1);
    const { result } = await client.setBatchTask(taskInput(upload.file));
    expect(result).toMatchObject({ totalCount: 3, dupCount: 0 });
  });

  it.each(FAULTS)('GetUploadTosURL whose answer is lost (%s): unknown, nothing uploaded', async (kind) => {
    const error = await lost('GetUploadTosURL', kind, () => client.uploadBatchFile({ path: csvFile(3) }));
    expect(error.reconcile).toBeUndefined();
    expect(error.hint).toMatch(/new upload URL/);
    expect(requests.filter((line) => line.startsWith('PUT upload'))).toEqual([]);
  });
});

describe('SetBatchTask', () => {
  it('creates a task in status 2 (Valid) and never starts it', async () => {
    const task = await created(5);
    const detail = await client.getBatchTaskDetail({ subAccount: GROUP, taskId: task.taskId });
    expect(detail.result).toMatchObject({ status: 2, totalCount: 5 });
    expect(sandbox.admin.messages()).toEqual([]);
  });

  it.each(FAULTS)('whose answer is lost (%s): unknown, unreconcilable, exactly one task', async (kind) => {
    const file = await uploaded();
    const error = await lost('SetBatchTask', kind, () => client.setBatchTask(taskInput(file)));
    expect(error.reconcile).toBeUndefined();
    expect(error.hint).toMatch(/console/);
    expect(sandbox.admin.batchTasks().map((t) => t.status)).toEqual([2]);
  });
});

describe('ConsentBatchTask', () => {
  it('starts a task in status 2; it sends every number and reaches 6', async () => {
    const task = await created(4);
    await client.consentBatchTask({ subAccount: GROUP, taskId: task.taskId });
    await until(task.taskId, (status) => status === 6);
    expect(sandbox.admin.messages().filter((m) => m.api === 'batch')).toHaveLength(4);
  });

  it.each(FAULTS)('whose answer is lost (%s): GetBatchTaskDetail settles it, sent once', async (kind) => {
    const task = await created(4);
    const ref = { subAccount: GROUP, taskId: task.taskId };
    const error = await lost('ConsentBatchTask', kind, () => client.consentBatchTask(ref));
    expect(error.reconcile).toMatchObject({ action: 'GetBatchTaskDetail', params: ref });
    const settled = await until(task.taskId, (status) => status === 6);
    expect(settled.status).toBe(6);
    const history = sandbox.admin.batchTask(task.taskId)!.history.map((h) => h.status);
    expect(history.filter((status) => status === 3)).toHaveLength(1);
    expect(sandbox.admin.messages()).toHaveLength(4);
  });
});

describe('DeleteBatchTask', () => {
  it('cancels a task before it starts', async () => {
    const task = await created();
    await client.deleteBatchTask({ subAccount: GROUP, taskId: task.taskId });
    const detail = await client.getBatchTaskDetail({ subAccount: GROUP, taskId: task.taskId });
    expect(detail.result.status).toBe(7);
  });

  it.each(FAULTS)('whose answer is lost (%s): GetBatchTaskDetail shows it canceled once', async (kind) => {
    const task = await created();
    const ref = { subAccount: GROUP, taskId: task.taskId };
    const error = await lost('DeleteBatchTask', kind, () => client.deleteBatchTask(ref));
    expect(error.reconcile).toMatchObject({ action: 'GetBatchTaskDetail', params: ref });
    const { result } = await client.getBatchTaskDetail(error.reconcile!.params as typeof ref);
    expect(result.status).toBe(7);
    const history = sandbox.admin.batchTask(task.taskId)!.history.map((h) => h.status);
    expect(history).toEqual([2, 7]);
  });
});

describe('applications', () => {
  const signature = {
    content: 'NewBrand',
    purpose: 1 as const,
    source: 1 as const,
    signatureIdentificationID: 11,
    subAccounts: [GROUP],
    channelTypes: ['CN_NTC' as const],
  };
  const template = {
    content: 'Your parcel ${order} is on its way',
    channelType: 'CN_NTC' as const,
    name: 'parcel',
    signatures: ['VolcOps'],
    subAccounts: [GROUP],
    templateParams: [{ name: 'order' }],
  };

  it('ApplySmsSignatureV2 creates a signature under review, listed at once', async () => {
    const { result } = await client.applySmsSignatureV2(signature);
    expect(result).toMatchObject({ applyId: expect.any(String), status: 1 });
    const listed = await client.listSignatures({ signature: 'NewBrand', subAccounts: [GROUP] });
    expect(listed.result.List.map((s) => [s.Signature, s.Status])).toEqual([['NewBrand', 1]]);
  });

  it('ApplySmsTemplateV2 creates a template under review', async () => {
    const { result } = await client.applySmsTemplateV2(template);
    expect(result).toMatchObject({ templateId: expect.any(String), status: 1 });
    expect(sandbox.admin.applications().templates.map((t) => [t.id, t.status])).toContainEqual([
      result.templateId,
      1,
    ]);
  });

  it.each(FAULTS)(
    'ApplySmsSignatureV2 whose answer is lost (%s): ListSignatureForAgent finds one application',
    async (kind) => {
      const error = await lost('ApplySmsSignatureV2', kind, () => client.applySmsSignatureV2(signature));
      expect(error.reconcile?.action).toBe('ListSignatureForAgent');
      const params = error.reconcile!.params as { Signature: string; SubAccounts: string[] };
      const listed = await client.listSignatures({
        signature: params.Signature,
        subAccounts: params.SubAccounts,
      });
      expect(listed.result.List.filter((s) => s.Signature === 'NewBrand').map((s) => s.Status)).toEqual([1]);
      expect(sandbox.admin.applications().signatures.filter((s) => s.text === 'NewBrand')).toHaveLength(1);
    },
  );

  it.each(FAULTS)(
    'ApplySmsTemplateV2 whose answer is lost (%s): ListSmsTemplateForAgent finds one application',
    async (kind) => {
      const error = await lost('ApplySmsTemplateV2', kind, () => client.applySmsTemplateV2(template));
      expect(error.reconcile?.action).toBe('ListSmsTemplateForAgent');
      const params = error.reconcile!.params as { SubAccounts: string[]; Signatures: string[] };
      const listed = await client.listTemplates({
        subAccounts: params.SubAccounts,
        signatures: params.Signatures,
        pageSize: 100,
      });
      const parcels = listed.result.List.filter((t) => (t.TemplateName ?? t.Name) === 'parcel');
      expect(parcels.map((t) => t.Status)).toEqual([1]);
      expect(sandbox.admin.applications().templates.filter((t) => t.name === 'parcel')).toHaveLength(1);
    },
  );
});
