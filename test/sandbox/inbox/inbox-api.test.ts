// The admin reads the inbox page is built on, over real HTTP: phones, a phone's messages, the send log
// and stats with the page's filters, clearing one fault, and the page's own files.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { DatabaseSync } from 'node:sqlite';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { startSandbox } from '../../../src/sandbox/index.ts';
import { startClockedSandbox, type ClockedSandbox } from '../helpers/clocked-sandbox.ts';
import { rawRequest, signedCall } from '../helpers/sandbox-http.ts';

const START = Date.UTC(2026, 10, 20, 2, 0, 0);
const OTP = { SubAccount: '7384ed01', Signature: '火山引擎', TemplateId: 'ST_0001' };
const ALERT = { SubAccount: '7384ed01', Signature: 'VolcOps', TemplateId: 'ST_0002' };

let s: ClockedSandbox;
beforeAll(async () => {
  s = await startClockedSandbox(START, { receiptDelayMs: 1000 });
});
beforeEach(() => s.sandbox.admin.reset());
afterAll(() => s.sandbox.close());

async function get(path: string, headers: Record<string, string> = {}) {
  const response = await rawRequest(s.sandbox.url, { method: 'GET', path, headers });
  return { ...response, body: safeJson(response.text) as Record<string, unknown> };
}
function safeJson(text: string): unknown {
  try {
    return JSON.parse(text);
  } catch {
    return undefined;
  }
}
// eslint-disable-next-line @typescript-eslint/no-explicit-any
const body = async (path: string): Promise<any> => (await get(path)).body;

async function send(mobiles: string, code = '1234', template: 'otp' | 'alert' = 'otp') {
  const fields =
    template === 'otp'
      ? { ...OTP, TemplateParam: JSON.stringify({ code }) }
      : { ...ALERT, TemplateParam: JSON.stringify({ service: 'api', message: code }) };
  const response = await s.call('SendSmsForAgent', { ...fields, Mobiles: mobiles });
  expect(response.json?.ResponseMetadata.Error).toBeUndefined();
  return response.json?.Result.MessageIds as string[];
}

