import { describe, expect, it } from 'vitest';
import type { SmsClient } from '../../../src/core/types.ts';
import type { Sandbox } from '../../../src/sandbox/index.ts';
import { useSandboxClient } from '../../helpers/use-sandbox.ts';

// The agent-v2 reads over HTTP against the sandbox's seed: what the client keeps of each answer, and a
// read's retry through an injected fault.
let sandbox: Sandbox;
let client: SmsClient;
useSandboxClient((started) => ({ sandbox, client } = started));

describe('agent-v2 reads against the sandbox', () => {
  it('GetSubAccountDetail: the four allowlisted keys and the industries', async () => {
    const { result } = await client.getSubAccountDetail({ subAccount: '7384ed01' });
    expect(result).toEqual({
      subAccountId: '7384ed01',
      subAccountName: 'Ops alerts',
      status: 1,
      channelTypeToIndustryConfig: [
        {
          channelType: 'CN_OTP',
          channelTypeCn: expect.any(String),
          industry: 'internet',
          industryCn: '互联网',
        },
        {
          channelType: 'CN_NTC',
          channelTypeCn: expect.any(String),
          industry: 'internet',
          industryCn: '互联网',
        },
      ],
    });
  });

  it('GetSignatureIdentificationList by id', async () => {
    const { result } = await client.getSignatureIdentificationList({ id: 11 });
    expect(result.total).toBe(1);
    expect(result.list[0]).toMatchObject({
      id: 11,
      purpose: 1,
      materialName: '北京火山引擎科技有限公司',
      auditStatus: 3,
    });
  });

  it('ListSecondTemplate of one signature and template', async () => {
    const { result } = await client.listSecondTemplate({ signatures: '火山引擎', templateId: 'ST_0001' });
    expect(result.list).toHaveLength(1);
    expect(result.list[0]).toMatchObject({
      templateId: 'ST_0001',
      content: '【火山引擎】您的验证码是${code}，5分钟内有效。',
      templateParams: [{ name: 'code' }],
      channelType: 'CN_OTP',
    });
  });

  it('a read retries through a 503 and a dropped connection', async () => {
    sandbox.admin.addFault({ action: 'GetSubAccountDetail', kind: 'status', status: 503, count: 1 });
    sandbox.admin.addFault({ action: 'GetSubAccountDetail', kind: 'drop-before', count: 1 });
    const response = await client.getSubAccountDetail({ subAccount: '7384ed01' });
    expect(response.attempts).toBe(3);
    expect(response.result.status).toBe(1);
  });
});
