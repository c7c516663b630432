import { describe, expect, it } from 'vitest';
import { buildRequest } from '../../src/core/signing/build-request.ts';
import { parseAuthorization, signRequest } from '../../src/core/signing/sign.ts';

const date = new Date('2024-01-02T03:04:05Z');
const aksk = { kind: 'aksk' as const, accessKeyId: 'AKLTEXAMPLEAK', secretAccessKey: 'EXAMPLESECRETKEY' };
const body = {
  Mobiles: '13800000000',
  Signature: 'TestSign',
  SubAccount: '7384ed01',
  TemplateId: 'ST_12345678',
  TemplateParam: '{"code":"1234"}',
};

describe('buildRequest', () => {
  it('signs an agent POST like the skill (reference vector E)', () => {
    const request = buildRequest(
      { action: 'SendSmsForAgent', version: '2026-01-01', method: 'POST', body },
      { auth: aksk, endpoint: 'https://sms.volcengineapi.com', region: 'cn-north-1', date },
    );
    expect(request.url).toBe('https://sms.volcengineapi.com/?Action=SendSmsForAgent&Version=2026-01-01');
    expect(request.body).toBe(JSON.stringify(body));
    expect(request.headers['X-Content-Sha256']).toBe(
      'd6c73045e5a543194514c95c3c8573ad2ccd1f7602d7d54439b773e559a98176',
    );
    expect(request.headers['X-Date']).toBe('20240102T030405Z');
    const auth = parseAuthorization(request.headers['Authorization'] ?? '');
    expect(auth?.signedHeaders).toEqual(['content-type', 'host', 'x-content-sha256', 'x-date']);
    expect(auth?.signature).toBe('0242ffad48792db00314c66fce7486397b5750b13d13befa07712208d73cd7c5');
  });

  it('signs a GET with query parameters like Python (reference vector C)', () => {
    const request = buildRequest(
      {
        action: 'GetSubAccountList',
        version: '2021-01-11',
        method: 'GET',
        query: { pageIndex: '1', pageSize: '10' },
      },
      { auth: aksk, endpoint: 'https://sms.volcengineapi.com/', region: 'cn-north-1', date },
    );
    expect(request.url).toBe(
      'https://sms.volcengineapi.com/?Action=GetSubAccountList&Version=2021-01-11&pageIndex=1&pageSize=10',
    );
    expect(request.body).toBe('');
    expect(request.headers['Content-Type']).toBeUndefined();
    expect(parseAuthorization(request.headers['Authorization'] ?? '')?.signature).toBe(
      'cc22aaef50e1c102feca49853095fd3dcfbcf80774c0007cea3111ba1250601e',
    );
  });

  it('encodes query values as %XX with %20 for spaces, matching the canonical query', () => {
    const request = buildRequest(
      {
        action: 'GetSignatureAndOrderList',
        version: '2021-01-11',
        method: 'GET',
        query: { signature: '火山 引擎' },
      },
      { auth: aksk, endpoint: 'http://127.0.0.1:8787', region: 'cn-north-1', date },
    );
    expect(request.url).toContain('signature=%E7%81%AB%E5%B1%B1%20%E5%BC%95%E6%93%8E');
    const expected = signRequest(
      {
        method: 'GET',
        path: '/',
        query: { Action: 'GetSignatureAndOrderList', Version: '2021-01-11', signature: '火山 引擎' },
        headers: { Host: '127.0.0.1:8787' },
        body: '',
      },
      { credentials: aksk, region: 'cn-north-1', service: 'volcSMS', date },
    );
    expect(request.headers['Authorization']).toBe(expected['Authorization']);
  });

  it('adds the session token as X-Security-Token, signed', () => {
    const request = buildRequest(
      { action: 'ListSubAccountForAgent', version: '2026-01-01', method: 'POST', body: {} },
      {
        auth: { ...aksk, sessionToken: 'sts-token' },
        endpoint: 'https://sms.volcengineapi.com',
        region: 'cn-north-1',
        date,
      },
    );
    expect(request.headers['X-Security-Token']).toBe('sts-token');
    expect(parseAuthorization(request.headers['Authorization'] ?? '')?.signedHeaders).toContain(
      'x-security-token',
    );
  });

  it('uses Bearer and ServiceName in gateway mode, no signature, base path kept', () => {
    const request = buildRequest(
      { action: 'ListSubAccountForAgent', version: '2026-01-01', method: 'POST', body: {} },
      {
        auth: { kind: 'gateway', apiKey: 'gw-key', apiBase: 'https://gw.example.com/api/sms' },
        endpoint: 'https://gw.example.com/api/sms',
        region: 'cn-north-1',
        date,
      },
    );
    expect(request.url).toBe(
      'https://gw.example.com/api/sms?Action=ListSubAccountForAgent&Version=2026-01-01',
    );
    expect(request.headers).toEqual({
      'Content-Type': 'application/json',
      ServiceName: 'volcSMS',
      Authorization: 'Bearer gw-key',
    });
    expect(request.body).toBe('{}');
  });

  it('is pure: same inputs, same bytes; a new date, a new signature', () => {
    const call = { action: 'SendSmsForAgent', version: '2026-01-01', method: 'POST' as const, body };
    const context = { auth: aksk, endpoint: 'https://sms.volcengineapi.com', region: 'cn-north-1', date };
    expect(buildRequest(call, context)).toEqual(buildRequest(call, context));
    const later = buildRequest(call, { ...context, date: new Date(date.getTime() + 1000) });
    expect(later.headers['Authorization']).not.toBe(buildRequest(call, context).headers['Authorization']);
  });
});
