import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { beforeEach, describe, expect, it } from 'vitest';
import { createSmsClient } from '../../src/core/client.ts';
import {
  SmsApiError,
  SmsAuthError,
  SmsInputError,
  SmsNetworkError,
  SmsOutcomeUnknownError,
  SmsRateLimitError,
  SmsResponseValidationError,
  SmsTimeoutError,
} from '../../src/core/errors/errors.ts';
import { parseAuthorization } from '../../src/core/signing/sign.ts';
import type { AttemptEvent, ClientOptions } from '../../src/core/types.ts';
import { apiError, ok, reply, useLoopbackServer, type LoopbackServer } from './helpers/loopback-server.ts';
import { ENGINES } from '../helpers/engines.ts';

const AK = 'AKLTclienttest';
const SK = 'client-test-secret-key';
const SEND = {
  subAccount: '7384ed01',
  signature: '火山引擎',
  templateId: 'ST_0001',
  templateParam: { code: '1234' },
};

let server: LoopbackServer;
useLoopbackServer((started) => {
  server = started;
});

describe.each(ENGINES)('client over real HTTP (%s engine)', (_name, engine) => {
  const sleeps: number[] = [];
  const events: AttemptEvent[] = [];
  let now = Date.parse('2026-11-25T12:00:00Z');
  const client = (extra: Partial<ClientOptions> = {}) =>
    createSmsClient({
      auth: { kind: 'aksk', accessKeyId: AK, secretAccessKey: SK },
      endpoint: server.url,
      ...engine,
      clock: () => new Date(now),
      sleep: async (ms) => {
        sleeps.push(ms);
        now += ms + 1000; // the clock moves while we wait, so the next attempt is signed at a new time
      },
      random: () => 0.5,
      onAttempt: (e) => events.push(e),
      ...extra,
    });
  beforeEach(() => {
    sleeps.length = 0;
    events.length = 0;
  });

  it('lists message groups: signed POST, parsed result, request id', async () => {
    server.setHandler((_req, res) =>
      reply(
        res,
        200,
        ok({ total: 1, list: [{ subAccount: '7384ed01', subAccountName: 'Ops alerts' }] }, 'REQ-L'),
      ),
    );
    const c = client();
    const response = await c.listSubAccounts({ subAccountName: 'Ops' });
    await c.close();
    expect(response.result).toMatchObject({
      Total: 1,
      List: [{ SubAccount: '7384ed01', SubAccountName: 'Ops alerts' }],
    });
    expect(response.requestId).toBe('REQ-L');
    expect(response.attempts).toBe(1);
    expect(response.raw).toMatchObject({ ResponseMetadata: { RequestId: 'REQ-L' } });
    const hit = server.hits[0];
    expect(hit?.method).toBe('POST');
    expect(hit?.url.search).toBe('?Action=ListSubAccountForAgent&Version=2026-01-01');
    expect(hit?.json).toEqual({ SubAccountName: 'Ops' });
    expect(parseAuthorization(String(hit?.headers.authorization))?.signedHeaders).toEqual([
      'content-type',
      'host',
      'x-content-sha256',
      'x-date',
    ]);
  });

  it('treats an HTTP 200 with ResponseMetadata.Error as a failure with code, hint and request id', async () => {
    server.setHandler((_req, res) => reply(res, 200, apiError('RE:0004', 'Signature error', 'REQ-E')));
    const c = client();
    const outcome = await c.sendSms({ ...SEND, mobiles: ['13800000000'] });
    const err = await c.listSignatures({ subAccounts: ['7384ed01'] }).catch((e: unknown) => e);
    await c.close();
    expect(outcome.failedCount).toBe(1);
    const recipientError = outcome.recipients[0]?.error as SmsApiError;
    expect(recipientError).toBeInstanceOf(SmsApiError);
    expect(recipientError.apiCode).toBe('RE:0004');
    expect(recipientError.requestId).toBe('REQ-E');
    expect(recipientError.hint).toContain('volc-sms list_signature --sub-accounts 7384ed01');
    expect(err).toBeInstanceOf(SmsApiError);
    expect(server.hits).toHaveLength(2);
  });

  it('retries a read after 429 with Retry-After, signing each attempt afresh', async () => {
    server.setHandler((_req, res, hit) =>
      hit === 1
        ? reply(res, 429, apiError('FlowLimitExceeded', 'Too fast'), { 'Retry-After': '2' })
        : reply(res, 200, ok({ Total: 0, List: [] })),
    );
    const c = client();
    const response = await c.listTemplates();
    await c.close();
    expect(response.attempts).toBe(2);
    expect(sleeps).toEqual([2000]);
    const [first, second] = server.hits;
    expect(first?.headers['x-date']).not.toBe(second?.headers['x-date']);
    expect(first?.headers.authorization).not.toBe(second?.headers.authorization);
    expect(events.map((e) => [e.attempt, e.status, e.retryInMs])).toEqual([
      [1, 429, 2000],
      [2, 200, undefined],
    ]);
  });

  it('gives up on a read after maxRetries and reports the rate limit', async () => {
    server.setHandler((_req, res) => reply(res, 429, apiError('FlowLimitExceeded', 'Too fast')));
    const c = client({ maxRetries: 1 });
    const err = await c.listSubAccounts().catch((e: unknown) => e);
    await c.close();
    expect(err).toBeInstanceOf(SmsRateLimitError);
    expect(server.hits).toHaveLength(2);
  });

  it('retries a send throttled with 429, then sends once', async () => {
    let calls = 0;
    server.setHandler((_req, res) => {
      calls++;
      if (calls === 1) return reply(res, 429, apiError('FlowLimitExceeded', 'Too fast'));
      reply(res, 200, ok({ MessageIds: ['m1'] }));
    });
    const c = client();
    const outcome = await c.sendSms({ ...SEND, mobiles: ['13800000000'] });
    await c.close();
    expect(outcome.sentCount).toBe(1);
    expect(server.hits).toHaveLength(2);
  });

  it('never retries a send answered with 5xx: outcome unknown, one hit, hint to check the log', async () => {
    server.setHandler((_req, res) => reply(res, 502, { message: 'bad gateway' }));
    const c = client();
    const outcome = await c.sendSms({ ...SEND, mobiles: ['13800000000', '13900000009'] });
    await c.close();
    expect(server.hits).toHaveLength(1);
    expect(outcome.unknownCount).toBe(2);
    const err = outcome.recipients[0]?.error as SmsOutcomeUnknownError;
    expect(err).toBeInstanceOf(SmsOutcomeUnknownError);
    expect(err.hint).toContain(
      'volc-sms list_sms_send_log --sub-account 7384ed01 --mobile <full number of 138****0000>',
    );
    expect(`${err.message} ${err.hint}`).not.toContain('13800000000');
  });

  it('never retries a send whose answer is cut short or not JSON', async () => {
    server.setHandler((_req, res) => {
      res.writeHead(200, { 'Content-Type': 'application/json', 'Content-Length': '200' });
      res.write('{"ResponseMetadata":');
      setTimeout(() => res.destroy(), 10);
    });
    const c = client();
    const truncated = await c.sendSms({ ...SEND, mobiles: ['13800000000'] });
    server.setHandler((_req, res) => {
      res.writeHead(200, { 'Content-Type': 'text/html' });
      res.end('<html>proxy error</html>');
    });
    const html = await c.sendSms({ ...SEND, mobiles: ['13800000000'] });
    await c.close();
    expect(server.hits).toHaveLength(2);
    expect(truncated.recipients[0]?.status).toBe('unknown');
    expect(html.recipients[0]?.status).toBe('unknown');
    expect(html.recipients[0]?.error?.cause).toBeInstanceOf(SmsResponseValidationError);
  });

  it('reports a read whose result has the wrong shape, naming the field, without retrying', async () => {
    server.setHandler((_req, res) => reply(res, 200, ok({ Total: 1, List: 'not a list' }, 'REQ-SHAPE')));
    const c = client();
    const err = await c.listSignatures().catch((e: unknown) => e);
    await c.close();
    expect(err).toBeInstanceOf(SmsResponseValidationError);
    expect((err as Error).message).toContain('Result.List');
    expect((err as SmsResponseValidationError).requestId).toBe('REQ-SHAPE');
    expect(server.hits).toHaveLength(1);
  });

  it('retries a read whose answer is cut short', async () => {
    server.setHandler((_req, res, hit) => {
      if (hit > 1) return reply(res, 200, ok({ Total: 0, List: [] }));
      res.writeHead(200, { 'Content-Length': '500' });
      res.write('{"Resp');
      setTimeout(() => res.destroy(), 10);
    });
    const c = client();
    const response = await c.listSendLogs({ subAccount: '7384ed01' });
    await c.close();
    expect(response.attempts).toBe(2);
  });

  it('times out: a read fails with SmsTimeoutError, a send is unknown, neither retried', async () => {
    server.setHandler(() => {}); // never answers
    const c = client({ timeoutMs: 150 });
    const readErr = await c.getSendStats({ startTime: 1, endTime: 2 }).catch((e: unknown) => e);
    const outcome = await c.sendSms({ ...SEND, mobiles: ['13800000000'] });
    await c.close();
    expect(readErr).toBeInstanceOf(SmsTimeoutError);
    expect(outcome.recipients[0]?.status).toBe('unknown');
    expect(server.hits).toHaveLength(2);
  });

  it('stops on abort', async () => {
    // Aborted once the server holds the request (not after a fixed delay, which a slow machine could beat):
    // the send has then left this machine, so its outcome is unknown.
    let abortOnArrival = new AbortController();
    server.setHandler(() => abortOnArrival.abort());
    const c = client();
    const started = Date.now();
    const err = await c.listSubAccounts({}, { signal: abortOnArrival.signal }).catch((e: unknown) => e);
    abortOnArrival = new AbortController();
    const outcome = await c.sendSms({ ...SEND, mobiles: ['13800000000'] }, { signal: abortOnArrival.signal });
    const early = await c.sendSms({ ...SEND, mobiles: ['13800000000'] }, { signal: AbortSignal.abort() });
    await c.close();
    expect(Date.now() - started).toBeLessThan(5000);
    expect(err).toBeInstanceOf(SmsNetworkError);
    expect((err as Error).message).toContain('aborted');
    expect(outcome.recipients[0]?.status).toBe('unknown');
    expect(early.recipients[0]?.status).toBe('failed');
    expect(server.hits).toHaveLength(2);
  });

  it('splits 250 numbers into 200 + 50, keeps input order, one failed chunk hides nothing', async () => {
    server.setHandler((req, res) => {
      const mobiles = String((req.json as { Mobiles: string }).Mobiles).split(',');
      if (mobiles.length === 50) return reply(res, 200, apiError('RE:0013', 'over threshold', 'REQ-CHUNK2'));
      reply(res, 200, ok({ MessageIds: mobiles.map((m) => `msg-${m}`) }, 'REQ-CHUNK1'));
    });
    const mobiles = Array.from({ length: 250 }, (_, i) => `+86 ${13800000000 + i}`);
    const c = client({ sendConcurrency: 2 });
    const outcome = await c.sendSms({ ...SEND, mobiles });
    await c.close();
    expect(server.hits).toHaveLength(2);
    expect(
      server.hits.map((h) => String((h.json as { Mobiles: string }).Mobiles).split(',').length).sort(),
    ).toEqual([200, 50]);
    expect(outcome.recipients).toHaveLength(250);
    outcome.recipients.forEach((r, i) => {
      const mobile = String(13800000000 + i);
      expect(r.input).toBe(mobiles[i]);
      expect(r.mobile).toBe(mobile);
      if (i < 200)
        expect(r).toMatchObject({ status: 'sent', messageId: `msg-${mobile}`, requestId: 'REQ-CHUNK1' });
      else expect(r).toMatchObject({ status: 'failed', requestId: 'REQ-CHUNK2' });
    });
    expect([outcome.sentCount, outcome.failedCount, outcome.unknownCount]).toEqual([200, 50, 0]);
    expect(outcome.raw).toHaveLength(2);
  });
});

