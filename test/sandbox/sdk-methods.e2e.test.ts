import { sms } from '@volcengine/openapi';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startSandbox, type Sandbox } from '../../src/sandbox/index.ts';

// The official Node SDK (@volcengine/openapi), unchanged, against the sandbox: its verification-code
// methods work end to end, and every SMS method it has gets a real answer (a result, or what production
// answers an account without the feature), never 404 InvalidActionOrVersion.
let sandbox: Sandbox;
let service: sms.SmsService;
beforeAll(async () => {
  // The SDK signs with the real clock, so the sandbox keeps it.
  sandbox = await startSandbox({ port: 0, rateLimitQps: 0, receiptDelayMs: 0 });
  service = new sms.SmsService({
    accessKeyId: sandbox.credentials.accessKeyId,
    secretKey: sandbox.credentials.secretAccessKey,
    serviceName: 'volcSMS',
    protocol: 'http:',
  });
  service.setHost(new URL(sandbox.url).host);
});
afterAll(() => sandbox.close());

interface SdkAnswer {
  ResponseMetadata: { Action?: string; Error?: { Code: string; Message: string } };
  Result?: unknown;
}
type SdkMethod = (params: unknown) => Promise<SdkAnswer>;
const method = (name: string) => (service as unknown as Record<string, SdkMethod>)[name] as SdkMethod;

const MOBILE = '13800138000';
const VERIFY = { SmsAccount: '7384ed01', PhoneNumber: MOBILE, Scene: 'sdk-login' };

describe('the SDK verification-code methods', () => {
  it('SendVerifyCode → the code the sandbox generated → CheckVerifyCode "0", then Conversion', async () => {
    const sent = await method('SendVerifyCode')({
      ...VERIFY,
      Sign: '火山引擎',
      TemplateID: 'ST_0001',
      CodeType: 6,
      ExpireTime: 300,
      TryCount: 3,
    });
    expect(sent.ResponseMetadata.Error).toBeUndefined();
    const [messageId] = (sent.Result as { MessageID: string[] }).MessageID;
    const [record] = sandbox.admin.verifyCodes({ mobile: MOBILE });
    expect(record!.messageId).toBe(messageId);

    const wrong = await method('CheckVerifyCode')({
      ...VERIFY,
      Code: record!.code === '000000' ? '111111' : '000000',
    });
    expect(wrong.Result).toBe('1');
    const valid = await method('CheckVerifyCode')({ ...VERIFY, Code: record!.code });
    expect(valid).toMatchObject({ ResponseMetadata: { Action: 'CheckSmsVerifyCode' }, Result: '0' });

    const converted = await method('Conversion')({ MessageIDs: [messageId], Type: 1 });
    expect(converted.ResponseMetadata.Error).toBeUndefined();
    expect(sandbox.admin.conversions().map((c) => c.messageId)).toEqual([messageId]);
  });
});

// What each SDK method gets for a minimal, well-formed call. A method the SDK adds fails the
// enumeration below until it is listed here with the sandbox's answer.
const EXPECTED: Record<string, { params: Record<string, unknown>; code?: string }> = {
  Send: {
    params: {
      SmsAccount: '7384ed01',
      Sign: '火山引擎',
      TemplateID: 'ST_0001',
      TemplateParam: '{"code":"1"}',
      PhoneNumbers: MOBILE,
    },
  },
  BatchSend: {
    params: {
      SmsAccount: '7384ed01',
      Sign: '火山引擎',
      TemplateID: 'ST_0001',
      Messages: [{ PhoneNumber: MOBILE, TemplateParam: '{"code":"2"}' }],
    },
  },
  SendVerifyCode: { params: { ...VERIFY, Sign: '火山引擎', TemplateID: 'ST_0001' } },
  CheckVerifyCode: { params: { ...VERIFY, Code: '123456' } },
  Conversion: { params: { MessageIDs: ['unknown-message'], Type: 1 }, code: 'RE:0009' },
  ApplyVmsTemplate: {
    params: {
      SubAccount: '7384ed01',
      ChannelType: 'CN_VMS',
      Name: 'v',
      Theme: 't',
      Signature: '火山引擎',
      Contents: [],
    },
    code: 'VE:0001',
  },
  GetVmsTemplateStatus: { params: { SubAccount: '7384ed01', TemplateId: 'V1' }, code: 'VE:0001' },
  SendVms: {
    params: { SmsAccount: '7384ed01', Sign: '火山引擎', TemplateID: 'V1', PhoneNumbers: MOBILE },
    code: 'VE:0001',
  },
  GetSmsTemplateAndOrderList: { params: { subAccount: '7384ed01', pageIndex: 1, pageSize: 10 } },
  ApplySmsTemplate: { params: { subAccount: '7384ed01', name: 't', content: 'x' }, code: 'AccessDenied' },
  DeleteSmsTemplate: { params: { subAccount: '7384ed01', id: 'ST_0001' }, code: 'AccessDenied' },
  GetSubAccountList: { params: { pageIndex: 1, pageSize: 10 } },
  GetSubAccountDetail: { params: { subAccount: '7384ed01' } },
  InsertSmsSubAccount: { params: { subAccountName: 'new', desc: '' }, code: 'AccessDenied' },
  GetSignatureAndOrderList: { params: { subAccount: '7384ed01', pageIndex: 1, pageSize: 10 } },
  ApplySmsSignature: { params: { subAccount: '7384ed01', content: 'NewSign' }, code: 'AccessDenied' },
  DeleteSignature: { params: { subAccount: '7384ed01', content: 'VolcOps' }, code: 'AccessDenied' },
  UpdateSmsSignature: { params: { subAccount: '7384ed01', content: 'VolcOps' }, code: 'AccessDenied' },
  ApplySignatureIdent: { params: { Purpose: 1, MaterialName: 'm' }, code: 'AccessDenied' },
  GetSignatureIdentList: { params: {}, code: 'AccessDenied' },
  BatchBindSignatureIdent: {
    params: { SubAccount: '7384ed01', Signatures: 'VolcOps', Id: 11 },
    code: 'AccessDenied',
  },
};

describe('every SMS method of the SDK', () => {
  // The SMS service's methods are the API functions its constructor adds beyond the base Service's.
  const Base = Object.getPrototypeOf(sms.SmsService) as new (options: object) => object;
  const baseKeys = new Set(Object.keys(new Base({})));
  const sdkMethods = Object.keys(new sms.SmsService({ serviceName: 'volcSMS' })).filter(
    (key) => !baseKeys.has(key),
  );

  it('are the methods listed here', () => {
    expect(sdkMethods.length).toBeGreaterThanOrEqual(21);
    expect([...sdkMethods].sort()).toEqual(Object.keys(EXPECTED).sort());
  });

  it.each(sdkMethods)('%s gets a real answer, not 404', async (name) => {
    const expected = EXPECTED[name]!;
    const answer = await method(name)(expected.params);
    const error = answer.ResponseMetadata.Error;
    expect(error?.Code).not.toBe('InvalidActionOrVersion');
    expect(error?.Code).toBe(expected.code);
    if (expected.code === 'AccessDenied') expect(error!.Message).toMatch(/Use .+ instead/);
  });
});
