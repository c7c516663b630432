// `list_sms_send_log --all` (and `send-status --all`, `analytics --include-logs --all`, on the same export)
// through the real bin against the sandbox: every message of the window exactly
// once, newest first, across page boundaries and a second holding more than a page (a 250-number send);
// `--after` resumes after the last line written; CSV quoting; numbers masked; pacing to a 5 req/s sandbox.
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { createSmsClient } from '../../src/core/index.ts';
import { sendNotice } from '../helpers/seed-requests.ts';
import type { Sandbox } from '../../src/sandbox/index.ts';
import { expectNoSecrets, makeTempHome, runCli } from './helpers/cli-process.ts';
import { akskEnv, sandboxSecrets, startTestSandbox } from './helpers/sandbox-env.ts';

vi.setConfig({ testTimeout: 120_000 });

let sandbox: Sandbox;
let home: { home: string; cleanup: () => Promise<void> };
let from: number;
let to: number;
const mobile = (i: number) => `1380000${String(i).padStart(4, '0')}`;
const ALL = Array.from({ length: 262 }, (_, i) => mobile(i));

beforeAll(async () => {
  sandbox = await startTestSandbox();
  home = await makeTempHome();
  // A signature and template whose text needs CSV quoting.
  sandbox.admin.putSignature({ text: 'Acme, "Ltd"', status: 3, subAccounts: ['7384ed01'] });
  sandbox.admin.putTemplate({
    id: 'ST_0500',
    name: 'quoted',
    channelType: 'CN_NTC',
    content: '通知${x}',
    status: 3,
    signatures: ['Acme, "Ltd"'],
    subAccounts: ['7384ed01'],
  });
  const client = createSmsClient({ auth: { kind: 'aksk', ...sandbox.credentials }, endpoint: sandbox.url });
  from = Math.floor(Date.now() / 1000) - 5;
  // 250 numbers in two requests share their send times: more than a page of 100 in one second.
  await sendNotice(client, ALL.slice(0, 250));
  for (let i = 250; i < ALL.length; i += 1) {
    await client.sendSms({
      subAccount: '7384ed01',
      signature: i % 2 === 0 ? 'Acme, "Ltd"' : 'VolcOps',
      templateId: i % 2 === 0 ? 'ST_0500' : 'ST_0004',
      mobiles: [ALL[i]!],
      templateParam: i % 2 === 0 ? { x: 'a' } : { version: '2' },
    });
  }
  await client.close();
  to = Math.floor(Date.now() / 1000) + 5;
});
afterAll(async () => {
  await sandbox.close();
  await home.cleanup();
});

/** `list_sms_send_log --all` of the seeded group over a window (epoch seconds), then `extra`. */
const exportArgs = (window: { from: number; to: number }, extra: string[]) => [
  'list_sms_send_log',
  '--sub-account',
  '7384ed01',
  '--all',
  '--from-time',
  String(window.from),
  '--to-time',
  String(window.to),
  ...extra,
];

async function exportLog(extra: string[], env = akskEnv(sandbox)) {
  const run = await runCli(exportArgs({ from, to }, ['--rate', '0', ...extra]), {
    env,
    home: home.home,
    timeoutMs: 100_000,
  });
  expectNoSecrets(run, [...sandboxSecrets(sandbox), ...ALL]);
  return run;
}

const ndjson = (stdout: string) =>
  stdout
    .trim()
    .split('\n')
    .map((line) => JSON.parse(line) as Record<string, unknown>);

