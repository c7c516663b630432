import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import {
  createBatchSendTask,
  createSmsClient,
  describeTemplate,
  planDelivery,
  sendDirect,
  SmsInputError,
  type AttemptEvent,
  type SmsClient,
} from '../../../src/core/index.ts';
import { startSandbox, type Sandbox } from '../../../src/sandbox/index.ts';
import { sandboxAuth } from '../../helpers/sandbox-auth.ts';

// The two engines against the sandbox over real HTTP: the batch path up to consent (file built, uploaded,
// task created and left in status 2) and direct sends paced under the sandbox's rate limit.
const QPS = 10;
let sandbox: Sandbox;
let client: SmsClient;
const attempts: AttemptEvent[] = [];
/** When the direct engine issued each request, on the monotonic clock. */
const starts: number[] = [];
beforeAll(async () => {
  sandbox = await startSandbox({
    port: 0,
    rateLimitQps: QPS,
    receiptDelayMs: 0,
    batchRate: 0,
    log: () => undefined,
  });
  client = createSmsClient({
    auth: sandboxAuth(sandbox),
    endpoint: sandbox.url,
    maxRetries: 0,
    onAttempt: (event) => attempts.push(event),
  });
});
afterAll(async () => {
  await client.close();
  await sandbox.close();
});
beforeEach(() => {
  sandbox.admin.reset();
  attempts.length = 0;
  starts.length = 0;
});

const numbers = (count: number, from = 0) =>
  Array.from({ length: count }, (_, i) => `139${String(from + i).padStart(8, '0')}`);
const deploy = { subAccount: '7384ed01', signature: 'VolcOps', templateId: 'ST_0004' };

describe('the batch engine up to consent', () => {
  it('builds the file, uploads it and creates a task that waits in status 2 for consent', async () => {
    const template = await describeTemplate(client, deploy);
    expect(template).toMatchObject({ channelType: 'CN_NTC', name: 'Deploy done', variables: ['version'] });
    const plan = planDelivery({ numbers: 12_000, template });
    expect(plan.engine).toBe('batch');
    const params = { version: '1.4.0' };
    const task = await createBatchSendTask(client, {
      ...deploy,
      taskName: 'release 1.4',
      template,
      recipients: numbers(12_000).map((mobile) => ({ mobile, params })),
    });
    expect(task).toMatchObject({
      status: 2,
      statusAuthoritative: true,
      totalCount: 12_000,
      dupCount: 0,
      rows: 12_000,
    });
    const seen = sandbox.admin.batchTask(task.taskId);
    expect(seen).toMatchObject({
      status: 2,
      validCount: 12_000,
      invalidCount: 0,
      sentCount: 0,
      taskName: 'release 1.4',
    });
    // Creating is not consent: nothing was sent, and nothing is sent until consentBatchTask.
    expect(sandbox.admin.messages({ limit: 1 })).toEqual([]);
    await client.consentBatchTask({ subAccount: deploy.subAccount, taskId: task.taskId });
    for (let i = 0; i < 500 && sandbox.admin.batchTask(task.taskId)?.status !== 6; i++) {
      await new Promise((resolve) => setTimeout(resolve, 20));
    }
    const sent = sandbox.admin.messages({ mobile: '13900011999' });
    expect(sent.map((m) => m.text)).toEqual(['【VolcOps】部署已完成，版本1.4.0。']);
  });

  it('looks the template up itself, and skips repeats when asked', async () => {
    const task = await createBatchSendTask(client, {
      ...deploy,
      taskName: 'repeats',
      duplicates: 'skip',
      recipients: ['13900000000', '+86 139 0000 0000', '13900000001'].map((mobile) => ({
        mobile,
        params: { version: '2' },
      })),
    });
    expect(task).toMatchObject({ status: 2, rows: 2, skippedDuplicates: 1, totalCount: 2 });
  });

  it('refuses a verification template before anything is uploaded', async () => {
    const error = await createBatchSendTask(client, {
      subAccount: '7384ed01',
      signature: 'VolcOps',
      templateId: 'ST_0001',
      taskName: 'codes',
      recipients: [{ mobile: '13900000000', params: { code: '1234' } }],
    }).catch((err: unknown) => err);
    expect(error).toBeInstanceOf(SmsInputError);
    expect((error as SmsInputError).message).toBe(
      'template-id: ST_0001 is a verification template, which the batch engine refuses',
    );
    expect(attempts.map((a) => a.action)).toEqual(['ListSmsTemplateForAgent']);
    expect(sandbox.admin.batchTasks()).toEqual([]);
  });

  it('refuses a bad row before asking for an upload URL', async () => {
    const error = await createBatchSendTask(client, {
      ...deploy,
      taskName: 'bad row',
      recipients: [
        { mobile: '13900000000', params: { version: '1' } },
        { mobile: '13900000001', params: {} },
      ],
    }).catch((err: unknown) => err);
    expect((error as SmsInputError).message).toBe(
      'batch file: #2 139****0001: variable "version" has no value',
    );
    expect(attempts.map((a) => a.action)).toEqual(['ListSmsTemplateForAgent']);
  });
});

describe('the direct engine', () => {
  const throttled = () => attempts.filter((a) => a.status === 429).length;

  it(`paces 15 requests to ${QPS}/s: none throttled by a ${QPS}/s limit, every number sent once`, async () => {
    const mobiles = numbers(3_000);
    const timed = {
      ...client,
      sendSms: (...args: Parameters<SmsClient['sendSms']>) => {
        starts.push(performance.now());
        return client.sendSms(...args);
      },
    };
    const began = performance.now();
    const outcome = await sendDirect(
      timed,
      { kind: 'sms', input: { ...deploy, mobiles, templateParam: { version: '3' } } },
      { qps: QPS },
    );
    expect(throttled()).toBe(0);
    // Request k starts no earlier than k / QPS s after the send began (a late timer may shorten one gap,
    // never the sum). Slowness only delays them; without the pacer all would start within a few ms.
    expect(starts).toHaveLength(15);
    const late = starts.map((at, k) => at - began - (k * 1000) / QPS);
    expect(Math.min(...late)).toBeGreaterThanOrEqual(0);
    expect(outcome).toMatchObject({ sentCount: 3_000, failedCount: 0, unknownCount: 0 });
    expect(outcome.recipients.map((r) => r.mobile)).toEqual(mobiles);
    expect(sandbox.admin.health().messages).toBe(3_000);
  });

  it("keeps the caller's spelling and per-number values (batch-sms)", async () => {
    const outcome = await sendDirect(
      client,
      {
        kind: 'batch-sms',
        groupByParams: true,
        input: {
          ...deploy,
          messages: [
            { mobile: '+86 139-0000-0002', templateParam: { version: 'a' } },
            { mobile: '13900000003', templateParam: { version: 'b' } },
            { mobile: '13900000004', templateParam: { version: 'a' } },
          ],
        },
      },
      { qps: QPS },
    );
    expect(outcome.recipients.map((r) => [r.input, r.status])).toEqual([
      ['+86 139-0000-0002', 'sent'],
      ['13900000003', 'sent'],
      ['13900000004', 'sent'],
    ]);
    expect(sandbox.admin.messages({ mobile: '13900000003' }).map((m) => m.text)).toEqual([
      '【VolcOps】部署已完成，版本b。',
    ]);
  });
});
