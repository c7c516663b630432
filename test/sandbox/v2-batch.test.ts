import { request } from 'node:http';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { codeOf, rawRequest } from './helpers/sandbox-http.ts';
import { startClockedSandbox, type ClockedSandbox } from './helpers/clocked-sandbox.ts';

const START = Date.UTC(2026, 10, 20, 2, 0, 0); // 10:00 in Shanghai

/** A bare streamed PUT, as the skill's uploader does it (only Content-Length set). */
function put(url: string, body: string): Promise<{ status: number; text: string }> {
  return new Promise((resolve, reject) => {
    const req = request(
      url,
      { method: 'PUT', headers: { 'Content-Length': Buffer.byteLength(body) } },
      (res) => {
        let text = '';
        res.on('data', (c: Buffer) => (text += c.toString()));
        res.on('end', () => resolve({ status: res.statusCode ?? 0, text }));
      },
    );
    req.on('error', reject);
    req.end(body);
  });
}

describe('uploads and batch tasks', () => {
  let s: ClockedSandbox;
  beforeAll(async () => {
    s = await startClockedSandbox(START, { batchRate: 0, receiptDelayMs: 0 });
  });
  beforeEach(() => s.sandbox.admin.reset());
  afterAll(() => s.sandbox.close());

  const get = (action: string, query: Record<string, string>) =>
    s.call(action, undefined, { method: 'GET', query });
  const upload = async (csv: string) => {
    const minted = await get('GetUploadTosURL', { suffix: 'csv' });
    const { file, url } = minted.json?.Result as { file: string; url: string };
    expect((await put(url, csv)).status).toBe(200);
    return file;
  };
  const task = (fileUrl: string, change: Record<string, unknown> = {}) =>
    s.call('SetBatchTask', {
      channelType: 'CN_NTC',
      extra: {},
      fileUrl,
      name: 'deploy notice',
      scheduled: false,
      sendTime: 0,
      signature: 'VolcOps',
      subAccount: '7384ed01',
      templateId: 'ST_0004',
      templateName: 'Deploy done',
      ...change,
    });
  const detail = async (taskId: string) =>
    (await get('GetBatchTaskDetail', { subAccount: '7384ed01', taskId })).json?.Result;
  const until = async (taskId: string, status: number) => {
    for (let i = 0; i < 200 && (await detail(taskId)).status !== status; i++)
      await new Promise((r) => setTimeout(r, 20));
    return detail(taskId);
  };

  it('uploads, creates (counting invalid rows and duplicates), consents and sends every number', async () => {
    const file = await upload(
      '\uFEFFphone,version\r\n13800000000,1.0\r\n+8613800000001,1.1\r\n8613800000002,1.2\r\n13800000000,dup\r\n13800000003,\r\n13800000004,"1,4"\r\n',
    );
    expect(file).toMatch(/^sms\/batch\/[0-9a-f-]{36}\.csv$/);
    const created = await task(file);
    expect(created.json?.Result).toEqual({ taskId: '90001', dupCount: 1, totalCount: 6 });
    expect(await detail('90001')).toMatchObject({
      taskId: '90001',
      subAccount: '7384ed01',
      taskName: 'deploy notice',
      status: 2,
      totalCount: 6,
      validCount: 3,
      invalidCount: 2,
      dupCount: 1,
      scheduled: false,
      sendTime: 0,
      fileUrl: file,
    });
    const listed = await get('GetBatchTaskList', { subAccount: '7384ed01', pageIndex: '1', pageSize: '20' });
    expect(listed.json?.Result).toMatchObject({ total: 1, list: [{ taskId: '90001', status: 2 }] });
    expect(codeOf(await s.call('ConsentBatchTask', { subAccount: '7384ed01', taskId: '90001' }))).toBe('OK');
    const done = await until('90001', 6);
    expect(done.status).toBe(6);
    const history = s.sandbox.admin.batchTask('90001')?.history.map((h) => h.status);
    expect(history).toEqual([2, 3, 4, 5, 6]);
    const texts = s.sandbox.admin.messages().map((m) => [m.mobile, m.text, m.api]);
    expect(texts).toEqual([
      ['13800000000', '【VolcOps】部署已完成，版本1.0。', 'batch'],
      ['13800000001', '【VolcOps】部署已完成，版本1.1。', 'batch'],
      ['13800000004', '【VolcOps】部署已完成，版本1,4。', 'batch'],
    ]);
    const stats = await s.call('ListTotalSendCountStatForAgent', {
      StartTime: START / 1000 - 60,
      EndTime: START / 1000 + 60,
    });
    expect(stats.json?.Result.TotalAllSendCount).toBe(3);
    expect(codeOf(await s.call('ConsentBatchTask', { subAccount: '7384ed01', taskId: '90001' }))).toBe(
      '1001',
    );
    expect(codeOf(await s.call('DeleteBatchTask', { subAccount: '7384ed01', taskId: '90001' }))).toBe('1001');
  });

  it('sends a task larger than one multi-row INSERT: every number once, in file order, with its text', async () => {
    // 64 rows go in one statement: 130 = two full statements and two single rows.
    const rows = Array.from({ length: 130 }, (_, i) => `138${String(i).padStart(8, '0')},v${i}`);
    const created = await task(await upload(`phone,version\n${rows.join('\n')}\n`));
    const { taskId } = created.json?.Result as { taskId: string };
    await s.call('ConsentBatchTask', { subAccount: '7384ed01', taskId });
    expect((await until(taskId, 6)).status).toBe(6);
    const sent = s.sandbox.admin.messages({ limit: 200 });
    expect(sent.map((m) => m.mobile)).toEqual(rows.map((r) => r.split(',')[0]));
    expect(sent[129]!.text).toBe('【VolcOps】部署已完成，版本v129。');
    expect(new Set(sent.map((m) => m.messageId)).size).toBe(130);
    expect(s.sandbox.admin.phones({ pageSize: 200 }).total).toBe(130);
  });

  it('refuses a tampered or expired upload URL with 403, and an unknown file at SetBatchTask', async () => {
    const minted = (await get('GetUploadTosURL', { suffix: 'csv' })).json?.Result as {
      file: string;
      url: string;
    };
    const tampered = await put(minted.url.replace(/X-Tos-Expires=300/, 'X-Tos-Expires=3000'), 'phone\n');
    expect([tampered.status, JSON.parse(tampered.text).Code]).toEqual([403, 'SignatureDoesNotMatch']);
    s.sandbox.admin.advanceClock(301_000);
    const expired = await put(minted.url, 'phone\n');
    expect([expired.status, JSON.parse(expired.text).Code]).toEqual([403, 'AccessDenied']);
    const missing = await task(minted.file);
    expect(codeOf(missing)).toBe('1001');
    expect(missing.json?.ResponseMetadata.Error?.Message).toMatch(/was not uploaded/);
    expect(codeOf(await get('GetUploadTosURL', { suffix: 'xlsx' }))).toBe('1001');
  });

  it('checks the file and the template at creation', async () => {
    const wrongHeader = await task(await upload('phone,ver\n13800000000,1\n'));
    expect(codeOf(wrongHeader)).toBe('1001');
    expect(wrongHeader.json?.ResponseMetadata.Error?.Message).toMatch(/must be "phone,version"/);
    const noneValid = await task(await upload('phone,version\n86138000000,1\n'));
    expect(codeOf(noneValid)).toBe('1001');
    const otp = await task(await upload('phone,code\n13800000000,1\n'), {
      templateId: 'ST_0001',
      channelType: 'CN_OTP',
    });
    expect(codeOf(otp)).toBe('1007');
    expect(otp.json?.ResponseMetadata.Error?.Message).toMatch(/verification template/);
    expect(codeOf(await task('sms/batch/x.csv', { subAccount: 'nope' }))).toBe('1009');
    expect(codeOf(await get('GetBatchTaskDetail', { subAccount: '77da1acf', taskId: '90001' }))).toBe('1009');
  });

  it('checks the file as it is uploaded: creation answers from what was found, the same upload makes two tasks', async () => {
    const file = await upload('phone,version\n13800000000,1\n13800000001,2\n13800000000,3\n');
    const first = await task(file);
    const second = await task(file);
    expect(first.json?.Result).toMatchObject({ dupCount: 1, totalCount: 3 });
    expect(second.json?.Result).toMatchObject({ dupCount: 1, totalCount: 3 });
    const { taskId } = second.json?.Result as { taskId: string };
    expect(
      codeOf(
        await s.call('DeleteBatchTask', {
          subAccount: '7384ed01',
          taskId: (first.json?.Result as { taskId: string }).taskId,
        }),
      ),
    ).toBe('OK');
    await s.call('ConsentBatchTask', { subAccount: '7384ed01', taskId });
    expect((await until(taskId, 6)).status).toBe(6);
    expect(
      s.sandbox.admin
        .messages()
        .map((m) => m.mobile)
        .sort(),
    ).toEqual(['13800000000', '13800000001']);
    // Bytes that are no CSV are still stored; creation names what is wrong with them.
    const broken = await task(await upload('phone,version\n13800000000,"open\n'));
    expect(codeOf(broken)).toBe('1001');
    expect(broken.json?.ResponseMetadata.Error?.Message).toMatch(
      /not valid CSV: line 2: a quote is never closed/,
    );
    const empty = await task(await upload('phone,version\n'));
    expect(empty.json?.ResponseMetadata.Error?.Message).toMatch(/a header but no row/);
  });

  it('a scheduled task waits for its sendTime, and cancels only until a minute before it', async () => {
    const sendTime = START / 1000 + 3600;
    const file = await upload('phone,version\n13800000000,2.0\n');
    const created = await task(file, { scheduled: true, sendTime });
    const taskId = created.json?.Result.taskId as string;
    await s.call('ConsentBatchTask', { subAccount: '7384ed01', taskId });
    await new Promise((r) => setTimeout(r, 250));
    expect((await detail(taskId)).status).toBe(3);
    s.sandbox.admin.advanceClock(3600_000 - 60_000);
    const late = await s.call('DeleteBatchTask', { subAccount: '7384ed01', taskId });
    expect(codeOf(late)).toBe('1001');
    expect(late.json?.ResponseMetadata.Error?.Message).toMatch(/one minute before/);
    s.sandbox.admin.advanceClock(60_000);
    expect((await until(taskId, 6)).status).toBe(6);
  });

  it('cancels a task before it starts; a second cancel is a no-op; the admin API can kill one', async () => {
    const a = (await task(await upload('phone,version\n13800000000,1\n'))).json?.Result.taskId as string;
    expect(codeOf(await s.call('DeleteBatchTask', { subAccount: '7384ed01', taskId: a }))).toBe('OK');
    expect(codeOf(await s.call('DeleteBatchTask', { subAccount: '7384ed01', taskId: a }))).toBe('OK');
    expect((await detail(a)).status).toBe(7);
    expect(codeOf(await s.call('ConsentBatchTask', { subAccount: '7384ed01', taskId: a }))).toBe('1001');
    const b = (await task(await upload('phone,version\n13800000000,1\n'))).json?.Result.taskId as string;
    const killed = await rawRequest(s.sandbox.url, {
      method: 'POST',
      path: `/_sandbox/batch-tasks/${b}/status`,
      body: JSON.stringify({ status: 9 }),
    });
    expect(JSON.parse(killed.text)).toMatchObject({ taskId: b, status: 9, statusName: 'Killed' });
    expect(s.sandbox.admin.messages()).toEqual([]);
  });

  it('TemplateUploadDemo answers the CSV header with Content-Disposition; faults apply', async () => {
    const demo = await s.call('TemplateUploadDemo', { subAccount: '7384ed01', templateId: 'ST_0002' });
    expect(demo.status).toBe(200);
    expect(demo.headers['content-type']).toBe('text/csv; charset=utf-8');
    expect(demo.headers['content-disposition']).toMatch(/^attachment; filename="ST_0002_demo.csv"/);
    expect(demo.text).toBe('phone,service,message\r\n');
    expect(
      codeOf(await s.call('TemplateUploadDemo', { subAccount: '7384ed01', templateId: 'ST_0001' })),
    ).toBe('1007');
    s.sandbox.admin.addFault('SetBatchTask=drop-after');
    await expect(task(await upload('phone,version\n13800000000,1\n'))).rejects.toThrow();
    expect(s.sandbox.admin.batchTasks()).toHaveLength(1);
  });
});
