// Issue 6: the classic API dialect (`--api classic` / VOLC_SMS_API=classic) gives the same commands,
// outputs and errors; send_batch_sms sends per-number values in both dialects. Real processes, real HTTP.
import { writeFile } from 'node:fs/promises';
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import type { Sandbox } from '../../src/sandbox/index.ts';
import { expectNoSecrets, parseJson, runCli, type TempHome } from './helpers/cli-process.ts';
import { runMain } from './helpers/in-process.ts';
import { createSmsClient } from '../../src/core/client.ts';
import { sendCode } from '../helpers/seed-requests.ts';
import {
  akskEnv,
  CODE_TEMPLATE,
  NOTICE_TEMPLATE,
  PROMOTION_TEMPLATE,
  sandboxSecrets,
  startTestSandbox,
  useSandboxWithHome,
} from './helpers/sandbox-env.ts';

let sandbox: Sandbox;
let home: TempHome;
useSandboxWithHome((started) => ({ sandbox, home } = started));

type Envelope = {
  ResponseMetadata: { Action: string; Version: string; Error?: { Code: string } };
  Result: Record<string, unknown>;
};

async function cli(args: readonly string[], env: Record<string, string> = akskEnv(sandbox)) {
  const run = await runCli(args, { env, home: home.home });
  expectNoSecrets(run, [...sandboxSecrets(sandbox), '13800000000', '13900000001', '13700000002']);
  return { run, envelope: run.stdout === '' ? undefined : (parseJson(run) as unknown as Envelope) };
}

