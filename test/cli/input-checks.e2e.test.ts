// Input checks a user hits before anything is sent (issue 10 §3), through the real bin as a process:
// exit 2 and one stderr line naming the flag and the fix.
import { writeFile } from 'node:fs/promises';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import type { Sandbox } from '../../src/sandbox/index.ts';
import { runCli, type CliRun, type TempHome } from './helpers/cli-process.ts';
import { akskEnv, CODE_TEMPLATE, PROMOTION_TEMPLATE, useSandboxWithHome } from './helpers/sandbox-env.ts';

let sandbox: Sandbox;
let home: TempHome;
useSandboxWithHome((started) => ({ sandbox, home } = started));

const cli = (args: readonly string[], env: Record<string, string> = akskEnv(sandbox)) =>
  runCli(args, { env, home: home.home });

/** Exit 2, one line on stderr that names the flag, nothing sent. */
function expectUsageLine(run: CliRun, flag: string, fix: RegExp): void {
  expect(run.code, run.stderr).toBe(2);
  const lines = run.stderr.trimEnd().split('\n');
  expect(lines).toHaveLength(1);
  expect(lines[0]).toContain(flag);
  expect(lines[0]).toMatch(fix);
}

describe('--timeout', () => {
  it.each([
    ['3000000s', /at most 10m/],
    ['0.4ms', /at least 100ms/],
    ['0', /at least 100ms/],
    ['fast', /duration such as 30, 30s, 500ms or 2m/],
  ])('%s is refused before any request, exit 2', async (value, fix) => {
    const run = await cli(['list_sub_account', '--timeout', value]);
    expectUsageLine(run, '--timeout', fix);
    expect(run.stderr).not.toMatch(/TimeoutOverflowWarning|resolveClientConfig/);
  });

  it('accepts the bounds themselves (a 100 ms request may still time out on a busy machine: exit 4, not 2)', async () => {
    for (const value of ['100ms', '10m', '2.5']) {
      const run = await cli(['list_sub_account', '--timeout', value, '--json']);
      expect(run.code, run.stderr).not.toBe(2);
      expect(run.stderr).not.toContain('--timeout');
    }
  }, 60_000);
});

describe('impossible dates', () => {
  it.each(['2026-02-31', '2026-02-29 10:00', '2026-04-31T08:00:00+08:00', '2026-13-01'])(
    '--from-time %s is refused, not rolled over',
    async (value) => {
      const run = await cli(['list_sms_send_log', '--sub-account', '7384ed01', '--from-time', value]);
      expectUsageLine(run, '--from-time', /is not a date|has no month/);
    },
  );

  it('a real leap day is fine', async () => {
    const run = await cli(['list_sms_send_log', '--sub-account', '7384ed01', '--from-time', '2028-02-29']);
    expect(run.code, run.stderr).toBe(0);
  });
});

describe('unknown commands and flags', () => {
  it('no command and an unknown command exit with the same code', async () => {
    const none = await cli([]);
    const unknown = await cli(['list_sms_sned_log']);
    expect(none.code).toBe(2);
    expect(unknown.code).toBe(none.code);
    expect(unknown.stderr).toContain('did you mean "list_sms_send_log"?');
    expect((await cli(['help', 'sned_sms'])).code).toBe(2);
  });

  it('the skill names typed with dashes are suggested with underscores', async () => {
    const run = await cli(['list-sms-send-log']);
    expect(run.stderr).toContain('did you mean "list_sms_send_log"?');
  });

  it('an unknown flag names the closest flag of that command', async () => {
    const run = await cli(['list_sms_send_log', '--sub-account', 'x', '--form-time', '1h']);
    expectUsageLine(
      run,
      '--form-time',
      /did you mean --from-time\? Hint: Run "volc-sms list_sms_send_log --help"/,
    );
  });

  it('no suggestion when nothing is close', async () => {
    const run = await cli(['list_signature', '--zzzzzz']);
    expect(run.code).toBe(2);
    expect(run.stderr).not.toContain('did you mean');
  });
});

describe('the 90-day stats window', () => {
  it.each([
    [['--since', '120d'], '--since'],
    [['--start-time', '2026-01-01', '--end-time', '2026-06-01'], '--start-time'],
  ])('%j is refused locally, naming the flag', async (flags, flag) => {
    const run = await cli(['list_total_send_count_stat', ...flags]);
    expectUsageLine(
      run,
      flag,
      /at most 90 days per request, this window is \d+\. Hint: Ask for 90 days or fewer/,
    );
  });

  it('90 days exactly is sent', async () => {
    const run = await cli(['list_total_send_count_stat', '--since', '90d']);
    expect(run.code, run.stderr).toBe(0);
  });
});

describe('refused numbers', () => {
  const SEND = ['send_sms', ...CODE_TEMPLATE];
  const CODE = ['--template-param', '{"code":"1234"}'];

  it.each([
    ['+4915112345678901', /#1 "\+49\*\*\*\*8901": 16 digits: a phone number has at most 15 \(E\.164\)/],
    ['13800000000123456', /#1 "138\*\*\*\*3456": 17 digits: a phone number has at most 15/],
  ])('%s: longer than E.164 allows, refused before sending', async (mobile, reason) => {
    const run = await cli([...SEND, '--mobiles', mobile, ...CODE]);
    expectUsageLine(run, 'mobiles', reason);
    expect(sandbox.admin.messages()).toHaveLength(0);
  });

  it('a refused number says what is wrong with it, without printing it whole', async () => {
    const run = await cli([...SEND, '--mobiles', '13800000000,1380000000,12800000000', ...CODE]);
    expect(run.code).toBe(2);
    expect(run.stderr).toContain('#2 "138****0000": 10 digits: not an 11-digit mainland mobile');
    expect(run.stderr).toContain('#3 "128****0000": 11 digits starting 12: mainland mobiles start 13–19');
    expect(run.stderr).not.toMatch(/1380000000|12800000000/);
    expect(sandbox.admin.messages()).toHaveLength(0);
  });
});

describe('a CSV batch file with an unclosed quote', () => {
  it('is refused with the line number; no recipient vanishes, nothing is sent', async () => {
    const file = path.join(home.home, 'unclosed.csv');
    await writeFile(file, 'mobile,name\n13800000000,Li\n13900000001,"Han\n13700000002,Wei\n');
    const run = await cli(['send_batch_sms', ...PROMOTION_TEMPLATE, '--file', file]);
    expectUsageLine(run, '--file', /line 3: a quoted field opens here and never closes/);
    expect(sandbox.admin.messages()).toHaveLength(0);
  });
});
