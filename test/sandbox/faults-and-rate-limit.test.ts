import { describe, expect, it } from 'vitest';
import { SmsInputError } from '../../src/core/index.ts';
import { parseFaultSpec, startSandbox, type Sandbox } from '../../src/sandbox/index.ts';
import { DEFAULTS } from '../../src/sandbox/options.ts';
import { RateLimiter } from '../../src/sandbox/rate-limiter.ts';
import { useSandbox } from '../helpers/use-sandbox.ts';
import { bearerCall, codeOf, NOTICE_SEND, rawRequest, signedCall } from './helpers/sandbox-http.ts';

describe('fault injection', () => {
  let sandbox: Sandbox;
  useSandbox((started) => (sandbox = started));
  const send = () => signedCall(sandbox, 'SendSmsForAgent', NOTICE_SEND);
  const recorded = () => sandbox.admin.messages().length;

  it('answers 5xx for the next N requests of that action without processing them', async () => {
    sandbox.admin.addFault('SendSmsForAgent=500x2');
    for (let i = 0; i < 2; i++) {
      const response = await send();
      expect(response.status).toBe(500);
      expect(response.json?.ResponseMetadata.Error).toMatchObject({ Code: 'InternalError', CodeN: 100014 });
    }
    expect(recorded()).toBe(0);
    expect(codeOf(await send())).toBe('OK');
    expect(recorded()).toBe(1);
  });

  it('maps 502/503/504 to the gateway codes', async () => {
    sandbox.admin.addFault('SendSmsForAgent=502x1');
    sandbox.admin.addFault({ action: 'SendSmsForAgent', kind: 'status', status: 503, count: 1 });
    sandbox.admin.addFault('SendSmsForAgent=504x1');
    const codes = [];
    for (let i = 0; i < 3; i++) {
      const response = await send();
      codes.push([response.status, codeOf(response)]);
    }
    expect(codes).toEqual([
      [502, 'FailToConnect'],
      [503, 'ServiceUnavailableTemp'],
      [504, 'InternalServiceTimeout'],
    ]);
  });

  it('answers 429 FlowLimitExceeded with the configured Retry-After', async () => {
    sandbox.admin.addFault('SendSmsForAgent=429:3x1');
    const response = await send();
    expect(response.status).toBe(429);
    expect(response.headers['retry-after']).toBe('3');
    expect(response.json?.ResponseMetadata.Error).toMatchObject({ Code: 'FlowLimitExceeded', CodeN: 100018 });
    expect(recorded()).toBe(0);
  });

  it('adds latency and then answers normally', async () => {
    sandbox.admin.addFault('*=latency:150x1');
    const started = performance.now();
    const response = await signedCall(sandbox, 'ListSubAccountForAgent', {});
    expect(performance.now() - started).toBeGreaterThanOrEqual(145);
    expect(codeOf(response)).toBe('OK');
    expect(sandbox.admin.listFaults()).toEqual([]);
  });

  it('drops the connection before processing: nothing is recorded', async () => {
    sandbox.admin.addFault('SendSmsForAgent=drop-beforex1');
    await expect(send()).rejects.toThrow(/socket hang up|ECONNRESET/);
    expect(recorded()).toBe(0);
  });

  it('drops the connection after the send was accepted: the message is recorded', async () => {
    sandbox.admin.addFault('SendSmsForAgent=drop-afterx1');
    await expect(send()).rejects.toThrow(/socket hang up|ECONNRESET/);
    expect(recorded()).toBe(1);
  });

  it('truncates the body after processing', async () => {
    sandbox.admin.addFault('SendSmsForAgent=truncatex1');
    await expect(send()).rejects.toThrow(/aborted|ECONNRESET|terminated/);
    expect(recorded()).toBe(1);
  });

  it('answers a non-JSON body after processing, with the chosen status', async () => {
    sandbox.admin.addFault('SendSmsForAgent=non-jsonx1');
    sandbox.admin.addFault('SendSmsForAgent=non-json:502x1');
    const first = await send();
    expect(first.status).toBe(200);
    expect(first.headers['content-type']).toMatch(/text\/html/);
    expect(first.json).toBeUndefined();
    const second = await send();
    expect(second.status).toBe(502);
    expect(recorded()).toBe(2);
  });

  it('keeps a fault without count until cleared, and only for its action', async () => {
    sandbox.admin.addFault('SendSmsForAgent=503');
    for (let i = 0; i < 3; i++) expect((await send()).status).toBe(503);
    expect(codeOf(await signedCall(sandbox, 'ListSubAccountForAgent', {}))).toBe('OK');
    sandbox.admin.clearFaults();
    expect(codeOf(await send())).toBe('OK');
  });

  it('is driven over HTTP too: POST, GET and DELETE /_sandbox/faults', async () => {
    const added = await rawRequest(sandbox.url, {
      method: 'POST',
      path: '/_sandbox/faults',
      body: JSON.stringify([
        { spec: 'SendSmsForAgent=500x1' },
        { action: 'ListSubAccountForAgent', kind: 'latency', latencyMs: 1 },
      ]),
    });
    expect(added.status).toBe(200);
    const listed = await rawRequest(sandbox.url, { method: 'GET', path: '/_sandbox/faults' });
    expect(JSON.parse(listed.text).faults).toHaveLength(2);
    expect((await send()).status).toBe(500);
    await rawRequest(sandbox.url, { method: 'DELETE', path: '/_sandbox/faults' });
    expect(sandbox.admin.listFaults()).toEqual([]);
    const bad = await rawRequest(sandbox.url, {
      method: 'POST',
      path: '/_sandbox/faults',
      body: 'SendSmsForAgent=418',
    });
    expect(bad.status).toBe(400);
    expect(JSON.parse(bad.text)).toMatchObject({ issues: [{ field: 'fault' }] });
  });

  it('starts with the faults given as options (the CLI --fault flag)', async () => {
    const other = await startSandbox({ port: 0, rateLimitQps: 0, faults: ['SendSmsForAgent=500x1'] });
    try {
      expect((await signedCall(other, 'SendSmsForAgent', NOTICE_SEND)).status).toBe(500);
      expect((await signedCall(other, 'SendSmsForAgent', NOTICE_SEND)).status).toBe(200);
    } finally {
      await other.close();
    }
  });
});

