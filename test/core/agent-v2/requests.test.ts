import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { createSmsClient } from '../../../src/core/client.ts';
import { SmsInputError } from '../../../src/core/errors/errors.ts';
import type { SmsClient } from '../../../src/core/types.ts';
import { ok, reply, startLoopbackServer, type LoopbackServer } from '../helpers/loopback-server.ts';
import { signatureBody, taskBody, taskRef, templateBody } from './helpers/bodies.ts';

// What each lowerCamel action puts on the wire (agent-v2 reference §1.1, §2), seen by a real HTTP server:
// GET with every param in the query and no body; POST with Action/Version alone in the query and a compact
// JSON body whose keys are sorted.
let server: LoopbackServer;
let client: SmsClient;
beforeAll(async () => {
  server = await startLoopbackServer((_req, res) =>
    reply(res, 200, ok({ file: 'k.csv', url: 'https://b.volces.com/k' })),
  );
  client = createSmsClient({
    auth: { kind: 'aksk', accessKeyId: 'AKLTrequests', secretAccessKey: 'requests-secret' },
    endpoint: server.url,
    sleep: async () => {},
  });
});
afterAll(async () => {
  await client.close();
  await server.close();
});
beforeEach(() => {
  server.hits.length = 0;
});

const ref = taskRef;

type Case = [string, (c: SmsClient) => Promise<unknown>, 'GET' | 'POST', string, string];
const CASES: Case[] = [
  [
    'GetSubAccountDetail',
    (c) => c.getSubAccountDetail({ subAccount: '7a1b2c3d' }),
    'GET',
    'subAccount=7a1b2c3d',
    '',
  ],
  [
    'GetSignatureIdentificationList',
    (c) => c.getSignatureIdentificationList({ id: 11, status: [3, 5] }),
    'POST',
    '',
    '{"id":11,"pageIndex":1,"pageSize":100,"status":[3,5]}',
  ],
  [
    'ListSecondTemplate',
    (c) => c.listSecondTemplate({ signatures: '火山 引擎', templateId: 'ST_8a1b2c3d' }),
    'GET',
    'signatures=%E7%81%AB%E5%B1%B1%20%E5%BC%95%E6%93%8E&templateId=ST_8a1b2c3d',
    '',
  ],
  // The worked example of §4.3: exactly the line its digest is computed over.
  [
    'ApplySmsSignatureV2',
    (c) => c.applySmsSignatureV2(signatureBody),
    'POST',
    '',
    '{"appIcp":{"appIcpFilling":"京ICP备00000000号"},"channelTypes":["CN_NTC","CN_MKT"],"content":"Acme","purpose":1,"signatureIdentificationID":11,"source":2,"subAccounts":["7a1b2c3d"]}',
  ],
  [
    'ApplySmsTemplateV2',
    (c) => c.applySmsTemplateV2(templateBody),
    'POST',
    '',
    '{"area":"cn","channelType":"CN_NTC","content":"Order ${order} shipped","name":"ship","signatures":["Acme"],"subAccounts":["7a1b2c3d"],"templateParams":[{"name":"order"}]}',
  ],
  ['GetUploadTosURL', (c) => c.getUploadTosURL(), 'GET', 'suffix=csv', ''],
  [
    'TemplateUploadDemo',
    (c) => c.templateUploadDemo({ subAccount: '7a1b2c3d', templateId: 'ST_8a1b2c3d', forceUpdate: false }),
    'POST',
    '',
    '{"subAccount":"7a1b2c3d","templateId":"ST_8a1b2c3d"}',
  ],
  [
    'SetBatchTask',
    (c) => c.setBatchTask(taskBody),
    'POST',
    '',
    '{"channelType":"CN_NTC","extra":{},"fileUrl":"sms/batch/3f2a.csv","name":"aug promo","scheduled":false,"sendTime":0,"signature":"Acme","subAccount":"7a1b2c3d","templateId":"ST_8a1b2c3d","templateName":"ship"}',
  ],
  ['GetBatchTaskDetail', (c) => c.getBatchTaskDetail(ref), 'GET', 'subAccount=7a1b2c3d&taskId=90001', ''],
  [
    'GetBatchTaskList',
    (c) => c.getBatchTaskList({ subAccount: '7a1b2c3d', pageSize: 20 }),
    'GET',
    'pageIndex=1&pageSize=20&subAccount=7a1b2c3d',
    '',
  ],
  [
    'ConsentBatchTask',
    (c) => c.consentBatchTask(ref),
    'POST',
    '',
    '{"subAccount":"7a1b2c3d","taskId":"90001"}',
  ],
  [
    'DeleteBatchTask',
    (c) => c.deleteBatchTask(ref),
    'POST',
    '',
    '{"subAccount":"7a1b2c3d","taskId":"90001"}',
  ],
];