describe('endpoints the client parses once', () => {
  it.each(ENGINES)('sends to an IPv6 loopback endpoint under a base path (%s)', async (_name, engine) => {
    const seen: Array<{ url: string | undefined; host: string | undefined }> = [];
    const v6 = createServer((req, res) => {
      seen.push({ url: req.url, host: req.headers.host });
      res.writeHead(200, { 'Content-Type': 'application/json' });
      res.end(JSON.stringify(ok({ MessageIds: ['m-6'] })));
    });
    await new Promise<void>((r) => v6.listen(0, '::1', r));
    const { port } = v6.address() as AddressInfo;
    const c = createSmsClient({
      auth: { kind: 'aksk', accessKeyId: AK, secretAccessKey: SK },
      endpoint: `http://[::1]:${port}/sms/`,
      ...engine,
    });
    const outcome = await c.sendSms({ ...SEND, mobiles: ['13800000000'] });
    await c.close();
    v6.closeAllConnections();
    await new Promise<void>((r) => v6.close(() => r()));
    expect(outcome.recipients[0]).toMatchObject({ status: 'sent', messageId: 'm-6' });
    expect(seen).toEqual([{ url: '/sms?Action=SendSmsForAgent&Version=2026-01-01', host: `[::1]:${port}` }]);
  });
});