describe('parseFaultSpec', () => {
  it.each([
    ['SendSmsForAgent=500', { action: 'SendSmsForAgent', kind: 'status', status: 500 }],
    ['*=latency:300x2', { action: '*', kind: 'latency', latencyMs: 300, count: 2 }],
    [
      'ListSmsSendLogForAgent=429:2',
      { action: 'ListSmsSendLogForAgent', kind: 'throttle', retryAfterSeconds: 2 },
    ],
    ['SendSms=drop-after', { action: 'SendSms', kind: 'drop-after' }],
  ])('parses %s', (text, expected) => {
    expect(parseFaultSpec(text)).toEqual(expected);
  });

  it.each(['SendSmsForAgent', 'SendSmsForAgent=418', 'SendSmsForAgent=explode', 'X=latency'])(
    'rejects %s naming the field',
    (text) => {
      expect(() => parseFaultSpec(text)).toThrow(SmsInputError);
      try {
        parseFaultSpec(text);
      } catch (error) {
        expect((error as SmsInputError).issues[0]?.field).toBe('fault');
        expect((error as SmsInputError).hint).toMatch(/ACTION=KIND/);
      }
    },
  );
});

describe('rate limit', () => {
  // The bucket arithmetic on an injected clock: over HTTP, six calls would have to fit in the 200 ms
  // a token takes to come back, which a loaded machine does not guarantee.
  it('holds 5 tokens per key by default and regains 5 per second', () => {
    let now = 0;
    const limiter = new RateLimiter(DEFAULTS.rateLimitQps, () => now);
    expect(Array.from({ length: 6 }, () => limiter.take('ak'))).toEqual([0, 0, 0, 0, 0, 200]);
    expect(limiter.take('api-key')).toBe(0);
    now = 200;
    expect(limiter.take('ak')).toBe(0);
    expect(limiter.take('ak')).toBe(200);
  });

  it('answers an exhausted key with 429 FlowLimitExceeded and Retry-After; another key is not affected', async () => {
    // One token regained per second leaves a whole second for the calls below.
    const sandbox = await startSandbox({ port: 0, rateLimitQps: 1 });
    try {
      expect(codeOf(await signedCall(sandbox, 'ListSubAccountForAgent', {}))).toBe('OK');
      const limited = await signedCall(sandbox, 'ListSubAccountForAgent', {});
      expect(codeOf(limited)).toBe('FlowLimitExceeded');
      expect(limited.status).toBe(429);
      expect(Number(limited.headers['retry-after'])).toBeGreaterThanOrEqual(1);
      expect(codeOf(await bearerCall(sandbox, 'ListSubAccountForAgent', {}))).toBe('OK');
    } finally {
      await sandbox.close();
    }
  });

  it('is off with rateLimitQps 0', async () => {
    const sandbox = await startSandbox({ port: 0, rateLimitQps: 0 });
    try {
      for (let i = 0; i < 20; i++)
        expect(codeOf(await signedCall(sandbox, 'ListSubAccountForAgent', {}))).toBe('OK');
    } finally {
      await sandbox.close();
    }
  });
});
