import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { messageText, pendingIdOf, startHarness, type Harness } from './harness.ts';

describe('/sms send over real HTTP (fake Slack + sandbox)', () => {
  let h: Harness;
  beforeAll(async () => {
    h = await startHarness();
  });
  afterAll(async () => {
    await h.close();
  });

  it('confirms with masked numbers, sends once, shows per-recipient results, then receipts', async () => {
    // 13800000007 fails delivery (NE:0105) in the default seed; the oncall group adds two more numbers.
    const cmd = await h.command({
      text: 'send oncall,13800000007 template=ST_0002 service=api message="disk full"',
    });
    expect(cmd.status).toBe(200);
    const confirmation = await h.response(cmd.responseId);
    const text = messageText(confirmation);
    expect(text).toContain('Send SMS to 3 recipients?');
    expect(text).toContain('138****0001');
    expect(text).toContain('138****0007');
    expect(text).toContain('【VolcOps】服务api告警：disk full');
    // Signature and message group were inferred: ST_0002 has exactly one of each.
    expect(text).toContain('7384ed01');
    expect(text).not.toContain('13800000001');
    expect(confirmation.response_type).toBe('ephemeral');

    const pendingId = pendingIdOf(confirmation);
    expect(h.sandbox.admin.messages()).toHaveLength(0);

    const click = await h.click({ actionId: 'sms_send_confirm', value: pendingId });
    expect(click.status).toBe(200);
    const sending = await h.response(click.responseId, 1);
    expect(sending.replace_original).toBe(true);
    const results = await h.response(click.responseId, 2);
    expect(messageText(results)).toContain('3 sent');
    expect(messageText(results)).toContain('awaiting delivery receipt');
    const final = await h.response(click.responseId, 3);
    const finalText = messageText(final);
    expect(finalText).toContain('138****0001: delivered');
    expect(finalText).toContain('138****0007: sent, delivery failed NE:0105');
    expect(finalText).not.toMatch(/1380000000\d/);
    expect(h.sandbox.admin.messages()).toHaveLength(3);
  });
});
