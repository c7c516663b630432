import { describe, expect, it } from 'vitest';
import {
  SmsInputError,
  SmsOutcomeUnknownError,
  SmsResponseValidationError,
} from '../../src/core/errors/errors.ts';
import type { SmsClient } from '../../src/core/types.ts';
import { reply, useLoopbackClient, type LoopbackServer } from './helpers/loopback-server.ts';

// The classic verification-code pair and Conversion (2020-01-01, PascalCase POST bodies, the official
// Node SDK's SendVerifyCode/CheckVerifyCode/Conversion), against a real HTTP server.
let server: LoopbackServer;
let client: SmsClient;
const { sleeps, answer } = useLoopbackClient('verify', (started) => ({ server, client } = started));
const SEND = {
  subAccount: '7384ed01',
  signature: '火山引擎',
  templateId: 'ST_0001',
  mobile: '+86 138-0013-8000',
  scene: '注册验证码',
};
const CHECK = { subAccount: '7384ed01', mobile: '13800138000', scene: '注册验证码', code: '482916' };

const refused = async (call: Promise<unknown>, field: string) => {
  const error = (await call.catch((e: unknown) => e)) as SmsInputError;
  expect(error).toBeInstanceOf(SmsInputError);
  expect(error.issues.map((i) => i.field)).toContain(field);
  expect(server.hits).toHaveLength(0);
};

describe('sendSmsVerifyCode', () => {
  it('sends the classic body with the number normalised, and reads MessageID', async () => {
    answer({ MessageID: ['MSG-1'] });
    const response = await client.sendSmsVerifyCode({ ...SEND, codeType: 4, expireTime: 300, tryCount: 5 });
    expect(response.result.MessageIds).toEqual(['MSG-1']);
    const hit = server.hits[0]!;
    expect(hit.method).toBe('POST');
    expect(hit.url.search).toBe('?Action=SendSmsVerifyCode&Version=2020-01-01');
    expect(hit.json).toEqual({
      SmsAccount: '7384ed01',
      Sign: '火山引擎',
      TemplateID: 'ST_0001',
      PhoneNumber: '13800138000',
      Scene: '注册验证码',
      CodeType: 4,
      ExpireTime: 300,
      TryCount: 5,
    });
  });

  it('leaves the service its defaults when no length, lifetime or tries are given', async () => {
    answer({ MessageID: ['MSG-2'] });
    await client.sendSmsVerifyCode(SEND);
    expect(Object.keys(server.hits[0]!.json as object).sort()).toEqual([
      'PhoneNumber',
      'Scene',
      'Sign',
      'SmsAccount',
      'TemplateID',
    ]);
  });

  it('refuses out-of-range values and a bad number before sending', async () => {
    await refused(client.sendSmsVerifyCode({ ...SEND, expireTime: 60 }), 'expire-time');
    await refused(client.sendSmsVerifyCode({ ...SEND, tryCount: 11 }), 'try-count');
    await refused(client.sendSmsVerifyCode({ ...SEND, codeType: 5 as 4 }), 'code-type');
    await refused(client.sendSmsVerifyCode({ ...SEND, mobile: '12345' }), 'mobile');
  });

  it('a lost answer is unknown, not resent, and says how to look the number up', async () => {
    server.setHandler((_req, res) => {
      res.socket?.destroy();
    });
    const error = (await client.sendSmsVerifyCode(SEND).catch((e: unknown) => e)) as SmsOutcomeUnknownError;
    expect(error).toBeInstanceOf(SmsOutcomeUnknownError);
    expect(error.hint).toContain(
      'list_sms_send_log --sub-account 7384ed01 --mobile <full number of 138****8000>',
    );
    expect(server.hits).toHaveLength(1);
    expect(sleeps).toEqual([]);
  });
});

describe('checkSmsVerifyCode', () => {
  it.each([
    ['0', 'valid'],
    ['1', 'wrong'],
    ['2', 'expired'],
  ])('Result "%s" is %s', async (code, verdict) => {
    answer(code);
    const response = await client.checkSmsVerifyCode(CHECK);
    expect(response.result).toEqual({ verdict, code });
    expect(server.hits[0]!.url.search).toBe('?Action=CheckSmsVerifyCode&Version=2020-01-01');
    expect(server.hits[0]!.json).toEqual({
      SmsAccount: '7384ed01',
      PhoneNumber: '13800138000',
      Scene: '注册验证码',
      Code: '482916',
    });
  });

  it('an answer it does not know leaves the check unknown (it may have used a try)', async () => {
    answer('7');
    const error = (await client.checkSmsVerifyCode(CHECK).catch((e: unknown) => e)) as SmsOutcomeUnknownError;
    expect(error).toBeInstanceOf(SmsOutcomeUnknownError);
    expect(error.cause).toBeInstanceOf(SmsResponseValidationError);
  });

  it('a code that is not 4 to 8 digits is refused before it uses up a try', async () => {
    await refused(client.checkSmsVerifyCode({ ...CHECK, code: '12ab' }), 'code');
  });

  it('a lost answer is unknown and not checked again: a second check could use up a try', async () => {
    server.setHandler((_req, res) => reply(res, 502, { message: 'bad gateway' }));
    const error = (await client.checkSmsVerifyCode(CHECK).catch((e: unknown) => e)) as SmsOutcomeUnknownError;
    expect(error).toBeInstanceOf(SmsOutcomeUnknownError);
    expect(error.message).toMatch(/^CheckSmsVerifyCode outcome unknown/);
    expect(error.hint).toMatch(/tries/);
    expect(server.hits).toHaveLength(1);
  });
});

describe('conversion', () => {
  it('sends MessageIDs and Type', async () => {
    answer({});
    expect((await client.conversion({ messageIds: ['MSG-1', 'MSG-2'], type: 1 })).result).toEqual({});
    expect(server.hits[0]!.url.search).toBe('?Action=Conversion&Version=2020-01-01');
    expect(server.hits[0]!.json).toEqual({ MessageIDs: ['MSG-1', 'MSG-2'], Type: 1 });
  });
  it('needs at least one message id', async () => {
    await refused(client.conversion({ messageIds: [], type: 1 }), 'message-ids');
  });
});
