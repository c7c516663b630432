import { spawn } from 'node:child_process';
import { join } from 'node:path';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { startSandbox, type Sandbox } from '../../src/sandbox/index.ts';
import { makeTempHome, runCli } from '../cli/helpers/cli-process.ts';
import { startForwardProxy, type ForwardProxy } from '../helpers/forward-proxy.ts';
import { startTlsFront, TEST_CERT_FILE } from '../helpers/tls-front.ts';

/**
 * The usual corporate set-up: an https endpoint reached through HTTPS_PROXY with a CONNECT tunnel, TLS
 * verified end to end. The endpoint is the sandbox behind TLS under the name `sms.internal`, which only the
 * proxy resolves; the test certificate is trusted through NODE_EXTRA_CA_CERTS, as a company CA would be.
 */
const REPO = join(import.meta.dirname, '../..');
const SEND = ['send_sms', '--sub-account', '7384ed01', '--signature', 'VolcOps', '--template-id', 'ST_0001'];

let sandbox: Sandbox;
let proxy: ForwardProxy;
let front: { port: number; close(): Promise<void> };
let home: { home: string; cleanup: () => Promise<void> };
let endpoint: string;

beforeAll(async () => {
  sandbox = await startSandbox({ port: 0, rateLimitQps: 0, receiptDelayMs: 0 });
  front = await startTlsFront(Number(new URL(sandbox.url).port));
  proxy = await startForwardProxy({ credentials: 'corp:tunnel-pw', hosts: { 'sms.internal': '127.0.0.1' } });
  home = await makeTempHome();
  endpoint = `https://sms.internal:${front.port}`;
});
afterAll(async () => {
  await Promise.all([proxy.close(), front.close(), sandbox.close(), home.cleanup()]);
});
beforeEach(() => {
  sandbox.admin.reset();
  proxy.seen.length = 0;
});

const env = (extra: Record<string, string> = {}) => ({
  VOLCENGINE_ACCESS_KEY: sandbox.credentials.accessKeyId,
  VOLCENGINE_SECRET_KEY: sandbox.credentials.secretAccessKey,
  VOLC_SMS_ENDPOINT: endpoint,
  HTTPS_PROXY: proxy.url.replace('//', '//corp:tunnel-pw@'),
  NODE_EXTRA_CA_CERTS: TEST_CERT_FILE,
  ...extra,
});

/**
 * One send through a fetch given to the client (ClientOptions.fetch): undici's, whose ProxyAgent takes the
 * proxy resolveClientConfig found, as docs/client.md says; in a child process (NODE_EXTRA_CA_CERTS is read
 * at start).
 */
function sendWithFetch(
  childEnv: Record<string, string>,
  mobile: string,
): Promise<{ code: number | null; stdout: string; stderr: string }> {
  const script = [
    `import { createSmsClient, resolveClientConfig } from '${join(REPO, 'src/core/index.ts')}';`,
    `const { options } = resolveClientConfig({ env: process.env, homeDir: process.env.HOME });`,
    `import { fetch, ProxyAgent } from '${join(REPO, 'node_modules/undici/index.js')}';`,
    `const { proxy, ...rest } = options;`,
    `const dispatcher = proxy ? new ProxyAgent(proxy) : undefined;`,
    `const client = createSmsClient({ ...rest, fetch: (url, init) => fetch(url, { ...init, dispatcher }) });`,
    `const outcome = await client.sendSms({ subAccount: '7384ed01', signature: 'VolcOps', templateId: 'ST_0001',`,
    `  mobiles: ['${mobile}'], templateParam: { code: '2' } });`,
    `await client.close();`,
    `const [r] = outcome.recipients;`,
    `console.log(JSON.stringify({ sent: outcome.sentCount, status: r?.status, hint: r?.error?.hint }));`,
  ].join('\n');
  return new Promise((resolve) => {
    const child = spawn(process.execPath, ['--input-type=module', '-e', script], {
      env: { PATH: process.env['PATH'], HOME: home.home, ...childEnv },
    });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (chunk: Buffer) => (stdout += chunk.toString()));
    child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
    child.on('close', (code) => resolve({ code, stdout, stderr }));
  });
}

describe('https through a proxy (CONNECT), TLS verified', () => {
  it('the CLI (node:http engine) sends through the tunnel', async () => {
    const run = await runCli([...SEND, '--mobiles', '13800000000', '--template-param', '{"code":"1"}'], {
      env: env(),
      home: home.home,
    });
    expect(run.stderr).toBe('');
    expect(run.code).toBe(0);
    expect(proxy.seen.map((r) => [r.method, r.target])).toEqual([['CONNECT', `sms.internal:${front.port}`]]);
    expect(sandbox.admin.messages().map((m) => m.mobile)).toEqual(['13800000000']);
  });

  it('a fetch given to the client (undici, its ProxyAgent) sends through the tunnel', async () => {
    const result = await sendWithFetch(env(), '13800000001');
    expect(result.stderr).toBe('');
    expect(JSON.parse(result.stdout)).toEqual({ sent: 1, status: 'sent' });
    expect(proxy.seen.map((r) => r.method)).toEqual(['CONNECT']);
    expect(sandbox.admin.messages().map((m) => m.mobile)).toEqual(['13800000001']);
  });

  it('a fetch given to the client: an untrusted certificate is a failed send, never "unknown"', async () => {
    const result = await sendWithFetch(env({ NODE_EXTRA_CA_CERTS: '' }), '13800000003');
    const outcome = JSON.parse(result.stdout) as { sent: number; status: string; hint: string };
    expect(outcome).toMatchObject({ sent: 0, status: 'failed' });
    expect(outcome.hint).toContain('NODE_EXTRA_CA_CERTS');
    expect(sandbox.admin.messages()).toEqual([]);
  });

  // A security gateway that inspects TLS presents its own certificate; without its CA the handshake fails
  // before any byte of the request is written: the send definitely did not happen.
  it.each([
    ['through the proxy', {}],
    ['directly', { HTTPS_PROXY: '', VOLC_SMS_ENDPOINT: '' }],
  ] as Array<[string, Record<string, string>]>)(
    'an untrusted certificate %s: not sent, never "unknown", and the hint names NODE_EXTRA_CA_CERTS',
    async (_, extra) => {
      const direct =
        extra.VOLC_SMS_ENDPOINT === '' ? { VOLC_SMS_ENDPOINT: `https://127.0.0.1:${front.port}` } : {};
      const run = await runCli([...SEND, '--mobiles', '13800000002', '--template-param', '{"code":"3"}'], {
        env: env({ NODE_EXTRA_CA_CERTS: '', ...extra, ...direct }),
        home: home.home,
      });
      expect(sandbox.admin.messages()).toEqual([]);
      // 4: no answer, nothing sent. 5 would be "outcome unknown", which would make people check logs for nothing.
      expect(run.code).toBe(4);
      expect(run.stderr).toContain('not trusted');
      expect(run.stderr).toContain('NODE_EXTRA_CA_CERTS=/path/to/ca.pem');
      expect(`${run.stdout}${run.stderr}`).not.toContain('tunnel-pw');
    },
  );

  it('https to a plain-http port: the hint says the endpoint speaks http', async () => {
    const run = await runCli(['list_sub_account'], {
      env: env({ HTTPS_PROXY: '', VOLC_SMS_ENDPOINT: sandbox.url.replace('http:', 'https:') }),
      home: home.home,
    });
    expect(run.code).toBe(4);
    expect(run.stderr).toContain('No TLS at the other end');
  });
});
