import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { codeOf } from './helpers/sandbox-http.ts';
import { startClockedSandbox, type ClockedSandbox } from './helpers/clocked-sandbox.ts';

const START = Date.UTC(2026, 10, 20, 2, 0, 0);

describe('V2 reads: message-group detail, qualifications, second templates', () => {
  let s: ClockedSandbox;
  beforeAll(async () => {
    s = await startClockedSandbox(START);
  });
  beforeEach(() => s.sandbox.admin.reset());
  afterAll(() => s.sandbox.close());

  const get = (action: string, query: Record<string, string | string[]>) =>
    s.call(action, undefined, { method: 'GET', query });

  it('GetSubAccountDetail (GET, lowerCamel query) answers the group with its billing industries', async () => {
    const response = await get('GetSubAccountDetail', { subAccount: '7384ed01' });
    expect(codeOf(response)).toBe('OK');
    expect(response.json?.Result).toMatchObject({
      subAccountId: '7384ed01',
      subAccountName: 'Ops alerts',
      status: 1,
      channelTypeToIndustryConfig: [
        { channelType: 'CN_OTP', channelTypeCn: '验证码', industry: 'internet', industryCn: '互联网' },
        { channelType: 'CN_NTC', channelTypeCn: '通知', industry: 'internet', industryCn: '互联网' },
      ],
    });
  });

  it('GetSubAccountDetail shows a group under review with status 0, and an unknown one is 1009', async () => {
    const pending = await get('GetSubAccountDetail', { subAccount: '5c0ffee0' });
    expect(pending.json?.Result).toMatchObject({ status: 0 });
    const unknown = await get('GetSubAccountDetail', { subAccount: 'nope' });
    expect(codeOf(unknown)).toBe('1009');
    const missing = await get('GetSubAccountDetail', {});
    expect(codeOf(missing)).toBe('1001');
    expect(missing.json?.ResponseMetadata.Error?.Message).toMatch(/subAccount/);
  });

  it('GetSubAccountDetail at 2021-01-11 is still the classic one (no industries)', async () => {
    const classic = await s.call('GetSubAccountDetail', undefined, {
      method: 'GET',
      version: '2021-01-11',
      query: { subAccount: '7384ed01' },
    });
    expect(classic.json?.Result.channelTypeToIndustryConfig).toBeUndefined();
    expect(classic.json?.Result.enabledChannelType).toHaveLength(2);
  });

  it('GetSignatureIdentificationList (POST body) filters by id, material and status list, and pages', async () => {
    const one = await s.call('GetSignatureIdentificationList', { id: 11, pageIndex: 1, pageSize: 100 });
    expect(one.json?.Result).toEqual({
      total: 1,
      list: [
        {
          id: 11,
          purpose: 1,
          materialName: '北京火山引擎科技有限公司',
          businessCertificateName: '北京火山引擎科技有限公司',
          effectSignatures: ['火山引擎', 'VolcOps'],
          auditStatus: 3,
          auditOpinion: '',
          auditedAt: 1767225600,
          usable: true,
          isOrder: false,
        },
      ],
    });
    const approved = await s.call('GetSignatureIdentificationList', {
      status: [3, 5],
      pageIndex: 1,
      pageSize: 100,
    });
    expect(approved.json?.Result.list.map((q: { id: number }) => q.id)).toEqual([11, 12]);
    const rejected = await s.call('GetSignatureIdentificationList', {
      status: [2],
      pageIndex: 1,
      pageSize: 1,
    });
    expect(rejected.json?.Result.list[0]).toMatchObject({
      id: 14,
      usable: false,
      auditOpinion: expect.any(String),
    });
    const page2 = await s.call('GetSignatureIdentificationList', { pageIndex: 2, pageSize: 3 });
    expect(page2.json?.Result).toMatchObject({ total: 4, list: [{ id: 14 }] });
    const tooBig = await s.call('GetSignatureIdentificationList', { pageIndex: 1, pageSize: 101 });
    expect(codeOf(tooBig)).toBe('1001');
    expect(tooBig.json?.ResponseMetadata.Error?.Message).toMatch(/pageSize/);
  });

  it('ListSecondTemplate with only {signatures} lists every template of that signature, one item per pair', async () => {
    const response = await get('ListSecondTemplate', { signatures: 'VolcOps' });
    expect(response.json?.Result.total).toBe(3);
    const items = response.json?.Result.list as Array<Record<string, unknown>>;
    expect(items.map((item) => item.templateId)).toEqual(['ST_0001', 'ST_0002', 'ST_0004']);
    expect(items[1]).toMatchObject({
      name: 'Service alert',
      content: '【VolcOps】服务${service}告警：${message}',
      templateParams: [{ name: 'service' }, { name: 'message' }],
      channelType: 'CN_NTC',
      subAccounts: ['7384ed01'],
      signature: 'VolcOps',
      signatures: ['VolcOps'],
      status: 3,
      createdAt: START / 1000,
    });
    expect(items[1]?.secondTemplateId).toMatch(/^SST_0002_[0-9a-f]{6}$/);
  });

  it('ListSecondTemplate narrows by templateId and secondTemplateId; ids differ per signature and stay stable', async () => {
    const both = await get('ListSecondTemplate', { templateId: 'ST_0001' });
    const [first, second] = both.json?.Result.list as Array<{ signature: string; secondTemplateId: string }>;
    expect([first?.signature, second?.signature]).toEqual(['火山引擎', 'VolcOps']);
    expect(first?.secondTemplateId).not.toBe(second?.secondTemplateId);
    const again = await get('ListSecondTemplate', { templateId: 'ST_0001', signatures: 'VolcOps' });
    expect(again.json?.Result.list).toEqual([
      expect.objectContaining({ secondTemplateId: second?.secondTemplateId }),
    ]);
    const bySecond = await get('ListSecondTemplate', { secondTemplateId: first?.secondTemplateId ?? '' });
    expect(bySecond.json?.Result).toMatchObject({ total: 1, list: [{ signature: '火山引擎' }] });
    const fixed = await get('ListSecondTemplate', { templateId: 'nope' });
    expect(fixed.json?.Result).toEqual({ total: 0, list: [] });
  });

  it('faults apply to the V2 actions as to the old ones', async () => {
    s.sandbox.admin.addFault('GetSubAccountDetail=503x1');
    const faulted = await get('GetSubAccountDetail', { subAccount: '7384ed01' });
    expect([faulted.status, codeOf(faulted)]).toEqual([503, 'ServiceUnavailableTemp']);
    expect(codeOf(await get('GetSubAccountDetail', { subAccount: '7384ed01' }))).toBe('OK');
  });
});
