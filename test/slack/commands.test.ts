import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { TEST_ACCESS, messageText, pendingIdOf, startHarness, type Harness } from './harness.ts';

describe('/sms read commands, permissions and limits (real HTTP)', () => {
  let h: Harness;
  beforeAll(async () => {
    h = await startHarness();
    h.slack.userGroups.SONCALL = ['UGROUPMEMBER'];
  });
  afterAll(async () => {
    await h.close();
  });

  const ask = async (text: string, who: { userId?: string; channelId?: string } = { userId: 'UADMIN' }) => {
    const cmd = await h.command({ text, ...who });
    expect(cmd.status).toBe(200);
    return messageText(await h.response(cmd.responseId));
  };

  it('help lists every subcommand', async () => {
    const help = await ask('help', { userId: 'UNOBODY' });
    for (const word of ['send', 'stats', 'log', 'templates', 'signatures', 'groups', 'schedule', 'audit']) {
      expect(help).toContain(`/sms ${word}`);
    }
    expect(help).toContain('You have no role in this app yet');
  });

  it('templates, signatures and groups list the account', async () => {
    const templates = await ask('templates', { userId: 'UREADER' });
    expect(templates).toContain('ST_0001');
    expect(templates).toContain('您的验证码是${code}，5分钟内有效。');
    const signatures = await ask('signatures', { userId: 'UREADER' });
    expect(signatures).toContain('VolcOps');
    expect(signatures).toContain('approved');
    const groups = await ask('groups', { userId: 'UREADER' });
    expect(groups).toContain('7384ed01');
    expect(groups).toContain('Ops alerts');
    expect(groups).not.toContain('5c0ffee0');
  });

  it('stats shows totals, rates and a chart; log finds a send by number and by message id', async () => {
    const cmd = await h.command({
      text: 'send 13800000301,13800000307 template=ST_0001 code=9999 signature=VolcOps',
    });
    const pendingId = pendingIdOf(await h.response(cmd.responseId));
    const click = await h.click({ actionId: 'sms_send_confirm', value: pendingId });
    const final = messageText(await h.response(click.responseId, 3));
    const messageId = /`([^`]+)`/.exec(final.split('138****0301')[1] ?? '')?.[1];
    expect(messageId).toBeTruthy();

    const stats = await ask('stats 24h', { userId: 'UREADER' });
    expect(stats).toContain('*Submitted* 2');
    expect(stats).toContain('*Delivered* 1 (50.0% of accepted)');
    expect(stats).toContain('█');
    const filtered = await ask('stats 7d template=ST_0003', { userId: 'UREADER' });
    expect(filtered).toContain('*Submitted* 0');
    expect(filtered).toContain('template=ST_0003');
    const quarter = await ask('stats 90d', { userId: 'UREADER' });
    expect(quarter).toMatch(/chart shows the last 31 of 9\d days/);
    expect(quarter.length).toBeLessThan(6_000);
    expect(await ask('stats 91d', { userId: 'UREADER' })).toContain('at most 90 days');
    const range = await ask('stats 2026-01-01 2026-01-02', { userId: 'UREADER' });
    expect(range).toContain('2026-01-01 00:00');

    const byNumber = await ask('log 13800000307', { userId: 'UREADER' });
    expect(byNumber).toContain('138****0307');
    expect(byNumber).toContain('NE:0105');
    expect(byNumber).not.toContain('13800000307');
    const byId = await ask(`log ${messageId}`, { userId: 'UREADER' });
    expect(byId).toContain(messageId);
    expect(byId).toContain('delivered');
  });

  it('answers bad input with the field and the usage, not a stack', async () => {
    expect(await ask('stats yesterday')).toMatch(/window.*is not a window/);
    expect(await ask('stats 2026-01-02 2026-01-01')).toMatch(/to.*must be after from/);
    expect(await ask('frobnicate')).toMatch(
      /"frobnicate\\?" is not a command|frobnicate.{0,2} is not a command/,
    );
    expect(await ask('log')).toContain('Usage: /sms log');
    expect(await ask('log 138****0000')).toContain('a masked number cannot be looked up');
    expect(await ask('schedule add daily 25:00 <#CREPORTS|reports>')).toMatch(/time.*HH:MM/);
    expect(await ask('schedule add cron "61 * * * *" <#CREPORTS|reports>')).toMatch(
      /cron.*not a valid cron expression/,
    );
    expect(await ask('schedule add daily 09:00')).toMatch(/channel.*#channel/);
  });

  it('a log lookup that is not number-shaped keeps the number out of the answer, the audit row and the log', async () => {
    for (const query of ['a13512345678', 'id-135-1234-5678']) {
      const logsBefore = h.logs.length;
      const answer = await ask(`log ${query}`, { userId: 'UREADER' });
      expect(answer).toContain('135****5678');
      const row = (await h.handle.store.recentAudit(1))[0];
      expect(row?.command).toBe('log');
      expect(row?.detail).toContain('135****5678');
      const written = [answer, JSON.stringify(row), ...h.logs.slice(logsBefore)].join('\n');
      expect(written).not.toMatch(/1\D?3\D?5\D?1\D?2\D?3\D?4\D?5\D?6\D?7\D?8/);
    }
  });

  it('schedule add, list and remove (admins add; readers list)', async () => {
    const added = await ask('schedule add daily 09:30 <#CREPORTS|reports> 7d group=7384ed01');
    const id = /Scheduled (sch_[0-9a-f]+)/.exec(added)?.[1];
    expect(id).toBeTruthy();
    expect(added).toContain('Asia/Shanghai');
    const cron = await ask('schedule add cron 0 8 * * 1-5 <#CREPORTS>');
    expect(cron).toContain('cron 0 8 * * 1-5');
    const list = await ask('schedule list', { userId: 'UREADER' });
    expect(list).toContain(id);
    expect(list).toContain('daily 09:30');
    expect(list).toContain('group=7384ed01');
    expect(await ask(`schedule add daily 10:00 <#CREPORTS>`, { userId: 'UREADER' })).toContain(
      'needs the admin role',
    );
    expect(await ask(`schedule remove ${id}`)).toContain(`Removed schedule ${id}`);
    expect(await ask(`schedule remove ${id}`)).toContain(`No schedule ${id}`);
    expect(await ask('schedule list', { userId: 'UREADER' })).not.toContain(id);
  });

  it('audit shows who did what, with numbers masked and template values left out (admins only)', async () => {
    const audit = await ask('audit 50');
    expect(audit).toMatch(
      /confirm snd_[0-9a-f]+ template=ST_0001 signature=VolcOps group=7384ed01` → sent 2, failed 0/,
    );
    expect(audit).toContain('138****0301');
    expect(audit).toContain('code=…');
    expect(audit).not.toContain('9999');
    expect(audit).not.toMatch(/1380000030\d/);
    expect(await ask('audit', { userId: 'USENDER' })).toContain('needs the admin role and you are a sender');
  });

  it('refuses a user with no role, and says how to get one', async () => {
    const refused = await ask('stats', { userId: 'UNOBODY' });
    expect(refused).toContain('needs the reader role and you have no role');
    expect(refused).toContain('UNOBODY');
    expect(await ask('send 13800000001 template=ST_0001 code=1', { userId: 'UREADER' })).toContain(
      'needs the sender role and you are a reader',
    );
  });

  it('grants roles through user groups (usergroups.users.list, cached)', async () => {
    const answer = await ask('send 13800000401 template=ST_0001 code=1 signature=VolcOps', {
      userId: 'UGROUPMEMBER',
      channelId: 'COPS',
    });
    expect(answer).toContain('sms_send_confirm');
    await ask('templates', { userId: 'UGROUPMEMBER' });
    // Many role checks in this file, one lookup: membership is cached.
    const lookups = h.slack.api('usergroups.users.list').filter((call) => call.body.usergroup === 'SONCALL');
    expect(lookups).toHaveLength(1);
  });

  it('refuses a send from a channel that is not allowed', async () => {
    const answer = await ask('send 13800000001 template=ST_0001 code=1', {
      userId: 'USENDER',
      channelId: 'CRANDOM',
    });
    expect(answer).toContain('Sends are not allowed from this channel (CRANDOM)');
    expect(answer).toContain('<#COPS>');
  });

  it('rejects requests whose Slack signature does not verify', async () => {
    const { form } = await import('./fake-slack.ts').then((m) =>
      m.slashCommandForm(h.slack, { text: 'help' }),
    );
    const { postSigned } = await import('./fake-slack.ts');
    const bad = await postSigned(h.appUrl, 'wrong-secret', form);
    expect(bad.status).toBe(401);
    const stale = await postSigned(h.appUrl, 'test-signing-secret', form, {
      timestamp: Math.floor(Date.now() / 1000) - 600,
    });
    expect(stale.status).toBe(401);
  });

  it('refuses a correctly signed request timestamped 10 minutes in the future, as an old one is', async () => {
    const { postSigned, slashCommandForm } = await import('./fake-slack.ts');
    const now = Math.floor(Date.now() / 1000);
    const ahead = slashCommandForm(h.slack, { text: 'help' });
    const future = await postSigned(h.appUrl, 'test-signing-secret', ahead.form, { timestamp: now + 600 });
    expect(future.status).toBe(401);
    expect(h.logs.join('\n')).toMatch(
      /refused a request to \/slack\/events timestamped more than 5 minutes in the future/,
    );
    // Within Slack's five minutes either way, a request is served.
    const skewed = slashCommandForm(h.slack, { text: 'help' });
    const nearly = await postSigned(h.appUrl, 'test-signing-secret', skewed.form, { timestamp: now + 120 });
    expect(nearly.status).toBe(200);
    expect(messageText(await h.response(skewed.responseId))).toContain('/sms send');
    expect(h.slack.responses(ahead.responseId)).toEqual([]);
  });

  it('answers GET /healthz', async () => {
    const res = await fetch(`${h.appUrl}/healthz`);
    expect(res.status).toBe(200);
    expect(await res.text()).toBe('ok');
  });
});

describe('hourly limits', () => {
  let h: Harness;
  let clock = Date.now();
  beforeAll(async () => {
    h = await startHarness({ app: { now: () => clock } });
  });
  afterAll(async () => {
    await h.close();
  });

  it('limits each user per command per hour, and frees the slot an hour later', async () => {
    expect(TEST_ACCESS.limits?.send).toBe(5);
    const send = async (i: number) => {
      const cmd = await h.command({
        text: `send 1380000050${i} template=ST_0001 code=1 signature=VolcOps`,
        userId: 'USENDER',
      });
      return messageText(await h.response(cmd.responseId));
    };
    for (let i = 0; i < 5; i += 1) expect(await send(i)).toContain('sms_send_confirm');
    const refused = await send(5);
    expect(refused).toContain(
      'You have used `/sms send` 5 times in the last hour, the limit. Try again in 60 minutes.',
    );
    expect(refused).not.toContain('sms_send_confirm');

    // Other commands and other users have their own budgets.
    const templates = await h.command({ text: 'templates', userId: 'USENDER' });
    expect(messageText(await h.response(templates.responseId))).toContain('ST_0001');
    const admin = await h.command({
      text: 'send 13800000599 template=ST_0001 code=1 signature=VolcOps',
      userId: 'UADMIN',
    });
    expect(messageText(await h.response(admin.responseId))).toContain('sms_send_confirm');

    clock += 60 * 60_000 + 1_000;
    expect(await send(6)).toContain('sms_send_confirm');
  });
});

describe('/sms without a permissions file', () => {
  let h: Harness;
  beforeAll(async () => {
    h = await startHarness({ access: null });
  });
  afterAll(async () => {
    await h.close();
  });

  it('starts, answers help, and refuses everything else saying how to configure it', async () => {
    const help = await h.command({ text: '', userId: 'UANY' });
    expect(messageText(await h.response(help.responseId))).toContain('/sms send');
    const stats = await h.command({ text: 'stats', userId: 'UANY' });
    const answer = messageText(await h.response(stats.responseId));
    expect(answer).toContain('no permissions configured');
    expect(answer).toContain('SMS_SLACK_CONFIG');
  });
});

describe('a slow SMS API', () => {
  let h: Harness;
  beforeAll(async () => {
    h = await startHarness();
  });
  afterAll(async () => {
    await h.close();
  });

  it('still gets every command acknowledged within 3 s (sandbox latency fault 5 s)', async () => {
    h.sandbox.admin.addFault({ action: '*', kind: 'latency', latencyMs: 5_000 });
    const started = Date.now();
    const [stats, send] = await Promise.all([
      h.command({ text: 'stats 24h', userId: 'UREADER' }),
      h.command({ text: 'send oncall template=ST_0001 code=1 signature=VolcOps', userId: 'USENDER' }),
    ]);
    expect(stats.status).toBe(200);
    expect(send.status).toBe(200);
    expect(stats.elapsedMs).toBeLessThan(3_000);
    expect(send.elapsedMs).toBeLessThan(3_000);
    // The answers follow later through the response URL.
    expect(messageText(await h.response(stats.responseId, 1, 15_000))).toContain('SMS stats');
    expect(Date.now() - started).toBeGreaterThanOrEqual(5_000);
    h.sandbox.admin.clearFaults();
  }, 30_000);
});
