import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startSandbox, type Sandbox } from '../../src/sandbox/index.ts';
import { bearerCall, codeOf, rawRequest, signedCall } from './helpers/sandbox-http.ts';

const SEND = {
  SubAccount: '7384ed01',
  Signature: '火山引擎',
  TemplateId: 'ST_0001',
  Mobiles: '13800000000',
  TemplateParam: '{"code":"1234"}',
};

describe('sandbox authentication', () => {
  let sandbox: Sandbox;
  beforeAll(async () => {
    sandbox = await startSandbox({ port: 0, rateLimitQps: 0 });
  });
  afterAll(() => sandbox.close());

  it('accepts a request signed by the core signer over content-type;host;x-content-sha256;x-date', async () => {
    const response = await signedCall(sandbox, 'SendSmsForAgent', SEND, {
      headers: { 'Content-Type': 'application/json', Host: new URL(sandbox.url).host },
    });
    expect(response.status).toBe(200);
    expect(codeOf(response)).toBe('OK');
    expect(response.json?.Result.MessageIds).toHaveLength(1);
  });

  it('accepts a Node-SDK-style signature that signs neither host nor content-type', async () => {
    const response = await signedCall(sandbox, 'ListSubAccountForAgent', {}, { headers: {} });
    expect(codeOf(response)).toBe('OK');
  });

  it("accepts a query whose characters the client left raw but signed encoded (!'()*)", async () => {
    const response = await signedCall(sandbox, 'ListSecondTemplate', undefined, {
      method: 'GET',
      query: { signatures: "Ops (alerts)!*'" },
      mutate: (r) => {
        r.path = r.path
          .replace(/%28/g, '(')
          .replace(/%29/g, ')')
          .replace(/%21/g, '!')
          .replace(/%2A/g, '*')
          .replace(/%27/g, "'");
      },
    });
    expect(codeOf(response)).toBe('OK');
  });

  it('accepts a signed X-Security-Token (temporary credentials)', async () => {
    const response = await signedCall(
      sandbox,
      'ListSubAccountForAgent',
      {},
      {
        credentials: { ...sandbox.credentials, sessionToken: 'sts-token' },
        mutate: (r) => expect(r.headers['X-Security-Token']).toBe('sts-token'),
      },
    );
    expect(codeOf(response)).toBe('OK');
  });

  it('verifies a Host sent with :443 that was signed without the port (Go strips it)', async () => {
    const response = await signedCall(
      sandbox,
      'ListSubAccountForAgent',
      {},
      {
        headers: { 'Content-Type': 'application/json', Host: 'sms.volcengineapi.com' },
        mutate: (r) => {
          r.headers.Host = 'sms.volcengineapi.com:443';
        },
      },
    );
    expect(codeOf(response)).toBe('OK');
  });

  it('rejects a request without Authorization: 401 MissingAuthenticationToken', async () => {
    const response = await rawRequest(sandbox.url, {
      method: 'POST',
      path: '/?Action=SendSmsForAgent&Version=2026-01-01',
      headers: { 'Content-Type': 'application/json' },
      body: JSON.stringify(SEND),
    });
    expect(response.status).toBe(401);
    expect(response.json?.ResponseMetadata.Error).toMatchObject({
      Code: 'MissingAuthenticationToken',
      CodeN: 100003,
    });
    expect(response.json?.Result).toBeUndefined();
  });

  it('rejects a malformed Authorization header: 400 InvalidAuthorization', async () => {
    const response = await signedCall(sandbox, 'SendSmsForAgent', SEND, {
      mutate: (r) => {
        r.headers.Authorization = 'HMAC-SHA256 Credential=garbage';
      },
    });
    expect(response.status).toBe(400);
    expect(codeOf(response)).toBe('InvalidAuthorization');
  });

  it('rejects an unknown access key: 401 InvalidAccessKey', async () => {
    const response = await signedCall(sandbox, 'SendSmsForAgent', SEND, {
      credentials: { accessKeyId: 'AKLTother', secretAccessKey: sandbox.credentials.secretAccessKey },
    });
    expect(response.status).toBe(401);
    expect(response.json?.ResponseMetadata.Error).toMatchObject({ Code: 'InvalidAccessKey', CodeN: 100009 });
  });

  it('rejects a wrong secret: 401 SignatureDoesNotMatch', async () => {
    const response = await signedCall(sandbox, 'SendSmsForAgent', SEND, {
      credentials: { accessKeyId: sandbox.credentials.accessKeyId, secretAccessKey: 'wrong-secret' },
    });
    expect(response.status).toBe(401);
    expect(response.json?.ResponseMetadata.Error).toMatchObject({
      Code: 'SignatureDoesNotMatch',
      CodeN: 100010,
    });
    expect(response.text).not.toContain(sandbox.credentials.secretAccessKey);
  });

  it.each([
    ['region', { region: 'cn-beijing' }],
    ['service', { service: 'iam' }],
  ])('rejects a scope with the wrong %s: 400 InvalidCredential', async (_what, options) => {
    const response = await signedCall(sandbox, 'SendSmsForAgent', SEND, options);
    expect(response.status).toBe(400);
    expect(codeOf(response)).toBe('InvalidCredential');
  });

  it('rejects a tampered body: the declared X-Content-Sha256 no longer matches', async () => {
    const response = await signedCall(sandbox, 'SendSmsForAgent', SEND, {
      mutate: (r) => {
        r.body = r.body.replace('13800000000', '13800000001');
      },
    });
    expect(response.status).toBe(401);
    expect(codeOf(response)).toBe('SignatureDoesNotMatch');
    expect(sandbox.admin.messages({ mobile: '13800000001' })).toHaveLength(0);
  });

  it('rejects a tampered body even when the hash header is not sent', async () => {
    const response = await signedCall(sandbox, 'SendSmsForAgent', SEND, {
      mutate: (r) => {
        delete r.headers['X-Content-Sha256'];
        r.body = r.body.replace('13800000000', '13800000002');
      },
    });
    expect(codeOf(response)).toBe('SignatureDoesNotMatch');
  });

  it('rejects a tampered query', async () => {
    const response = await signedCall(sandbox, 'ListSecondTemplate', undefined, {
      method: 'GET',
      query: { signatures: 'Ops' },
      mutate: (r) => {
        r.path = r.path.replace('Ops', 'Mkt');
      },
    });
    expect(codeOf(response)).toBe('SignatureDoesNotMatch');
  });

  it('rejects a tampered signed header and a signed header that is missing', async () => {
    const changed = await signedCall(sandbox, 'SendSmsForAgent', SEND, {
      headers: { 'Content-Type': 'application/json', 'X-Custom': 'a' },
      mutate: (r) => {
        r.headers['X-Custom'] = 'b';
      },
    });
    expect(codeOf(changed)).toBe('SignatureDoesNotMatch');
    const missing = await signedCall(sandbox, 'SendSmsForAgent', SEND, {
      headers: { 'Content-Type': 'application/json', 'X-Custom': 'a' },
      mutate: (r) => {
        delete r.headers['X-Custom'];
      },
    });
    expect(codeOf(missing)).toBe('SignatureDoesNotMatch');
  });

  it('rejects X-Date more than 15 minutes away (either side): 403 InvalidTimestamp', async () => {
    for (const offsetMs of [-16 * 60_000, 16 * 60_000]) {
      const response = await signedCall(sandbox, 'SendSmsForAgent', SEND, {
        date: new Date(Date.now() + offsetMs),
      });
      expect(response.status).toBe(403);
      expect(response.json?.ResponseMetadata.Error).toMatchObject({
        Code: 'InvalidTimestamp',
        CodeN: 100006,
      });
    }
    const within = await signedCall(
      sandbox,
      'ListSubAccountForAgent',
      {},
      { date: new Date(Date.now() - 14 * 60_000) },
    );
    expect(codeOf(within)).toBe('OK');
  });

  it('answers an empty X-Date with MissingRequestInfo, not InvalidTimestamp', async () => {
    const response = await signedCall(
      sandbox,
      'ListSubAccountForAgent',
      {},
      {
        mutate: (r) => {
          r.headers['X-Date'] = '';
        },
      },
    );
    expect(response.status).toBe(400);
    expect(response.json?.ResponseMetadata.Error).toMatchObject({
      Code: 'MissingRequestInfo',
      CodeN: 100004,
    });
  });

  it('answers a missing X-Date with MissingRequestInfo', async () => {
    const response = await signedCall(
      sandbox,
      'ListSubAccountForAgent',
      {},
      {
        mutate: (r) => {
          delete r.headers['X-Date'];
        },
      },
    );
    expect(response.status).toBe(400);
    expect(codeOf(response)).toBe('MissingRequestInfo');
  });

  it('accepts the gateway Bearer key with ServiceName: volcSMS', async () => {
    const response = await bearerCall(sandbox, 'SendSmsForAgent', SEND);
    expect(response.status).toBe(200);
    expect(response.json?.Result.MessageIds).toHaveLength(1);
  });

  it('rejects a wrong Bearer key with 401 InvalidAccessKey and a missing ServiceName with 404 ServiceNotFound', async () => {
    const wrong = await bearerCall(sandbox, 'SendSmsForAgent', SEND, { apiKey: 'nope' });
    expect(wrong.status).toBe(401);
    expect(codeOf(wrong)).toBe('InvalidAccessKey');
    expect(wrong.text).not.toContain(sandbox.credentials.apiKey);
    const noService = await bearerCall(sandbox, 'SendSmsForAgent', SEND, { serviceName: null });
    expect(noService.status).toBe(404);
    expect(codeOf(noService)).toBe('ServiceNotFound');
  });

  it('answers a missing Action or Version with 400 MissingParameter and an unknown one with 404', async () => {
    const missing = await rawRequest(sandbox.url, {
      method: 'POST',
      path: '/?Version=2026-01-01',
      body: '{}',
    });
    expect(missing.status).toBe(400);
    expect(missing.json?.ResponseMetadata.Error).toMatchObject({ Code: 'MissingParameter', CodeN: 100002 });
    const noVersion = await rawRequest(sandbox.url, {
      method: 'POST',
      path: '/?Action=SendSmsForAgent',
      body: '{}',
    });
    expect(codeOf(noVersion)).toBe('MissingParameter');
    const unknown = await signedCall(sandbox, 'SendSmsForAgent', SEND, { version: '2019-01-01' });
    expect(unknown.status).toBe(404);
    expect(unknown.json?.ResponseMetadata.Error).toMatchObject({
      Code: 'InvalidActionOrVersion',
      CodeN: 100008,
      Message: 'Could not find operation SendSmsForAgent for version 2019-01-01.',
    });
  });

  it('refuses a body over 1 MiB with 413 before verifying anything', async () => {
    const response = await signedCall(sandbox, 'SendSmsForAgent', {
      ...SEND,
      Padding: 'x'.repeat(1024 * 1024),
    });
    expect(response.status).toBe(413);
    expect(codeOf(response)).toBe('RequestEntityTooLarge');
  });

  it('stamps every envelope with the documented metadata', async () => {
    const response = await signedCall(sandbox, 'ListSubAccountForAgent', {});
    const meta = response.json?.ResponseMetadata;
    expect(meta).toMatchObject({
      Action: 'ListSubAccountForAgent',
      Version: '2026-01-01',
      Service: 'volcSMS',
      Region: 'cn-north-1',
    });
    expect(meta?.RequestId).toMatch(/^\d{14}[0-9A-F]{20}$/);
    expect(meta?.Error).toBeUndefined();
  });
});
