import { describe, expect, it } from 'vitest';
import {
  SmsApiError,
  SmsOutcomeUnknownError,
  SmsResponseValidationError,
} from '../../../src/core/errors/errors.ts';
import type { SmsClient } from '../../../src/core/types.ts';
import { apiError, ok, reply, useLoopbackClient, type LoopbackServer } from '../helpers/loopback-server.ts';
import { signatureBody, taskBody, templateBody } from './helpers/bodies.ts';

// How each lowerCamel action's answer is read (agent-v2 reference §1.3, §2.7, §5.2), from a real HTTP
// server: allowlists, casings, paging containers, the CSV answer, and what is retried.
let server: LoopbackServer;
let client: SmsClient;
const { sleeps, answer } = useLoopbackClient('results', (started) => ({ server, client } = started));
const ref = { subAccount: '7a1b2c3d', taskId: '90001' };

describe('agent-v2 results keep only their allowlisted keys', () => {
  it('GetSubAccountDetail drops the classic fields, at every depth', async () => {
    answer({
      subAccountId: '7a1b2c3d',
      subAccountName: 'shop',
      status: 1,
      desc: 'dropped',
      createdTime: 1,
      enabledChannelType: ['CN_NTC'],
      channelTypeToIndustryConfig: [
        { channelType: 'CN_NTC', channelTypeCn: '通知', industry: 'general', industryCn: '通用', price: 1 },
      ],
    });
    const { result, requestId } = await client.getSubAccountDetail({ subAccount: '7a1b2c3d' });
    expect(requestId).toBe('REQ-OK');
    expect(result).toEqual({
      subAccountId: '7a1b2c3d',
      subAccountName: 'shop',
      status: 1,
      channelTypeToIndustryConfig: [
        { channelType: 'CN_NTC', channelTypeCn: '通知', industry: 'general', industryCn: '通用' },
      ],
    });
  });

  it('a qualification never carries ID-card numbers or material URLs; paging comes out as total/list', async () => {
    answer({
      Total: 1,
      Items: [
        {
          id: 11,
          purpose: 1,
          materialName: 'Acme Ltd',
          auditStatus: 3,
          usable: true,
          isOrder: false,
          identityCardNumber: '110101199001011234',
          materialUrl: 'https://b.volces.com/m.png',
        },
      ],
    });
    const { result } = await client.getSignatureIdentificationList({ id: 11 });
    expect(result).toEqual({
      total: 1,
      list: [{ id: 11, purpose: 1, materialName: 'Acme Ltd', auditStatus: 3, usable: true, isOrder: false }],
    });
  });

  it('ListSecondTemplate takes either casing and gives lowerCamel', async () => {
    answer({
      total: 2,
      list: [
        {
          TemplateId: 'ST_1',
          SecondTemplateId: 'SST_01',
          Name: 'ship',
          Content: '【Acme】Order ${order} shipped',
          TemplateParams: [{ ParamName: 'order', Type: 'x' }],
          ChannelType: 'CN_NTC',
          SubAccounts: ['7a1b2c3d'],
          Signatures: ['Acme'],
          Status: 3,
          Secret: 'dropped',
        },
        { templateId: 'ST_2', content: 'fixed', templateParams: [], createdAt: 1785000000 },
      ],
    });
    const { result } = await client.listSecondTemplate({ signatures: 'Acme' });
    expect(result.list).toEqual([
      {
        templateId: 'ST_1',
        secondTemplateId: 'SST_01',
        name: 'ship',
        content: '【Acme】Order ${order} shipped',
        templateParams: [{ name: 'order' }],
        channelType: 'CN_NTC',
        subAccounts: ['7a1b2c3d'],
        signatures: ['Acme'],
        status: 3,
      },
      { templateId: 'ST_2', content: 'fixed', templateParams: [], createdAt: 1785000000 },
    ]);
  });

  it('another casing of a lowerCamel action is dropped like any unknown key', async () => {
    answer({ TaskId: '90001', Status: 2, taskName: 'aug promo' });
    const { result } = await client.getBatchTaskDetail(ref);
    expect(result).toEqual({ taskName: 'aug promo' });
  });

  it('SetBatchTask turns a numeric taskId into text', async () => {
    answer({ taskId: 90001, dupCount: 0, totalCount: 2, validCount: 2 });
    const { result } = await client.setBatchTask({
      subAccount: '7a1b2c3d',
      name: 'aug promo',
      signature: 'Acme',
      templateId: 'ST_1',
      templateName: 'ship',
      channelType: 'CN_MKT',
      scheduled: true,
      sendTime: 1785906000,
      fileUrl: 'sms/batch/3f2a.csv',
    });
    expect(result).toEqual({ taskId: '90001', dupCount: 0, totalCount: 2 });
  });

  it('ConsentBatchTask and DeleteBatchTask keep nothing', async () => {
    answer({ taskId: '90001', status: 3 });
    expect((await client.consentBatchTask(ref)).result).toEqual({});
    expect((await client.deleteBatchTask(ref)).result).toEqual({});
  });

  it('GetUploadTosURL without a url is an invalid answer', async () => {
    answer({ file: 'sms/batch/3f2a.csv' });
    await expect(client.getUploadTosURL()).rejects.toBeInstanceOf(SmsOutcomeUnknownError);
  });
});

