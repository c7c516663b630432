import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { resolveClientConfig } from '../../src/core/config/config.ts';
import { createSmsClient } from '../../src/core/client.ts';
import { SmsApiError, SmsNetworkError } from '../../src/core/errors/errors.ts';
import { bypassesProxy, displayProxy, proxyFromEnv, proxySecrets } from '../../src/core/http/proxy.ts';
import type { ClientOptions } from '../../src/core/types.ts';
import { startSandbox, type Sandbox } from '../../src/sandbox/index.ts';
import { startForwardProxy, type ForwardProxy } from '../helpers/forward-proxy.ts';
import { sandboxAuth } from '../helpers/sandbox-auth.ts';
import { codeSend } from '../helpers/seed-requests.ts';

const HTTPS = 'https://sms.volcengineapi.com';

describe('proxyFromEnv', () => {
  it('takes HTTPS_PROXY for an https endpoint and HTTP_PROXY for http, lower-case first', () => {
    const env = {
      HTTPS_PROXY: 'http://upper:1',
      https_proxy: 'http://lower:2',
      HTTP_PROXY: 'http://plain:3',
    };
    expect(proxyFromEnv(HTTPS, env)).toEqual({ url: 'http://lower:2', from: 'https_proxy' });
    expect(proxyFromEnv('http://sandbox.internal:8080', env)).toEqual({
      url: 'http://plain:3',
      from: 'HTTP_PROXY',
    });
    expect(proxyFromEnv(HTTPS, { HTTP_PROXY: 'http://plain:3' })).toBeUndefined();
    expect(proxyFromEnv(HTTPS, { HTTPS_PROXY: '  ' })).toBeUndefined();
  });

  it("never sends this machine's loopback through an environment proxy (it could not reach it)", () => {
    const env = { HTTP_PROXY: 'http://proxy:3128', HTTPS_PROXY: 'http://proxy:3128' };
    for (const endpoint of [
      'http://127.0.0.1:8787',
      'http://127.0.1.2',
      'http://localhost:8787',
      'https://[::1]:8443',
      'http://api.localhost',
    ]) {
      expect(proxyFromEnv(endpoint, env), endpoint).toBeUndefined();
    }
    expect(proxyFromEnv('http://128.0.0.1', env)?.url).toBe('http://proxy:3128');
    expect(proxyFromEnv('http://localhost.example.com', env)?.url).toBe('http://proxy:3128');
  });

  it('leaves out an endpoint that NO_PROXY covers', () => {
    const env = { HTTPS_PROXY: 'http://proxy:3128', NO_PROXY: 'localhost, .volcengineapi.com' };
    expect(proxyFromEnv(HTTPS, env)).toBeUndefined();
    expect(proxyFromEnv('https://example.com', env)?.url).toBe('http://proxy:3128');
  });

  it.each([
    ['*', HTTPS, true],
    ['sms.volcengineapi.com', HTTPS, true],
    ['volcengineapi.com', HTTPS, true],
    ['.volcengineapi.com', HTTPS, true],
    ['*.volcengineapi.com', HTTPS, true],
    ['SMS.VolcEngineAPI.com', HTTPS, true],
    ['engineapi.com', HTTPS, false],
    ['volcengineapi.com:443', HTTPS, true],
    ['volcengineapi.com:8443', HTTPS, false],
    ['127.0.0.1', 'http://127.0.0.1:9000', true],
    ['127.0.0.1:9000', 'http://127.0.0.1:9000', true],
    ['127.0.0.1:80', 'http://127.0.0.1:9000', false],
    ['[::1]', 'http://[::1]:9000', true],
    ['localhost,,  example.org', 'http://example.org', true],
    ['10.0.0.0/8', 'http://10.1.2.3', false],
  ])('NO_PROXY=%s for %s: bypass %s', (noProxy, endpoint, expected) => {
    expect(bypassesProxy(new URL(endpoint), noProxy)).toBe(expected);
  });

  it('never shows the credentials of a proxy URL, and knows which to scrub', () => {
    expect(displayProxy('http://alice:p%40ss@proxy.corp:3128')).toBe('http://proxy.corp:3128');
    expect(proxySecrets('http://alice:p%40ss@proxy.corp:3128')).toEqual(['p%40ss', 'p@ss']);
    expect(proxySecrets('http://token123@proxy.corp:3128')).toEqual(['token123']);
    expect(proxySecrets('http://proxy.corp:3128')).toEqual([]);
  });

  it('resolveClientConfig fills options.proxy from the environment, and the proxy option overrides it', () => {
    const env = {
      VOLCENGINE_ACCESS_KEY: 'AKLTx',
      VOLCENGINE_SECRET_KEY: 'secret',
      HTTPS_PROXY: 'http://bob:pw@proxy.corp:3128',
    };
    const fromEnv = resolveClientConfig({ env, homeDir: '/nonexistent' });
    expect(fromEnv.options.proxy).toBe('http://bob:pw@proxy.corp:3128');
    expect(fromEnv.proxy).toEqual({ url: 'http://proxy.corp:3128', from: 'HTTPS_PROXY' });
    const overridden = resolveClientConfig({ env, homeDir: '/nonexistent', proxy: 'http://other:8080' });
    expect(overridden.proxy).toEqual({ url: 'http://other:8080', from: 'the proxy option' });
    const direct = resolveClientConfig({ env: { ...env, NO_PROXY: '*' }, homeDir: '/nonexistent' });
    expect(direct.options.proxy).toBeUndefined();
    expect(direct.proxy).toBeUndefined();
  });
});