describe('list_sms_send_log --all', () => {
  it('streams every message once, newest first, across pages and a second fuller than a page', async () => {
    const run = await exportLog(['--page-size', '30']);
    expect(run.code).toBe(0);
    const records = ndjson(run.stdout);
    expect(records).toHaveLength(ALL.length);
    expect(new Set(records.map((r) => r.MessageId)).size).toBe(ALL.length);
    const times = records.map((r) => r.SendTime as number);
    expect(times).toEqual([...times].sort((a, b) => b - a));
    expect(records[0]).toEqual({
      MessageId: expect.any(String),
      SubAccount: '7384ed01',
      Signature: 'VolcOps',
      TemplateId: 'ST_0004',
      ChannelType: 'CN_NTC',
      Mobile: '138****0261',
      Status: expect.any(Number),
      ErrorCode: expect.any(String),
      SendTime: expect.any(Number),
      ReceiptTime: expect.anything(),
      Count: 1,
    });
    // The message text may hold a verification code: it is not exported.
    expect(run.stdout).not.toContain('Content');
    expect(run.stderr).toMatch(
      new RegExp(`${ALL.length} message\\(s\\) written, newest first; the last is `),
    );
  });

  it('--after the nth line gives exactly the lines after it (also inside the crowded second)', async () => {
    const whole = ndjson((await exportLog(['--page-size', '30'])).stdout).map((r) => r.MessageId);
    for (const n of [5, 100, 180]) {
      const run = await exportLog(['--page-size', '30', '--after', String(whole[n - 1])]);
      expect(run.code).toBe(0);
      expect(ndjson(run.stdout).map((r) => r.MessageId)).toEqual(whole.slice(n));
    }
    const last = await exportLog(['--after', String(whole.at(-1))]);
    expect(last).toMatchObject({ code: 0, stdout: '' });
  });

  it('--after an unknown message is refused, exit 2', async () => {
    const run = await exportLog(['--after', 'no-such-message']);
    expect(run.code).toBe(2);
    expect(run.stderr).toContain('--after: message no-such-message is not in the send log of 7384ed01');
  });

  it('--after a message outside the window, or not selected by the filters, is refused naming the fix', async () => {
    const newest = String(ndjson((await exportLog([])).stdout)[0]?.MessageId);
    const before = await runCli(
      ['list_sms_send_log', '--sub-account', '7384ed01', '--all', '--from-time', String(from - 100)].concat([
        '--to-time',
        String(from - 1),
        '--rate',
        '0',
        '--after',
        newest,
      ]),
      { env: akskEnv(sandbox), home: home.home, timeoutMs: 100_000 },
    );
    expect(before.code).toBe(2);
    expect(before.stderr).toContain(`--after: message ${newest} was sent at `);
    expect(before.stderr).toContain("outside this export's window");
    expect(before.stderr).toContain('--from-time and --to-time');
    // The newest message is signed VolcOps: an export of the other signature never meets it.
    const filtered = await exportLog(['--signature', 'Acme, "Ltd"', '--after', newest]);
    expect(filtered.code).toBe(2);
    expect(filtered.stderr).toContain(
      `--after: message ${newest} is not one of the messages this export's filters select`,
    );
  });

  it('--after a message the filters do not select is refused as such, also when older messages match them', async () => {
    // Made certain here, by a clock: a message the filter selects ten seconds before the newest, which
    // it does not. (In the shared window above, that depends on whether the seeding crossed a second.)
    let now = Date.now() - 10_000; // the CLI signs with this machine's clock: stay near it
    const clocked = await startTestSandbox({ clock: () => now });
    const client = createSmsClient({
      auth: { kind: 'aksk', ...clocked.credentials },
      endpoint: clocked.url,
      clock: () => new Date(now),
    });
    const notice = { subAccount: '7384ed01', signature: 'VolcOps', templateId: 'ST_0004' };
    await client.sendSms({ ...notice, mobiles: [mobile(1)], templateParam: { version: '2' } });
    now += 10_000;
    const newest = await client.sendSms({ ...notice, mobiles: [mobile(2)], templateParam: { version: '2' } });
    await client.close();
    const seconds = Math.floor(now / 1000);
    const run = await runCli(
      [
        ...['list_sms_send_log', '--sub-account', '7384ed01', '--all', '--rate', '0', '--mobile', mobile(1)],
        ...['--from-time', String(seconds - 60), '--to-time', String(seconds + 60)],
        ...['--after', String(newest.recipients[0]?.messageId)],
      ],
      { env: akskEnv(clocked), home: home.home, timeoutMs: 100_000 },
    );
    await clocked.close();
    expect(run.code, run.stderr).toBe(2);
    expect(run.stderr).toContain("is not one of the messages this export's filters select");
  });

  it('CSV: a header row, RFC 4180 quoting, numbers masked; --after appends without a header', async () => {
    const run = await exportLog(['--format', 'csv', '--signature', 'Acme, "Ltd"']);
    expect(run.code).toBe(0);
    const lines = run.stdout.split('\r\n');
    expect(lines[0]).toBe(
      'MessageId,SubAccount,Signature,TemplateId,ChannelType,Mobile,Status,ErrorCode,SendTime,ReceiptTime,Count',
    );
    expect(lines.at(-1)).toBe('');
    const rows = lines.slice(1, -1);
    expect(rows).toHaveLength(6);
    for (const row of rows) {
      expect(row).toMatch(
        /^[^,]+,7384ed01,"Acme, ""Ltd""",ST_0500,CN_NTC,138\*\*\*\*0\d{3},\d,[^,]*,\d+,\d*,1$/,
      );
    }
    const first = rows[0]!.split(',')[0]!;
    const rest = await exportLog(['--format', 'csv', '--signature', 'Acme, "Ltd"', '--after', first]);
    expect(rest.stdout.split('\r\n').slice(0, -1)).toEqual(rows.slice(1));
  });

  it('needs a start, and refuses --page; --format/--after/--rate need --all', async () => {
    const noStart = await runCli(['list_sms_send_log', '--sub-account', '7384ed01', '--all'], {
      env: akskEnv(sandbox),
      home: home.home,
    });
    expect(noStart.code).toBe(2);
    expect(noStart.stderr).toContain('--all needs the start of the window: --from-time or --since');
    const page = await exportLog(['--page', '2']);
    expect(page.code).toBe(2);
    expect(page.stderr).toContain('--page does not go with --all');
    const format = await runCli(['list_sms_send_log', '--sub-account', '7384ed01', '--format', 'csv'], {
      env: akskEnv(sandbox),
      home: home.home,
    });
    expect(format.code).toBe(2);
    expect(format.stderr).toContain('--format goes with --all');
  });
});