describe('TemplateUploadDemo: a CSV file is a success (reference §2.7)', () => {
  const csv = (body: string | Buffer, headers: Record<string, string>) =>
    server.setHandler((_req, res) => {
      res.writeHead(200, headers);
      res.end(body);
    });
  const demo = () => client.templateUploadDemo({ subAccount: '7a1b2c3d', templateId: 'ST_1' });

  it('reads name, text, type and size; the request id from X-Tt-Logid', async () => {
    csv('phone,order\r\n', {
      'Content-Type': 'text/csv',
      'Content-Disposition': 'attachment; filename="demo.csv"',
      'X-Tt-Logid': 'LOG-1',
    });
    const { result, requestId } = await demo();
    expect(result).toEqual({
      fileName: 'demo.csv',
      value: 'phone,order\r\n',
      contentType: 'text/csv',
      size: 13,
    });
    expect(requestId).toBe('LOG-1');
  });

  it('takes filename* (RFC 5987) over filename, keeps only the base name, allows a BOM', async () => {
    csv('\uFEFFphone,order\n', {
      'Content-Type': 'application/octet-stream',
      'Content-Disposition': `attachment; filename="x.csv"; filename*=UTF-8''..%2F%E6%A8%A1%E6%9D%BF.csv`,
      'X-Request-Id': 'RID-2',
    });
    const { result, requestId } = await demo();
    expect(result).toEqual({
      fileName: '模板.csv',
      value: 'phone,order\n',
      contentType: 'application/octet-stream',
      size: 15,
    });
    expect(requestId).toBe('RID-2');
  });

  it('defaults the file name', async () => {
    csv('phone\n', { 'Content-Type': 'text/csv; charset=utf-8' });
    expect((await demo()).result.fileName).toBe('TemplateUploadDemo.csv');
  });

  it.each([
    ['a first cell other than phone', 'mobile,order\n', 'text/csv'],
    ['another media type', 'phone,order\n', 'text/html'],
    ['bytes that are not UTF-8', Buffer.from([0x70, 0x68, 0x6f, 0x6e, 0x65, 0x2c, 0xff, 0x0a]), 'text/csv'],
  ])('refuses %s', async (_what, body, type) => {
    csv(body, { 'Content-Type': type });
    await expect(demo()).rejects.toBeInstanceOf(SmsResponseValidationError);
  });

  it('a JSON success is filtered to the same four keys', async () => {
    answer({ fileName: 'demo.csv', value: 'phone\n', contentType: 'text/csv', size: 6, url: 'dropped' });
    expect((await demo()).result).toEqual({
      fileName: 'demo.csv',
      value: 'phone\n',
      contentType: 'text/csv',
      size: 6,
    });
  });
});

