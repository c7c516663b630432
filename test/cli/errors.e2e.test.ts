// Every error class of the skill's list, as the user meets it: exit code, one stderr line with the hint and
// the request id, and (JSON mode, stdout is a pipe) the server's envelope on stdout. No secret anywhere.
import { describe, expect, it } from 'vitest';
import type { Sandbox } from '../../src/sandbox/index.ts';
import { expectNoSecrets, parseJson, runCli, type TempHome } from './helpers/cli-process.ts';
import type { CliRun } from './helpers/cli-process.ts';
import {
  akskEnv,
  gatewayEnv,
  sandboxSecrets,
  startTestSandbox,
  useSandboxWithHome,
} from './helpers/sandbox-env.ts';
import { startStubApi, stubEnvelope } from './helpers/stub-api.ts';

let sandbox: Sandbox;
let home: TempHome;
useSandboxWithHome((started) => ({ sandbox, home } = started));

const SEND = ['send_sms', '--sub-account', '7384ed01', '--signature', '火山引擎', '--template-id', 'ST_0001'];
const CODE = ['--template-param', '{"code":"1234"}'];

async function cli(args: readonly string[], env: Record<string, string> = akskEnv(sandbox)): Promise<CliRun> {
  const run = await runCli(args, { env, home: home.home });
  expectNoSecrets(run, [...sandboxSecrets(sandbox), 'wrong-secret-value', 'wrong-api-key-value']);
  expect(run.stderr).not.toMatch(/\n\s+at /); // never a stack trace
  return run;
}

/** The one-line error: message with the API code, request id, hint. */
function expectApiErrorLine(run: CliRun, code: string, hint: RegExp): void {
  const lines = run.stderr.trimEnd().split('\n');
  expect(lines).toHaveLength(1);
  expect(lines[0]).toMatch(
    new RegExp(`^volc-sms: .*\\(${code}[:)].*\\(request id \\d{14}[0-9A-F]{20}\\)\\. Hint: `),
  );
  expect(lines[0]).toMatch(hint);
}

function expectEnvelopeError(run: CliRun, code: string): void {
  const envelope = parseJson(run) as { ResponseMetadata: { Error?: { Code: string } } };
  expect(envelope.ResponseMetadata.Error?.Code).toBe(code);
}

