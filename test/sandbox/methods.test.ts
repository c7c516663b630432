import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { codeOf } from './helpers/sandbox-http.ts';
import { startClockedSandbox, type ClockedSandbox } from './helpers/clocked-sandbox.ts';

// The one method of each agent action at 2026-01-01 (reference-v2 §1.2).
const METHODS: Record<string, 'GET' | 'POST'> = {
  ListSubAccountForAgent: 'POST',
  GetSubAccountDetail: 'GET',
  GetSignatureIdentificationList: 'POST',
  ListSignatureForAgent: 'POST',
  ListSmsTemplateForAgent: 'POST',
  ListSecondTemplate: 'GET',
  ApplySmsSignatureV2: 'POST',
  ApplySmsTemplateV2: 'POST',
  GetUploadTosURL: 'GET',
  TemplateUploadDemo: 'POST',
  SetBatchTask: 'POST',
  GetBatchTaskDetail: 'GET',
  GetBatchTaskList: 'GET',
  ConsentBatchTask: 'POST',
  DeleteBatchTask: 'POST',
  SendSmsForAgent: 'POST',
  ListSmsSendLogForAgent: 'POST',
  ListTotalSendCountStatForAgent: 'POST',
};

describe('one HTTP method per agent action', () => {
  let s: ClockedSandbox;
  beforeAll(async () => {
    s = await startClockedSandbox(Date.UTC(2026, 10, 20, 2, 0, 0));
  });
  beforeEach(() => s.sandbox.admin.reset());
  afterAll(() => s.sandbox.close());

  it('a SendSmsForAgent sent as GET answers 405 MethodNotAllowed and sends nothing', async () => {
    const response = await s.call('SendSmsForAgent', undefined, {
      method: 'GET',
      query: {
        SubAccount: '7384ed01',
        Signature: 'VolcOps',
        TemplateId: 'ST_0004',
        Mobiles: '13800000000',
        TemplateParam: '{"version":"1"}',
      },
    });
    expect(response.status).toBe(405);
    expect(response.headers.allow).toBe('POST');
    expect(response.json?.ResponseMetadata.Error?.Code).toBe('MethodNotAllowed');
    expect(response.json?.ResponseMetadata.Error?.Message).toMatch(/must be called with POST/);
    expect(s.sandbox.admin.messages()).toEqual([]);
  });

  it.each(Object.entries(METHODS))('%s answers 405 to anything but %s', async (action, method) => {
    const wrong = method === 'GET' ? 'POST' : 'GET';
    const response = await s.call(action, wrong === 'POST' ? {} : undefined, { method: wrong });
    expect([response.status, codeOf(response)]).toEqual([405, 'MethodNotAllowed']);
  });

  it('is checked before faults and the rate limit: a 405 uses up no injected fault', async () => {
    s.sandbox.admin.addFault('SendSmsForAgent=500x1');
    expect((await s.call('SendSmsForAgent', undefined, { method: 'GET' })).status).toBe(405);
    expect(s.sandbox.admin.listFaults()).toHaveLength(1);
  });

  it('classic actions keep taking what the official SDKs send (GET, POST)', async () => {
    const get = await s.call('GetSubAccountList', undefined, { method: 'GET', version: '2021-01-11' });
    const post = await s.call('GetSubAccountList', {}, { version: '2021-01-11' });
    expect([codeOf(get), codeOf(post)]).toEqual(['OK', 'OK']);
  });
});
