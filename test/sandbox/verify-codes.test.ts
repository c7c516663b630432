import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import {
  createSmsClient,
  SmsApiError,
  SmsOutcomeUnknownError,
  type SmsClient,
} from '../../src/core/index.ts';
import { startSandbox, type Sandbox } from '../../src/sandbox/index.ts';
import { sandboxAuth } from '../helpers/sandbox-auth.ts';
import { rawRequest } from './helpers/sandbox-http.ts';

// The sandbox's verification-code pair and Conversion, driven by the core client over real HTTP: the
// code is generated, sent like any message and visible through the admin API; the check answers as the
// service does (valid uses the code up, wrong uses a try, expired after ExpireTime or the last try).
let sandbox: Sandbox;
let client: SmsClient;
beforeAll(async () => {
  sandbox = await startSandbox({ port: 0, rateLimitQps: 0, receiptDelayMs: 0 });
  client = createSmsClient({ auth: sandboxAuth(sandbox), endpoint: sandbox.url, sleep: async () => {} });
});
afterAll(async () => {
  await client.close();
  await sandbox.close();
});
beforeEach(() => sandbox.admin.reset());

const SEND = {
  subAccount: '7384ed01',
  signature: '火山引擎',
  templateId: 'ST_0001',
  mobile: '13800138000',
  scene: 'login',
};
const check = (code: string, scene = 'login') =>
  client.checkSmsVerifyCode({ subAccount: '7384ed01', mobile: '+86 13800138000', scene, code });
const verdict = async (code: string, scene?: string) => (await check(code, scene)).result.verdict;
const wrongCodeFor = (code: string) => (code === '000000' ? '111111' : '000000');

describe('SendSmsVerifyCode', () => {
  it('generates a code, sends it like any message and shows it through the admin API', async () => {
    const { result } = await client.sendSmsVerifyCode({ ...SEND, codeType: 8 });
    const [code] = sandbox.admin.verifyCodes({ mobile: '13800138000' });
    expect(code).toMatchObject({
      subAccount: '7384ed01',
      mobile: '13800138000',
      maskedMobile: '138****8000',
      scene: 'login',
      messageId: result.MessageIds[0],
      triesLeft: 3,
      state: 'live',
      usedAt: null,
    });
    expect(code!.code).toMatch(/^\d{8}$/);
    expect(code!.expiresAt - code!.sentAt).toBe(180_000);
    const [message] = sandbox.admin.messages({ mobile: '13800138000' });
    expect(message).toMatchObject({ messageId: result.MessageIds[0], status: 'delivered', api: 'classic' });
    expect(message!.text).toBe(`【火山引擎】您的验证码是${code!.code}，5分钟内有效。`);
    expect(sandbox.admin.stats({ since: '1h' }).TotalAllSendCount).toBe(1);
    const overHttp = await rawRequest(sandbox.url, {
      method: 'GET',
      path: '/_sandbox/verify-codes?mobile=13800138000',
    });
    expect(JSON.parse(overHttp.text).codes[0].code).toBe(code!.code);
  });

  it('refuses a template that is not a verification one, and sends nothing', async () => {
    const error = await client
      .sendSmsVerifyCode({ ...SEND, signature: 'VolcOps', templateId: 'ST_0002' })
      .catch((e: unknown) => e);
    expect(error).toBeInstanceOf(SmsApiError);
    expect((error as SmsApiError).apiCode).toBe('RE:0005');
    expect(sandbox.admin.messages()).toEqual([]);
    expect(sandbox.admin.verifyCodes()).toEqual([]);
  });
});

describe('CheckSmsVerifyCode', () => {
  it('valid once: the code is then used up', async () => {
    await client.sendSmsVerifyCode(SEND);
    const { code } = sandbox.admin.verifyCodes()[0]!;
    expect((await check(code)).result).toEqual({ verdict: 'valid', code: '0' });
    expect(await verdict(code)).toBe('expired');
    expect(sandbox.admin.verifyCodes()[0]!.state).toBe('used');
  });

  it('a wrong code uses a try; after TryCount wrong ones even the right code is expired', async () => {
    await client.sendSmsVerifyCode({ ...SEND, tryCount: 2 });
    const { code } = sandbox.admin.verifyCodes()[0]!;
    expect((await check(wrongCodeFor(code))).result).toEqual({ verdict: 'wrong', code: '1' });
    expect(sandbox.admin.verifyCodes()[0]!.triesLeft).toBe(1);
    expect(await verdict(wrongCodeFor(code))).toBe('wrong');
    expect(await verdict(code)).toBe('expired');
    expect(sandbox.admin.verifyCodes()[0]!.state).toBe('out-of-tries');
  });

  it('expires ExpireTime seconds after the send (sandbox clock)', async () => {
    await client.sendSmsVerifyCode({ ...SEND, expireTime: 300 });
    const { code } = sandbox.admin.verifyCodes()[0]!;
    sandbox.admin.advanceClock(299_000);
    expect(sandbox.admin.verifyCodes()[0]!.state).toBe('live');
    sandbox.admin.advanceClock(1_000);
    expect(await verdict(code)).toBe('expired');
  });

  it('is keyed by group, number and scene; a new code replaces the old one', async () => {
    await client.sendSmsVerifyCode(SEND);
    const first = sandbox.admin.verifyCodes()[0]!.code;
    expect(await verdict(first, 'other-scene')).toBe('expired');
    await client.sendSmsVerifyCode(SEND);
    const codes = sandbox.admin.verifyCodes();
    expect(codes).toHaveLength(1);
    if (codes[0]!.code !== first) expect(await verdict(first)).toBe('wrong');
    expect(await verdict(codes[0]!.code)).toBe('valid');
  });

  it('a lost answer is unknown and not checked again (exactly one try used)', async () => {
    await client.sendSmsVerifyCode(SEND);
    const { code } = sandbox.admin.verifyCodes()[0]!;
    sandbox.admin.addFault({ action: 'CheckSmsVerifyCode', kind: 'drop-after', count: 1 });
    const error = await check(wrongCodeFor(code)).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(SmsOutcomeUnknownError);
    expect(sandbox.admin.verifyCodes()[0]!.triesLeft).toBe(2);
  });
});

describe('Conversion', () => {
  it('records each message and type once; an unknown id refuses the whole report', async () => {
    const { result } = await client.sendSmsVerifyCode(SEND);
    const id = result.MessageIds[0]!;
    await client.conversion({ messageIds: [id], type: 1 });
    await client.conversion({ messageIds: [id], type: 1 });
    expect(sandbox.admin.conversions()).toEqual([{ messageId: id, type: 1, at: expect.any(Number) }]);
    const error = await client.conversion({ messageIds: [id, 'nope'], type: 2 }).catch((e: unknown) => e);
    expect((error as SmsApiError).apiCode).toBe('RE:0009');
    expect((error as SmsApiError).apiMessage).toMatch(/MessageIDs\[1\]/);
    expect(sandbox.admin.conversions()).toHaveLength(1);
  });
});