describe('the six commands in the classic dialect', () => {
  it('call the classic actions and print their envelopes', async () => {
    const calls: Array<[string[], string, string]> = [
      [['list_sub_account'], 'GetSubAccountList', '2021-01-11'],
      [['list_signature', '--sub-accounts', '7384ed01'], 'GetSignatureAndOrderList', '2021-01-11'],
      [['list_sms_template', '--sub-account', '7384ed01'], 'GetSmsTemplateAndOrderList', '2021-01-11'],
      [
        ['send_sms', ...NOTICE_TEMPLATE, '--mobiles', '13800000000', '--template-param', '{"version":"3.0"}'],
        'SendSms',
        '2020-01-01',
      ],
      [
        ['list_sms_send_log', '--sub-account', '7384ed01', '--since', '1h'],
        'GetSmsSendDetails',
        '2021-01-11',
      ],
      [['list_total_send_count_stat', '--since', '1d'], 'GetTotalSendCountStatV5', '2021-01-11'],
    ];
    // Independent calls (the send log and stats only need to answer), so they run side by side.
    const runs = await Promise.all(calls.map(([args]) => cli([...args, '--api', 'classic'])));
    runs.forEach(({ run, envelope }, index) => {
      const [, action, version] = calls[index] as [string[], string, string];
      expect(run.code, `${action}: ${run.stderr}`).toBe(0);
      expect(envelope?.ResponseMetadata).toMatchObject({ Action: action, Version: version });
    });
    const messages = sandbox.admin.messages();
    expect(messages.map((m) => [m.api, m.text])).toEqual([['classic', '【VolcOps】部署已完成，版本3.0。']]);
  });

  it('VOLC_SMS_API=classic selects it too; the send log shows the classic send', async () => {
    const env = { ...akskEnv(sandbox), VOLC_SMS_API: 'classic' };
    const send = ['send_sms', ...CODE_TEMPLATE];
    const sent = await cli([...send, '--mobiles', '13900000001', '--template-param', '{"code":"7788"}'], env);
    expect(sent.envelope?.ResponseMetadata.Action).toBe('SendSms');
    const [messageId] = sent.envelope?.Result.MessageID as string[];
    const log = await cli(['list_sms_send_log', '--sub-account', '7384ed01', '--since', '1h'], env);
    const details = log.envelope?.Result.sendDetailsResults as Array<{
      messageId: string;
      phoneNumber: string;
    }>;
    expect(details.map((d) => [d.messageId, d.phoneNumber])).toEqual([[messageId, '139****0001']]);
  });

  it('list_sms_send_log keeps only the window asked for, and says the day was asked for', async () => {
    const env = { ...akskEnv(sandbox), VOLC_SMS_API: 'classic' };
    const send = ['send_sms', ...CODE_TEMPLATE];
    const sent = await cli([...send, '--mobiles', '13900000001', '--template-param', '{"code":"7788"}'], env);
    expect(sent.run.code, sent.run.stderr).toBe(0);
    const now = Date.now();
    const dayStart = Math.floor((now + 8 * 3_600_000) / 86_400_000) * 86_400_000 - 8 * 3_600_000;
    const day = new Date(dayStart + 8 * 3_600_000).toISOString().slice(0, 10);
    // The first second of today (Shanghai): the message sent just now is outside it, the API answers the day.
    const first = String(dayStart / 1000);
    const early = await cli(
      [
        'list_sms_send_log',
        '--sub-account',
        '7384ed01',
        '--from-time',
        first,
        '--to-time',
        String(dayStart / 1000 + 1),
      ],
      env,
    );
    expect(early.run.code, early.run.stderr).toBe(0);
    expect(early.envelope?.Result.sendDetailsResults).toEqual([]);
    expect(early.run.stderr).toContain(
      `the classic send log answers whole Asia/Shanghai days, so ${day} was asked for; 1 entry of this page outside the window left out`,
    );
    const recent = await cli(['list_sms_send_log', '--sub-account', '7384ed01', '--since', '1h'], env);
    expect(recent.envelope?.Result.sendDetailsResults).not.toHaveLength(0);
    // An hour back may cross Asia/Shanghai midnight (CI at 00:02 did): then both days were asked for.
    expect(recent.run.stderr).toMatch(
      /so \d{4}-\d{2}-\d{2}( and \d{4}-\d{2}-\d{2} were| was) asked for; 0 entries/,
    );
    const whole = await cli(['list_sms_send_log', '--sub-account', '7384ed01', '--from-time', day], env);
    expect(whole.run.stderr).toBe('');
  }, 60_000); // four CLI processes in a row

  it('list_sms_send_log across Asia/Shanghai midnight asks both days and keeps the window', async () => {
    // A sandbox on its own clock (the CLI signs with this machine's, hence the wide skew) places the messages.
    let now = Date.parse('2026-12-01T12:00:00+08:00');
    const clocked = await startTestSandbox({ clock: () => now, skewSeconds: 10 * 365 * 86_400 });
    const seeder = createSmsClient({
      auth: { kind: 'aksk', ...clocked.credentials },
      endpoint: clocked.url,
      clock: () => new Date(now),
    });
    const ids: string[] = [];
    for (const [time, mobile] of [
      ['2026-12-01T12:00:00', '13800000000'],
      ['2026-12-01T23:59:30', '13900000001'],
      ['2026-12-02T00:00:30', '13700000002'],
    ] as const) {
      now = Date.parse(`${time}+08:00`);
      ids.push((await sendCode(seeder, [mobile])).recipients[0]?.messageId ?? '');
    }
    await seeder.close();
    const from = String(Date.parse('2026-12-01T23:59:00+08:00') / 1000);
    const to = String(Date.parse('2026-12-02T00:01:00+08:00') / 1000);
    const window = ['--sub-account', '7384ed01', '--from-time', from, '--to-time', to];
    const run = await runCli(['list_sms_send_log', '--api', 'classic', ...window], {
      env: akskEnv(clocked),
      home: home.home,
    });
    // Three days, the middle one whole: all three are named.
    const longer = await runCli(
      [
        'list_sms_send_log',
        '--api',
        'classic',
        '--sub-account',
        '7384ed01',
        '--from-time',
        String(Date.parse('2026-11-30T23:00:00+08:00') / 1000),
        '--to-time',
        to,
      ],
      { env: akskEnv(clocked), home: home.home },
    );
    await clocked.close();
    expect(longer.stderr).toContain('so the 3 days 2026-11-30 to 2026-12-02 were asked for; 0 entries');
    expect(run.code, run.stderr).toBe(0);
    const envelope = parseJson(run) as unknown as Envelope;
    const details = envelope.Result.sendDetailsResults as Array<{ messageId: string }>;
    expect(details.map((d) => d.messageId)).toEqual([ids[2], ids[1]]);
    expect(run.stderr).toContain(
      'so 2026-12-02 and 2026-12-01 were asked for; 1 entry of this page outside the window left out',
    );
  });

  it('the same tables on a terminal (results mapped onto the same shapes)', async () => {
    const env = { ...akskEnv(sandbox), HOME: home.home };
    const run = await runMain(['list_signature', '--api', 'classic'], env, { tty: true });
    expect(run.code).toBe(0);
    expect(run.stdout).toMatch(/^火山引擎 +approved +7384ed01, 77da1acf/m);
    const templates = await runMain(['list_sms_template', '--api', 'classic'], env, { tty: true });
    expect(templates.stdout).toMatch(/^ST_0001 +CN_OTP +approved +code /m);
  });

  it('the same errors: RE:0004 with its hint, exit 1', async () => {
    const send = ['send_sms', '--api', 'classic', '--sub-account', '77da1acf', '--signature', 'VolcOps'];
    const { run, envelope } = await cli([
      ...send,
      '--template-id',
      'ST_0003',
      '--mobiles',
      '13800000000',
      '--template-param',
      '{"name":"Li"}',
    ]);
    expect(run.code).toBe(1);
    expect(run.stderr).toMatch(
      /^volc-sms: .*\(RE:0004.*request id .*Hint: .*list_signature --sub-accounts 77da1acf/,
    );
    expect(envelope?.ResponseMetadata.Error?.Code).toBe('RE:0004');
  });
});

describe('a filter the classic API lacks', () => {
  it('is an input error that says so, not a silently wider list: exit 2', async () => {
    const { run } = await cli(['list_sms_template', '--api', 'classic', '--signatures', '火山引擎']);
    expect(run.code).toBe(2);
    expect(run.stdout).toBe('');
    expect(run.stderr).toMatch(/^volc-sms: signatures: the classic template list has no signature filter/);
  });
});

describe('doctor in the classic dialect', () => {
  it('counts only approved items (classic lists show all) and lists the others as warnings', async () => {
    const { run } = await cli(['doctor', '--api', 'classic']);
    expect(run.code).toBe(0);
    const report = JSON.parse(run.stdout) as {
      checks: Array<{ name: string; detail: string }>;
      usable: unknown[];
      warnings: string[];
    };
    expect(report.checks.find((c) => c.name === 'signatures')?.detail).toBe('2 approved: 火山引擎, VolcOps');
    expect(report.usable).toHaveLength(6);
    expect(report.warnings).toEqual(
      expect.arrayContaining([
        'Signature 待审核签名 is reviewing, so it cannot be used (yet).',
        'Signature RejectedSign is rejected, so it cannot be used (yet).',
        'Template ST_0009 is reviewing, so it cannot be used (yet).',
      ]),
    );
  });
});

describe('--tag (a classic field)', () => {
  const SEND = ['send_sms', ...NOTICE_TEMPLATE];
  const REST = ['--mobiles', '13800000000', '--template-param', '{"version":"1"}', '--tag', 'deploy-42'];

  it('is sent with --api classic', async () => {
    const { run, envelope } = await cli([...SEND, ...REST, '--api', 'classic']);
    expect(run.code, run.stderr).toBe(0);
    expect(envelope?.ResponseMetadata.Action).toBe('SendSms');
  });

  it('is refused, not dropped, with the agent API: exit 2, nothing sent', async () => {
    const { run } = await cli([...SEND, ...REST]);
    expect(run.code).toBe(2);
    expect(run.stderr).toMatch(/--tag is a field of the classic API only/);
    expect(sandbox.admin.messages()).toEqual([]);
  });
});

describe('send_batch_sms', () => {
  const BATCH = ['send_batch_sms', ...PROMOTION_TEMPLATE];
  let csv: string;
  beforeAll(async () => {
    csv = path.join(home.home, 'customers.csv');
    await writeFile(csv, 'mobile,name\n13800000000,李雷\n13900000001,"Han, Meimei"\n13700000002,李雷\n');
  });

  it('classic: one SendBatchSms request, each number its own text', async () => {
    const { run, envelope } = await cli([...BATCH, '--file', csv, '--api', 'classic']);
    expect(run.code, run.stderr).toBe(0);
    expect(envelope?.ResponseMetadata.Action).toBe('SendBatchSms');
    expect(sandbox.admin.messages().map((m) => [m.mobile, m.text])).toEqual([
      ['13800000000', '【火山引擎】李雷您好，双11优惠已开启，拒收请回复R'],
      ['13900000001', '【火山引擎】Han, Meimei您好，双11优惠已开启，拒收请回复R'],
      ['13700000002', '【火山引擎】李雷您好，双11优惠已开启，拒收请回复R'],
    ]);
  });

  it('agent: numbers with the same values share a request; per-number results in file order', async () => {
    const { run } = await cli([...BATCH, '--file', csv]);
    expect(run.code, run.stderr).toBe(0);
    const document = JSON.parse(run.stdout) as {
      Recipients: Array<{ Mobile: string; Status: string }>;
      Responses: unknown[];
    };
    expect(document.Recipients.map((r) => [r.Mobile, r.Status])).toEqual([
      ['138****0000', 'sent'],
      ['139****0001', 'sent'],
      ['137****0002', 'sent'],
    ]);
    expect(document.Responses).toHaveLength(2);
    expect(
      sandbox.admin
        .messages()
        .map((m) => m.text)
        .sort(),
    ).toEqual([
      '【火山引擎】Han, Meimei您好，双11优惠已开启，拒收请回复R',
      '【火山引擎】李雷您好，双11优惠已开启，拒收请回复R',
      '【火山引擎】李雷您好，双11优惠已开启，拒收请回复R',
    ]);
  });

  it('--dry-run with a JSON file: the plan, masked, nothing sent', async () => {
    const json = path.join(home.home, 'batch.json');
    await writeFile(json, JSON.stringify([{ mobile: '+86 138 0000 0000', params: { name: 'Li' } }]));
    const { run, envelope } = await cli([...BATCH, '--file', json, '--dry-run', '--api', 'classic']);
    expect(run.code).toBe(0);
    expect(envelope).toEqual({
      DryRun: true,
      SubAccount: '77da1acf',
      Signature: '火山引擎',
      TemplateId: 'ST_0003',
      Messages: [{ Mobile: '138****0000', TemplateParam: '{"name":"Li"}' }],
      Requests: 1,
    });
    expect(sandbox.admin.messages()).toEqual([]);
  });

  it('a number given twice is an error naming both rows: exit 2, nothing sent', async () => {
    const twice = path.join(home.home, 'twice.csv');
    await writeFile(twice, 'mobile,name\n13800000000,A\n+8613800000000,B\n');
    const { run } = await cli([...BATCH, '--file', twice]);
    expect(run.code).toBe(2);
    expect(run.stderr).toMatch(/#2 138\*\*\*\*0000 repeats #1/);
    expect(sandbox.admin.messages()).toEqual([]);
  });
});
