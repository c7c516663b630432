// What a person sees on a terminal: tables with masked numbers, summaries, the progress bar, help.
// In process (main() with a TTY-like stdout), against the real sandbox over HTTP.
import { readFileSync } from 'node:fs';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { CLI_VERSION } from '../../src/cli/version.ts';
import type { Sandbox } from '../../src/sandbox/index.ts';
import { REPO_ROOT } from './helpers/cli-process.ts';
import { runMain } from './helpers/in-process.ts';
import { akskEnv, startTestSandbox } from './helpers/sandbox-env.ts';

let sandbox: Sandbox;
let env: Record<string, string>;

beforeAll(async () => {
  sandbox = await startTestSandbox();
  env = { ...akskEnv(sandbox), HOME: '/nonexistent-home' };
});
afterEach(() => sandbox.admin.reset());
afterAll(() => sandbox.close());

const SEND = ['send_sms', '--sub-account', '7384ed01', '--signature', '火山引擎', '--template-id', 'ST_0001'];
const PARAM = ['--template-param', '{"code":"5566"}'];

describe('tables on a terminal', () => {
  it('list_sms_template: ids, variables, signatures and content, with a paging footer', async () => {
    const run = await runMain(['list_sms_template', '--page-size', '2'], env, { tty: true });
    expect(run.code).toBe(0);
    const lines = run.stdout.trimEnd().split('\n');
    expect(lines[0]).toMatch(/^TEMPLATE ID +TYPE +STATUS +PARAMS +SIGNATURES +SUB ACCOUNTS +CONTENT$/);
    expect(lines[1]).toMatch(
      /^ST_0001 +CN_OTP +approved +code +火山引擎, VolcOps +7384ed01 +您的验证码是\$\{code\}/,
    );
    expect(lines.at(-1)).toBe('Templates 1–2 of 5 (page 1). Next page: --page 2.');
  });

  it('send_sms and list_sms_send_log: masked numbers only, statuses in words', async () => {
    const sent = await runMain([...SEND, '--mobiles', '13800000000,13900000007', ...PARAM], env, {
      tty: true,
    });
    expect(sent.code).toBe(0);
    expect(sent.stdout).toMatch(/^138\*\*\*\*0000 +sent +[0-9a-f-]{36} +-$/m);
    expect(sent.stdout).toContain('2 of 2 sent (template ST_0001, signature 火山引擎).');
    sandbox.admin.advanceClock(1000);
    const log = await runMain(['list_sms_send_log', '--sub-account', '7384ed01', '--since', '1h'], env, {
      tty: true,
    });
    expect(log.code).toBe(0);
    expect(log.stdout).toMatch(/139\*\*\*\*0007 +failed +NE:0105/);
    expect(log.stdout).toMatch(/138\*\*\*\*0000 +delivered +DELIVRD/);
    expect(sent.stdout + log.stdout).not.toMatch(/13800000000|13900000007/);
  });

  it('list_total_send_count_stat: totals and rates', async () => {
    await runMain([...SEND, '--mobiles', '13800000000,13900000007', ...PARAM], env);
    sandbox.admin.advanceClock(1000);
    const run = await runMain(['list_total_send_count_stat', '--since', '1d'], env, { tty: true });
    expect(run.code).toBe(0);
    expect(run.stdout).toMatch(/^Messages sent: +2$/m);
    expect(run.stdout).toMatch(/^Delivered \(receipt\): +1 \(50\.0%\)$/m);
    expect(run.stdout).toMatch(/^Failed \(receipt\): +1$/m);
  });

  it('list_total_send_count_stat: a day with nothing sent has no receipt rate ("–", not "0.0%")', async () => {
    await runMain([...SEND, '--mobiles', '13800000000', ...PARAM], env);
    sandbox.admin.advanceClock(1000);
    const run = await runMain(['list_total_send_count_stat', '--since', '3d'], env, { tty: true });
    expect(run.code).toBe(0);
    const days = run.stdout.split('\n').filter((line) => /^\d{4}-?\d{2}-?\d{2} /.test(line));
    expect(days.length).toBeGreaterThanOrEqual(3);
    const empty = days.filter((line) => /^\S+ +0 +0 +0 +0 /.test(line));
    expect(empty.length).toBeGreaterThan(0);
    for (const line of empty) expect(line).toMatch(/ –$/);
  });

  it('an empty window: no rate in the totals either', async () => {
    const run = await runMain(['list_total_send_count_stat', '--since', '1h'], env, { tty: true });
    expect(run.stdout).toMatch(/^Accepted by carriers: +0 \(–\)$/m);
    expect(run.stdout).toMatch(/^Delivered \(receipt\): +0 \(–\)$/m);
  });

  it('a large send: progress bar on a terminal stderr, only failures listed above 50 numbers', async () => {
    const mobiles = Array.from({ length: 450 }, (_, i) => `138${String(i).padStart(8, '0')}`).join(',');
    const run = await runMain([...SEND, '--mobiles', mobiles, ...PARAM], env, { tty: true, stderrTty: true });
    expect(run.code).toBe(0);
    expect(run.stderr).toContain('Sending 450 numbers [------------------------] 0/3');
    expect(run.stderr).toContain('Sending 450 numbers [########################] 3/3');
    expect(run.stdout).toBe(
      '450 of 450 sent (template ST_0001, signature 火山引擎).\n' +
        'Delivery receipts follow: volc-sms list_sms_send_log --sub-account 7384ed01 --since 1h\n',
    );
  });

  it('no progress bar when stderr is not a terminal', async () => {
    const mobiles = Array.from({ length: 201 }, (_, i) => `139${String(i).padStart(8, '0')}`).join(',');
    const run = await runMain([...SEND, '--mobiles', mobiles, ...PARAM], env, {
      tty: true,
      stderrTty: false,
    });
    expect(run.code).toBe(0);
    expect(run.stderr).toBe('');
  });

  it('--json on a terminal still prints the envelope', async () => {
    const run = await runMain(['list_sub_account', '--json'], env, { tty: true });
    expect(JSON.parse(run.stdout)).toHaveProperty('Result.Total', 2);
  });
});