describe('sends that never reached the server', () => {
  async function freePort(): Promise<number> {
    const probe = createServer();
    await new Promise<void>((r) => probe.listen(0, '127.0.0.1', r));
    const { port } = probe.address() as AddressInfo;
    await new Promise<void>((r) => probe.close(() => r()));
    return port;
  }

  it.each(ENGINES)('retries a send after connection refused (%s)', async (_name, engine) => {
    const port = await freePort();
    let late: Server | undefined;
    let hits = 0;
    const c = createSmsClient({
      auth: { kind: 'aksk', accessKeyId: AK, secretAccessKey: SK },
      endpoint: `http://127.0.0.1:${port}`,
      ...engine,
      // The server comes up while the client waits to retry: the refused attempt sent nothing.
      sleep: async () => {
        late = createServer((_req, res) => {
          hits++;
          res.writeHead(200, { 'Content-Type': 'application/json' });
          res.end(JSON.stringify(ok({ MessageIds: ['m-1'] })));
        });
        await new Promise<void>((r) => late?.listen(port, '127.0.0.1', r));
      },
    });
    const outcome = await c.sendSms({ ...SEND, mobiles: ['13800000000'] });
    await c.close();
    late?.closeAllConnections();
    await new Promise<void>((r) => (late ? late.close(() => r()) : r()));
    expect(outcome.recipients[0]).toMatchObject({ status: 'sent', messageId: 'm-1' });
    expect(hits).toBe(1);
  });

  it('reports a send as failed (not unknown) when the server stays unreachable', async () => {
    const port = await freePort();
    const c = createSmsClient({
      auth: { kind: 'aksk', accessKeyId: AK, secretAccessKey: SK },
      endpoint: `http://127.0.0.1:${port}`,
      maxRetries: 1,
      sleep: async () => {},
    });
    const outcome = await c.sendSms({ ...SEND, mobiles: ['13800000000'] });
    await c.close();
    expect(outcome.recipients[0]?.status).toBe('failed');
    expect(outcome.recipients[0]?.error).toBeInstanceOf(SmsNetworkError);
  });
});

