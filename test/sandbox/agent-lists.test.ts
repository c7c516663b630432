import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { codeOf } from './helpers/sandbox-http.ts';
import { startClockedSandbox, type ClockedSandbox } from './helpers/clocked-sandbox.ts';

describe('agent list actions over the default seed', () => {
  let s: ClockedSandbox;
  beforeAll(async () => {
    s = await startClockedSandbox(Date.UTC(2026, 10, 20, 2, 0, 0));
  });
  afterAll(() => s.sandbox.close());

  const ids = (result: { List: Array<Record<string, string>> }, key: string) =>
    result.List.map((item) => item[key]);

  it.each(['ListSubAccountForAgent', 'GetSubAccountListForAgent'])(
    '%s lists approved groups only',
    async (action) => {
      const response = await s.call(action, {});
      expect(response.json?.Result.Total).toBe(2);
      expect(ids(response.json?.Result, 'SubAccount')).toEqual(['7384ed01', '77da1acf']);
      expect(response.json?.Result.List[0]).toMatchObject({
        SubAccountName: 'Ops alerts',
        ChannelTypes: ['CN_OTP', 'CN_NTC'],
      });
    },
  );

  it('filters groups by name, case-insensitively and fuzzily', async () => {
    const response = await s.call('ListSubAccountForAgent', { SubAccountName: 'market' });
    expect(ids(response.json?.Result, 'SubAccount')).toEqual(['77da1acf']);
  });

  it.each(['ListSignatureForAgent', 'ListSignaturesForAgent'])(
    '%s lists signatures in every review status, with it',
    async (action) => {
      const response = await s.call(action, { Page: 1, PageSize: 20 });
      expect(response.json?.Result.Total).toBe(4);
      expect(ids(response.json?.Result, 'Signature')).toEqual([
        '火山引擎',
        'VolcOps',
        '待审核签名',
        'RejectedSign',
      ]);
      expect(response.json?.Result.List.map((item: { Status: number }) => item.Status)).toEqual([3, 3, 1, 2]);
      expect(response.json?.Result.List[0]).toMatchObject({
        Status: 3,
        StatusDescription: 'Approved',
        SubAccounts: ['7384ed01', '77da1acf'],
        IdentificationId: 11,
        Purpose: 1,
        Usable: true,
      });
      expect(response.json?.Result.List[2]).toMatchObject({ StatusDescription: 'Reviewing', Usable: false });
    },
  );

  it('filters signatures by group and text, and pages them', async () => {
    const byGroup = await s.call('ListSignatureForAgent', {
      Page: 1,
      PageSize: 20,
      SubAccounts: ['77da1acf'],
    });
    expect(ids(byGroup.json?.Result, 'Signature')).toEqual(['火山引擎']);
    const byText = await s.call('ListSignatureForAgent', { Page: 1, PageSize: 20, Signature: 'volc' });
    expect(ids(byText.json?.Result, 'Signature')).toEqual(['VolcOps']);
    const page2 = await s.call('ListSignatureForAgent', { Page: 2, PageSize: 1 });
    expect(page2.json?.Result.Total).toBe(4);
    expect(ids(page2.json?.Result, 'Signature')).toEqual(['VolcOps']);
    const beyond = await s.call('ListSignatureForAgent', { Page: 5, PageSize: 1 });
    expect(beyond.json?.Result).toEqual({ Total: 4, List: [] });
  });

  it('reads the parameters from the query of a POST without a body (typed and comma lists, as Go sends them)', async () => {
    const response = await s.call('ListSignatureForAgent', undefined, {
      query: { Page: '1', PageSize: '1', SubAccounts: '77da1acf' },
    });
    expect(codeOf(response)).toBe('OK');
    expect(ids(response.json?.Result, 'Signature')).toEqual(['火山引擎']);
  });

  it('answers ZJ10200 naming the field for paging out of range', async () => {
    const response = await s.call('ListSignatureForAgent', { Page: 0, PageSize: 500 });
    expect(codeOf(response)).toBe('ZJ10200');
    expect(response.json?.ResponseMetadata.Error?.Message).toMatch(/Page:.*PageSize:/);
  });

  it.each(['ListSmsTemplateForAgent', 'ListBatchTemplatesForAgent'])(
    '%s lists templates in every review status with their variables',
    async (action) => {
      const response = await s.call(action, { Page: 1, PageSize: 20 });
      expect(ids(response.json?.Result, 'TemplateId')).toEqual([
        'ST_0001',
        'ST_0002',
        'ST_0003',
        'ST_0004',
        'ST_0009',
      ]);
      expect(response.json?.Result.List[4]).toMatchObject({ Status: 1, StatusDescription: 'Reviewing' });
      expect(response.json?.Result.List[1]).toMatchObject({
        Content: '服务${service}告警：${message}',
        ChannelType: 'CN_NTC',
        Signatures: ['VolcOps'],
        SubAccounts: ['7384ed01'],
        TemplateParams: [{ Name: 'service' }, { Name: 'message' }],
      });
    },
  );

  it('filters templates by signature, group and id', async () => {
    const bySignature = await s.call('ListSmsTemplateForAgent', {
      Page: 1,
      PageSize: 20,
      Signatures: ['VolcOps'],
    });
    expect(ids(bySignature.json?.Result, 'TemplateId')).toEqual(['ST_0001', 'ST_0002', 'ST_0004']);
    const byGroup = await s.call('ListSmsTemplateForAgent', {
      Page: 1,
      PageSize: 20,
      SubAccounts: ['77da1acf'],
    });
    expect(ids(byGroup.json?.Result, 'TemplateId')).toEqual(['ST_0003']);
    const byId = await s.call('ListSmsTemplateForAgent', { Page: 1, PageSize: 20, TemplateId: 'ST_0009' });
    expect(byId.json?.Result).toMatchObject({ Total: 1, List: [{ TemplateId: 'ST_0009', Status: 1 }] });
  });
});
