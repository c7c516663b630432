import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:net';
import { DatabaseSync } from 'node:sqlite';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, beforeEach, describe, expect, it, vi } from 'vitest';
import { SmsConfigError } from '../../src/core/index.ts';
import {
  defaultSeed,
  describeSandbox,
  loadSeedFile,
  parseSeed,
  SANDBOX_CREDENTIALS,
  startSandbox,
  type Sandbox,
} from '../../src/sandbox/index.ts';
import { codeOf, rawRequest, signedCall } from './helpers/sandbox-http.ts';

const SEND = {
  SubAccount: '7384ed01',
  Signature: '火山引擎',
  TemplateId: 'ST_0001',
  Mobiles: '13812345678',
  TemplateParam: '{"code":"2468"}',
};

const adminJson = async (sandbox: Sandbox, method: string, path: string, body?: unknown) => {
  const response = await rawRequest(sandbox.url, {
    method,
    path,
    body: body === undefined ? undefined : JSON.stringify(body),
  });
  return { status: response.status, body: JSON.parse(response.text) as Record<string, unknown> };
};

describe('admin API over HTTP', () => {
  let sandbox: Sandbox;
  const lines: string[] = [];
  beforeAll(async () => {
    sandbox = await startSandbox({ port: 0, rateLimitQps: 0, log: (line) => lines.push(line) });
  });
  beforeEach(() => {
    sandbox.admin.reset();
    lines.length = 0;
  });
  afterAll(() => sandbox.close());

  it('GET /_sandbox/health', async () => {
    const health = await adminJson(sandbox, 'GET', '/_sandbox/health');
    expect(health).toMatchObject({ status: 200, body: { status: 'ok', messages: 0, faults: 0 } });
  });

  it('GET /_sandbox/messages shows what each phone received, full number and signature included', async () => {
    const sent = await signedCall(sandbox, 'SendSmsForAgent', SEND);
    await signedCall(sandbox, 'SendSmsForAgent', { ...SEND, Mobiles: '13900000000' });
    const all = await adminJson(sandbox, 'GET', '/_sandbox/messages');
    expect(all.body.messages).toHaveLength(2);
    const one = await adminJson(sandbox, 'GET', '/_sandbox/messages?mobile=%2B8613812345678');
    expect(one.body.messages).toEqual([
      expect.objectContaining({
        messageId: sent.json?.Result.MessageIds[0],
        mobile: '13812345678',
        text: '【火山引擎】您的验证码是2468，5分钟内有效。',
        status: 'sent',
      }),
    ]);
    const bad = await adminJson(sandbox, 'GET', '/_sandbox/messages?limit=zero');
    expect(bad.status).toBe(400);
  });

  it('POST /_sandbox/clock moves simulated time so receipts arrive', async () => {
    await signedCall(sandbox, 'SendSmsForAgent', SEND);
    const moved = await adminJson(sandbox, 'POST', '/_sandbox/clock', { advanceMs: 1500 });
    expect(moved.status).toBe(200);
    expect(sandbox.admin.messages()[0]?.status).toBe('delivered');
    const bad = await adminJson(sandbox, 'POST', '/_sandbox/clock', { advance: 1 });
    expect(bad.status).toBe(400);
  });

  it('POST /_sandbox/account switches the account flags; reset restores the seed', async () => {
    const off = await adminJson(sandbox, 'POST', '/_sandbox/account', { activated: false });
    expect(off.body).toEqual({ activated: false, inArrears: false });
    expect(codeOf(await signedCall(sandbox, 'SendSmsForAgent', SEND))).toBe('RE:0001');
    const wrong = await adminJson(sandbox, 'POST', '/_sandbox/account', { inArrears: 'yes' });
    expect(wrong).toMatchObject({ status: 400, body: { issues: [{ field: 'inArrears' }] } });
    await adminJson(sandbox, 'POST', '/_sandbox/reset');
    expect(sandbox.admin.getAccount()).toEqual({ activated: true, inArrears: false });
    expect(codeOf(await signedCall(sandbox, 'SendSmsForAgent', SEND))).toBe('OK');
  });

  it('POST /_sandbox/reset forgets messages and faults', async () => {
    await signedCall(sandbox, 'SendSmsForAgent', SEND);
    sandbox.admin.addFault('SendSmsForAgent=500');
    await adminJson(sandbox, 'POST', '/_sandbox/reset');
    expect(sandbox.admin.messages()).toEqual([]);
    expect(sandbox.admin.listFaults()).toEqual([]);
  });

  it('answers an unknown admin route with 404 and the list of routes', async () => {
    const response = await adminJson(sandbox, 'GET', '/_sandbox/nope');
    expect(response.status).toBe(404);
    expect(response.body.routes).toContain('GET /_sandbox/health');
  });

  it('logs one line per request with action, status, code and time, and no secret or full number', async () => {
    await signedCall(sandbox, 'SendSmsForAgent', SEND);
    await signedCall(sandbox, 'SendSmsForAgent', { ...SEND, SubAccount: 'nope' });
    expect(lines).toHaveLength(2);
    expect(lines[0]).toMatch(/^POST SendSmsForAgent 200 OK \d+\.\dms$/);
    expect(lines[1]).toMatch(/^POST SendSmsForAgent 200 RE:0003 /);
    const all = lines.join('\n');
    for (const secret of [
      SANDBOX_CREDENTIALS.secretAccessKey,
      SANDBOX_CREDENTIALS.apiKey,
      '13812345678',
      'Signature=',
    ]) {
      expect(all).not.toContain(secret);
    }
  });
});

