import { describe, expect, it } from 'vitest';
import {
  createSmsClient,
  SmsConfigError,
  SmsNetworkError,
  SmsOutcomeUnknownError,
  SmsRateLimitError,
  SmsTimeoutError,
  type ClientOptions,
} from '../../src/core/index.ts';
import { codeSend } from '../helpers/seed-requests.ts';

// The transport's rules through a fetch given to the client (ClientOptions.fetch), with no server at
// all: each fake answers or fails the way fetch does, and the client must classify it by error class and
// code, never by the words of a message.

const SEND = codeSend(['13800000000'], '1234');

const envelope = (result: unknown, requestId = 'REQ-F') =>
  JSON.stringify({ ResponseMetadata: { RequestId: requestId }, Result: result });
const json = (body: string, status = 200, headers: Record<string, string> = {}) =>
  new Response(body, { status, headers: { 'Content-Type': 'application/json', ...headers } });
const sent = () => json(envelope({ MessageIds: ['m-1'] }));

/** fetch's own failure: a TypeError whose cause carries the system or undici code. */
const fetchFailed = (cause: unknown) => new TypeError('fetch failed', { cause });
const withCode = (code: string, message = `${code} from the socket`) =>
  Object.assign(new Error(message), { code });

type Step = (url: string, init: RequestInit) => Response | Promise<Response>;

/** A fake fetch that plays `steps` in order (the last one again if called more often) and records calls. */
function fakeFetch(...steps: Step[]) {
  const calls: Array<{ url: string; init: RequestInit }> = [];
  const fetch = async (url: string, init: RequestInit) => {
    calls.push({ url, init });
    const step = steps[Math.min(calls.length, steps.length) - 1];
    if (!step) throw new Error('no step');
    return step(url, init);
  };
  return { fetch, calls };
}

const client = (fetch: ClientOptions['fetch'], extra: Partial<ClientOptions> = {}) =>
  createSmsClient({
    auth: { kind: 'aksk', accessKeyId: 'AKLTfetch', secretAccessKey: 'fetch-secret' },
    endpoint: 'https://sms.example.test',
    fetch,
    sleep: async () => {},
    ...extra,
  });

