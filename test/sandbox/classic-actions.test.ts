import { sms } from '@volcengine/openapi';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { codeOf, NOTICE_SEND } from './helpers/sandbox-http.ts';
import { startClockedSandbox, type ClockedSandbox } from './helpers/clocked-sandbox.ts';

const START = Date.UTC(2026, 10, 20, 2, 0, 0); // 10:00 in Shanghai, 2026-11-20
const seconds = (ms: number) => Math.floor(ms / 1000);

describe('classic actions over the same state', () => {
  let s: ClockedSandbox;
  beforeAll(async () => {
    s = await startClockedSandbox(START);
  });
  beforeEach(() => s.sandbox.admin.reset());
  afterAll(() => s.sandbox.close());

  const sendSms = (body: Record<string, unknown> = {}) =>
    s.call(
      'SendSms',
      {
        SmsAccount: '7384ed01',
        Sign: '火山引擎',
        TemplateID: 'ST_0001',
        TemplateParam: '{"code":"4321"}',
        PhoneNumbers: '13800000000,13800000007',
        Tag: 'ci',
        ...body,
      },
      { version: '2020-01-01' },
    );

  it('SendSms answers {MessageID: [...]} in number order and records the messages', async () => {
    const response = await sendSms();
    const ids = response.json?.Result.MessageID as string[];
    expect(ids).toHaveLength(2);
    expect(s.sandbox.admin.messages().map((m) => [m.messageId, m.mobile, m.api])).toEqual([
      [ids[0], '13800000000', 'classic'],
      [ids[1], '13800000007', 'classic'],
    ]);
  });

  it('SendSms applies the same business rules with the classic field names', async () => {
    expect(codeOf(await sendSms({ SmsAccount: 'nope' }))).toBe('RE:0003');
    expect(codeOf(await sendSms({ Sign: 'RejectedSign' }))).toBe('RE:0004');
    expect(codeOf(await sendSms({ TemplateID: 'ST_0009' }))).toBe('RE:0005');
    const phone = await sendSms({ PhoneNumbers: '138000' });
    expect(codeOf(phone)).toBe('RE:0006');
    expect(phone.json?.ResponseMetadata.Error?.Message).toMatch(/PhoneNumbers/);
    expect(codeOf(await sendSms({ TemplateParam: '{"nope":"1"}' }))).toBe('RE:0009');
    const wrongType = await sendSms({ PhoneNumbers: 13800000000 });
    expect(codeOf(wrongType)).toBe('RE:0009');
    expect(wrongType.json?.ResponseMetadata.Error?.Message).toMatch(/PhoneNumbers/);
    expect(codeOf(await sendSms({ Tag: 'x'.repeat(513) }))).toBe('RE:0009');
    expect(s.sandbox.admin.messages()).toHaveLength(0);
  });

  it('SendBatchSms sends a per-number TemplateParam', async () => {
    const response = await s.call(
      'SendBatchSms',
      {
        SmsAccount: '7384ed01',
        Sign: 'VolcOps',
        TemplateID: 'ST_0002',
        Messages: [
          { PhoneNumber: '13800000001', TemplateParam: '{"service":"api","message":"down"}' },
          { PhoneNumber: 13800000002, TemplateParam: '{"service":"db","message":"slow"}' },
        ],
      },
      { version: '2021-01-01' },
    );
    expect(response.json?.Result.MessageID).toHaveLength(2);
    expect(s.sandbox.admin.messages().map((m) => m.text)).toEqual([
      '【VolcOps】服务api告警：down',
      '【VolcOps】服务db告警：slow',
    ]);
    const bad = await s.call(
      'SendBatchSms',
      {
        SmsAccount: '7384ed01',
        Sign: 'VolcOps',
        TemplateID: 'ST_0002',
        Messages: [{ PhoneNumber: '13800000001', TemplateParam: '{"service":"x"}' }],
      },
      { version: '2021-01-01' },
    );
    expect(codeOf(bad)).toBe('RE:0009');
    expect(bad.json?.ResponseMetadata.Error?.Message).toMatch(
      /Messages\[\]\.TemplateParam.*missing "message"/,
    );
  });

  it('GetSubAccountList answers lowerCamel list/total from GET query parameters', async () => {
    const response = await s.call('GetSubAccountList', undefined, {
      method: 'GET',
      version: '2021-01-11',
      query: { pageIndex: '1', pageSize: '1' },
    });
    expect(response.json?.Result.total).toBe(2);
    expect(response.json?.Result.list).toEqual([
      expect.objectContaining({
        subAccountId: '7384ed01',
        subAccountName: 'Ops alerts',
        status: 1,
        createdTime: START,
      }),
    ]);
    const bad = await s.call('GetSubAccountList', undefined, {
      method: 'GET',
      version: '2021-01-11',
      query: { pageIndex: 'x' },
    });
    expect(codeOf(bad)).toBe('1001');
  });

  it('GetSubAccountDetail describes one approved group; others are RE:0003', async () => {
    const detail = await s.call('GetSubAccountDetail', undefined, {
      method: 'GET',
      version: '2021-01-11',
      query: { subAccount: '77da1acf' },
    });
    expect(detail.json?.Result).toMatchObject({
      subAccountId: '77da1acf',
      subAccountName: 'Marketing',
      status: 1,
      enabledChannelType: [{ name: '营销', value: 'CN_MKT', area: 'cn' }],
    });
    for (const subAccount of ['5c0ffee0', 'nope']) {
      const response = await s.call('GetSubAccountDetail', undefined, {
        method: 'GET',
        version: '2021-01-11',
        query: { subAccount },
      });
      expect(codeOf(response)).toBe('RE:0003');
    }
    const missing = await s.call('GetSubAccountDetail', undefined, { method: 'GET', version: '2021-01-11' });
    expect(codeOf(missing)).toBe('1001');
  });

  it('GetSignatureAndOrderList lists applications with their status, in both versions', async () => {
    const v2021 = await s.call('GetSignatureAndOrderList', undefined, {
      method: 'GET',
      version: '2021-01-11',
      query: { subAccount: '7384ed01', pageIndex: '1', pageSize: '10' },
    });
    expect(
      v2021.json?.Result.list.map((i: { content: string; status: number }) => [i.content, i.status]),
    ).toEqual([
      ['火山引擎', 3],
      ['VolcOps', 3],
      ['待审核签名', 1],
      ['RejectedSign', 2],
    ]);
    // Go (2025-01-01): repeated subAccounts keys in the query plus an empty JSON body.
    const v2025 = await s.call('GetSignatureAndOrderList', '{}', {
      method: 'GET',
      version: '2025-01-01',
      query: { subAccounts: ['77da1acf'], pageIndex: '1', pageSize: '10' },
    });
    expect(v2025.json?.Result).toMatchObject({ total: 1, list: [{ content: '火山引擎', usable: true }] });
  });

  it('GetSmsTemplateAndOrderList filters by group, channel type and area', async () => {
    const response = await s.call('GetSmsTemplateAndOrderList', undefined, {
      method: 'GET',
      version: '2021-01-11',
      query: { subAccount: '7384ed01', channelType: 'CN_NTC', area: 'cn', pageIndex: '1', pageSize: '10' },
    });
    expect(response.json?.Result.list.map((t: { templateId: string }) => t.templateId)).toEqual([
      'ST_0002',
      'ST_0004',
      'ST_0009',
    ]);
    expect(response.json?.Result.list[0]).toMatchObject({
      channelTypeName: '通知',
      status: 3,
      content: '服务${service}告警：${message}',
    });
  });

  it('shows agent sends in GetSmsSendDetails and classic sends in the agent log (one shared log)', async () => {
    await s.call('SendSmsForAgent', {
      ...NOTICE_SEND,
      Mobiles: '13900000000',
      TemplateParam: '{"version":"9"}',
    });
    await sendSms({ PhoneNumbers: '13800000000' });
    s.sandbox.admin.advanceClock(2000);
    // Java style: GET with a JSON body.
    const details = await s.call(
      'GetSmsSendDetails',
      { subAccount: '7384ed01', sendDate: '20261120', pageIndex: 1, pageSize: 10 },
      { method: 'GET', version: '2021-01-11' },
    );
    const result = details.json?.Result;
    expect(result.total).toBe(2);
    expect(result.sendDetailsResults.map((r: { phoneNumber: string }) => r.phoneNumber).sort()).toEqual([
      '138****0000',
      '139****0000',
    ]);
    expect(result.sendDetailsResults[0]).toMatchObject({
      status: 3,
      errorCode: '0',
      errorMessage: '发送成功',
      templateID: expect.any(String),
      msgCount: 1,
      sendTime: START,
      receiptTime: START + 1500,
    });
    const otherDay = await s.call(
      'GetSmsSendDetails',
      { subAccount: '7384ed01', sendDate: '20261121' },
      { version: '2021-01-11' },
    );
    expect(otherDay.json?.Result.total).toBe(0);
    const agentLog = await s.call('ListSmsSendLogForAgent', { Page: 1, PageSize: 10 });
    expect(agentLog.json?.Result.Total).toBe(2);
    const badDate = await s.call(
      'GetSmsSendDetails',
      { subAccount: '7384ed01', sendDate: '2026-11-20' },
      { version: '2021-01-11' },
    );
    expect(codeOf(badDate)).toBe('1001');
    expect(badDate.json?.ResponseMetadata.Error?.Message).toMatch(/sendDate/);
  });

  it('GetTotalSendCountStatV5 counts both generations, lowerCamel, with string times as Java sends them', async () => {
    await sendSms();
    await s.call('SendSmsForAgent', {
      ...NOTICE_SEND,
      Mobiles: '13900000000',
      TemplateParam: '{"version":"9"}',
    });
    s.sandbox.admin.advanceClock(2000);
    const response = await s.call(
      'GetTotalSendCountStatV5',
      {
        startTime: String(seconds(START) - 60),
        endTime: String(seconds(START) + 60),
        smsAccount: '7384ed01',
      },
      { method: 'GET', version: '2021-01-11' },
    );
    expect(response.json?.Result).toMatchObject({
      totalAllSendCount: 3,
      totalSendSuccessCount: 3,
      totalReceiptSuccessCount: 2,
      totalReceiptFailureCount: 1,
      totalReceiptSuccessRate: 0.6667,
      dataPoints: [{ date: '2026-11-20', allSendCount: 3 }],
    });
  });
});