describe('seeds', () => {
  let dir: string;
  beforeAll(() => {
    dir = mkdtempSync(join(tmpdir(), 'volc-sms-sandbox-'));
  });
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it('ships the default seed of the shared contract', () => {
    const seed = defaultSeed();
    expect(seed.subAccounts.map((g) => [g.id, g.status])).toEqual([
      ['7384ed01', 'approved'],
      ['77da1acf', 'approved'],
      ['5c0ffee0', 'reviewing'],
    ]);
    expect(seed.signatures.map((s) => [s.text, s.status])).toEqual([
      ['火山引擎', 3],
      ['VolcOps', 3],
      ['待审核签名', 1],
      ['RejectedSign', 2],
    ]);
    expect(seed.templates.map((t) => [t.id, t.channelType, t.status])).toEqual([
      ['ST_0001', 'CN_OTP', 3],
      ['ST_0002', 'CN_NTC', 3],
      ['ST_0003', 'CN_MKT', 3],
      ['ST_0004', 'CN_NTC', 3],
      ['ST_0009', 'CN_NTC', 1],
    ]);
    expect(seed.account).toEqual({ activated: true, inArrears: false });
  });

  const seedError = (input: unknown): SmsConfigError => {
    try {
      parseSeed(input, 'my-seed.json');
    } catch (error) {
      expect(error).toBeInstanceOf(SmsConfigError);
      return error as SmsConfigError;
    }
    throw new Error('the seed was accepted');
  };

  it('rejects a seed with wrong fields, naming each one', () => {
    const error = seedError({
      subAccounts: [{ id: 'g1', name: 'G', channelTypes: ['CN_XYZ'] }],
      templates: [{ id: 'T', content: 'x' }],
      delivery: { rules: [{ suffix: 'seven', outcome: 'failed' }] },
    });
    expect(error.message).toContain('my-seed.json');
    expect(error.message).toContain('subAccounts[0].channelTypes[0]');
    expect(error.message).toContain('templates[0].channelType');
    expect(error.message).toContain('delivery.rules[0].suffix: digits only');
    expect(error.hint).toMatch(/docs\/sandbox\.md/);
  });

  it('rejects a seed whose references do not resolve', () => {
    const error = seedError({
      subAccounts: [{ id: 'g1', name: 'G', channelTypes: ['CN_OTP'] }],
      signatures: [{ text: 'S', subAccounts: ['g2'] }],
      templates: [{ id: 'T', channelType: 'CN_OTP', content: 'x', signatures: ['Nope'] }],
      delivery: { rules: [{ suffix: '7', outcome: 'failed' }] },
    });
    expect(error.message).toContain('signatures[0].subAccounts[0]: unknown message group "g2"');
    expect(error.message).toContain('templates[0].signatures[0]: unknown signature "Nope"');
    expect(error.message).toContain('delivery.rules[0].errorCode: required when outcome is "failed"');
  });

  it('loads seed files and explains unreadable or non-JSON ones', async () => {
    const good = join(dir, 'seed.json');
    writeFileSync(good, JSON.stringify({ subAccounts: [{ id: 'aa', name: 'A', channelTypes: ['CN_NTC'] }] }));
    expect(loadSeedFile(good).subAccounts[0]?.id).toBe('aa');
    const broken = join(dir, 'broken.json');
    writeFileSync(broken, '{ nope');
    expect(() => loadSeedFile(broken)).toThrow(/broken\.json is not valid JSON/);
    expect(() => loadSeedFile(join(dir, 'missing.json'))).toThrow(
      /Cannot read the sandbox seed file .*missing\.json \(ENOENT\)/,
    );
    await expect(startSandbox({ port: 0, seed: broken })).rejects.toBeInstanceOf(SmsConfigError);

    const sandbox = await startSandbox({ port: 0, rateLimitQps: 0, seed: good });
    try {
      const groups = await signedCall(sandbox, 'ListSubAccountForAgent', {});
      expect(groups.json?.Result.List.map((g: { SubAccount: string }) => g.SubAccount)).toEqual(['aa']);
    } finally {
      await sandbox.close();
    }
  });

  it('applies seed delivery rules, the longest suffix winning', async () => {
    const seed = {
      ...defaultSeed(),
      delivery: {
        rules: [
          { suffix: '1', outcome: 'failed' as const, errorCode: 'NE:0100' },
          { suffix: '21', outcome: 'delivered' as const },
        ],
      },
    };
    const sandbox = await startSandbox({ port: 0, rateLimitQps: 0, seed, receiptDelayMs: 0 });
    try {
      await signedCall(sandbox, 'SendSmsForAgent', {
        ...SEND,
        Mobiles: '13800000011,13800000021,13800000007',
      });
      expect(sandbox.admin.messages().map((m) => [m.mobile.slice(-2), m.status, m.errorCode])).toEqual([
        ['11', 'failed', 'NE:0100'],
        ['21', 'delivered', 'DELIVRD'],
        ['07', 'delivered', 'DELIVRD'],
      ]);
    } finally {
      await sandbox.close();
    }
  });

  it('keeps messages across restarts with dbPath', async () => {
    const dbPath = join(dir, 'sandbox.db');
    const first = await startSandbox({ port: 0, rateLimitQps: 0, dbPath });
    await signedCall(first, 'SendSmsForAgent', SEND);
    await first.close();
    const second = await startSandbox({ port: 0, rateLimitQps: 0, dbPath });
    try {
      expect(second.admin.messages().map((m) => m.mobile)).toEqual(['13812345678']);
      const log = await signedCall(second, 'ListSmsSendLogForAgent', { Page: 1, PageSize: 10 });
      expect(log.json?.Result.Total).toBe(1);
    } finally {
      await second.close();
    }
  });

  it('opens a database file of an older sandbox (configuration tables without V2 details)', async () => {
    const dbPath = join(dir, 'old.db');
    const old = new DatabaseSync(dbPath);
    old.exec(
      'CREATE TABLE signatures (text TEXT PRIMARY KEY, status INTEGER NOT NULL, source TEXT NOT NULL, sub_accounts TEXT NOT NULL, created_at INTEGER NOT NULL);',
    );
    old.close();
    const sandbox = await startSandbox({ port: 0, rateLimitQps: 0, dbPath });
    try {
      expect(codeOf(await signedCall(sandbox, 'SendSmsForAgent', SEND))).toBe('OK');
    } finally {
      await sandbox.close();
    }
  });
});

