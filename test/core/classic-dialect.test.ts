import { describe, expect, it } from 'vitest';
import { createSmsClient } from '../../src/core/client.ts';
import { SmsApiError, SmsInputError } from '../../src/core/errors/errors.ts';
import { parseAuthorization } from '../../src/core/signing/sign.ts';
import { apiError, ok, reply, useLoopbackServer, type LoopbackServer } from './helpers/loopback-server.ts';

let server: LoopbackServer;
useLoopbackServer((started) => {
  server = started;
});

const client = () =>
  createSmsClient({
    auth: { kind: 'aksk', accessKeyId: 'AKLTclassic', secretAccessKey: 'classic-secret' },
    endpoint: server.url,
    api: 'classic',
    maxRetries: 0,
  });
const query = (i = 0) => Object.fromEntries(server.hits[i]?.url.searchParams ?? []);
const signed = (i = 0) => parseAuthorization(String(server.hits[i]?.headers.authorization))?.signedHeaders;

describe('classic dialect: exact wire requests and results mapped to the agent shapes', () => {
  it('SendSms: POST 2020-01-01, PascalCase body, comma list, Tag; MessageID by position', async () => {
    server.setHandler((_req, res) => reply(res, 200, ok({ MessageID: ['id-a', 'id-b'] }, 'REQ-S')));
    const c = client();
    const outcome = await c.sendSms({
      subAccount: '7384ed01',
      signature: '火山引擎',
      templateId: 'ST_0001',
      mobiles: ['+86 13800000000', '13900000000'],
      templateParam: { code: '1234' },
      tag: 'deploy-42',
    });
    await c.close();
    expect(server.hits[0]?.method).toBe('POST');
    expect(query()).toEqual({ Action: 'SendSms', Version: '2020-01-01' });
    expect(server.hits[0]?.body).toBe(
      '{"SmsAccount":"7384ed01","Sign":"火山引擎","TemplateID":"ST_0001","TemplateParam":"{\\"code\\":\\"1234\\"}","PhoneNumbers":"13800000000,13900000000","Tag":"deploy-42"}',
    );
    expect(signed()).toEqual(['content-type', 'host', 'x-content-sha256', 'x-date']);
    expect(outcome.recipients.map((r) => [r.mobile, r.messageId])).toEqual([
      ['13800000000', 'id-a'],
      ['13900000000', 'id-b'],
    ]);
    expect(outcome.raw[0]).toMatchObject({ Result: { MessageID: ['id-a', 'id-b'] } });
  });

  it('SendSms failure sample (RE:0003 with a MessageID array) is a failure', async () => {
    server.setHandler((_req, res) =>
      reply(res, 200, {
        ResponseMetadata: { RequestId: 'R3', Error: { Code: 'RE:0003', Message: 'SmsAccount not exist.' } },
        Result: { MessageID: ['x'] },
      }),
    );
    const c = client();
    const outcome = await c.sendSms({
      subAccount: 'nope',
      signature: 's',
      templateId: 't',
      mobiles: ['13800000000'],
    });
    await c.close();
    expect(outcome.recipients[0]).toMatchObject({ status: 'failed', requestId: 'R3' });
    expect((outcome.recipients[0]?.error as SmsApiError).apiCode).toBe('RE:0003');
  });

  it('GetSubAccountList: GET 2021-01-11 with a lowerCamel query, no body; lowerCamel result mapped', async () => {
    server.setHandler((_req, res) =>
      reply(
        res,
        200,
        ok({
          total: 1,
          list: [
            {
              subAccountId: '7384ed01',
              subAccountName: 'Ops alerts',
              createdTime: 1_700_000_000_000,
              status: 1,
              enabledChannelType: [{ name: '验证码', value: 'CN_OTP', area: 'cn' }],
            },
          ],
        }),
      ),
    );
    const c = client();
    const response = await c.listSubAccounts({ subAccountName: 'Ops alerts' });
    await c.close();
    expect(server.hits[0]?.method).toBe('GET');
    expect(server.hits[0]?.url.search).toBe(
      '?Action=GetSubAccountList&Version=2021-01-11&subAccountName=Ops%20alerts',
    );
    expect(server.hits[0]?.body).toBe('');
    expect(signed()).toEqual(['host', 'x-content-sha256', 'x-date']);
    expect(response.result).toMatchObject({
      Total: 1,
      List: [
        {
          SubAccount: '7384ed01',
          SubAccountName: 'Ops alerts',
          ChannelTypes: ['CN_OTP'],
          Status: 1,
          CreatedAt: 1_700_000_000,
        },
      ],
    });
    expect(response.raw).toMatchObject({ Result: { list: [{ subAccountId: '7384ed01' }] } });
  });

  it('GetSignatureAndOrderList and GetSmsTemplateAndOrderList: one subAccount, paging as strings', async () => {
    server.setHandler((req, res) =>
      req.url.searchParams.get('Action') === 'GetSignatureAndOrderList'
        ? reply(
            res,
            200,
            ok({
              total: 1,
              list: [{ content: 'VolcOps', status: 3, subAccounts: ['7384ed01'], usable: true }],
            }),
          )
        : reply(
            res,
            200,
            ok({
              total: 1,
              list: [
                {
                  templateId: 'ST_0002',
                  name: 'alert',
                  content: '服务${service}告警：${message}',
                  channelType: 'CN_NTC',
                  status: 3,
                },
              ],
            }),
          ),
    );
    const c = client();
    const signatures = await c.listSignatures({
      subAccounts: ['7384ed01'],
      signature: 'Volc',
      page: 2,
      pageSize: 5,
    });
    const templates = await c.listTemplates({ subAccounts: ['7384ed01'], templateId: 'ST_0002' });
    await c.close();
    expect(query(0)).toEqual({
      Action: 'GetSignatureAndOrderList',
      Version: '2021-01-11',
      subAccount: '7384ed01',
      signature: 'Volc',
      pageIndex: '2',
      pageSize: '5',
    });
    expect(query(1)).toEqual({
      Action: 'GetSmsTemplateAndOrderList',
      Version: '2021-01-11',
      subAccount: '7384ed01',
      templateId: 'ST_0002',
      pageIndex: '1',
      pageSize: '20',
    });
    expect(signatures.result.List[0]).toMatchObject({
      Signature: 'VolcOps',
      Status: 3,
      SubAccounts: ['7384ed01'],
      Usable: true,
    });
    expect(templates.result.List[0]).toMatchObject({
      TemplateId: 'ST_0002',
      TemplateName: 'alert',
      ChannelType: 'CN_NTC',
    });
  });

  it('GetSmsSendDetails: POST lowerCamel body with the Shanghai sendDate; entries mapped', async () => {
    server.setHandler((_req, res) =>
      reply(
        res,
        200,
        ok({
          account: 'a',
          subAccount: '7384ed01',
          total: 1,
          sendDetailsResults: [
            {
              status: 3,
              errorCode: '0',
              errorMessage: '发送成功',
              phoneNumber: '138****0000',
              signature: 'VolcOps',
              templateID: 'ST_0004',
              channelType: 'CN_NTC',
              messageId: 'm-1',
              msgCount: 1,
              sendTime: 1713976260000, // 2024-04-25 00:31 in Shanghai, inside the window asked for
              receiptTime: 1713976267599,
            },
          ],
        }),
      ),
    );
    const c = client();
    // 2024-04-24T16:30:00Z is already 2024-04-25 in Shanghai.
    const from = Date.parse('2024-04-24T16:30:00Z') / 1000;
    const response = await c.listSendLogs({
      subAccount: '7384ed01',
      mobile: '+86 138 0000 0000',
      fromTime: from,
      toTime: from + 3600,
    });
    await c.close();
    expect(server.hits[0]?.method).toBe('POST');
    expect(query()).toEqual({ Action: 'GetSmsSendDetails', Version: '2021-01-11' });
    expect(server.hits[0]?.json).toEqual({
      subAccount: '7384ed01',
      phoneNumber: '13800000000',
      sendDate: '20240425',
      pageIndex: 1,
      pageSize: 100,
    });
    expect(response.result.List[0]).toMatchObject({
      MessageId: 'm-1',
      SubAccount: '7384ed01',
      TemplateId: 'ST_0004',
      Mobile: '138****0000',
      Status: 3,
      ErrorCode: '0',
      SendTime: 1713976260000,
      Count: 1,
    });
  });

  it('GetTotalSendCountStatV5: GET with a JSON body (times as strings), content-type signed', async () => {
    server.setHandler((_req, res) =>
      reply(
        res,
        200,
        ok({
          totalAllSendCount: 10,
          totalSendSuccessCount: 9,
          totalSendSuccessRate: 0.9,
          dataPoints: [{ date: '2026-11-25', allSendCount: 10 }],
        }),
      ),
    );
    const c = createSmsClient({
      auth: { kind: 'aksk', accessKeyId: 'AKLTclassic', secretAccessKey: 'classic-secret' },
      endpoint: server.url,
      api: 'classic',
    });
    const response = await c.getSendStats({
      startTime: 1773113285,
      endTime: 1773213285,
      subAccount: '7384ed01',
    });
    await c.close();
    expect(server.hits[0]?.method).toBe('GET');
    expect(query()).toEqual({ Action: 'GetTotalSendCountStatV5', Version: '2021-01-11' });
    expect(server.hits[0]?.json).toEqual({
      startTime: '1773113285',
      endTime: '1773213285',
      smsAccount: '7384ed01',
    });
    expect(signed()).toEqual(['content-type', 'host', 'x-content-sha256', 'x-date']);
    expect(response.result).toMatchObject({
      TotalSendCount: 10,
      TotalAllSendCount: 10,
      TotalSendSuccessCount: 9,
      TotalSendSuccessRate: 0.9,
    });
    expect(response.result.DataPoints?.[0]).toMatchObject({ Date: '2026-11-25', AllSendCount: 10 });
  });

  it('refuses filters the classic API cannot express, naming the field, before sending', async () => {
    const c = client();
    const errors = await Promise.all([
      c.listTemplates({ signatures: ['火山引擎'] }).catch((e: unknown) => e),
      c.listSignatures({ subAccounts: ['a', 'b'] }).catch((e: unknown) => e),
      c.listSendLogs({}).catch((e: unknown) => e),
      c.listSendLogs({ subAccount: 'a', templateId: 'ST_1' }).catch((e: unknown) => e),
      c
        .listSendLogs({ subAccount: 'a', fromTime: 1_700_000_000, toTime: 1_700_000_000 + 40 * 86400 })
        .catch((e: unknown) => e),
    ]);
    await c.close();
    expect(errors.map((e) => (e as SmsInputError).issues?.[0]?.field)).toEqual([
      'signatures',
      'sub-accounts',
      'sub-account',
      'template-id',
      'from-time',
    ]);
    for (const e of errors) expect(e).toBeInstanceOf(SmsInputError);
    expect(server.hits).toHaveLength(0);
  });
});