const SEND = codeSend();

// The built-in engine's proxy (a fetch given to the client brings its own: ClientOptions.fetch).
describe('sending through a real forward proxy', () => {
  let sandbox: Sandbox;
  let proxy: ForwardProxy;
  let guarded: ForwardProxy;
  beforeAll(async () => {
    sandbox = await startSandbox({ port: 0, rateLimitQps: 0, receiptDelayMs: 0 });
    proxy = await startForwardProxy();
    guarded = await startForwardProxy({ credentials: 'alice:s3cr%t' });
  });
  afterAll(async () => {
    await Promise.all([sandbox.close(), proxy.close(), guarded.close()]);
  });
  beforeEach(() => {
    sandbox.admin.reset();
    proxy.seen.length = 0;
    guarded.seen.length = 0;
  });

  const clientVia = (proxyUrl: string | undefined, extra: Partial<ClientOptions> = {}) =>
    createSmsClient({
      auth: sandboxAuth(sandbox),
      endpoint: sandbox.url,
      maxRetries: 0,
      proxy: proxyUrl,
      ...extra,
    });

  it('sends through the proxy, and the sandbox verifies the signature it forwarded', async () => {
    const client = clientVia(proxy.url);
    try {
      const outcome = await client.sendSms(SEND);
      expect(outcome.sentCount).toBe(1);
      const now = Math.floor(Date.now() / 1000);
      const stats = await client.getSendStats({ startTime: now - 3600, endTime: now + 60 });
      expect(stats.result.TotalAllSendCount).toBe(1);
    } finally {
      await client.close();
    }
    expect(sandbox.admin.messages()).toHaveLength(1);
    const host = new URL(sandbox.url).host;
    // node:http writes absolute-form requests for an http endpoint, and tunnels https with CONNECT.
    expect(proxy.seen.length).toBeGreaterThanOrEqual(1);
    for (const request of proxy.seen) {
      expect(request.method === 'CONNECT' ? request.target : new URL(request.target).host).toBe(host);
    }
  });

  it('sends the credentials of the proxy URL as Proxy-Authorization, and never reports them', async () => {
    const client = clientVia(guarded.url.replace('//', '//alice:s3cr%25t@'));
    try {
      expect((await client.sendSms(SEND)).sentCount).toBe(1);
    } finally {
      await client.close();
    }
    expect(guarded.seen[0]?.proxyAuthorization).toBe(
      `Basic ${Buffer.from('alice:s3cr%t').toString('base64')}`,
    );
  });

  it('without the proxy credentials: a failed recipient whose error says how to give them', async () => {
    const client = clientVia(guarded.url.replace('//', '//alice:wrong-pass@'));
    try {
      const outcome = await client.sendSms(SEND);
      const error = outcome.recipients[0]?.error;
      expect(outcome.sentCount).toBe(0);
      expect(sandbox.admin.messages()).toEqual([]);
      // node:http gets the 407 as an answer (absolute-form): the proxy's own status, so nothing was sent.
      expect(error).toBeInstanceOf(SmsApiError);
      expect(outcome.recipients[0]?.status).toBe('failed');
      expect(error?.message).toMatch(/407/);
      expect(error?.hint).toContain('http://user:password@');
      expect(`${error?.message} ${error?.hint}`).not.toContain('wrong-pass');
    } finally {
      await client.close();
    }
  });

  // An https endpoint goes through a CONNECT tunnel; these are refused before any TLS, so no certificate
  // is needed: 127.0.0.1:1 is never reached.
  it('a refused tunnel to an https endpoint: failed (never unknown), nothing retried, the status named', async () => {
    const client = clientVia(guarded.url, { endpoint: 'https://127.0.0.1:1', maxRetries: 2 });
    const open = clientVia(proxy.url, { endpoint: 'https://127.0.0.1:1', maxRetries: 0 });
    try {
      const wantsCredentials = (await client.sendSms(SEND)).recipients[0];
      expect(wantsCredentials?.status).toBe('failed');
      expect(wantsCredentials?.error?.message).toContain('The proxy refused the request (HTTP 407)');
      expect(wantsCredentials?.error?.hint).toContain('http://user:password@');
      const read = await client.listSubAccounts().catch((err: unknown) => err);
      expect((read as SmsNetworkError).message).toContain('HTTP 407');
      // One CONNECT for the send, one for the read: a 407 is not retried.
      expect(guarded.seen.map((r) => r.method)).toEqual(['CONNECT', 'CONNECT']);
      const unreachable = (await open.sendSms(SEND)).recipients[0];
      expect(unreachable?.status).toBe('failed');
      expect(unreachable?.error?.message).toContain('The proxy refused the request (HTTP 502)');
    } finally {
      await Promise.all([client.close(), open.close()]);
    }
  });

  it('a proxy that is down: a network error naming the proxy (without credentials) and what to check', async () => {
    const closed = await startForwardProxy();
    await closed.close();
    const client = clientVia(closed.url.replace('//', '//carol:hunter2@'));
    try {
      const error = await client.listSubAccounts().catch((err: unknown) => err);
      expect(error).toBeInstanceOf(SmsNetworkError);
      const { message, hint } = error as SmsNetworkError;
      expect(message).toContain(`through the proxy ${closed.url}`);
      expect(hint).toContain('HTTPS_PROXY');
      expect(`${message} ${hint}`).not.toContain('hunter2');
    } finally {
      await client.close();
    }
  });
});
