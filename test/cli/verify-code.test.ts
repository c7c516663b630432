import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { runMain } from './helpers/in-process.ts';
import { startStubApi, stubEnvelope, type StubHandler } from './helpers/stub-api.ts';

// send_verify_code and check_verify_code over real HTTP to a stub API (main() in process).
let answer: StubHandler = () => ({ body: {} });
let stub: Awaited<ReturnType<typeof startStubApi>>;
let home = '';
beforeAll(async () => {
  stub = await startStubApi((request) => answer(request));
  home = await mkdtemp(path.join(tmpdir(), 'volc-sms-verify-'));
});
afterAll(async () => {
  await stub.close();
  await rm(home, { recursive: true, force: true });
});
beforeEach(() => {
  stub.requests.length = 0;
});
// On a terminal (tty) the text form, in a pipe the envelope.
const run = (args: string[], tty = true) =>
  runMain(
    args,
    {
      HOME: home,
      VOLCENGINE_ACCESS_KEY: 'AKLTcliverify',
      VOLCENGINE_SECRET_KEY: 'cli-verify-secret',
      VOLC_SMS_ENDPOINT: stub.url,
    },
    { tty },
  );
const KEY = ['--sub-account', '7384ed01', '--mobile', '13800138000', '--scene', '注册验证码'];

describe('send_verify_code', () => {
  it('sends SendSmsVerifyCode with the flags, and shows the number masked', async () => {
    answer = (r) => ({ body: stubEnvelope(r.action, { result: { MessageID: ['MSG-1'] } }) });
    const result = await run([
      'send_verify_code',
      ...KEY,
      '--signature',
      '火山引擎',
      '--template-id',
      'ST_0001',
      '--code-type',
      '4',
      '--expire-time',
      '300',
    ]);
    expect(result.stderr).toBe('');
    expect(result.code).toBe(0);
    expect(stub.requests).toEqual([
      {
        action: 'SendSmsVerifyCode',
        body: {
          SmsAccount: '7384ed01',
          Sign: '火山引擎',
          TemplateID: 'ST_0001',
          PhoneNumber: '13800138000',
          Scene: '注册验证码',
          CodeType: 4,
          ExpireTime: 300,
        },
      },
    ]);
    expect(result.stdout).toContain('138****8000');
    expect(result.stdout).not.toContain('13800138000');
    expect(result.stdout).toContain('MSG-1');
  });

  it('refuses a code length the service does not make (exit 2, nothing sent)', async () => {
    const result = await run([
      'send_verify_code',
      ...KEY,
      '--signature',
      'S',
      '--template-id',
      'T',
      '--code-type',
      '5',
    ]);
    expect(result.code).toBe(2);
    expect(result.stderr).toMatch(/code-type/);
    expect(stub.requests).toHaveLength(0);
  });
});

describe('check_verify_code', () => {
  it.each([
    ['0', 0, /^valid/],
    ['1', 1, /^wrong/],
    ['2', 1, /^expired/],
  ])('Result "%s": exit %i', async (verdict, code, text) => {
    answer = (r) => ({ body: stubEnvelope(r.action, { result: verdict }) });
    const result = await run(['check_verify_code', ...KEY, '--code', '482916']);
    expect(result.code).toBe(code);
    expect(result.stdout).toMatch(text);
    expect(stub.requests[0]).toEqual({
      action: 'CheckSmsVerifyCode',
      body: { SmsAccount: '7384ed01', PhoneNumber: '13800138000', Scene: '注册验证码', Code: '482916' },
    });
  });

  it('in a pipe it prints the envelope, and the exit code still says the verdict', async () => {
    answer = (r) => ({ body: stubEnvelope(r.action, { result: '1' }) });
    const result = await run(['check_verify_code', ...KEY, '--code', '482916'], false);
    expect(result.code).toBe(1);
    expect(JSON.parse(result.stdout)).toMatchObject({ Result: '1' });
  });
});