describe('agent-v2 retries: 1015/1999 are transient for reads only (reference §5.2)', () => {
  it.each(['1015', '1999'])('a read retries %s', async (code) => {
    server.setHandler((_req, res, hit) =>
      hit === 1
        ? reply(res, 200, apiError(code, 'busy'))
        : reply(res, 200, ok({ taskId: '90001', status: 2 })),
    );
    const response = await client.getBatchTaskDetail(ref);
    expect(response.attempts).toBe(2);
    expect(response.result).toEqual({ taskId: '90001', status: 2 });
  });

  it.each(['1015', '1999'])(
    'a write that gets %s is not sent again, and its outcome is unknown',
    async (code) => {
      // Neither code proves the write was not processed (the error table's provesNotProcessed).
      server.setHandler((_req, res) => reply(res, 200, apiError(code, 'busy')));
      const error = (await client.consentBatchTask(ref).catch((e: unknown) => e)) as SmsOutcomeUnknownError;
      expect(error).toBeInstanceOf(SmsOutcomeUnknownError);
      expect(error.reconcile?.action).toBe('GetBatchTaskDetail');
      expect(server.hits).toHaveLength(1);
      expect(sleeps).toEqual([]);
    },
  );

  it('a write refused with a code that proves it was not processed is a plain rejection', async () => {
    server.setHandler((_req, res) => reply(res, 200, apiError('1001', 'bad parameter')));
    const error = (await client.consentBatchTask(ref).catch((e: unknown) => e)) as SmsApiError;
    expect(error).toBeInstanceOf(SmsApiError);
    expect(error.apiCode).toBe('1001');
    expect(server.hits).toHaveLength(1);
  });
});

describe('agent-v2 writes: a lost answer is outcome unknown, with the read that settles it', () => {
  const signature = { ...signatureBody, source: 1 as const, appIcp: undefined };
  const template = templateBody;
  const task = taskBody;
  const WRITES: Array<[string, () => Promise<unknown>, string | undefined]> = [
    ['ApplySmsSignatureV2', () => client.applySmsSignatureV2(signature), 'ListSignatureForAgent'],
    ['ApplySmsTemplateV2', () => client.applySmsTemplateV2(template), 'ListSmsTemplateForAgent'],
    ['GetUploadTosURL', () => client.getUploadTosURL(), undefined],
    ['SetBatchTask', () => client.setBatchTask(task), undefined],
    ['ConsentBatchTask', () => client.consentBatchTask(ref), 'GetBatchTaskDetail'],
    ['DeleteBatchTask', () => client.deleteBatchTask(ref), 'GetBatchTaskDetail'],
  ];

  it.each(WRITES)('%s: the connection drops after the request', async (action, write, read) => {
    server.setHandler((_req, res) => {
      res.socket?.destroy();
    });
    const error = (await write().catch((e: unknown) => e)) as SmsOutcomeUnknownError;
    expect(error).toBeInstanceOf(SmsOutcomeUnknownError);
    expect(error.message).toMatch(new RegExp(`^${action} outcome unknown`));
    expect(error.reconcile?.action).toBe(read);
    expect(error.hint).toMatch(read ? new RegExp(`Read ${read} `) : /do not repeat it blindly/);
    expect(server.hits).toHaveLength(1);
    expect(sleeps).toEqual([]);
  });

  it('the consent read names the task', async () => {
    server.setHandler((_req, res) => reply(res, 503, { message: 'unavailable' }));
    const error = (await client.consentBatchTask(ref).catch((e: unknown) => e)) as SmsOutcomeUnknownError;
    expect(error).toBeInstanceOf(SmsOutcomeUnknownError);
    expect(error.reconcile).toEqual({
      action: 'GetBatchTaskDetail',
      params: { subAccount: '7a1b2c3d', taskId: '90001' },
      settledWhen: 'status is 3 to 6: the task started',
    });
    expect(server.hits).toHaveLength(1);
  });
});
