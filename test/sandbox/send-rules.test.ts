import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { startSandbox, type Sandbox } from '../../src/sandbox/index.ts';
import { codeOf, signedCall } from './helpers/sandbox-http.ts';

const OTP = {
  SubAccount: '7384ed01',
  Signature: '火山引擎',
  TemplateId: 'ST_0001',
  Mobiles: '13800000000',
  TemplateParam: '{"code":"1234"}',
};

describe('SendSmsForAgent business rules', () => {
  let sandbox: Sandbox;
  const send = (overrides: Record<string, unknown>) =>
    signedCall(sandbox, 'SendSmsForAgent', { ...OTP, ...overrides });

  beforeAll(async () => {
    sandbox = await startSandbox({ port: 0, rateLimitQps: 0 });
  });
  beforeEach(() => sandbox.admin.reset());
  afterAll(() => sandbox.close());

  async function expectRejected(overrides: Record<string, unknown>, code: string, message?: RegExp) {
    const response = await send(overrides);
    expect(response.status).toBe(200);
    expect(codeOf(response)).toBe(code);
    expect(response.json?.Result).toBeUndefined();
    expect(response.json?.ResponseMetadata.Error?.CodeN).toBeUndefined();
    if (message) expect(response.json?.ResponseMetadata.Error?.Message).toMatch(message);
    expect(sandbox.admin.messages()).toHaveLength(0);
    return response;
  }

  it('accepts a valid send: one UUID per number, in order, and the phone receives the rendered text', async () => {
    const response = await send({ Mobiles: '13800000000,+8613900000001,8613700000002' });
    expect(codeOf(response)).toBe('OK');
    const ids = response.json?.Result.MessageIds as string[];
    expect(ids).toHaveLength(3);
    for (const id of ids)
      expect(id).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/);
    const received = sandbox.admin.messages();
    expect(received.map((m) => [m.messageId, m.mobile])).toEqual([
      [ids[0], '13800000000'],
      [ids[1], '13900000001'],
      [ids[2], '13700000002'],
    ]);
    expect(received[0]?.text).toBe('【火山引擎】您的验证码是1234，5分钟内有效。');
  });

  it('RE:0001 when the service is not activated, for sends and lists alike', async () => {
    sandbox.admin.setAccount({ activated: false });
    await expectRejected({}, 'RE:0001');
    const list = await signedCall(sandbox, 'ListSubAccountForAgent', {});
    expect(codeOf(list)).toBe('RE:0001');
  });

  it('RE:0010 when the account is in arrears', async () => {
    sandbox.admin.setAccount({ inArrears: true });
    await expectRejected({}, 'RE:0010');
  });

  it('RE:0003 "SmsAccount not exist." for an unknown group and for one under review', async () => {
    await expectRejected({ SubAccount: 'deadbeef' }, 'RE:0003', /^SmsAccount not exist\.$/);
    await expectRejected({ SubAccount: '5c0ffee0' }, 'RE:0003');
  });

  it.each([
    ['a missing signature', 'NoSuchSign', /does not exist/],
    ['a signature under review', '待审核签名', /not approved \(under review\)/],
    ['a rejected signature', 'RejectedSign', /not approved \(rejected\)/],
  ])('RE:0004 for %s', async (_what, signature, message) => {
    await expectRejected({ Signature: signature }, 'RE:0004', message);
  });

  it('RE:0004 for a signature not bound to the group', async () => {
    await expectRejected(
      { SubAccount: '77da1acf', Signature: 'VolcOps', TemplateId: 'ST_0003', TemplateParam: '{"name":"A"}' },
      'RE:0004',
      /not available in message group 77da1acf/,
    );
  });

  it.each([
    ['a missing template', { TemplateId: 'ST_9999' }, /does not exist/],
    ['a template under review', { TemplateId: 'ST_0009', TemplateParam: '{"x":"1"}' }, /not approved/],
    [
      'a template of another group',
      { TemplateId: 'ST_0003', TemplateParam: '{"name":"A"}' },
      /not available in message group 7384ed01/,
    ],
    [
      'a template not allowed with the signature',
      { TemplateId: 'ST_0002', TemplateParam: '{"service":"a","message":"b"}' },
      /cannot be used with signature "火山引擎"/,
    ],
  ])('RE:0005 for %s', async (_what, overrides, message) => {
    await expectRejected(overrides, 'RE:0005', message);
  });

  it('RE:0006 names the bad number by position, masked', async () => {
    const response = await expectRejected(
      { Mobiles: '13800000000,12345678901' },
      'RE:0006',
      /number 2 \(123\*\*\*\*8901\)/,
    );
    expect(response.text).not.toContain('12345678901');
  });

  it('RE:0009 for more than 200 numbers; exactly 200 is accepted', async () => {
    const numbers = (n: number) =>
      Array.from({ length: n }, (_, i) => `138${String(i).padStart(8, '0')}`).join(',');
    await expectRejected({ Mobiles: numbers(201) }, 'RE:0009', /201 numbers; at most 200/);
    const ok = await send({ Mobiles: numbers(200) });
    expect(ok.json?.Result.MessageIds).toHaveLength(200);
    expect(sandbox.admin.messages({ limit: 1000 })).toHaveLength(200);
  });

  it.each([
    ['a missing variable', '{}', /missing "code"/],
    ['an extra variable', '{"code":"1","other":"2"}', /unexpected "other"/],
    ['no TemplateParam at all', undefined, /missing "code"/],
    ['a JSON array', '["1234"]', /must be a JSON object/],
  ])('RE:0009 when TemplateParam has %s', async (_what, templateParam, message) => {
    await expectRejected({ TemplateParam: templateParam }, 'RE:0009', message);
  });

  it('ZJ10202 for a TemplateParam that is not JSON and for a malformed body', async () => {
    await expectRejected({ TemplateParam: '{code:1234}' }, 'ZJ10202', /TemplateParam is not valid JSON/);
    const response = await signedCall(sandbox, 'SendSmsForAgent', '{"SubAccount": "7384ed01",');
    expect(response.status).toBe(200);
    expect(codeOf(response)).toBe('ZJ10202');
  });

  it('ZJ10200 names fields of the wrong type or missing', async () => {
    const response = await expectRejected({ Mobiles: 13800000000 }, 'ZJ10200', /Mobiles/);
    expect(response.json?.ResponseMetadata.Error?.Message).toMatch(/expected string/);
    await expectRejected({ SubAccount: undefined }, 'ZJ10200', /SubAccount/);
  });

  it('counts billed segments: 70 characters fit one SMS, longer texts use parts of 67', async () => {
    await send({
      TemplateId: 'ST_0004',
      Signature: 'VolcOps',
      TemplateParam: JSON.stringify({ version: 'v'.repeat(40) }),
    });
    await send({
      TemplateId: 'ST_0004',
      Signature: 'VolcOps',
      TemplateParam: JSON.stringify({ version: 'v'.repeat(100) }),
    });
    const [short, long] = sandbox.admin.messages();
    expect([...(short?.text ?? '')].length).toBeLessThanOrEqual(70);
    expect(short?.segments).toBe(1);
    expect(long?.segments).toBe(Math.ceil([...(long?.text ?? '')].length / 67));
    expect(long?.segments).toBe(2);
  });
});

describe('channel types', () => {
  it("RE:0012 when the group does not send the template's channel type", async () => {
    const sandbox = await startSandbox({
      port: 0,
      rateLimitQps: 0,
      seed: {
        subAccounts: [{ id: 'aa000001', name: 'OTP only', channelTypes: ['CN_OTP'] }],
        signatures: [{ text: 'Brand', subAccounts: ['aa000001'] }],
        templates: [
          {
            id: 'ST_M',
            channelType: 'CN_MKT',
            content: 'Sale',
            signatures: ['Brand'],
            subAccounts: ['aa000001'],
          },
        ],
      },
    });
    try {
      const response = await signedCall(sandbox, 'SendSmsForAgent', {
        SubAccount: 'aa000001',
        Signature: 'Brand',
        TemplateId: 'ST_M',
        Mobiles: '13800000000',
      });
      expect(codeOf(response)).toBe('RE:0012');
    } finally {
      await sandbox.close();
    }
  });
});
