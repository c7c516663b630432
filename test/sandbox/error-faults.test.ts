// The `error` and `error-after` faults: any error envelope, answered before or after the request is
// processed, so a test can put every code of the error table in front of a client.
import { describe, expect, it } from 'vitest';
import { SmsInputError } from '../../src/core/index.ts';
import { parseFaultSpec, type Sandbox } from '../../src/sandbox/index.ts';
import { useSandbox } from '../helpers/use-sandbox.ts';
import { codeOf, NOTICE_SEND, rawRequest, signedCall } from './helpers/sandbox-http.ts';

describe('the text form of error faults', () => {
  it.each([
    ['SendSmsForAgent=error:RE:0500', { action: 'SendSmsForAgent', kind: 'error', code: 'RE:0500' }],
    [
      'SendSmsForAgent=error-after:SY:0500',
      { action: 'SendSmsForAgent', kind: 'error-after', code: 'SY:0500' },
    ],
    [
      '*=error:InternalServiceTimeoutx2',
      { action: '*', kind: 'error', code: 'InternalServiceTimeout', count: 2 },
    ],
    [
      'SendSmsForAgent=error-after:1999x1',
      { action: 'SendSmsForAgent', kind: 'error-after', code: '1999', count: 1 },
    ],
    [
      'SendSmsForAgent=error:AccountFlowLimitExceeded',
      { action: 'SendSmsForAgent', kind: 'error', code: 'AccountFlowLimitExceeded' },
    ],
  ])('%s', (text, expected) => {
    expect(parseFaultSpec(text)).toEqual(expected);
  });

  it.each([
    ['SendSmsForAgent=error', /error needs a code, e.g. error:RE:0500/],
    ['SendSmsForAgent=latency:RE', /"RE" is not a number/],
  ])('refuses %s', (text, message) => {
    expect(() => parseFaultSpec(text)).toThrow(message);
  });
});

describe('error faults against the sandbox', () => {
  let sandbox: Sandbox;
  useSandbox((started) => (sandbox = started));
  const send = () => signedCall(sandbox, 'SendSmsForAgent', NOTICE_SEND);
  const recorded = () => sandbox.admin.messages().length;

  it('error: answers a business code with HTTP 200 and processes nothing', async () => {
    sandbox.admin.addFault('SendSmsForAgent=error:RE:0500x1');
    const response = await send();
    expect(response.status).toBe(200);
    expect(response.json?.ResponseMetadata.Error).toEqual({
      Code: 'RE:0500',
      Message: 'Unknown error inside the SMS service (injected fault).',
    });
    expect(response.json?.Result).toBeUndefined();
    expect(recorded()).toBe(0);
    expect(codeOf(await send())).toBe('OK');
  });

  it('error: answers a gateway code with its status and CodeN', async () => {
    sandbox.admin.addFault('SendSmsForAgent=error:SignatureDoesNotMatchx1');
    sandbox.admin.addFault('SendSmsForAgent=error:AccessDeniedx1');
    const first = await send();
    expect([first.status, first.json?.ResponseMetadata.Error?.CodeN]).toEqual([401, 100010]);
    const second = await send();
    expect([second.status, codeOf(second)]).toEqual([403, 'AccessDenied']);
    expect(recorded()).toBe(0);
  });

  it('error-after: processes the send, then answers the error envelope', async () => {
    sandbox.admin.addFault('SendSmsForAgent=error-after:SY:0500x1');
    sandbox.admin.addFault('SendSmsForAgent=error-after:InternalServiceTimeoutx1');
    const first = await send();
    expect([first.status, codeOf(first)]).toEqual([200, 'SY:0500']);
    expect(recorded()).toBe(1);
    const second = await send();
    expect([second.status, codeOf(second), second.json?.ResponseMetadata.Error?.CodeN]).toEqual([
      504,
      'InternalServiceTimeout',
      100016,
    ]);
    expect(recorded()).toBe(2);
  });

  it('takes a status in the object form, and any code', async () => {
    sandbox.admin.addFault({
      action: 'SendSmsForAgent',
      kind: 'error-after',
      code: 'XX:0001',
      status: 502,
      count: 1,
    });
    const response = await send();
    expect([response.status, codeOf(response)]).toEqual([502, 'XX:0001']);
    expect(response.json?.ResponseMetadata.Error?.Message).toBe('Error XX:0001 (injected fault).');
    expect(recorded()).toBe(1);
  });

  it('refuses error-after for a code the service answers only before processing', () => {
    for (const code of ['RE:0003', 'RE:0010', 'SignatureDoesNotMatch', 'FlowLimitExceeded']) {
      expect(() => sandbox.admin.addFault(`SendSmsForAgent=error-after:${code}`)).toThrow(
        new RegExp(`${code} is answered before a request is processed, never after: use error:${code}`),
      );
    }
    expect(sandbox.admin.listFaults()).toEqual([]);
  });

  it('refuses a code on other kinds, and an error fault without one', () => {
    expect(() =>
      sandbox.admin.addFault({ action: 'SendSmsForAgent', kind: 'drop-after', code: 'RE:0500' }),
    ).toThrow(SmsInputError);
    expect(() => sandbox.admin.addFault({ action: 'SendSmsForAgent', kind: 'error' })).toThrow(
      /code: required for an error fault/,
    );
  });

  it('is added over the admin API in the text form', async () => {
    const added = await rawRequest(sandbox.url, {
      method: 'POST',
      path: '/_sandbox/faults',
      body: 'SendSmsForAgent=error-after:RE:0500x1',
    });
    expect(added.status).toBe(200);
    expect(codeOf(await send())).toBe('RE:0500');
    expect(recorded()).toBe(1);
    const refused = await rawRequest(sandbox.url, {
      method: 'POST',
      path: '/_sandbox/faults',
      body: 'SendSmsForAgent=error-after:RE:0003',
    });
    expect(refused.status).toBe(400);
    expect(refused.text).toContain('use error:RE:0003');
  });
});