describe('a fetch given to the client', () => {
  it('gets the signed request as built, never follows a redirect, and its answer is read', async () => {
    const { fetch, calls } = fakeFetch(sent);
    const outcome = await client(fetch).sendSms(SEND);
    expect(outcome.recipients[0]).toMatchObject({ status: 'sent', messageId: 'm-1' });
    expect(calls).toHaveLength(1);
    const [{ url, init }] = calls as [{ url: string; init: RequestInit }];
    expect(url).toBe('https://sms.example.test/?Action=SendSmsForAgent&Version=2026-01-01');
    expect(init.method).toBe('POST');
    expect(init.redirect).toBe('manual');
    expect(init.signal).toBeInstanceOf(AbortSignal);
    const headers = init.headers as Record<string, string>;
    expect(headers['Authorization']).toMatch(/^HMAC-SHA256 Credential=AKLTfetch\//);
    expect(JSON.parse(String(init.body))).toMatchObject({
      SubAccount: '7384ed01',
      Mobiles: '13800000000',
    });
  });

  it('resends a send whose connection was refused (nothing was written), by the code in the cause', async () => {
    const { fetch, calls } = fakeFetch(() => {
      throw fetchFailed(withCode('ECONNREFUSED'));
    }, sent);
    const outcome = await client(fetch).sendSms(SEND);
    expect(outcome.recipients[0]?.status).toBe('sent');
    expect(calls).toHaveLength(2);
  });

  it('finds the code inside an AggregateError (every address refused) and in a cause of a cause', async () => {
    const everyAddress = new AggregateError([withCode('ECONNREFUSED'), withCode('ECONNREFUSED')], 'connect');
    const refused = fakeFetch(() => {
      throw fetchFailed(everyAddress);
    }, sent);
    expect((await client(refused.fetch).sendSms(SEND)).recipients[0]?.status).toBe('sent');
    expect(refused.calls).toHaveLength(2);
    // A name that does not resolve: nothing was sent (failed, not unknown), and asking again would not help.
    const unresolved = fakeFetch(() => {
      throw fetchFailed(new Error('connect', { cause: withCode('ENOTFOUND') }));
    }, sent);
    const [recipient] = (await client(unresolved.fetch).sendSms(SEND)).recipients;
    expect(recipient?.status).toBe('failed');
    expect(recipient?.error?.message).toContain('ENOTFOUND');
    expect(unresolved.calls).toHaveLength(1);
  });

  it('never resends a send that may have been written: a reset or a closed socket is unknown', async () => {
    for (const code of ['ECONNRESET', 'UND_ERR_SOCKET', 'EPIPE']) {
      const { fetch, calls } = fakeFetch(() => {
        throw fetchFailed(withCode(code));
      });
      const [recipient] = (await client(fetch).sendSms(SEND)).recipients;
      expect(recipient?.status, code).toBe('unknown');
      expect(recipient?.error, code).toBeInstanceOf(SmsOutcomeUnknownError);
      expect(calls, code).toHaveLength(1);
    }
  });

  it('goes by the code, not the words: a message that says ECONNREFUSED without the code is unknown', async () => {
    const { fetch, calls } = fakeFetch(() => {
      throw fetchFailed(new Error('connect ECONNREFUSED 127.0.0.1:443'));
    });
    expect((await client(fetch).sendSms(SEND)).recipients[0]?.status).toBe('unknown');
    expect(calls).toHaveLength(1);
  });

  it('retries a read on any network failure, and reports the code', async () => {
    const { fetch, calls } = fakeFetch(() => {
      throw fetchFailed(withCode('ECONNRESET'));
    });
    const err = await client(fetch, { maxRetries: 2 })
      .listSubAccounts()
      .catch((e: unknown) => e);
    expect(err).toBeInstanceOf(SmsNetworkError);
    expect((err as Error).message).toContain('ECONNRESET');
    expect(calls).toHaveLength(3);
  });

  it('a failed TLS handshake is a definite failure with the CA hint, never unknown', async () => {
    const { fetch, calls } = fakeFetch(() => {
      throw fetchFailed(withCode('SELF_SIGNED_CERT_IN_CHAIN'));
    });
    const [recipient] = (await client(fetch, { maxRetries: 0 }).sendSms(SEND)).recipients;
    expect(recipient?.status).toBe('failed');
    expect(recipient?.error?.hint).toContain('NODE_EXTRA_CA_CERTS');
    expect(calls).toHaveLength(1);
  });

  it("bounds the attempt with timeoutMs: a fetch that hangs is aborted, and a send's outcome is unknown", async () => {
    const hang: Step = (_url, init) =>
      new Promise<Response>((_resolve, reject) => {
        init.signal?.addEventListener('abort', () => reject(init.signal?.reason as Error), { once: true });
      });
    const { fetch, calls } = fakeFetch(hang);
    const [recipient] = (await client(fetch, { timeoutMs: 30 }).sendSms(SEND)).recipients;
    expect(recipient?.status).toBe('unknown');
    expect((recipient?.error as SmsOutcomeUnknownError).cause).toBeInstanceOf(SmsTimeoutError);
    expect(calls).toHaveLength(1);
  });

  it("the caller's abort reaches fetch's signal", async () => {
    const controller = new AbortController();
    const { fetch } = fakeFetch(
      (_url, init) =>
        new Promise<Response>((_resolve, reject) => {
          init.signal?.addEventListener('abort', () => reject(init.signal?.reason as Error), { once: true });
          controller.abort();
        }),
    );
    const err = await client(fetch)
      .listSubAccounts({}, { signal: controller.signal })
      .catch((e: unknown) => e);
    expect(err).toBeInstanceOf(SmsNetworkError);
    expect((err as Error).message).toBe('The request was aborted');
  });

  it("reads the answer's headers: a throttle's Retry-After sets the wait before the retry", async () => {
    const throttled = () =>
      json(
        JSON.stringify({
          ResponseMetadata: { RequestId: 'R', Error: { Code: 'FlowLimitExceeded', Message: 'x' } },
        }),
        429,
        { 'Retry-After': '3' },
      );
    const sleeps: number[] = [];
    const { fetch, calls } = fakeFetch(throttled);
    const sms = client(fetch, { maxRetries: 1, sleep: async (ms) => void sleeps.push(ms) });
    const err = await sms.listSubAccounts().catch((e: unknown) => e);
    expect(err).toBeInstanceOf(SmsRateLimitError);
    expect(calls).toHaveLength(2);
    expect(sleeps).toEqual([3000]);
  });

  it('refuses a GET with a body (classic send statistics) before calling fetch, saying why', async () => {
    const { fetch, calls } = fakeFetch(sent);
    const err = await client(fetch, { api: 'classic', maxRetries: 0 })
      .getSendStats({ startTime: 1_764_000_000, endTime: 1_764_003_600 })
      .catch((e: unknown) => e);
    expect(err).toBeInstanceOf(SmsNetworkError);
    expect((err as Error).message).toContain('GET with a body');
    expect(calls).toHaveLength(0);
  });

  it('is refused beside a proxy option (the fetch reaches the network its own way), naming both', () => {
    expect(() => client(fakeFetch(sent).fetch, { proxy: 'http://proxy.example:3128' })).toThrow(
      SmsConfigError,
    );
    expect(() => client(fakeFetch(sent).fetch, { proxy: 'http://proxy.example:3128' })).toThrow(
      /proxy: .*with fetch, give the fetch its proxy/,
    );
  });
});