describe('send-status --all and analytics --include-logs --all: the same export', () => {
  const cli = async (args: string[]) => {
    const run = await runCli(args, { env: akskEnv(sandbox), home: home.home, timeoutMs: 100_000 });
    expectNoSecrets(run, [...sandboxSecrets(sandbox), ...ALL]);
    return run;
  };
  const iso = (seconds: number) => new Date(seconds * 1000).toISOString().replace('.000Z', 'Z');
  const window = () => ['--start', iso(from), '--end', iso(to + 1), '--sub-account', '7384ed01'];
  const statusOf = (id: string, ...flags: string[]) =>
    cli(['send-status', '--sub-account', '7384ed01', '--message-id', id, '--all', ...flags]);
  const streamLogs = (...flags: string[]) =>
    cli(['analytics', ...window(), '--include-logs', '--all', ...flags]);

  it("send-status --all streams the message's records as the log export does, in either format", async () => {
    const whole = ndjson((await exportLog([])).stdout);
    const message = whole.find((r) => r.Signature === 'VolcOps')!;
    const id = String(message.MessageId);
    const run = await statusOf(id, '--rate', '0');
    expect(run.code, run.stderr).toBe(0);
    expect(ndjson(run.stdout)).toEqual([message]);
    const csv = await statusOf(id, '--format', 'csv', '--page-size', '1');
    expect(csv.stdout.split('\r\n')).toEqual([
      'MessageId,SubAccount,Signature,TemplateId,ChannelType,Mobile,Status,ErrorCode,SendTime,ReceiptTime,Count',
      expect.stringMatching(new RegExp(`^${id},7384ed01,VolcOps,ST_0004,CN_NTC,138\\*{4}\\d{4},`)),
      '',
    ]);
    const page = await statusOf(id, '--page', '2');
    expect(page.code).toBe(2);
    expect(page.stderr).toContain('--page does not go with --all');
  });

  it("analytics --all streams every record of the window (beyond --max-pages), the report's records", async () => {
    const report = JSON.parse(
      (await cli(['analytics', ...window(), '--include-logs', '--max-pages', '100'])).stdout,
    ) as { result: { send_logs: { records: Array<Record<string, unknown>>; complete: boolean } } };
    expect(report.result.send_logs.complete).toBe(true);
    const run = await streamLogs('--rate', '0', '--page-size', '30');
    expect(run.code, run.stderr).toBe(0);
    const streamed = ndjson(run.stdout);
    expect(streamed).toHaveLength(ALL.length);
    const byId = (records: Array<Record<string, unknown>>) =>
      [...records].sort((a, b) => String(a.messageId).localeCompare(String(b.messageId)));
    expect(byId(streamed)).toEqual(byId(report.result.send_logs.records));
    // Resumable as the log export: after the 100th line, exactly the rest.
    const rest = await streamLogs(
      '--rate',
      '0',
      '--page-size',
      '30',
      '--after',
      String(streamed[99]!.messageId),
    );
    expect(ndjson(rest.stdout)).toEqual(streamed.slice(100));
  });

  it('analytics --all needs --include-logs and refuses the report-only flags, exit 2', async () => {
    const noLogs = await cli(['analytics', ...window(), '--all']);
    expect(noLogs.code).toBe(2);
    expect(noLogs.stderr).toContain('--all goes with --include-logs');
    const pages = await streamLogs('--max-pages', '3');
    expect(pages.code).toBe(2);
    expect(pages.stderr).toContain('--max-pages does not go with --all');
    const channel = await streamLogs('--channel-type', 'CN_NTC');
    expect(channel.code).toBe(2);
    expect(channel.stderr).toContain('--channel-type cannot be combined with --include-logs');
  });
});

