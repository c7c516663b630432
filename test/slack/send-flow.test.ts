import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { TEST_ACCESS, messageText, pendingIdOf, startHarness, type Harness } from './harness.ts';

describe('/sms send over real HTTP (fake Slack + sandbox)', () => {
  let h: Harness;
  beforeAll(async () => {
    // Generous send limit here (the hourly limit has its own test); a low confirmation threshold.
    h = await startHarness({
      access: { ...TEST_ACCESS, limits: { send: 1000, confirmAbove: 2, batchThreshold: 50 } },
    });
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
    // The core's planner chose direct requests, under the permissions file's batchThreshold.
    expect(text).toContain('*Engine* direct sends: 3 numbers, at most the batch threshold of 50');
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

  it('sends once when the same confirmation is delivered twice or clicked again', async () => {
    const before = h.sandbox.admin.messages().length;
    const cmd = await h.command({ text: 'send 13800000101 template=ST_0001 code=4321 signature=VolcOps' });
    const pendingId = pendingIdOf(await h.response(cmd.responseId));

    // Slack's retried delivery of one interaction, and a double click, arrive together.
    const [first, second] = await Promise.all([
      h.click({ actionId: 'sms_send_confirm', value: pendingId }),
      h.click({ actionId: 'sms_send_confirm', value: pendingId }),
    ]);
    expect([first.status, second.status]).toEqual([200, 200]);
    // Both deliveries have finished once one was refused and the other reported its result: any second
    // send would have happened before its own report, so the count below needs no grace period.
    await h.slack.waitFor(() => {
      const texts = [...h.slack.responses(first.responseId), ...h.slack.responses(second.responseId)].map(
        (call) => messageText(call.body),
      );
      const refused = texts.some((text) => text.includes('not sent again'));
      const reported = texts.some((text) => text.includes('1 sent'));
      return (refused && reported) || undefined;
    }, 'one delivery to be refused and the other to report its send');
    const third = await h.click({ actionId: 'sms_send_confirm', value: pendingId });
    expect(messageText(await h.response(third.responseId))).toMatch(
      /already (made|in progress); it is not sent again/,
    );

    expect(h.sandbox.admin.messages().length).toBeGreaterThan(before);
    // Counted over the sandbox's admin HTTP API, as an operator would.
    const res = await fetch(`${h.sandbox.url}/_sandbox/messages?mobile=13800000101`);
    const { messages } = (await res.json()) as { messages: unknown[] };
    expect(messages).toHaveLength(1);
  });

  it('never echoes a verification code: the confirmation and the result show it masked (§5.1)', async () => {
    const cmd = await h.command({ text: 'send 13800000109 template=ST_0001 code=864209 signature=VolcOps' });
    const confirmation = messageText(await h.response(cmd.responseId));
    expect(confirmation).toContain('【VolcOps】您的验证码是****，5分钟内有效。');
    expect(confirmation).not.toContain('864209');
    const pendingId = pendingIdOf(JSON.parse(confirmation) as Record<string, unknown>);
    expect((await h.handle.store.getPendingSend(pendingId))?.rendered).not.toContain('864209');

    const click = await h.click({ actionId: 'sms_send_confirm', value: pendingId });
    const shown = [1, 2, 3].map(async (n) => messageText(await h.response(click.responseId, n)));
    for (const text of await Promise.all(shown)) expect(text).not.toContain('864209');
    // The outcome was recorded before the results were shown: the store keeps neither number nor code.
    expect(await h.handle.store.getPendingSend(pendingId)).toMatchObject({
      state: 'sent',
      mobiles: [],
      params: {},
    });
    // Only the phone gets the code.
    const [received] = h.sandbox.admin.messages({ mobile: '13800000109' });
    expect(received?.text).toBe('【VolcOps】您的验证码是864209，5分钟内有效。');
    // A code-like variable is masked in any template; other values are shown as typed.
    const alert = await h.command({ text: 'send 13800000109 template=ST_0002 service=api message=disk' });
    expect(messageText(await h.response(alert.responseId))).toContain('服务api告警：disk');
  });

  it('cancel sends nothing and a later Send is refused', async () => {
    const cmd = await h.command({ text: 'send 13800000102 template=ST_0001 code=1111 signature=VolcOps' });
    const pendingId = pendingIdOf(await h.response(cmd.responseId));
    const cancel = await h.click({ actionId: 'sms_send_cancel', value: pendingId });
    expect(messageText(await h.response(cancel.responseId))).toContain('Nothing was sent');
    const send = await h.click({ actionId: 'sms_send_confirm', value: pendingId });
    expect(messageText(await h.response(send.responseId))).toContain('was cancelled');
    expect(h.sandbox.admin.messages({ mobile: '13800000102' })).toHaveLength(0);
  });

  it("refuses to let another user confirm someone else's send", async () => {
    const cmd = await h.command({ text: 'send 13800000103 template=ST_0001 code=2222 signature=VolcOps' });
    const pendingId = pendingIdOf(await h.response(cmd.responseId));
    const click = await h.click({ actionId: 'sms_send_confirm', value: pendingId, userId: 'UADMIN' });
    expect(messageText(await h.response(click.responseId))).toContain(
      'who prepared this send, can confirm it',
    );
    expect(h.sandbox.admin.messages({ mobile: '13800000103' })).toHaveLength(0);
  });

  it('ignores a retried slash-command delivery of a send (X-Slack-Retry-Num)', async () => {
    const retried = await h.command(
      { text: 'send 13800000104 template=ST_0001 code=3333 signature=VolcOps' },
      { retryNum: 1 },
    );
    expect(retried.status).toBe(200);
    await h.slack.waitFor(
      () => h.logs.some((line) => line.includes('ignored Slack retry #1 of /sms send')) || undefined,
      'the retry to be logged as ignored',
    );
    expect(h.slack.responses(retried.responseId)).toHaveLength(0);
    // Reads are idempotent: a retried delivery is answered (the first may never have arrived).
    const read = await h.command({ text: 'templates' }, { retryNum: 1 });
    expect(messageText(await h.response(read.responseId))).toContain('ST_0001');
  });

  it('asks once more (confirm dialog) above the threshold only', async () => {
    const many = Array.from({ length: 11 }, (_, i) => `1380000${String(200 + i).padStart(4, '0')}`).join(',');
    const big = await h.command({ text: `send ${many} template=ST_0001 code=5555 signature=VolcOps` });
    const bigMessage = await h.response(big.responseId);
    expect(messageText(bigMessage)).toContain('"confirm":{');
    expect(messageText(bigMessage)).toContain('Send to 11');
    // The permissions file sets confirmAbove: 2 for this file (default 10), so three recipients already ask.
    const three = await h.command({
      text: 'send 13800000105,13800000108,13800000110 template=ST_0001 code=5555 signature=VolcOps',
    });
    expect(messageText(await h.response(three.responseId))).toContain('"confirm":{');
    const small = await h.command({ text: 'send 13800000105 template=ST_0001 code=5555 signature=VolcOps' });
    expect(messageText(await h.response(small.responseId))).not.toContain('"confirm":{');
  });

  it('explains what is wrong with a send, naming the field, and sends nothing', async () => {
    const cases: [string, RegExp][] = [
      ['send 12345 template=ST_0001 code=1', /recipients.*is not a phone number/],
      [
        'send nobody template=ST_0001 code=1',
        /nobody.{0,2} is neither a phone number nor a recipient group \(groups: oncall, release-managers\)/,
      ],
      ['send 13800000106 template=ST_0001', /params.*ST_0001 needs code=/],
      ['send 13800000106 template=ST_0001 code=1 colour=red', /ST_0001 has no variable colour/],
      [
        'send 13800000106 template=ST_0004 version=1',
        /can be sent with VolcOps or 火山引擎; choose one with signature=/,
      ],
      ['send 13800000106 template=ST_0009 x=1', /ST_0009 is under review and cannot be sent yet/],
      ['send 13800000106 template=ST_0001 code=1 signature=RejectedSign', /RejectedSign is rejected/],
      [
        'send 13800000106 template=ST_0001 code=1 signature=VolcOps group=77da1acf',
        /ST_0001 does not belong to message group 77da1acf/,
      ],
      ['send 13800000106 template=ST_4040 code=1', /ST_4040 is not an approved template/],
      ['send template=ST_0001 code=1', /recipients.*name at least one number/],
    ];
    for (const [text, expected] of cases) {
      const cmd = await h.command({ text });
      const answer = messageText(await h.response(cmd.responseId));
      expect(answer, text).toMatch(expected);
      expect(answer, text).not.toContain('sms_send_confirm');
    }
    expect(h.sandbox.admin.messages({ mobile: '13800000106' })).toHaveLength(0);
  });

  it('shows failed and missing receipts once polling ends', async () => {
    const cmd = await h.command({
      text: 'send 13800000119,13800000116 template=ST_0001 code=1 signature=VolcOps',
    });
    const click = await h.click({
      actionId: 'sms_send_confirm',
      value: pendingIdOf(await h.response(cmd.responseId)),
    });
    const final = messageText(await h.response(click.responseId, 3, 15_000));
    expect(final).toContain('138****0119: sent, delivery failed CR:0202');
    expect(final).toContain('138****0116: sent, no delivery receipt yet');
    expect(final).toContain('1 without receipt');
  });

  it('reports an unknown outcome (connection dropped after the send) per recipient, with a hint to check the log, and does not retry', async () => {
    h.sandbox.admin.addFault({ action: 'SendSmsForAgent', kind: 'drop-after', count: 1 });
    try {
      const cmd = await h.command({ text: 'send 13800000120 template=ST_0001 code=1 signature=VolcOps' });
      const click = await h.click({
        actionId: 'sms_send_confirm',
        value: pendingIdOf(await h.response(cmd.responseId)),
      });
      const result = messageText(await h.response(click.responseId, 2));
      expect(result).toContain('138****0120: outcome unknown');
      expect(result).toContain('check `/sms log <full number>` before sending again');
      // The sandbox recorded the message before dropping the connection; exactly one, no retry.
      expect(h.sandbox.admin.messages({ mobile: '13800000120' })).toHaveLength(1);
    } finally {
      h.sandbox.admin.clearFaults();
    }
  });

  it('reports RE:0500 answered after the send went out as outcome unknown, not as not sent', async () => {
    h.sandbox.admin.addFault('SendSmsForAgent=error-after:RE:0500x1');
    try {
      const cmd = await h.command({ text: 'send 13800000122 template=ST_0001 code=1 signature=VolcOps' });
      const click = await h.click({
        actionId: 'sms_send_confirm',
        value: pendingIdOf(await h.response(cmd.responseId)),
      });
      const result = messageText(await h.response(click.responseId, 2));
      expect(result).toContain('138****0122: outcome unknown');
      expect(result).not.toContain('not sent');
      expect(result).toContain('check `/sms log <full number>` before sending again');
      expect(h.sandbox.admin.messages({ mobile: '13800000122' })).toHaveLength(1);
    } finally {
      h.sandbox.admin.clearFaults();
    }
  });

  it("shows the API's refusal (account in arrears) with its code and hint", async () => {
    h.sandbox.admin.setAccount({ inArrears: true });
    try {
      const cmd = await h.command({ text: 'send 13800000121 template=ST_0001 code=1 signature=VolcOps' });
      const click = await h.click({
        actionId: 'sms_send_confirm',
        value: pendingIdOf(await h.response(cmd.responseId)),
      });
      const result = messageText(await h.response(click.responseId, 2));
      expect(result).toContain('138****0121: not sent');
      expect(result).toMatch(/RE:0010|arrears/i);
      expect(result).toContain('request id');
      expect(result).toContain('1 not sent');
    } finally {
      h.sandbox.admin.setAccount({ inArrears: false });
    }
  });

  it('never wrote a full phone number to the log in any of the above', () => {
    expect(h.logs.length).toBeGreaterThan(0);
    expect(h.logs.join('\n')).not.toMatch(/(?<!\d)1[3-9]\d{9}(?!\d)/);
  });
});

describe('a send cut short by a stopped app', () => {
  let h: Harness;
  let dir: string;
  beforeAll(async () => {
    dir = mkdtempSync(join(tmpdir(), 'volc-sms-slack-'));
    h = await startHarness({ app: { dbPath: join(dir, 'app.db') } });
  });
  afterAll(async () => {
    await h.close();
    rmSync(dir, { recursive: true, force: true });
  });

  it('is announced once in its channel with masked numbers, audited, never resent, and its numbers erased', async () => {
    const cmd = await h.command({
      text: 'send 13800000131,13800000132 template=ST_0001 code=9 signature=VolcOps',
    });
    const pendingId = pendingIdOf(await h.response(cmd.responseId));
    // What a process that died mid-send leaves behind: claimed 20 minutes ago, still "sending".
    expect(
      (
        await h.handle.store.claimPendingSend(pendingId, {
          now: Date.now() - 20 * 60_000,
          owner: 'gone',
          leaseMs: 30_000,
        })
      ).claimed,
    ).toBe(true);

    await h.restartApp({ dbPath: join(dir, 'app.db') });
    const announcement = await h.slack.waitFor(
      () =>
        h.slack.calls.find(
          (call) => call.method === 'chat.postMessage' && messageText(call.body).includes('interrupted'),
        ),
      'the interrupted send to be announced',
    );
    const text = messageText(announcement.body);
    expect(announcement.body.channel).toBe('COPS');
    expect(text).toContain('<@USENDER>');
    expect(text).toContain('138****0131, 138****0132');
    expect(text).toContain('/sms log');
    expect(text).not.toMatch(/1380000013\d/);

    const stored = await h.handle.store.getPendingSend(pendingId);
    expect(stored?.state).toBe('interrupted');
    expect(stored?.mobiles).toEqual([]);
    expect(stored?.params).toEqual({});
    expect(
      (await h.handle.store.recentAudit(5)).find((entry) => entry.command === 'send-interrupted')?.outcome,
    ).toBe('outcome unknown: the app stopped while sending');

    const click = await h.click({ actionId: 'sms_send_confirm', value: pendingId });
    expect(messageText(await h.response(click.responseId))).toContain('was interrupted');
    expect(h.sandbox.admin.messages()).toEqual([]);

    // A second restart finds nothing left to announce.
    await h.restartApp({ dbPath: join(dir, 'app.db') });
    await h.command({ text: 'help' });
    const announcements = h.slack.calls.filter(
      (call) => call.method === 'chat.postMessage' && messageText(call.body).includes('interrupted'),
    );
    expect(announcements).toHaveLength(1);
    expect(h.logs.join('\n')).not.toMatch(/(?<!\d)1[3-9]\d{9}(?!\d)/);
  });

  it('a send claimed moments ago is left alone: it may still be running in another process', async () => {
    const cmd = await h.command({ text: 'send 13800000133 template=ST_0001 code=9 signature=VolcOps' });
    const pendingId = pendingIdOf(await h.response(cmd.responseId));
    expect(
      (await h.handle.store.claimPendingSend(pendingId, { now: Date.now(), owner: 'alive', leaseMs: 30_000 }))
        .claimed,
    ).toBe(true);
    await h.restartApp({ dbPath: join(dir, 'app.db') });
    await h.command({ text: 'help' });
    expect((await h.handle.store.getPendingSend(pendingId))?.state).toBe('sending');
  });
});