describe('lifecycle', () => {
  it('rejects when the port is taken, and closes idempotently', async () => {
    const blocker = createServer();
    await new Promise<void>((resolve) => blocker.listen(0, '127.0.0.1', resolve));
    const port = (blocker.address() as { port: number }).port;
    try {
      await expect(startSandbox({ port })).rejects.toThrow(/EADDRINUSE/);
    } finally {
      blocker.close();
    }
    const sandbox = await startSandbox({ port: 0 });
    await Promise.all([sandbox.close(), sandbox.close()]);
    await expect(rawRequest(sandbox.url, { method: 'GET', path: '/_sandbox/health' })).rejects.toThrow(
      /ECONNREFUSED/,
    );
  });

  it('closes promptly while a request waits on injected latency', async () => {
    const lines: string[] = [];
    const sandbox = await startSandbox({ port: 0, rateLimitQps: 0, log: (line) => lines.push(line) });
    // A one-use fault: once it is used up, the request is inside the injected wait.
    sandbox.admin.addFault('*=latency:10000x1');
    const pending = signedCall(sandbox, 'ListSubAccountForAgent', {}).catch((error: unknown) => error);
    await vi.waitFor(() => expect(sandbox.admin.listFaults()).toHaveLength(0), { timeout: 5000 });
    const started = performance.now();
    await sandbox.close();
    expect(performance.now() - started).toBeLessThan(1000);
    expect(await pending).toBeInstanceOf(Error);
    expect(lines.join('\n')).not.toMatch(/internal error/);
  });

  it('describes itself with the URL, credentials and env exports to paste', async () => {
    const lines = describeSandbox({ url: 'http://127.0.0.1:8787', credentials: { ...SANDBOX_CREDENTIALS } });
    const text = lines.join('\n');
    expect(text).toContain('listening on http://127.0.0.1:8787');
    expect(text).toContain('export VOLC_SMS_ENDPOINT=http://127.0.0.1:8787');
    expect(text).toContain('export VOLCENGINE_ACCESS_KEY=AKLTsandbox');
    expect(text).toContain('export VOLCENGINE_SECRET_KEY=sandbox-secret');
    expect(text).toContain('export ARK_SKILL_API_BASE=http://127.0.0.1:8787');
    expect(text).toContain('export ARK_SKILL_API_KEY=sandbox-api-key');
  });
});
