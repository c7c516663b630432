import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { codeOf, rawRequest } from './helpers/sandbox-http.ts';
import { startClockedSandbox, type ClockedSandbox } from './helpers/clocked-sandbox.ts';

describe('admin API: changing the world at run time', () => {
  let s: ClockedSandbox;
  beforeAll(async () => {
    s = await startClockedSandbox(Date.UTC(2026, 10, 20, 2, 0, 0));
  });
  beforeEach(() => s.sandbox.admin.reset());
  afterAll(() => s.sandbox.close());

  const admin = async (method: string, path: string, body?: unknown) => {
    const response = await rawRequest(s.sandbox.url, {
      method,
      path,
      body: body === undefined ? undefined : JSON.stringify(body),
    });
    return { status: response.status, body: JSON.parse(response.text) as Record<string, unknown> };
  };
  const send = (overrides: Record<string, string> = {}) =>
    s.call('SendSmsForAgent', {
      SubAccount: 'g_new',
      Signature: 'NewSign',
      TemplateId: 'ST_NEW',
      Mobiles: '13800000000',
      TemplateParam: '{"n":"1"}',
      ...overrides,
    });

  it('adds a group, a signature and a template over HTTP, which can then be used to send', async () => {
    expect(codeOf(await send())).toBe('RE:0003');
    const group = await admin('POST', '/_sandbox/sub-accounts', {
      id: 'g_new',
      name: 'Added at run time',
      channelTypes: ['CN_NTC'],
    });
    expect(group.body).toMatchObject({
      id: 'g_new',
      status: 'approved',
      industries: [{ channelType: 'CN_NTC', industry: 'general', industryCn: '通用' }],
    });
    await admin('POST', '/_sandbox/signatures', { text: 'NewSign', subAccounts: ['g_new'] });
    await admin('POST', '/_sandbox/templates', {
      id: 'ST_NEW',
      channelType: 'CN_NTC',
      content: '新模板${n}',
      signatures: ['NewSign'],
      subAccounts: ['g_new'],
    });
    expect(codeOf(await send())).toBe('OK');
    const world = await admin('GET', '/_sandbox/world');
    expect((world.body.templates as Array<{ id: string }>).map((t) => t.id)).toContain('ST_NEW');
    const listed = await s.call('ListSecondTemplate', undefined, {
      method: 'GET',
      query: { signatures: 'NewSign' },
    });
    expect(listed.json?.Result.list).toEqual([
      expect.objectContaining({ templateId: 'ST_NEW', content: '【NewSign】新模板${n}' }),
    ]);
  });

  it('removes a signature (URL-encoded text): the next send fails, and a second removal is 404', async () => {
    const params = {
      SubAccount: '7384ed01',
      Signature: '火山引擎',
      TemplateId: 'ST_0001',
      TemplateParam: '{"code":"1"}',
    };
    expect(codeOf(await send(params))).toBe('OK');
    const removed = await admin('DELETE', `/_sandbox/signatures/${encodeURIComponent('火山引擎')}`);
    expect(removed).toEqual({ status: 200, body: { removed: true } });
    expect(codeOf(await send(params))).toBe('RE:0004');
    expect((await admin('DELETE', `/_sandbox/signatures/${encodeURIComponent('火山引擎')}`)).status).toBe(
      404,
    );
  });

  it('replaces a template in place: a changed content shows at once, and reset() brings the seed back', async () => {
    await admin('POST', '/_sandbox/templates', {
      id: 'ST_0004',
      name: 'Deploy done',
      channelType: 'CN_NTC',
      content: '部署完成：${version}，耗时${minutes}分钟',
      signatures: ['VolcOps'],
      subAccounts: ['7384ed01'],
    });
    const listed = await s.call('ListSmsTemplateForAgent', { TemplateId: 'ST_0004' });
    expect(listed.json?.Result.List[0].TemplateParams).toEqual([{ Name: 'version' }, { Name: 'minutes' }]);
    const ids = (await s.call('ListSmsTemplateForAgent', {})).json?.Result.List.map(
      (t: { TemplateId: string }) => t.TemplateId,
    );
    expect(ids.indexOf('ST_0004')).toBe(3);
    s.sandbox.admin.reset();
    const back = await s.call('ListSmsTemplateForAgent', { TemplateId: 'ST_0004' });
    expect(back.json?.Result.List[0].TemplateParams).toEqual([{ Name: 'version' }]);
  });

  it('adds and removes qualifications and groups', async () => {
    await admin('POST', '/_sandbox/qualifications', { id: 99, materialName: 'New Co', auditStatus: 5 });
    const listed = await s.call('GetSignatureIdentificationList', { id: 99, pageIndex: 1, pageSize: 10 });
    expect(listed.json?.Result.list).toEqual([expect.objectContaining({ id: 99, usable: true, purpose: 1 })]);
    expect((await admin('DELETE', '/_sandbox/qualifications/99')).status).toBe(200);
    expect((await admin('DELETE', '/_sandbox/sub-accounts/77da1acf')).status).toBe(200);
    const detail = await s.call('GetSubAccountDetail', undefined, {
      method: 'GET',
      query: { subAccount: '77da1acf' },
    });
    expect(codeOf(detail)).toBe('1009');
  });

  it('refuses a bad item with 400 naming the field, and unknown references', async () => {
    const bad = await admin('POST', '/_sandbox/templates', {
      id: 'ST_X',
      channelType: 'CN_XXX',
      content: 'x',
    });
    expect(bad.status).toBe(400);
    expect(bad.body.error).toMatch(/channelType/);
    const dangling = await admin('POST', '/_sandbox/signatures', { text: 'Orphan', subAccounts: ['nope'] });
    expect(dangling.status).toBe(400);
    expect(dangling.body.error).toMatch(/unknown message group "nope"/);
    expect((await admin('POST', '/_sandbox/nothing', {})).status).toBe(404);
  });
});
