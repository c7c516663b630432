import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import {
  createSmsClient,
  journalState,
  memoryJournalStore,
  resumeDirectSend,
  sendDirect,
  SmsInputError,
  type JournalRecord,
  type SmsClient,
} from '../../../src/core/index.ts';
import { startSandbox, type Sandbox } from '../../../src/sandbox/index.ts';
import { sandboxAuth } from '../../helpers/sandbox-auth.ts';

// Resuming a journaled direct send against the sandbox: what the journal says of each number, what the
// send log settles, and what is sent again (only the never-attempted, and the unknown when asked).
let sandbox: Sandbox;
let client: SmsClient;
beforeAll(async () => {
  sandbox = await startSandbox({ port: 0, rateLimitQps: 0, receiptDelayMs: 0, log: () => undefined });
  client = createSmsClient({ auth: sandboxAuth(sandbox), endpoint: sandbox.url });
});
afterAll(async () => {
  await client.close();
  await sandbox.close();
});
beforeEach(() => sandbox.admin.reset());

const target = { subAccount: '7384ed01', signature: 'VolcOps', templateId: 'ST_0004' };
const templateParam = '{"version":"9"}';
const sendsTo = (mobile: string) => sandbox.admin.messages({ mobile }).length;

// a, b answered; c and d in a chunk with no answer (c went out, d did not); e, f never attempted. c and
// d share their masked form (139****0000), so only a query per number can tell them apart.
const [a, b, c, d, e, f] = [
  '13900000001',
  '13900000002',
  '13900000000',
  '13911110000',
  '13900000005',
  '13900000006',
];

async function crashedJournal(): Promise<JournalRecord[]> {
  const answered = await client.sendSms({ ...target, mobiles: [a, b], templateParam });
  const at = Date.now();
  await client.sendSms({ ...target, mobiles: [c], templateParam });
  return [
    {
      type: 'start',
      version: 1,
      at,
      send: { kind: 'sms', ...target, templateParam, mobiles: [a, b, c, d, e, f] },
    },
    { type: 'intent', chunk: 0, at, mobiles: [a, b] },
    {
      type: 'result',
      chunk: 0,
      at,
      results: answered.recipients.map((r) => ({
        mobile: r.mobile,
        status: r.status,
        messageId: r.messageId,
      })),
    },
    { type: 'intent', chunk: 1, at, mobiles: [c, d] },
  ];
}

describe('resumeDirectSend', () => {
  it('sends only the never-attempted, settles the unanswered through the send log, resends nothing unknown', async () => {
    const journal = memoryJournalStore(await crashedJournal());
    const report = await resumeDirectSend(client, journal, { qps: 50 });
    expect(report.numbers.map((n) => [n.mobile, n.status, n.source])).toEqual([
      [a, 'sent', 'journal'],
      [b, 'sent', 'journal'],
      [c, 'sent', 'send-log'],
      [d, 'unknown', 'not-in-log'],
      [e, 'sent', 'resumed'],
      [f, 'sent', 'resumed'],
    ]);
    expect(report).toMatchObject({ sentCount: 5, failedCount: 0, unknownCount: 1 });
    expect([a, b, c, d, e, f].map(sendsTo)).toEqual([1, 1, 1, 0, 1, 1]);
    // The resume is journaled too: its reading of the log, and the new chunk after the old ones.
    const added = journal.records.slice(4).map((r) => [r.type, 'chunk' in r ? r.chunk : undefined]);
    expect(added).toEqual([
      ['reconciled', undefined],
      ['intent', 2],
      ['result', 2],
    ]);
    expect(report.numbers[2]?.messageId).toBe(sandbox.admin.messages({ mobile: c })[0]?.messageId);
  });

  it('resends the unknown only when asked, and never what the log or the journal shows as sent', async () => {
    const journal = memoryJournalStore(await crashedJournal());
    await resumeDirectSend(client, journal, { qps: 50 });
    const again = await resumeDirectSend(client, journal, { qps: 50, resendUnknown: true });
    expect(again.numbers.map((n) => [n.mobile, n.status, n.source])).toEqual([
      [a, 'sent', 'journal'],
      [b, 'sent', 'journal'],
      [c, 'sent', 'send-log'],
      [d, 'sent', 'resent'],
      [e, 'sent', 'journal'],
      [f, 'sent', 'journal'],
    ]);
    expect([a, b, c, d, e, f].map(sendsTo)).toEqual([1, 1, 1, 1, 1, 1]);
    const third = await resumeDirectSend(client, journal, { qps: 50, resendUnknown: true });
    expect(third.outcome).toBeUndefined();
    expect([a, b, c, d, e, f].map(sendsTo)).toEqual([1, 1, 1, 1, 1, 1]);
  });

  it('settles a whole unanswered chunk from one scan of the window when masks tell the numbers apart', async () => {
    const mobiles = Array.from({ length: 30 }, (_, i) => `137${String(i).padStart(8, '0')}`);
    const at = Date.now();
    await client.sendSms({ ...target, mobiles: mobiles.slice(0, 20), templateParam });
    const journal = memoryJournalStore([
      { type: 'start', version: 1, at, send: { kind: 'sms', ...target, templateParam, mobiles } },
      { type: 'intent', chunk: 0, at, mobiles },
    ]);
    let reads = 0;
    const counting = {
      ...client,
      listSendLogs: (...args: Parameters<SmsClient['listSendLogs']>) => {
        reads += 1;
        return client.listSendLogs(...args);
      },
    };
    const report = await resumeDirectSend(counting, journal, { qps: 50 });
    expect(reads).toBe(1);
    expect(report.numbers.filter((n) => n.source === 'send-log')).toHaveLength(20);
    expect(report.numbers.filter((n) => n.source === 'not-in-log')).toHaveLength(10);
    expect(mobiles.map(sendsTo)).toEqual(mobiles.map((_, i) => (i < 20 ? 1 : 0)));
  });

  it('journals a direct send: the start, then each intent before its result', async () => {
    const journal = memoryJournalStore();
    const mobiles = Array.from({ length: 450 }, (_, i) => `136${String(i).padStart(8, '0')}`);
    await sendDirect(
      client,
      { kind: 'sms', input: { ...target, mobiles, templateParam } },
      { qps: 50, journal },
    );
    const types = journal.records.map((r) => r.type);
    expect(types[0]).toBe('start');
    for (const chunk of [0, 1, 2]) {
      const intent = journal.records.findIndex((r) => r.type === 'intent' && r.chunk === chunk);
      const result = journal.records.findIndex((r) => r.type === 'result' && r.chunk === chunk);
      expect(intent).toBeGreaterThan(0);
      expect(result).toBeGreaterThan(intent);
    }
    const { numbers } = journalState(journal.records);
    expect([...numbers.values()].every((n) => n.status === 'sent' && n.messageId !== undefined)).toBe(true);
    expect(JSON.stringify(journal.records)).not.toContain(sandbox.credentials.secretAccessKey);
  });

  it('refuses what is not a journal', async () => {
    await expect(resumeDirectSend(client, memoryJournalStore([]))).rejects.toBeInstanceOf(SmsInputError);
  });
});
