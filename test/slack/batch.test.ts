import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DEFAULT_TUNING } from '../../src/slack/tuning.ts';
import { TEST_ACCESS, messageText, startHarness, type Harness } from './harness.ts';

/**
 * `/sms batch` over real HTTP: the app, the fake Slack (which shares the CSV files and serves them only
 * with the bot token) and the sandbox's batch engine.
 */

const FULL_NUMBER = /(?<!\d)1[3-9]\d{9}(?!\d)/;

/** A CSV for ST_0002 (`服务${service}告警：${message}`): `count` numbers from 1380050xxxx. */
function alertCsv(count: number, first = 0): string {
  const rows = Array.from(
    { length: count },
    (_, i) => `1380050${String(first + i).padStart(4, '0')},api,disk full`,
  );
  return `phone,service,message\n${rows.join('\n')}\n`;
}

function launchValueOf(message: Record<string, unknown>, actionId = 'sms_batch_launch'): string {
  const blocks = (message.blocks ?? []) as { elements?: { action_id?: string; value?: string }[] }[];
  for (const block of blocks) {
    for (const element of block.elements ?? []) {
      if (element.action_id === actionId && element.value !== undefined) return element.value;
    }
  }
  throw new Error(`no ${actionId} button in ${JSON.stringify(message).slice(0, 400)}`);
}