describe('sendBatchSms', () => {
  const messages = Array.from({ length: 250 }, (_, i) => ({
    mobile: String(13800000000 + i),
    templateParam: { code: String(1000 + i) },
  }));

  it('classic: SendBatchSms 2021-01-01 in chunks of 200 with per-number TemplateParam strings', async () => {
    server.setHandler((req, res) => {
      const sent = (req.json as { Messages: Array<{ PhoneNumber: string }> }).Messages;
      if (sent.length === 50) return reply(res, 200, apiError('RE:0010', 'in arrears', 'REQ-B2'));
      reply(res, 200, ok({ MessageID: sent.map((m) => `id-${m.PhoneNumber}`) }, 'REQ-B1'));
    });
    const c = client();
    const outcome = await c.sendBatchSms({
      subAccount: '7384ed01',
      signature: '火山引擎',
      templateId: 'ST_0001',
      messages,
      tag: 't',
    });
    await c.close();
    expect(server.hits.map((h) => h.url.search)).toEqual([
      '?Action=SendBatchSms&Version=2021-01-01',
      '?Action=SendBatchSms&Version=2021-01-01',
    ]);
    const first = server.hits.find((h) => (h.json as { Messages: unknown[] }).Messages.length === 200)
      ?.json as {
      Messages: Array<{ PhoneNumber: string; TemplateParam: string }>;
      Tag: string;
    };
    expect(first.Messages[0]).toEqual({ PhoneNumber: '13800000000', TemplateParam: '{"code":"1000"}' });
    expect(first.Tag).toBe('t');
    expect(outcome.recipients.map((r) => r.mobile)).toEqual(messages.map((m) => m.mobile));
    expect(outcome.recipients[0]).toMatchObject({ status: 'sent', messageId: 'id-13800000000' });
    expect(outcome.recipients[249]).toMatchObject({ status: 'failed', requestId: 'REQ-B2' });
    expect([outcome.sentCount, outcome.failedCount]).toEqual([200, 50]);
  });

  it('agent: no batch action, so numbers sharing parameters go together via SendSmsForAgent, input order kept', async () => {
    server.setHandler((req, res) => {
      const mobiles = String((req.json as { Mobiles: string }).Mobiles).split(',');
      reply(res, 200, ok({ MessageIds: mobiles.map((m) => `id-${m}`) }));
    });
    const c = createSmsClient({
      auth: { kind: 'aksk', accessKeyId: 'AKLTa', secretAccessKey: 'sk-agent' },
      endpoint: server.url,
    });
    const outcome = await c.sendBatchSms({
      subAccount: '7384ed01',
      signature: 'VolcOps',
      templateId: 'ST_0004',
      messages: [
        { mobile: '13800000001', templateParam: { version: '1.0' } },
        { mobile: '13800000002', templateParam: '{"version":"2.0"}' },
        { mobile: '13800000003', templateParam: { version: '1.0' } },
      ],
    });
    await c.close();
    const bodies = server.hits.map((h) => h.json as { Mobiles: string; TemplateParam: string });
    expect(bodies.map((b) => [b.Mobiles, b.TemplateParam]).sort()).toEqual([
      ['13800000001,13800000003', '{"version":"1.0"}'],
      ['13800000002', '{"version":"2.0"}'],
    ]);
    expect(outcome.recipients.map((r) => [r.mobile, r.messageId])).toEqual([
      ['13800000001', 'id-13800000001'],
      ['13800000002', 'id-13800000002'],
      ['13800000003', 'id-13800000003'],
    ]);
  });

  it('refuses a Tag on the agent API instead of dropping it', async () => {
    const c = createSmsClient({
      auth: { kind: 'aksk', accessKeyId: 'AKLTa', secretAccessKey: 'sk-agent' },
      endpoint: server.url,
    });
    const err = await c
      .sendSms({ subAccount: 'a', signature: 'b', templateId: 'c', mobiles: ['13800000000'], tag: 'x' })
      .catch((e: unknown) => e);
    await c.close();
    expect((err as SmsInputError).issues[0]?.field).toBe('tag');
    expect(server.hits).toHaveLength(0);
  });

  it('rejects a repeated number or a bad parameter, naming the position, before sending', async () => {
    const c = client();
    const err = (await c
      .sendBatchSms({
        subAccount: '7384ed01',
        signature: '火山引擎',
        templateId: 'ST_0001',
        messages: [
          { mobile: '13800000000', templateParam: { code: '1' } },
          { mobile: '+86 138 0000 0000', templateParam: { code: '2' } },
          { mobile: '13900000000', templateParam: '{"code":3}' },
        ],
      })
      .catch((e: unknown) => e)) as SmsInputError;
    await c.close();
    expect(err).toBeInstanceOf(SmsInputError);
    expect(err.issues).toEqual([
      { field: 'mobiles', message: '#2 138****0000 repeats #1; give each number once' },
      {
        field: 'template-param',
        message: expect.stringContaining('#3: value of "code" is a number; quote it'),
      },
    ]);
    expect(server.hits).toHaveLength(0);
  });
});