describe('business errors answered by the API (HTTP 200 + Error)', () => {
  it('RE:0001 service not activated → exit 1', async () => {
    sandbox.admin.setAccount({ activated: false });
    const run = await cli([...SEND, '--mobiles', '13800000000', ...CODE]);
    expect(run.code).toBe(1);
    expectApiErrorLine(run, 'RE:0001', /Activate SMS/);
    expectEnvelopeError(run, 'RE:0001');
  });

  it('a failed read prints the server envelope itself in JSON mode, not a rebuilt one', async () => {
    sandbox.admin.setAccount({ activated: false });
    const run = await cli(['list_sub_account']);
    expect(run.code).toBe(1);
    expectApiErrorLine(run, 'RE:0001', /Activate SMS/);
    const envelope = parseJson(run) as { ResponseMetadata: Record<string, unknown> };
    expect(envelope.ResponseMetadata).toMatchObject({
      Action: 'ListSubAccountForAgent',
      Version: '2026-01-01',
      Service: 'volcSMS',
      Error: { Code: 'RE:0001' },
    });
  });

  it('RE:0003 unknown or unapproved message group → exit 1, hint lists the groups', async () => {
    const run = await cli([
      ...SEND.slice(0, 1),
      '--sub-account',
      '5c0ffee0',
      ...SEND.slice(3),
      '--mobiles',
      '13800000000',
      ...CODE,
    ]);
    expect(run.code).toBe(1);
    expectApiErrorLine(run, 'RE:0003', /volc-sms list_sub_account/);
    expectEnvelopeError(run, 'RE:0003');
  });

  it('RE:0004 signature not approved → exit 1, hint names the group to check', async () => {
    const args = [
      'send_sms',
      '--sub-account',
      '7384ed01',
      '--signature',
      '待审核签名',
      '--template-id',
      'ST_0001',
    ];
    const run = await cli([...args, '--mobiles', '13800000000', ...CODE]);
    expect(run.code).toBe(1);
    expectApiErrorLine(run, 'RE:0004', /list_signature --sub-accounts 7384ed01/);
    expectEnvelopeError(run, 'RE:0004');
  });

  it('RE:0005 template under review → exit 1', async () => {
    const args = [
      'send_sms',
      '--sub-account',
      '7384ed01',
      '--signature',
      '火山引擎',
      '--template-id',
      'ST_0009',
    ];
    const run = await cli([...args, '--mobiles', '13800000000', '--template-param', '{"x":"1"}']);
    expect(run.code).toBe(1);
    expectApiErrorLine(run, 'RE:0005', /list_sms_template --sub-accounts 7384ed01/);
    expectEnvelopeError(run, 'RE:0005');
  });

  it('RE:0009 template parameters that do not match the template → exit 1', async () => {
    const run = await cli([...SEND, '--mobiles', '13800000000', '--template-param', '{"wrong":"1"}']);
    expect(run.code).toBe(1);
    expectApiErrorLine(run, 'RE:0009', /Hint: /);
    expectEnvelopeError(run, 'RE:0009');
  });

  it('RE:0010 account in arrears → exit 1', async () => {
    sandbox.admin.setAccount({ inArrears: true });
    const run = await cli([...SEND, '--mobiles', '13800000000', ...CODE]);
    expect(run.code).toBe(1);
    expectApiErrorLine(run, 'RE:0010', /Hint: /);
    expectEnvelopeError(run, 'RE:0010');
  });
});

