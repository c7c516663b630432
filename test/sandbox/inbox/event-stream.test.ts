// The inbox's server-sent events over real HTTP: new messages, receipts (from the clock), fault changes,
// and `resync` whenever a page would otherwise have to be sent a backlog.
import { createServer, request, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { defaultSeed } from '../../../src/sandbox/index.ts';
import { InboxEvents } from '../../../src/sandbox/inbox/event-stream.ts';
import { SandboxStore } from '../../../src/sandbox/store.ts';
import type { MessageRow } from '../../../src/sandbox/store-tables.ts';
import { openEventStream, type EventStreamReader } from '../../helpers/event-stream-reader.ts';
import { startClockedSandbox, type ClockedSandbox } from '../helpers/clocked-sandbox.ts';
import { TEMPLATE_APPLICATION } from '../helpers/sandbox-http.ts';

const START = Date.UTC(2026, 10, 20, 2, 0, 0);
const SEND = {
  SubAccount: '7384ed01',
  Signature: '火山引擎',
  TemplateId: 'ST_0001',
  TemplateParam: '{"code":"2468"}',
};

type Received = Array<{ messageId: string; mobile: string; text: string; status: string; errorCode: string }>;

describe('GET /_sandbox/events', () => {
  let s: ClockedSandbox;
  let stream: EventStreamReader;
  beforeAll(async () => {
    s = await startClockedSandbox(START, { receiptDelayMs: 1500 });
  });
  beforeEach(async () => {
    s.sandbox.admin.reset();
    stream = await openEventStream(`${s.sandbox.url}/_sandbox/events`);
    await stream.next('hello');
  });
  afterEach(() => stream.close());
  afterAll(() => s.sandbox.close());

  it('announces a send within one tick, as the phone shows it, and its receipts when the clock reaches them', async () => {
    const sent = performance.now();
    const response = await s.call('SendSmsForAgent', { ...SEND, Mobiles: '13800000001,13800000007' });
    const ids = response.json?.Result.MessageIds as string[];
    const arrived = await stream.next('messages');
    expect(arrived.at - sent).toBeLessThan(1000);
    expect((arrived.data as Received).map((m) => [m.messageId, m.text, m.status])).toEqual([
      [ids[0], '【火山引擎】您的验证码是2468，5分钟内有效。', 'sent'],
      [ids[1], '【火山引擎】您的验证码是2468，5分钟内有效。', 'sent'],
    ]);

    s.sandbox.admin.advanceClock(1500);
    const receipts = (await stream.next('receipts')).data as Received;
    expect(receipts.map((m) => [m.mobile, m.status, m.errorCode])).toEqual([
      ['13800000001', 'delivered', 'DELIVRD'],
      ['13800000007', 'failed', 'NE:0105'],
    ]);
  });

  it('sends the active faults when they change, and resync after a reset or when the clock moves back', async () => {
    s.sandbox.admin.addFault('SendSmsForAgent=500x1');
    const faults = await stream.next('faults', (data) => (data as unknown[]).length === 1);
    expect(faults.data).toMatchObject([{ action: 'SendSmsForAgent', kind: 'status', status: 500, count: 1 }]);
    await s.call('SendSmsForAgent', { ...SEND, Mobiles: '13800000001' }); // uses the fault up
    await stream.next('faults', (data) => (data as unknown[]).length === 0);

    await s.call('SendSmsForAgent', { ...SEND, Mobiles: '13800000001' });
    await stream.next('messages');
    s.sandbox.admin.reset();
    expect((await stream.next('resync')).data).toEqual({ reason: 'the sandbox was reset' });
    s.sandbox.admin.advanceClock(-60_000);
    await stream.next('resync', (data) => (data as { reason: string }).reason === 'the clock moved back');
  });

  it('announces a fault added and used up between two ticks, so a page that showed it drops it', async () => {
    // The page renders a fault it added from the POST's answer; the stream looks every 200 ms and sees
    // no fault before and none after: without the registry's version it would never say so.
    s.sandbox.admin.addFault('SendSmsForAgent=500x1');
    await s.call('SendSmsForAgent', { ...SEND, Mobiles: '13800000001' });
    expect(s.sandbox.admin.listFaults()).toEqual([]);
    const faults = await stream.next('faults');
    expect(faults.data).toEqual([]);
  });
});

describe('GET /_sandbox/events: the review desk', () => {
  let s: ClockedSandbox;
  beforeAll(async () => {
    s = await startClockedSandbox(START);
  });
  afterAll(() => s.sandbox.close());

  it('sends the applications when one is made or decided', async () => {
    const stream = await openEventStream(`${s.sandbox.url}/_sandbox/events`);
    try {
      await stream.next('hello');
      const applied = await s.call('ApplySmsTemplateV2', TEMPLATE_APPLICATION);
      const id = applied.json?.Result.templateId as string;
      type Applications = { templates: Array<{ id: string; status: number; auditOpinion?: string }> };
      const find = (data: unknown) => (data as Applications).templates.find((t) => t.id === id);
      expect(
        find((await stream.next('applications', (data) => find(data) !== undefined)).data),
      ).toMatchObject({
        status: 1,
      });
      s.sandbox.admin.reviewTemplate(id, 'reject', 'too vague');
      const decided = await stream.next('applications', (data) => find(data)?.status === 2);
      expect(find(decided.data)).toMatchObject({ auditOpinion: 'too vague' });
      await stream.next('world', (data) =>
        (data as { templates: Array<{ id: string }> }).templates.some((t) => t.id === id),
      );
    } finally {
      stream.close();
    }
  });
});

describe('InboxEvents, bounded', () => {
  let store: SandboxStore;
  let server: Server;
  let events: InboxEvents;
  let url: string;
  const responses: ServerResponse[] = [];
  const clock = { offsetMs: 0, now: () => START + clock.offsetMs };
  const row = (n: number): MessageRow => ({
    messageId: `m-${n}`,
    api: 'agent',
    requestId: `r-${n}`,
    subAccount: '7384ed01',
    signature: '火山引擎',
    templateId: 'ST_0001',
    channelType: 'CN_OTP',
    mobile: `138000${String(n).padStart(5, '0')}`,
    content: `您的验证码是${n}，5分钟内有效。`,
    segments: 1,
    sendTimeMs: START,
    receiptDueMs: START + 1000,
    outcome: 'delivered',
    errorCode: '',
    errorMessage: '',
  });
  beforeAll(async () => {
    store = new SandboxStore();
    store.applySeed(defaultSeed(), START, { clearMessages: true });
    events = new InboxEvents(store, clock, [], { intervalMs: 20, maxPerTick: 5 });
    server = createServer((_request, response) => {
      responses.push(response);
      events.subscribe(response);
    });
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    url = `http://127.0.0.1:${(server.address() as AddressInfo).port}/`;
  });
  afterAll(async () => {
    events.close();
    await new Promise((resolve) => server.close(resolve));
    store.close();
  });

  it('tells the page to resync instead of sending more than maxPerTick rows in one tick', async () => {
    const stream = await openEventStream(url);
    try {
      await stream.next('hello');
      store.insertMessages([row(1), row(2)]);
      expect(((await stream.next('messages')).data as Received).map((m) => m.messageId)).toEqual([
        'm-1',
        'm-2',
      ]);
      store.insertMessages([3, 4, 5, 6, 7, 8].map(row));
      expect((await stream.next('resync')).data).toEqual({ reason: 'more than 5 messages in one tick' });
      store.insertMessages([row(9)]);
      const next = await stream.next('messages', (data) => (data as Received)[0]?.messageId === 'm-9');
      expect((next.data as Received).length).toBe(1);
    } finally {
      stream.close();
    }
  });

  it('buffers at most about 1 MiB for a page that stops reading, and tells it to resync once it reads again', async () => {
    let received = '';
    const paused = await new Promise<import('node:http').IncomingMessage>((resolve) => {
      request(url, { agent: false }, (res) => {
        res.setEncoding('utf8');
        res.once('data', (chunk: string) => {
          received += chunk;
          res.pause();
          resolve(res);
        });
      }).end();
    });
    const server = responses.at(-1) as ServerResponse;
    const long = (n: number): MessageRow => ({ ...row(n), content: '长'.repeat(4000) });
    let next = 100;
    let peak = 0;
    // 5 rows of ~12 kB a tick: well past the socket buffers and the 1 MiB bound within a few seconds.
    for (let round = 0; round < 150; round += 1) {
      store.insertMessages([0, 1, 2, 3, 4].map(() => long(next++)));
      await new Promise((resolve) => setTimeout(resolve, 20));
      peak = Math.max(peak, server.writableLength);
    }
    expect(peak).toBeGreaterThan(512 * 1024);
    expect(peak).toBeLessThan((1 << 20) + 5 * 13_000);
    paused.on('data', (chunk: string) => (received += chunk));
    paused.resume();
    await expect
      .poll(() => received.includes('event: resync\ndata: {"reason":"the page fell behind"}'))
      .toBe(true);
    paused.destroy();
  });

  it('stops its timer when the last page leaves', async () => {
    const stream = await openEventStream(url);
    await stream.next('hello');
    expect(events.clientCount).toBe(1);
    stream.close();
    await expect.poll(() => events.clientCount).toBe(0);
  });
});