describe('the official Node SDK (@volcengine/openapi) against the sandbox, unchanged', () => {
  let s: ClockedSandbox;
  let service: InstanceType<typeof sms.SmsService>;
  beforeAll(async () => {
    // The SDK signs with the real clock, so this sandbox keeps the real one.
    s = await startClockedSandbox(0, { clock: Date.now });
    service = new sms.SmsService({
      accessKeyId: s.sandbox.credentials.accessKeyId,
      secretKey: s.sandbox.credentials.secretAccessKey,
      serviceName: 'volcSMS',
      protocol: 'http:',
    });
    service.setHost(new URL(s.sandbox.url).host);
  });
  afterAll(() => s.sandbox.close());

  it('Send and BatchSend (signed x-content-sha256;x-date, host unsigned)', async () => {
    const sent = await service.Send({
      SmsAccount: '7384ed01',
      Sign: '火山引擎',
      TemplateID: 'ST_0001',
      TemplateParam: '{"code":"1"}',
      PhoneNumbers: '13800000000',
      Tag: 'sdk',
      // The SDK's types mark every field required (reference §3.1); the API does not need UserExtCode.
    } as never);
    expect(sent.ResponseMetadata.Error).toBeUndefined();
    expect((sent.Result as unknown as { MessageID: string[] }).MessageID).toHaveLength(1);
    const batch = await service.BatchSend({
      SmsAccount: '7384ed01',
      Sign: '火山引擎',
      TemplateID: 'ST_0001',
      Messages: [{ PhoneNumber: 13800000001, TemplateParam: '{"code":"2"}' }],
    } as never);
    expect((batch as unknown as { Result: { MessageID: string[] } }).Result.MessageID).toHaveLength(1);
    expect(s.sandbox.admin.messages().map((m) => m.mobile)).toEqual(['13800000000', '13800000001']);
  });

  it('GetSubAccountList, GetSubAccountDetail, GetSignatureAndOrderList and GetSmsTemplateAndOrderList (GET, x-date only)', async () => {
    const groups = (await service.GetSubAccountList({ pageIndex: 1, pageSize: 10 } as never)) as unknown as {
      Result: { total: number };
    };
    expect(groups.Result.total).toBe(2);
    const detail = (await service.GetSubAccountDetail({ subAccount: '7384ed01' } as never)) as unknown as {
      Result: { subAccountName: string };
    };
    expect(detail.Result.subAccountName).toBe('Ops alerts');
    const signatures = (await service.GetSignatureAndOrderList({
      subAccount: '77da1acf',
      pageIndex: 1,
      pageSize: 10,
    } as never)) as unknown as {
      Result: { list: Array<{ content: string }> };
    };
    expect(signatures.Result.list.map((i) => i.content)).toEqual(['火山引擎']);
    const templates = (await service.GetSmsTemplateAndOrderList({
      templateId: 'ST_0003',
      pageIndex: 1,
      pageSize: 10,
    } as never)) as unknown as {
      Result: { total: number };
    };
    expect(templates.Result.total).toBe(1);
  });

  it('gets SignatureDoesNotMatch with a wrong secret', async () => {
    const wrong = new sms.SmsService({
      accessKeyId: s.sandbox.credentials.accessKeyId,
      secretKey: 'wrong',
      serviceName: 'volcSMS',
      protocol: 'http:',
    });
    wrong.setHost(new URL(s.sandbox.url).host);
    const response = await wrong.GetSubAccountList({ pageIndex: 1, pageSize: 10 } as never);
    expect(response.ResponseMetadata.Error?.Code).toBe('SignatureDoesNotMatch');
  });
});