describe('pacing', () => {
  let limited: Sandbox;
  // On its own clock at midday: a window on the real clock would cross Asia/Shanghai midnight in the first
  // hour of a day, and the walk asks each day (CI at 00:02 made 14 requests). The limit is on real time.
  const noon = Date.parse('2026-12-01T12:00:00+08:00');
  beforeAll(async () => {
    limited = await startTestSandbox({ rateLimitQps: 5, clock: () => noon, skewSeconds: 10 * 365 * 86_400 });
    const client = createSmsClient({
      auth: { kind: 'aksk', ...limited.credentials },
      endpoint: limited.url,
      clock: () => new Date(noon),
    });
    await sendNotice(client, ALL.slice(0, 60));
    await client.close();
  });
  afterAll(() => limited.close());

  it('at the default 5 requests a second, a sandbox limited to 5 a second never throttles it', async () => {
    const started = Date.now();
    const window = { from: noon / 1000 - 3600, to: noon / 1000 + 60 };
    const run = await runCli(exportArgs(window, ['--page-size', '5', '--verbose']), {
      env: akskEnv(limited),
      home: home.home,
      timeoutMs: 100_000,
    });
    expect(run.code).toBe(0);
    expect(ndjson(run.stdout)).toHaveLength(60);
    // 13 pages (12 full and the last, empty): at 5 a second at least 2.4 s, and no 429 on the way.
    expect(run.stderr).not.toContain('HTTP 429');
    expect(run.stderr.match(/→ HTTP 200/g)?.length).toBe(13);
    expect(Date.now() - started).toBeGreaterThan(2400);
  });
});
