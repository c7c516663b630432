import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { codeOf, rawRequest, TEMPLATE_APPLICATION } from './helpers/sandbox-http.ts';
import { startClockedSandbox, type ClockedSandbox } from './helpers/clocked-sandbox.ts';

const START = Date.UTC(2026, 10, 20, 2, 0, 0);

const SIGNATURE = {
  content: '【新签名】',
  purpose: 1,
  source: 1,
  signatureIdentificationID: 11,
  subAccounts: ['7384ed01', '7384ed01'],
  channelTypes: ['CN_NTC'],
  desc: 'our shop',
};

describe('applications: ApplySmsSignatureV2 / ApplySmsTemplateV2 and their review', () => {
  let s: ClockedSandbox;
  beforeAll(async () => {
    s = await startClockedSandbox(START);
  });
  beforeEach(() => s.sandbox.admin.reset());
  afterAll(() => s.sandbox.close());

  const review = async (path: string, body: unknown = {}) => {
    const response = await rawRequest(s.sandbox.url, { method: 'POST', path, body: JSON.stringify(body) });
    return { status: response.status, body: JSON.parse(response.text) as Record<string, unknown> };
  };
  const send = (signature: string, templateId: string, param: string) =>
    s.call('SendSmsForAgent', {
      SubAccount: '7384ed01',
      Signature: signature,
      TemplateId: templateId,
      Mobiles: '13800000000',
      TemplateParam: param,
    });
  const listedSignature = async (text: string) =>
    (await s.call('ListSignatureForAgent', { Signature: text, SubAccounts: ['7384ed01'] })).json?.Result
      .List[0];

  it('a signature application is listed under review, cannot send, and sends once approved', async () => {
    const applied = await s.call('ApplySmsSignatureV2', SIGNATURE);
    expect(codeOf(applied)).toBe('OK');
    expect(applied.json?.Result).toEqual({
      applyId: expect.stringMatching(/^A-[0-9a-f]{8}$/),
      status: 1,
      reason: '',
    });
    expect(await listedSignature('新签名')).toMatchObject({
      Signature: '新签名',
      Status: 1,
      SubAccounts: ['7384ed01'],
      ChannelTypes: ['CN_NTC'],
      IdentificationId: 11,
      Purpose: 1,
      Description: 'our shop',
      Usable: false,
    });
    await s.sandbox.admin.putTemplate({
      id: 'ST_NEW',
      channelType: 'CN_NTC',
      content: '到货${n}',
      signatures: ['新签名'],
      subAccounts: ['7384ed01'],
    });
    expect(codeOf(await send('新签名', 'ST_NEW', '{"n":"1"}'))).toBe('RE:0004');
    const applyId = applied.json?.Result.applyId as string;
    const approved = await review(`/_sandbox/applications/signatures/${applyId}/approve`, { opinion: 'ok' });
    expect(approved).toMatchObject({
      status: 200,
      body: { text: '新签名', status: 3, applyId, auditOpinion: 'ok' },
    });
    expect(codeOf(await send('新签名', 'ST_NEW', '{"n":"1"}'))).toBe('OK');
  });

  it('a rejected application shows its opinion, and may be applied for again (not while under review: 1003)', async () => {
    await s.call('ApplySmsSignatureV2', SIGNATURE);
    expect(codeOf(await s.call('ApplySmsSignatureV2', SIGNATURE))).toBe('1003');
    const rejected = await review(
      `/_sandbox/applications/signatures/${encodeURIComponent('新签名')}/reject`,
      {
        opinion: '签名与资质不符',
      },
    );
    expect(rejected.body).toMatchObject({ status: 2, auditOpinion: '签名与资质不符' });
    expect(await listedSignature('新签名')).toMatchObject({ Status: 2, Reason: '签名与资质不符' });
    const listed = await rawRequest(s.sandbox.url, { method: 'GET', path: '/_sandbox/applications' });
    expect(JSON.parse(listed.text).signatures).toEqual([
      expect.objectContaining({ text: '新签名', status: 2 }),
    ]);
    expect(codeOf(await s.call('ApplySmsSignatureV2', SIGNATURE))).toBe('OK');
    expect(await listedSignature('新签名')).toMatchObject({ Status: 1 });
  });

  it.each([
    ['a qualification under review', { signatureIdentificationID: 13 }, '1008'],
    ['an unknown qualification', { signatureIdentificationID: 99 }, '1008'],
    ['a purpose unlike the qualification', { purpose: 2 }, '1027'],
    ['appIcp with source 1', { appIcp: { appIcpFilling: '京ICP备0号' } }, '1029'],
    ['a trademark with source 2', { source: 2, trademark: { trademarkCn: '火山' } }, '1030'],
    ['an unknown message group', { subAccounts: ['nope'] }, '1009'],
    ['one character', { content: '【新】' }, '1001'],
    ['source as a string', { source: '1' }, '1001'],
    ['no channel types', { channelTypes: [] }, '1001'],
  ])('refuses a signature application with %s (%s)', async (_why, change, code) => {
    const response = await s.call('ApplySmsSignatureV2', { ...SIGNATURE, ...change });
    expect(codeOf(response)).toBe(code);
    expect(s.sandbox.admin.applications().signatures).toEqual([]);
  });

  it('a template application is listed by both template lists, and sends once approved', async () => {
    const applied = await s.call('ApplySmsTemplateV2', TEMPLATE_APPLICATION);
    expect(applied.json?.Result).toEqual({
      templateId: expect.stringMatching(/^ST_[0-9a-f]{8}$/),
      status: 1,
      statusDescription: 'Reviewing',
      auditOpinion: '',
    });
    const templateId = applied.json?.Result.templateId as string;
    const listed = await s.call('ListSmsTemplateForAgent', { TemplateId: templateId });
    expect(listed.json?.Result.List[0]).toMatchObject({ TemplateName: 'ship', Status: 1, Area: 'cn' });
    const second = await s.call('ListSecondTemplate', undefined, { method: 'GET', query: { templateId } });
    expect(second.json?.Result.list[0]).toMatchObject({
      content: '【VolcOps】订单${order}已发货',
      status: 1,
    });
    expect(codeOf(await send('VolcOps', templateId, '{"order":"A1"}'))).toBe('RE:0005');
    const approved = await review(`/_sandbox/applications/templates/${templateId}/approve`);
    expect(approved.body).toMatchObject({ id: templateId, status: 3 });
    expect(codeOf(await send('VolcOps', templateId, '{"order":"A1"}'))).toBe('OK');
    expect(s.sandbox.admin.messages()[0]?.text).toBe('【VolcOps】订单A1已发货');
  });

  it.each([
    ['a signature under review', { signatures: ['待审核签名'] }, '1028'],
    ['a signature not bound to the group', { subAccounts: ['77da1acf'], channelType: 'CN_MKT' }, '1028'],
    ['templateParams unlike the placeholders', { templateParams: [{ name: 'id' }] }, '1001'],
    [
      'a repeated placeholder',
      { content: '${order}与${order}', templateParams: [{ name: 'order' }] },
      '1001',
    ],
    [
      'an OTP template with only a link',
      { channelType: 'CN_OTP', content: '点${url}', templateParams: [{ name: 'url' }] },
      '1001',
    ],
    ['shortUrlConfig on a notification', { shortUrlConfig: { isEnabled: '1' } }, '1001'],
    ['area overseas', { area: 'overseas' }, '1001'],
    ['an unknown group', { subAccounts: ['nope'] }, '1009'],
  ])('refuses a template application with %s (%s)', async (_why, change, code) => {
    expect(codeOf(await s.call('ApplySmsTemplateV2', { ...TEMPLATE_APPLICATION, ...change }))).toBe(code);
    expect(s.sandbox.admin.applications().templates).toEqual([]);
  });

  it('an answer lost after the application was made (drop-after) leaves it to be found in the list', async () => {
    s.sandbox.admin.addFault('ApplySmsTemplateV2=drop-after');
    await expect(s.call('ApplySmsTemplateV2', TEMPLATE_APPLICATION)).rejects.toThrow();
    const listed = await s.call('ListSmsTemplateForAgent', {
      Signatures: ['VolcOps'],
      SubAccounts: ['7384ed01'],
    });
    expect(
      listed.json?.Result.List.filter((t: { TemplateName: string }) => t.TemplateName === 'ship'),
    ).toHaveLength(1);
  });

  it('an unknown application is 400 naming it', async () => {
    const response = await review('/_sandbox/applications/templates/ST_0001/approve');
    expect(response.status).toBe(400);
    expect(response.body.error).toMatch(/No template application "ST_0001"/);
  });
});

describe('--auto-review', () => {
  let s: ClockedSandbox;
  beforeAll(async () => {
    s = await startClockedSandbox(START, { autoReviewSeconds: 60 });
  });
  afterAll(() => s.sandbox.close());

  it('approves an application once its time has come on the sandbox clock', async () => {
    const applied = await s.call('ApplySmsTemplateV2', TEMPLATE_APPLICATION);
    const templateId = applied.json?.Result.templateId as string;
    const status = async () =>
      (await s.call('ListSmsTemplateForAgent', { TemplateId: templateId })).json?.Result.List[0].Status;
    expect(s.sandbox.admin.applications().templates[0]?.autoReviewAt).toBe(START + 60_000);
    s.sandbox.admin.advanceClock(59_000);
    expect(await status()).toBe(1);
    s.sandbox.admin.advanceClock(1_000);
    expect(await status()).toBe(3);
    expect(s.sandbox.admin.applications().templates[0]).toMatchObject({ status: 3, autoReviewAt: null });
  });
});
