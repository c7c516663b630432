import { describe, expect, it } from 'vitest';
import { SmsApiError } from '../../src/core/errors/errors.ts';
import type { SmsClient } from '../../src/core/types.ts';
import type { Sandbox } from '../../src/sandbox/index.ts';
import { sendCode } from '../helpers/seed-requests.ts';
import { useSandboxClient } from '../helpers/use-sandbox.ts';

/** The classic dialect against the real sandbox: what a user with VOLC_SMS_API=classic gets. */
describe('classic dialect against the sandbox', () => {
  let sandbox: Sandbox;
  let client: SmsClient;
  useSandboxClient((started) => ({ sandbox, client } = started), { api: 'classic' });

  it('sends with SendSms and reads it back through the classic log and stats', async () => {
    // The window starts before the send: read after it, a second may have passed (the client keeps only
    // what falls inside the window asked for).
    const now = Math.floor(sandbox.admin.now() / 1000);
    const outcome = await sendCode(client, ['13800000000', '+86 139 0000 0007'], '5678');
    expect(outcome.sentCount).toBe(2);
    const messages = sandbox.admin.messages();
    expect(messages.map((m) => [m.messageId, m.api])).toEqual(
      outcome.recipients.map((r) => [r.messageId, 'classic']),
    );
    expect(messages[0]?.text).toBe('【火山引擎】您的验证码是5678，5分钟内有效。');

    const log = await client.listSendLogs({ subAccount: '7384ed01', fromTime: now });
    expect(log.result.List.map((e) => [e.Mobile, e.Status, e.TemplateId]).sort()).toEqual([
      ['138****0000', 3, 'ST_0001'],
      ['139****0007', 2, 'ST_0001'],
    ]);
    const stats = await client.getSendStats({
      startTime: now - 3600,
      endTime: now + 60,
      subAccount: '7384ed01',
    });
    expect(stats.result).toMatchObject({
      TotalAllSendCount: 2,
      TotalSendCount: 2,
      TotalReceiptFailureCount: 1,
    });
  });

  it('sends per-number parameters with SendBatchSms', async () => {
    const outcome = await client.sendBatchSms({
      subAccount: '7384ed01',
      signature: 'VolcOps',
      templateId: 'ST_0004',
      messages: [
        { mobile: '13800000001', templateParam: { version: '1.0' } },
        { mobile: '13800000002', templateParam: { version: '2.0' } },
      ],
    });
    expect(outcome.sentCount).toBe(2);
    expect(sandbox.admin.messages().map((m) => [m.mobile, m.text])).toEqual([
      ['13800000001', '【VolcOps】部署已完成，版本1.0。'],
      ['13800000002', '【VolcOps】部署已完成，版本2.0。'],
    ]);
  });

  it('lists groups, signatures and templates in the agent shapes', async () => {
    const groups = await client.listSubAccounts();
    expect(groups.result.List.map((g) => g.SubAccount).sort()).toEqual(['77da1acf', '7384ed01'].sort());
    const signatures = await client.listSignatures({ subAccounts: ['77da1acf'] });
    expect(signatures.result.List.map((s) => s.Signature)).toEqual(['火山引擎']);
    const templates = await client.listTemplates({ subAccounts: ['77da1acf'] });
    expect(templates.result.List.map((t) => t.TemplateId)).toEqual(['ST_0003']);
  });

  it('reports the send API error for an unbound signature', async () => {
    const outcome = await client.sendSms({
      subAccount: '77da1acf',
      signature: 'VolcOps',
      templateId: 'ST_0003',
      mobiles: ['13800000000'],
      templateParam: { name: '张三' },
    });
    const error = outcome.recipients[0]?.error as SmsApiError;
    expect(error.apiCode).toBe('RE:0004');
    expect(error.hint).toContain('volc-sms list_signature --sub-accounts 77da1acf');
    expect(sandbox.admin.messages()).toHaveLength(0);
  });
});
