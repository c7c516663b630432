import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { codeOf } from './helpers/sandbox-http.ts';
import { startClockedSandbox, type ClockedSandbox } from './helpers/clocked-sandbox.ts';

// 2026-11-20 15:30 UTC is 23:30 in Shanghai: one hour later is the next Shanghai day.
const START = Date.UTC(2026, 10, 20, 15, 30, 0);
const seconds = (ms: number) => Math.floor(ms / 1000);

describe('send log and stats, computed from what was sent', () => {
  let s: ClockedSandbox;
  const send = (mobiles: string, extra: Record<string, unknown> = {}) =>
    s.call('SendSmsForAgent', {
      SubAccount: '7384ed01',
      Signature: '火山引擎',
      TemplateId: 'ST_0001',
      Mobiles: mobiles,
      TemplateParam: '{"code":"8888"}',
      ...extra,
    });
  const log = (filter: Record<string, unknown> = {}) =>
    s.call('ListSmsSendLogForAgent', { Page: 1, PageSize: 100, ...filter });

  beforeAll(async () => {
    s = await startClockedSandbox(START);
  });
  beforeEach(() => s.sandbox.admin.reset());
  afterAll(() => s.sandbox.close());

  it('delivers by the last digit once the receipt delay has passed (lazily, from the clock)', async () => {
    await send('13800000000,13800000007,13800000009,13800000006');
    const before = await log();
    expect(before.json?.Result.Total).toBe(4);
    for (const item of before.json?.Result.List) {
      expect(item).toMatchObject({ Status: 1, ErrorCode: '', ReceiptTime: null, SendTime: START });
    }
    s.sandbox.admin.advanceClock(1499);
    expect((await log()).json?.Result.List.every((i: { Status: number }) => i.Status === 1)).toBe(true);
    s.sandbox.admin.advanceClock(1);
    const after = await log();
    const byMobile = Object.fromEntries(
      (after.json?.Result.List as Array<Record<string, unknown>>).map((i) => [
        i.Mobile,
        [i.Status, i.ErrorCode, i.ReceiptTime],
      ]),
    );
    expect(byMobile).toEqual({
      '138****0000': [3, 'DELIVRD', START + 1500],
      '138****0007': [2, 'NE:0105', START + 1500],
      '138****0009': [2, 'CR:0202', START + 1500],
      '138****0006': [1, '', null],
    });
  });

  it('returns the documented log item fields, numbers masked and content rendered', async () => {
    const sent = await send('13812345678');
    const [item] = (await log()).json?.Result.List;
    expect(item).toEqual({
      MessageId: sent.json?.Result.MessageIds[0],
      SubAccount: '7384ed01',
      Signature: '火山引擎',
      TemplateId: 'ST_0001',
      ChannelType: 'CN_OTP',
      Mobile: '138****5678',
      Content: '【火山引擎】您的验证码是8888，5分钟内有效。',
      Status: 1,
      ErrorCode: '',
      ErrorMessage: '',
      SendTime: START,
      ReceiptTime: null,
      Count: 1,
    });
    expect(JSON.stringify(item)).not.toContain('13812345678');
  });

  it('filters the log by number, message id, template, signature, group and time (seconds)', async () => {
    const first = await send('13800000001');
    s.sandbox.admin.advanceClock(10_000);
    await send('13800000002', {
      Signature: 'VolcOps',
      TemplateId: 'ST_0004',
      TemplateParam: '{"version":"1.2"}',
    });
    const total = (r: Awaited<ReturnType<typeof log>>) => r.json?.Result.Total;
    expect(total(await log({ Mobile: '+8613800000001' }))).toBe(1);
    expect(total(await log({ MessageId: first.json?.Result.MessageIds[0] }))).toBe(1);
    expect(total(await log({ TemplateId: 'ST_0004' }))).toBe(1);
    expect(total(await log({ Signature: 'VolcOps' }))).toBe(1);
    expect(total(await log({ SubAccount: '7384ed01' }))).toBe(2);
    expect(total(await log({ FromTime: seconds(START) + 5 }))).toBe(1);
    expect(total(await log({ FromTime: seconds(START), ToTime: seconds(START) }))).toBe(1);
    const newestFirst = await log({ PageSize: 1 });
    expect(newestFirst.json?.Result.Total).toBe(2);
    expect(newestFirst.json?.Result.List[0].TemplateId).toBe('ST_0004');
    expect(codeOf(await log({ SubAccount: 'nope' }))).toBe('RE:0003');
    expect(codeOf(await log({ FromTime: seconds(START) + 10, ToTime: seconds(START) }))).toBe('RE:0009');
  });

  it('computes stats with per-day data points in Shanghai dates and the skill formulas', async () => {
    await send('13800000000,13800000007,13800000006');
    s.sandbox.admin.advanceClock(3600_000); // 00:30 the next Shanghai day
    await send('13800000001');
    s.sandbox.admin.advanceClock(2_000);
    const response = await s.call('ListTotalSendCountStatForAgent', {
      StartTime: seconds(START) - 86_400,
      EndTime: seconds(START) + 7200,
    });
    const stats = response.json?.Result;
    expect(stats).toMatchObject({
      TotalSendCount: 4,
      TotalAllSendCount: 4,
      TotalSendSuccessCount: 4,
      TotalReceiptSuccessCount: 2,
      TotalReceiptFailureCount: 1,
      TotalNoReceipt72HourCount: 0,
      TotalSendSuccessRate: 1,
      TotalReceiptSuccessRate: 0.5,
    });
    expect(stats.DataPoints.map((p: { Date: string }) => p.Date)).toEqual([
      '2026-11-19',
      '2026-11-20',
      '2026-11-21',
    ]);
    expect(stats.DataPoints[1]).toMatchObject({
      AllSendCount: 3,
      ReceiptSuccessCount: 1,
      ReceiptFailureCount: 1,
    });
    expect(stats.DataPoints[2]).toMatchObject({
      AllSendCount: 1,
      ReceiptSuccessCount: 1,
      ReceiptSuccessRate: 1,
    });
    expect(stats.DataPoints[0]).toMatchObject({ AllSendCount: 0, SendSuccessRate: 0 });
  });

  it('counts numbers without a receipt after 72 hours, and filters stats', async () => {
    await send('13800000006');
    await send('13800000002', {
      Signature: 'VolcOps',
      TemplateId: 'ST_0004',
      TemplateParam: '{"version":"1"}',
    });
    s.sandbox.admin.advanceClock(72 * 3600_000);
    const window = { StartTime: seconds(START), EndTime: seconds(START) + 10 };
    const all = await s.call('ListTotalSendCountStatForAgent', window);
    expect(all.json?.Result).toMatchObject({
      TotalAllSendCount: 2,
      TotalNoReceipt72HourCount: 1,
      TotalReceiptSuccessCount: 1,
    });
    const filtered = await s.call('ListTotalSendCountStatForAgent', { ...window, TemplateId: 'ST_0004' });
    expect(filtered.json?.Result).toMatchObject({ TotalAllSendCount: 1, TotalNoReceipt72HourCount: 0 });
    const byChannel = await s.call('ListTotalSendCountStatForAgent', { ...window, ChannelType: 'CN_OTP' });
    expect(byChannel.json?.Result.TotalAllSendCount).toBe(1);
  });

  it('GetTotalSendCountStatV4ForAgent takes SmsAccount and lists, and adds DataPointsByDate', async () => {
    await send('13800000000');
    const response = await s.call('GetTotalSendCountStatV4ForAgent', {
      StartTime: seconds(START),
      EndTime: seconds(START) + 60,
      SmsAccount: '7384ed01',
      TemplateId: ['ST_0001', 'ST_0004'],
    });
    expect(response.json?.Result.TotalAllSendCount).toBe(1);
    expect(response.json?.Result.DataPointsByDate).toEqual(response.json?.Result.DataPoints);
  });

  it('RE:0009 for a window over 90 days or reversed; ZJ10200 when times are missing', async () => {
    const tooLong = await s.call('ListTotalSendCountStatForAgent', { StartTime: 0, EndTime: 91 * 86_400 });
    expect(codeOf(tooLong)).toBe('RE:0009');
    expect(tooLong.json?.ResponseMetadata.Error?.Message).toMatch(/90 days/);
    const exactly90 = await s.call('ListTotalSendCountStatForAgent', { StartTime: 0, EndTime: 90 * 86_400 });
    expect(codeOf(exactly90)).toBe('OK');
    const reversed = await s.call('ListTotalSendCountStatForAgent', { StartTime: 100, EndTime: 50 });
    expect(codeOf(reversed)).toBe('RE:0009');
    const missing = await s.call('ListTotalSendCountStatForAgent', { StartTime: 100 });
    expect(codeOf(missing)).toBe('ZJ10200');
  });
});

describe('receipt delay', () => {
  it('follows receiptDelayMs', async () => {
    const s = await startClockedSandbox(START, { receiptDelayMs: 10 });
    try {
      await s.call('SendSmsForAgent', {
        SubAccount: '7384ed01',
        Signature: 'VolcOps',
        TemplateId: 'ST_0004',
        Mobiles: '13800000000',
        TemplateParam: '{"version":"2"}',
      });
      s.sandbox.admin.advanceClock(10);
      expect(s.sandbox.admin.messages()[0]).toMatchObject({ status: 'delivered', receiptTime: START + 10 });
    } finally {
      await s.sandbox.close();
    }
  });
});