describe('GET /_sandbox/phones', () => {
  it('lists every number that received something, the most recent first, with a count and the last message', async () => {
    await send('13800000001,13800000002', '1111');
    s.sandbox.admin.advanceClock(10);
    const [last] = await send('13800000001', '2222');
    s.sandbox.admin.advanceClock(10);
    await send('13800000007', '3333');

    const page = await body('/_sandbox/phones');
    expect(page).toMatchObject({ total: 3, page: 1, pageSize: 50 });
    expect(page.phones.map((p: { mobile: string; count: number }) => [p.mobile, p.count])).toEqual([
      ['13800000007', 1],
      ['13800000001', 2],
      ['13800000002', 1],
    ]);
    expect(page.phones[1]).toMatchObject({
      maskedMobile: '138****0001',
      lastMessage: { messageId: last, text: '【火山引擎】您的验证码是2222，5分钟内有效。', status: 'sent' },
    });

    const second = await body('/_sandbox/phones?page=2&pageSize=2');
    expect(second.phones.map((p: { mobile: string }) => p.mobile)).toEqual(['13800000002']);
    const bad = await get('/_sandbox/phones?pageSize=0');
    expect(bad.status).toBe(400);
    expect(bad.body).toMatchObject({ error: 'Invalid pageSize: must be a whole number from 1 to 200.' });
  });

  it('is emptied by a reset, and rebuilt from the log of a database file written before it existed', async () => {
    await send('13800000001');
    s.sandbox.admin.reset();
    expect(await body('/_sandbox/phones')).toMatchObject({ total: 0, phones: [] });

    const dir = mkdtempSync(join(tmpdir(), 'volc-sms-inbox-'));
    try {
      const dbPath = join(dir, 'state.db');
      const first = await startSandbox({ port: 0, rateLimitQps: 0, dbPath });
      const sent = await signedCall(first, 'SendSmsForAgent', {
        ...OTP,
        Mobiles: '13900000001,13900000001',
        TemplateParam: '{"code":"1"}',
      });
      expect(sent.json?.Result.MessageIds).toHaveLength(2);
      await first.close();
      // As a file from before the inbox: the log without its phones table.
      const db = new DatabaseSync(dbPath);
      db.exec('DROP TRIGGER phones_on_insert; DROP TRIGGER phones_on_delete; DROP TABLE phones;');
      db.close();
      const again = await startSandbox({ port: 0, rateLimitQps: 0, dbPath });
      try {
        expect(again.admin.phones().phones.map((p) => [p.mobile, p.count])).toEqual([['13900000001', 2]]);
      } finally {
        await again.close();
      }
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});

describe('GET /_sandbox/messages (a phone view, paged back with before=)', () => {
  it('answers the newest page oldest first, and the page before a message id', async () => {
    const ids: string[] = [];
    for (let i = 0; i < 5; i += 1) {
      ids.push(...(await send('13800000001', `${i}${i}${i}${i}`)));
      s.sandbox.admin.advanceClock(1);
    }
    await send('13800000002');
    const newest = await body('/_sandbox/messages?mobile=13800000001&limit=2');
    expect(newest.messages.map((m: { messageId: string }) => m.messageId)).toEqual(ids.slice(3));
    const before = await body(`/_sandbox/messages?mobile=13800000001&limit=2&before=${ids[3]}`);
    expect(before.messages.map((m: { messageId: string }) => m.messageId)).toEqual(ids.slice(1, 3));
    expect(before.messages[0]).toMatchObject({
      text: '【火山引擎】您的验证码是1111，5分钟内有效。',
      segments: 1,
    });
  });
});

describe('GET /_sandbox/log and /_sandbox/stats', () => {
  it('filter the window by group, signature, template, number and message id', async () => {
    await send('13800000001', 'old');
    s.sandbox.admin.advanceClock(2 * 3600_000);
    const [otp] = await send('13800000001', '5678');
    await send('13800000007', 'disk full', 'alert');
    s.sandbox.admin.advanceClock(1000);

    const hour = await body('/_sandbox/log?since=1h');
    expect(hour.total).toBe(2);
    expect(hour.messages.map((m: { text: string }) => m.text)).toEqual([
      '【VolcOps】服务api告警：disk full',
      '【火山引擎】您的验证码是5678，5分钟内有效。',
    ]);
    expect((await body('/_sandbox/log?since=24h')).total).toBe(3);
    expect((await body('/_sandbox/log?templateId=ST_0002')).messages[0]).toMatchObject({
      status: 'failed',
      errorCode: 'NE:0105',
    });
    expect((await body('/_sandbox/log?signature=%E7%81%AB%E5%B1%B1%E5%BC%95%E6%93%8E')).total).toBe(1);
    expect((await body('/_sandbox/log?mobile=%2B8613800000001&since=1d')).total).toBe(2);
    expect((await body(`/_sandbox/log?messageId=${otp}`)).messages[0].messageId).toBe(otp);
    expect((await body('/_sandbox/log?subAccount=77da1acf')).total).toBe(0);

    const stats = await body('/_sandbox/stats?since=1h');
    expect(stats).toMatchObject({
      TotalAllSendCount: 2,
      TotalReceiptSuccessCount: 1,
      TotalReceiptFailureCount: 1,
      TotalReceiptSuccessRate: 0.5,
    });
    expect(await body('/_sandbox/stats?since=24h&mobile=13800000001')).toMatchObject({
      TotalAllSendCount: 2,
    });
    expect(await body('/_sandbox/stats?templateId=ST_0002')).toMatchObject({ TotalAllSendCount: 1 });

    const bad = await get('/_sandbox/log?since=yesterday');
    expect(bad.status).toBe(400);
    expect(String(bad.body.error)).toMatch(/^since: "yesterday" is not a window/);
  });
});

describe('DELETE /_sandbox/faults/ID', () => {
  it('clears one fault and keeps the others; an unknown id says where the ids are', async () => {
    const first = s.sandbox.admin.addFault('SendSmsForAgent=500x2');
    const second = s.sandbox.admin.addFault('*=latency:10');
    const cleared = await rawRequest(s.sandbox.url, {
      method: 'DELETE',
      path: `/_sandbox/faults/${first.id}`,
    });
    expect(cleared.status).toBe(200);
    expect(JSON.parse(cleared.text).faults.map((f: { id: number }) => f.id)).toEqual([second.id]);
    const unknown = await rawRequest(s.sandbox.url, {
      method: 'DELETE',
      path: `/_sandbox/faults/${first.id}`,
    });
    expect(unknown.status).toBe(400);
    expect(JSON.parse(unknown.text)).toMatchObject({
      error: `No active fault has id ${first.id}.`,
      hint: 'GET /_sandbox/faults lists the active faults and their ids.',
    });
  });
});

describe('the page', () => {
  it('is served at / to a browser, while an API client still gets MissingParameter there', async () => {
    const page = await get('/', { accept: 'text/html,application/xhtml+xml' });
    expect(page.status).toBe(200);
    expect(page.headers['content-type']).toBe('text/html; charset=utf-8');
    expect(page.text).toContain('<title>Sandbox inbox · volc-sms</title>');
    expect(page.headers['content-security-policy']).toContain("default-src 'none'");
    const api = await get('/');
    expect(api.status).toBe(400);
    expect(api.json?.ResponseMetadata.Error?.Code).toBe('MissingParameter');
    expect((await get('/_sandbox/inbox')).text).toBe(page.text);
  });

  it('serves every file the page references from the sandbox, and none refers to another host', async () => {
    const html = (await get('/_sandbox/inbox')).text;
    const referenced = [...html.matchAll(/(?:src|href)="(\/_sandbox\/inbox\/[^"]+)"/g)].map(
      (m) => m[1] as string,
    );
    expect(referenced.sort()).toEqual(['/_sandbox/inbox/inbox.css', '/_sandbox/inbox/inbox.js']);
    const modules = ['dom.js', 'faults.js', 'log.js', 'phones.js'].map((name) => `/_sandbox/inbox/${name}`);
    for (const path of [...referenced, ...modules]) {
      const asset = await get(path);
      expect(asset.status, path).toBe(200);
      expect(asset.text, path).not.toMatch(/https?:\/\//);
    }
    expect((await get('/_sandbox/inbox/nope.js')).status).toBe(404);
  });
});