describe('input checks, gateway mode and secrets', () => {
  it('rejects invalid numbers before sending, naming each one', async () => {
    const c = createSmsClient({
      auth: { kind: 'aksk', accessKeyId: AK, secretAccessKey: SK },
      endpoint: server.url,
    });
    const err = await c
      .sendSms({ ...SEND, mobiles: ['13800000000', '12345', '1380000000x', '13900000000'] })
      .catch((e: unknown) => e);
    await c.close();
    expect(err).toBeInstanceOf(SmsInputError);
    const issues = (err as SmsInputError).issues;
    expect(issues.map((i) => i.field)).toEqual(['mobiles', 'mobiles']);
    expect(issues[0]?.message).toContain('#2');
    expect(issues[1]?.message).toContain('#3');
    expect((err as Error).message).toContain('2 invalid numbers');
    expect(server.hits).toHaveLength(0);
  });

  it('drops duplicates after normalisation and names missing fields and bad template params', () => {
    const c = createSmsClient({ auth: { kind: 'aksk', accessKeyId: AK, secretAccessKey: SK } });
    const plan = c.planSend({
      ...SEND,
      mobiles: ['13800000000', '+86 138-0000-0000', '8613800000000', '+6598620548'],
    });
    expect(plan).toEqual({
      mobiles: ['13800000000', '+6598620548'],
      duplicates: ['+86 138-0000-0000', '8613800000000'],
      chunks: [['13800000000', '+6598620548']],
      templateParam: '{"code":"1234"}',
    });
    expect(() => c.planSend({ ...SEND, subAccount: '', mobiles: [], templateParam: '{"code":1}' })).toThrow(
      expect.objectContaining({
        issues: [
          { field: 'sub-account', message: 'is required' },
          { field: 'mobiles', message: 'at least one number is required' },
          expect.objectContaining({ field: 'template-param' }),
        ],
      }),
    );
    void c.close();
  });

  it('checks read parameters against the wire schema before sending, naming the flag', async () => {
    const c = createSmsClient({
      auth: { kind: 'aksk', accessKeyId: AK, secretAccessKey: SK },
      endpoint: server.url,
    });
    const err = await c.listSendLogs({ subAccount: '7384ed01', pageSize: 500 }).catch((e: unknown) => e);
    await c.close();
    expect(err).toBeInstanceOf(SmsInputError);
    expect((err as SmsInputError).issues[0]?.field).toBe('page-size');
    expect(server.hits).toHaveLength(0);
  });

  it('marks a send unknown when the message ids do not match the numbers', async () => {
    server.setHandler((_req, res) => reply(res, 200, ok({ MessageIds: ['only-one'] })));
    const c = createSmsClient({
      auth: { kind: 'aksk', accessKeyId: AK, secretAccessKey: SK },
      endpoint: server.url,
    });
    const outcome = await c.sendSms({ ...SEND, mobiles: ['13800000000', '13900000000'] });
    await c.close();
    expect(outcome.unknownCount).toBe(2);
  });

  it('talks to the gateway with Bearer and ServiceName and keeps keys out of errors and events', async () => {
    const apiKey = 'gateway-api-key-secret';
    server.setHandler((req, res) =>
      reply(res, 401, apiError('InvalidAccessKey', `bad key ${String(req.headers.authorization)}`, 'REQ-G')),
    );
    const events: AttemptEvent[] = [];
    const c = createSmsClient({
      auth: { kind: 'gateway', apiKey, apiBase: `${server.url}/gw/` },
      onAttempt: (e) => events.push(e),
    });
    const err = await c.listSubAccounts().catch((e: unknown) => e);
    await c.close();
    expect(server.hits[0]?.url.pathname).toBe('/gw');
    expect(server.hits[0]?.headers.authorization).toBe(`Bearer ${apiKey}`);
    expect(server.hits[0]?.headers.servicename).toBe('volcSMS');
    expect(err).toBeInstanceOf(SmsAuthError);
    const e = err as SmsAuthError;
    const everything = [e.message, e.stack, e.hint, JSON.stringify(e), JSON.stringify(events)].join('\n');
    expect(everything).not.toContain(apiKey);
    expect(everything).toContain('REQ-G');
  });

  it('keeps AK/SK and signatures out of errors echoed by the server', async () => {
    server.setHandler((req, res) =>
      reply(
        res,
        401,
        apiError('SignatureDoesNotMatch', `You sent ${String(req.headers.authorization)} with ${SK}`),
      ),
    );
    const events: AttemptEvent[] = [];
    const c = createSmsClient({
      auth: { kind: 'aksk', accessKeyId: AK, secretAccessKey: SK, sessionToken: 'session-token-secret' },
      endpoint: server.url,
      onAttempt: (e) => events.push(e),
    });
    const err = (await c.listSubAccounts().catch((e: unknown) => e)) as SmsAuthError;
    const outcome = await c.sendSms({ ...SEND, mobiles: ['13800000000'] });
    await c.close();
    const signature =
      parseAuthorization(String(server.hits[0]?.headers.authorization))?.signature ?? 'missing';
    const sendErr = outcome.recipients[0]?.error as SmsAuthError;
    for (const e of [err, sendErr]) {
      expect(e).toBeInstanceOf(SmsAuthError);
      const everything = [e.message, e.stack, e.hint, JSON.stringify(e), JSON.stringify(events)].join('\n');
      for (const secret of [SK, AK, signature, 'session-token-secret'])
        expect(everything).not.toContain(secret);
    }
    expect(JSON.stringify(outcome.recipients)).not.toContain(SK);
  });
});