describe('stack traces', () => {
  it('only with --debug or VOLC_SMS_DEBUG', async () => {
    const env = { HOME: '/nonexistent-home' };
    const plain = await runMain(['list_sub_account'], env);
    expect(plain.code).toBe(3);
    expect(plain.stderr.trimEnd().split('\n')).toHaveLength(1);
    const flag = await runMain(['list_sub_account', '--debug'], env);
    expect(flag.stderr).toMatch(/\n\s+at /);
    const variable = await runMain(['list_sub_account'], { ...env, VOLC_SMS_DEBUG: '1' });
    expect(variable.stderr).toMatch(/\n\s+at /);
  });
});

describe('help and version', () => {
  it("every command has --help with an example, the skill's own where it has one", async () => {
    const skillExamples: Record<string, string> = {
      send_sms: 'volc-sms send_sms --sub-account "7384ed01"',
      list_sub_account: 'volc-sms list_sub_account',
      list_signature: 'volc-sms list_signature --signature "火山引擎"',
      list_sms_template: 'volc-sms list_sms_template --signatures "火山引擎"',
      list_sms_send_log:
        'volc-sms list_sms_send_log --sub-account "77da1acf" --from-time 1773113285 --to-time 1773213285',
      list_total_send_count_stat:
        'volc-sms list_total_send_count_stat --start-time 1773113285 --end-time 1773213285',
      doctor: 'volc-sms doctor',
      sandbox: 'volc-sms sandbox',
    };
    for (const [command, example] of Object.entries(skillExamples)) {
      const run = await runMain([command, '--help'], {});
      expect(run.code).toBe(0);
      expect(run.stdout).toMatch(new RegExp(`^volc-sms ${command}: `));
      expect(run.stdout).toContain(`Examples:\n  ${example}`);
      expect(run.stdout).toContain('Global flags:');
    }
  });

  it('lists the commands and the exit codes; no command is a usage error', async () => {
    const help = await runMain(['--help'], {});
    expect(help.code).toBe(0);
    expect(help.stdout).toMatch(/Exit codes:\n {2}0 {2}success\n {2}1 /);
    const none = await runMain([], {});
    expect(none.code).toBe(2);
    expect(none.stderr).toMatch(/no command given/);
    expect((await runMain(['help', 'send_sms'], {})).stdout).toMatch(/^volc-sms send_sms: /);
  });

  it('--version matches package.json', async () => {
    const pkg = JSON.parse(readFileSync(`${REPO_ROOT}package.json`, 'utf8')) as { version: string };
    expect(CLI_VERSION).toBe(pkg.version);
    expect((await runMain(['--version'], {})).stdout).toBe(`${pkg.version}\n`);
  });
});