describe('/sms batch over real HTTP (fake Slack + sandbox batch engine)', () => {
  let h: Harness;
  const sandboxLog: string[] = [];
  const consents = () => sandboxLog.filter((line) => line.includes(' ConsentBatchTask ')).length;

  beforeAll(async () => {
    h = await startHarness({
      access: { ...TEST_ACCESS, limits: { send: 1000, batch: 1000 } },
      sandbox: { batchRate: 40, log: (line) => sandboxLog.push(line) },
      app: {
        tuning: {
          ...DEFAULT_TUNING,
          receiptPollMs: 100,
          receiptPollAttempts: 30,
          schedulerTickMs: 3_600_000,
          batchPollMs: 100,
          batchThreshold: 5,
        },
      },
    });
  });
  afterAll(async () => {
    await h.close();
  });

  /** Shares a CSV in COPS, runs `batch create`, and returns the channel summary and its Launch value. */
  async function create(csv: string, extra = '') {
    const fileId = h.slack.shareFile({ name: 'recipients.csv', content: csv, channelId: 'COPS' });
    const posts = h.slack.api('chat.postMessage').length;
    const cmd = await h.command({ text: `batch create template=ST_0002 file=${fileId} ${extra}`.trim() });
    const answer = messageText(await h.response(cmd.responseId, 1, 20_000));
    // The channel post with the Launch button (other tasks' threads may be posting meanwhile).
    const summary = h.slack
      .api('chat.postMessage')
      .slice(posts)
      .find((c) => c.body.thread_ts === undefined && launchValueOfSafe(c.body) !== undefined);
    return { cmd, answer, summary, fileId };
  }

  it('creates a task from a CSV shared in the channel: acknowledged at once, a masked summary with a Launch button, nothing sent', async () => {
    const { cmd, answer, summary } = await create(alertCsv(30));
    expect(cmd.status).toBe(200);
    expect(cmd.elapsedMs).toBeLessThan(3_000);
    expect(answer).toMatch(/Created batch task \d+ \(30 recipients\)/);
    expect(summary).toBeDefined();
    const text = messageText(summary?.body ?? {});
    expect(summary?.body.channel).toBe('COPS');
    expect(text).toContain('138****0000');
    expect(text).toContain('Launch to 30');
    expect(text).toContain('【VolcOps】服务${service}告警：${message}');
    expect(text).not.toMatch(FULL_NUMBER);
    // Downloaded with the bot token; the sandbox holds a task awaiting consent, and nothing was sent.
    expect(h.slack.api('files.download').at(-1)?.body.authorized).toBe(true);
    const [task] = h.sandbox.admin.batchTasks();
    expect(task?.status).toBe(2);
    expect(task?.totalCount).toBe(30);
    expect(h.sandbox.admin.messages()).toHaveLength(0);
    const audit = await h.handle.store.recentAudit(5);
    expect(audit.find((e) => e.command === 'batch-create')?.outcome).toMatch(
      /created task \d+ \(30 recipients/,
    );
  });

  it('refuses a Launch click by a user without the sender role, and launches nothing', async () => {
    const { summary } = await create(alertCsv(3, 100));
    const value = launchValueOf(summary?.body ?? {});
    const before = consents();
    const click = await h.click({ actionId: 'sms_batch_launch', value, userId: 'UREADER' });
    expect(click.status).toBe(200);
    expect(messageText(await h.response(click.responseId))).toContain('needs the sender role');
    expect(consents()).toBe(before);
    const taskId = h.sandbox.admin.batchTasks()[0]?.taskId ?? '';
    expect(h.sandbox.admin.batchTask(taskId)?.status).toBe(2);
    const audit = await h.handle.store.recentAudit(5);
    expect(audit.find((e) => e.command === 'batch-launch-click')?.outcome).toMatch(/^refused/);
  });

  it('launches once for a double click and a retried delivery, then posts progress in the thread until Done, then the receipts', async () => {
    const { summary } = await create(alertCsv(40, 200));
    const value = launchValueOf(summary?.body ?? {});
    const rootTs = summary?.ts;
    expect(rootTs).toBeDefined();
    const before = consents();
    // The same click delivered twice (Slack's retry) and a second click, all at once; another sender too.
    const clicks = await Promise.all([
      h.click({ actionId: 'sms_batch_launch', value }),
      h.click({ actionId: 'sms_batch_launch', value }),
      h.click({ actionId: 'sms_batch_launch', value, userId: 'UADMIN' }),
    ]);
    for (const click of clicks) expect(click.elapsedMs).toBeLessThan(3_000);
    const answers = await Promise.all(clicks.map(async (c) => messageText(await h.response(c.responseId))));
    expect(answers.filter((a) => a.includes('launched by <@')).length).toBe(1);
    expect(answers.filter((a) => /being launched already|launched already/.test(a)).length).toBe(2);

    const receipts = await h.slack.waitFor(
      () =>
        h.slack
          .api('chat.postMessage')
          .find(
            (c) => c.body.thread_ts === rootTs && messageText(c.body).includes('Receipts for batch task'),
          ),
      'the receipts in the thread',
      30_000,
    );
    expect(consents() - before).toBe(1);
    const thread = h.slack
      .api('chat.postMessage')
      .filter((c) => c.body.thread_ts === rootTs)
      .map((c) => messageText(c.body));
    expect(thread.some((t) => t.includes(': Done'))).toBe(true);
    expect(thread.indexOf(messageText(receipts.body))).toBe(thread.length - 1);
    expect(messageText(receipts.body)).toMatch(/40 submitted, 40 accepted/);
    expect(thread.join('\n')).not.toMatch(FULL_NUMBER);
    const taskId = h.sandbox.admin.batchTasks()[0]?.taskId ?? '';
    expect(h.sandbox.admin.batchTask(taskId)?.status).toBe(6);
    // A click after it all only says so.
    const late = await h.click({ actionId: 'sms_batch_launch', value });
    expect(messageText(await h.response(late.responseId))).toContain('launched already');
    expect(consents() - before).toBe(1);
  });

  it('launch ID from the slash command shows the Launch button (the click is the consent), status and list', async () => {
    await create(alertCsv(2, 300));
    const taskId = h.sandbox.admin.batchTasks()[0]?.taskId ?? '';
    const before = consents();
    const cmd = await h.command({ text: `batch launch ${taskId}` });
    const confirmation = await h.response(cmd.responseId);
    expect(messageText(confirmation)).toContain('Press Launch');
    expect(consents()).toBe(before);
    const status = await h.command({ text: `batch status ${taskId}`, userId: 'UREADER' });
    expect(messageText(await h.response(status.responseId))).toContain('Valid, awaiting launch');

    const click = await h.click({ actionId: 'sms_batch_launch', value: launchValueOf(confirmation) });
    expect(messageText(await h.response(click.responseId))).toContain('launched by <@USENDER>');
    expect(consents() - before).toBe(1);
    const again = await h.command({ text: `batch launch ${taskId}` });
    expect(messageText(await h.response(again.responseId))).toMatch(
      /only a task awaiting launch|already launch/,
    );

    const list = await h.command({ text: 'batch list', userId: 'UREADER' });
    expect(messageText(await h.response(list.responseId))).toContain(`\`${taskId}\``);
  });

  it('cancel asks for a click first; the click (by a sender, once) stops the task, and its Launch button no longer launches', async () => {
    const { summary } = await create(alertCsv(2, 400));
    const taskId = h.sandbox.admin.batchTasks()[0]?.taskId ?? '';
    const deletes = () => sandboxLog.filter((line) => line.includes(' DeleteBatchTask ')).length;
    const before = deletes();
    const cancel = await h.command({ text: `batch cancel ${taskId}` });
    const asked = await h.response(cancel.responseId);
    expect(messageText(asked)).toContain('Press Cancel');
    // Typing the command is not the decision: nothing was asked of the service.
    expect(deletes()).toBe(before);
    expect(h.sandbox.admin.batchTask(taskId)?.status).toBe(2);
    const value = launchValueOf(asked, 'sms_batch_cancel');

    const reader = await h.click({ actionId: 'sms_batch_cancel', value, userId: 'UREADER' });
    expect(messageText(await h.response(reader.responseId))).toContain('needs the sender role');
    expect(h.sandbox.admin.batchTask(taskId)?.status).toBe(2);

    // A double click and Slack's retried delivery of it, at once: one cancel.
    const clicks = await Promise.all([
      h.click({ actionId: 'sms_batch_cancel', value }),
      h.click({ actionId: 'sms_batch_cancel', value }),
      h.click({ actionId: 'sms_batch_cancel', value, userId: 'UADMIN' }),
    ]);
    const answers = await Promise.all(clicks.map(async (c) => messageText(await h.response(c.responseId))));
    expect(answers.filter((a) => a.includes(`Batch task ${taskId} is cancelled by <@`)).length).toBe(1);
    expect(answers.filter((a) => /being cancelled already|cancelled already/.test(a)).length).toBe(2);
    expect(deletes() - before).toBe(1);
    expect(h.sandbox.admin.batchTask(taskId)?.status).toBe(7);

    const click = await h.click({ actionId: 'sms_batch_launch', value: launchValueOf(summary?.body ?? {}) });
    expect(messageText(await h.response(click.responseId))).toContain('cancelled');
    const again = await h.command({ text: `batch cancel ${taskId}` });
    expect(messageText(await h.response(again.responseId))).toContain('already cancelled');
    const audit = await h.handle.store.recentAudit(20);
    expect(audit.find((e) => e.command === 'batch-cancel')?.outcome).toBe('already cancelled');
    const clicked = audit.filter((e) => e.command === 'batch-cancel-click').map((e) => e.outcome);
    expect(clicked).toContain(`cancelled task ${taskId}`);
    expect(clicked.filter((o) => o.startsWith('refused')).length).toBe(1);
    expect(clicked.filter((o) => o.startsWith('ignored')).length).toBe(2);
  });

  it('/sms send above the batch threshold goes through the core planner to a batch task: the Launch click is the consent, once', async () => {
    const numbers = Array.from({ length: 6 }, (_, i) => `1380060${String(i).padStart(4, '0')}`);
    const tasks = h.sandbox.admin.batchTasks().length;
    const posts = h.slack.api('chat.postMessage').length;
    const cmd = await h.command({
      text: `send ${numbers.join(',')} template=ST_0002 service=api message="disk full"`,
    });
    const answer = messageText(await h.response(cmd.responseId, 1, 20_000));
    expect(answer).toMatch(/Created batch task \d+ \(6 recipients\)/);
    expect(h.sandbox.admin.batchTasks()).toHaveLength(tasks + 1);
    const [task] = h.sandbox.admin.batchTasks();
    expect(task).toMatchObject({ status: 2, totalCount: 6 });
    expect(h.sandbox.admin.messages({ mobile: numbers[0] })).toHaveLength(0);
    const summary = h.slack
      .api('chat.postMessage')
      .slice(posts)
      .find((c) => c.body.thread_ts === undefined && launchValueOfSafe(c.body) !== undefined);
    const text = messageText(summary?.body ?? {});
    // The same summary as `batch create`, saying which engine and why.
    expect(text).toContain('*Engine* batch task: 6 numbers, above the batch threshold of 5');
    expect(text).toContain('138****0000');
    expect(text).toContain('【VolcOps】服务api告警：disk full');
    expect(text).not.toMatch(FULL_NUMBER);
    const audit = await h.handle.store.recentAudit(5);
    expect(audit.find((e) => e.command === 'send')?.outcome).toMatch(/created batch task \d+ \(6 recipients/);

    const value = launchValueOf(summary?.body ?? {});
    const before = consents();
    const clicks = await Promise.all([
      h.click({ actionId: 'sms_batch_launch', value }),
      h.click({ actionId: 'sms_batch_launch', value }),
    ]);
    const answers = await Promise.all(clicks.map(async (c) => messageText(await h.response(c.responseId))));
    expect(answers.filter((a) => a.includes('launched by <@')).length).toBe(1);
    await h.slack.waitFor(
      () => (h.sandbox.admin.batchTask(task?.taskId ?? '')?.status === 6 ? true : undefined),
      'the task to be done',
      30_000,
    );
    expect(consents() - before).toBe(1);
    for (const mobile of numbers) expect(h.sandbox.admin.messages({ mobile })).toHaveLength(1);
  });

  it('/sms send up to the threshold says it sends direct; a verification template above it is refused, nothing created', async () => {
    const direct = await h.command({
      text: 'send 13800610001,13800610002 template=ST_0002 service=api message=x',
    });
    expect(messageText(await h.response(direct.responseId))).toContain(
      '*Engine* direct sends: 2 numbers, at most the batch threshold of 5',
    );
    const tasks = h.sandbox.admin.batchTasks().length;
    const numbers = Array.from({ length: 6 }, (_, i) => `1380062000${i}`);
    const otp = await h.command({
      text: `send ${numbers.join(' ')} template=ST_0001 code=4321 signature=VolcOps`,
    });
    const refused = messageText(await h.response(otp.responseId));
    expect(refused).toContain(
      'ST_0001 is a verification template and 6 recipients are above the batch threshold of 5',
    );
    expect(refused).toContain('nothing was sent');
    expect(refused).not.toContain('4321');
    expect(h.sandbox.admin.batchTasks()).toHaveLength(tasks);
    expect(h.sandbox.admin.messages({ mobile: numbers[0] })).toHaveLength(0);
  });

  it('explains what is wrong with a batch, naming the field, and creates nothing', async () => {
    const tasks = h.sandbox.admin.batchTasks().length;
    const wrongHeader = h.slack.shareFile({
      name: 'a.csv',
      content: 'phone,svc\n13800000001,x\n',
      channelId: 'COPS',
    });
    const elsewhere = h.slack.shareFile({ name: 'b.csv', content: alertCsv(1), channelId: 'COTHER' });
    const badRows = h.slack.shareFile({
      name: 'c.csv',
      content: 'phone,service,message\n13800000001,api,x\n13800000001,api,y\n12345,api,z\n',
      channelId: 'COPS',
    });
    const cases: [string, RegExp][] = [
      [`batch create template=ST_0002 file=${wrongHeader}`, /file line 1 header.*phone,service,message/],
      [`batch create template=ST_0002 file=${elsewhere}`, /not shared in this channel/],
      [
        `batch create template=ST_0002 file=${badRows}`,
        /line 3 phone`?: 138\*{4}0001 is on an earlier line too.*line 4 phone.*not a mainland mobile/s,
      ],
      [`batch create template=ST_0001 file=${wrongHeader}`, /verification template/],
      ['batch create template=ST_0002 file=F0NOSUCH1', /could not find file F0NOSUCH1/],
      ['batch launch abc', /task.*one task id/],
    ];
    for (const [text, expected] of cases) {
      const cmd = await h.command({ text });
      const answer = messageText(await h.response(cmd.responseId, 1, 20_000));
      expect(answer, text).toMatch(expected);
      expect(answer, text).not.toMatch(FULL_NUMBER);
    }
    expect(h.sandbox.admin.batchTasks()).toHaveLength(tasks);
    // A reader may not create one.
    const reader = await h.command({
      text: `batch create template=ST_0002 file=${badRows}`,
      userId: 'UREADER',
    });
    expect(messageText(await h.response(reader.responseId))).toContain('needs the sender role');
  });

  it('never wrote a full phone number to the log or the database', async () => {
    expect(h.logs.join('\n')).not.toMatch(FULL_NUMBER);
    const rows = await h.handle.store.recentBatches(50);
    expect(JSON.stringify(rows)).not.toMatch(FULL_NUMBER);
    expect(JSON.stringify(await h.handle.store.recentAudit(100))).not.toMatch(FULL_NUMBER);
  });
});

function launchValueOfSafe(message: Record<string, unknown>): string | undefined {
  try {
    return launchValueOf(message);
  } catch {
    return undefined;
  }
}