describe('agent-v2 request building, over HTTP', () => {
  it.each(CASES)('%s', async (action, call, method, params, body) => {
    // Only the Result's shape differs; a failed parse still shows what was sent.
    await call(client).catch(() => undefined);
    expect(server.hits).toHaveLength(1);
    const hit = server.hits[0]!;
    expect(hit.method).toBe(method);
    const query = `Action=${action}&Version=2026-01-01${params ? `&${params}` : ''}`;
    expect(`${hit.url.pathname}${hit.url.search}`).toBe(`/?${query}`);
    expect(hit.body).toBe(body);
    if (method === 'GET') expect(hit.headers['content-type']).toBeUndefined();
    else expect(hit.headers['content-type']).toBe('application/json');
    expect(hit.headers['authorization']).toMatch(
      method === 'GET'
        ? /SignedHeaders=host;x-content-sha256;x-date,/
        : /SignedHeaders=content-type;host;x-content-sha256;x-date,/,
    );
  });
});

describe('agent-v2 request checks: refused before anything is sent', () => {
  const refused = async (call: Promise<unknown>, field: string, message: RegExp) => {
    const error = await call.then(
      () => undefined,
      (e: unknown) => e,
    );
    expect(error).toBeInstanceOf(SmsInputError);
    const issue = (error as SmsInputError).issues.find((i) => i.field === field);
    expect(issue?.message).toMatch(message);
    expect(server.hits).toHaveLength(0);
  };

  it('a signature still in its brackets, or of one character', async () => {
    await refused(
      client.applySmsSignatureV2({ ...signatureBody, content: '【Acme】' }),
      'content',
      /brackets/,
    );
    await refused(client.applySmsSignatureV2({ ...signatureBody, content: '火' }), 'content', /2 to 25/);
  });
  it('a field the action does not take (uploadFileList is never sent)', async () => {
    const body = { ...signatureBody, uploadFileList: [] } as unknown as typeof signatureBody;
    await refused(client.applySmsSignatureV2(body), 'input', /uploadFileList/);
  });
  it('appIcp without source 2, and a source given as a string', async () => {
    await refused(client.applySmsSignatureV2({ ...signatureBody, source: 1 }), 'app-icp', /source 2/);
    const text = { ...signatureBody, source: '2' } as unknown as typeof signatureBody;
    await refused(client.applySmsSignatureV2(text), 'source', /./);
  });
  it('template variables that do not match the content', async () => {
    await refused(
      client.applySmsTemplateV2({ ...templateBody, templateParams: [{ name: 'code' }] }),
      'template-params',
      /order/,
    );
  });
  it('a short-URL config on a notification template', async () => {
    await refused(
      client.applySmsTemplateV2({ ...templateBody, shortUrlConfig: { isEnabled: 'true' } }),
      'short-url-config',
      /CN_MKT/,
    );
  });
  it('a verification template in a batch task, the upload URL as fileUrl, a scheduled task without time', async () => {
    const otp = { ...taskBody, channelType: 'CN_OTP' } as unknown as typeof taskBody;
    await refused(client.setBatchTask(otp), 'channel-type', /CN_NTC/);
    await refused(
      client.setBatchTask({ ...taskBody, fileUrl: 'https://b.volces.com/k.csv?X-Tos-Signature=s' }),
      'file-url',
      /file key/,
    );
    await refused(client.setBatchTask({ ...taskBody, scheduled: true }), 'send-time', /Unix time/);
  });
  it('a page size over 100 and an empty task id', async () => {
    await refused(client.getBatchTaskList({ subAccount: '7a1b2c3d', pageSize: 500 }), 'page-size', /100/);
    await refused(client.consentBatchTask({ ...ref, taskId: '' }), 'task-id', /./);
  });
});