describe('mobile format (RE:0006)', () => {
  it('is caught locally: each bad number named, exit 2, nothing sent', async () => {
    const run = await cli([...SEND, '--mobiles', '13800000000,12345,+861234', ...CODE]);
    expect(run.code).toBe(2);
    expect(run.stdout).toBe('');
    expect(run.stderr).toMatch(/^volc-sms: 2 invalid numbers in mobiles.*#2 .*#3 .*Hint: .*nothing was sent/);
    expect(sandbox.admin.messages()).toEqual([]);
  });

  it('when the server rejects a number anyway: exit 1, its envelope and the hint', async () => {
    const stub = await startStubApi(({ action }) => ({
      body: stubEnvelope(action, { error: { Code: 'RE:0006', Message: 'Mobile format error: 13800000000' } }),
    }));
    try {
      const run = await cli([...SEND, '--mobiles', '13800000000', ...CODE], {
        ...akskEnv(sandbox),
        VOLC_SMS_ENDPOINT: stub.url,
      });
      expect(run.code).toBe(1);
      expectApiErrorLine(run, 'RE:0006', /11 digits/);
      expect(run.stderr).not.toContain('13800000000');
      expectEnvelopeError(run, 'RE:0006');
    } finally {
      await stub.close();
    }
  });
});

describe('credentials', () => {
  it('missing: exit 3, names the variables and the env file, no stack', async () => {
    const run = await cli(['list_sub_account'], {});
    expect(run.code).toBe(3);
    expect(run.stdout).toBe('');
    expect(run.stderr).toContain('ARK_SKILL_API_KEY');
    expect(run.stderr).toContain('VOLCENGINE_ACCESS_KEY');
    expect(run.stderr).toContain(`${home.home}/.openclaw/.env`);
  });

  it('a wrong secret key: SignatureDoesNotMatch, exit 3', async () => {
    const run = await cli(['list_sub_account'], {
      ...akskEnv(sandbox),
      VOLCENGINE_SECRET_KEY: 'wrong-secret-value',
    });
    expect(run.code).toBe(3);
    expectApiErrorLine(run, 'SignatureDoesNotMatch', /VOLCENGINE_SECRET_KEY/);
    expectEnvelopeError(run, 'SignatureDoesNotMatch');
  });

  it.each([['list_sub_account'], [...SEND, '--mobiles', '13800000000', ...CODE]])(
    'a wrong access key (%s): InvalidAccessKey, exit 3; the envelope on stdout quotes it redacted',
    async (...args) => {
      const run = await cli(args, { ...akskEnv(sandbox), VOLCENGINE_ACCESS_KEY: 'AKLTwrong-key-id' });
      expect(run.code).toBe(3);
      expectApiErrorLine(run, 'InvalidAccessKey', /VOLCENGINE_ACCESS_KEY/);
      expectEnvelopeError(run, 'InvalidAccessKey');
      expect(run.stdout).toContain('The accesskey [***] included in the request is invalid.');
      expect(run.stdout + run.stderr).not.toContain('AKLTwrong-key-id');
    },
  );

  it('a wrong gateway key: rejected, exit 3, the hint names the gateway variables in use', async () => {
    for (const command of [['list_sub_account'], [...SEND, '--mobiles', '13800000000', ...CODE]]) {
      const run = await cli(command, {
        ...gatewayEnv(sandbox),
        ARK_SKILL_API_KEY: 'wrong-api-key-value',
      });
      expect(run.code).toBe(3);
      expect(run.stderr).toMatch(/^volc-sms: .*request id .*Hint: .*ARK_SKILL_API_KEY.*ARK_SKILL_API_BASE/);
      expect(run.stderr).not.toMatch(/VOLCENGINE_(ACCESS|SECRET)_KEY/);
    }
  });

  it('RE:0009 on a read: the hint fits that action, not the send hint about 200 numbers', async () => {
    const stub = await startStubApi((request) => ({
      body: stubEnvelope(request.action, { error: { Code: 'RE:0009', Message: 'parameter error' } }),
    }));
    try {
      const env = { ...akskEnv(sandbox), VOLC_SMS_ENDPOINT: stub.url };
      const stats = await cli(['list_total_send_count_stat', '--since', '7d'], env);
      expect(stats.code).toBe(1);
      expectApiErrorLine(stats, 'RE:0009', /Hint: Check the window: at most 90 days/);
      const log = await cli(['list_sms_send_log', '--sub-account', '7384ed01', '--since', '1h'], env);
      expectApiErrorLine(log, 'RE:0009', /Hint: Check the window and filters/);
      for (const run of [stats, log]) expect(run.stderr).not.toMatch(/200 numbers|TemplateParam/);
      const send = await cli([...SEND, '--mobiles', '13800000000', ...CODE], env);
      expectApiErrorLine(send, 'RE:0009', /at most 200 numbers, TemplateParam/);
    } finally {
      await stub.close();
    }
  });
});

describe('throttling, network and unknown outcomes', () => {
  it('429 FlowLimitExceeded after the retries: exit 7', async () => {
    sandbox.admin.addFault('*=429:0');
    const run = await cli(['list_sub_account']);
    expect(run.code).toBe(7);
    expectApiErrorLine(run, 'FlowLimitExceeded', /Hint: /);
  });

  it('no answer (nothing listening): exit 4', async () => {
    const closed = await startTestSandbox();
    const url = closed.url;
    await closed.close();
    const run = await cli(['list_sub_account'], { ...akskEnv(sandbox), VOLC_SMS_ENDPOINT: url });
    expect(run.code).toBe(4);
    expect(run.stderr).toMatch(/^volc-sms: .*Hint: /);
  });

  it('a send whose answer was lost: exit 5, never retried, hint points at the send log', async () => {
    sandbox.admin.addFault({ action: 'SendSmsForAgent', kind: 'drop-after', count: 1 });
    const run = await cli([...SEND, '--mobiles', '13800000000', ...CODE]);
    expect(run.code).toBe(5);
    expect(run.stderr).toMatch(/list_sms_send_log --sub-account 7384ed01/);
    expect(run.stderr).not.toContain('13800000000');
    expect(sandbox.admin.messages()).toHaveLength(1);
  });
});

describe('a send answered with an error that does not prove it was not processed', () => {
  it.each([
    ['RE:0500 with HTTP 200', 'SendSmsForAgent=error-after:RE:0500x1', 'RE:0500'],
    ['SY:0500 with HTTP 200', 'SendSmsForAgent=error-after:SY:0500x1', 'SY:0500'],
    ['an HTML 400 (not the API envelope)', 'SendSmsForAgent=non-json:400x1', 'HTTP400'],
    ['a 429 without the throttle envelope', 'SendSmsForAgent=non-json:429x1', 'HTTP429'],
  ])(
    '%s: exit 5 (outcome unknown), never 1, sent once, the send log to check',
    async (_name, fault, code) => {
      sandbox.admin.addFault(fault);
      const run = await cli([...SEND, '--mobiles', '13800000000', ...CODE]);
      expect(run.code).toBe(5);
      expect(run.stderr).toMatch(/^volc-sms: SendSmsForAgent outcome unknown for 1 number: /);
      expect(run.stderr).toContain(`(${code}`);
      expect(run.stderr).toMatch(
        /do not resend blindly\. Check with `volc-sms list_sms_send_log --sub-account 7384ed01/,
      );
      expect(sandbox.admin.messages()).toHaveLength(1);
    },
  );

  it('the same code before processing is still unknown (exit 5), and a rejecting one exits 1 with nothing sent', async () => {
    sandbox.admin.addFault('SendSmsForAgent=error:RE:0500x1');
    expect((await cli([...SEND, '--mobiles', '13800000000', ...CODE])).code).toBe(5);
    sandbox.admin.addFault('SendSmsForAgent=error:RE:0011x1');
    const rejected = await cli([...SEND, '--mobiles', '13800000000', ...CODE]);
    expect(rejected.code).toBe(1);
    expectApiErrorLine(rejected, 'RE:0011', /destination region/);
    expect(sandbox.admin.messages()).toHaveLength(0);
  });
});

describe('command line', () => {
  it('an unknown command: the closest one and the list of commands, exit 2 like no command at all', async () => {
    const run = await cli(['send_smss']);
    expect(run.code).toBe(2);
    expect(run.stderr).toMatch(
      /unknown command "send_smss": did you mean "send_sms"\? Commands: send_sms, list_sub_account/,
    );
  });

  it('an unknown flag: named, with the command help to look at, exit 2', async () => {
    const run = await cli(['list_signature', '--sub-acount', 'x']);
    expect(run.code).toBe(2);
    expect(run.stderr).toBe(
      'volc-sms: Unknown flag --sub-acount for list_signature: did you mean --sub-account? Hint: Run "volc-sms list_signature --help" for its flags.\n',
    );
  });

  it('a missing required flag or a bad value: named, exit 2', async () => {
    const missing = await cli(['list_sms_send_log', '--since', '1h']);
    expect(missing.code).toBe(2);
    expect(missing.stderr).toMatch(/--sub-account is required/);
    const bad = await cli(['list_signature', '--page-size', '500']);
    expect(bad.code).toBe(2);
    expect(bad.stderr).toMatch(/--page-size must be at most 100/);
    const masked = await cli(['list_sms_send_log', '--sub-account', '7384ed01', '--mobile', '138****0000']);
    expect(masked.code).toBe(2);
    expect(masked.stderr).toMatch(/--mobile needs the full number/);
    const time = await cli(['list_total_send_count_stat', '--start-time', 'yesterday', '--end-time', 'now']);
    expect(time.code).toBe(2);
    expect(time.stderr).toMatch(/--start-time/);
  });
});
