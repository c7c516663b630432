import { describe, expect, it } from 'vitest';
import { receiptOf, waitForReceiptSummary, waitForReceipts } from '../../../src/core/index.ts';
import { sleep, useSandbox } from './sandbox-session.ts';

/**
 * The one receipt poller (the Action's wait-for-delivery, the Slack app's follow-up) against the sandbox
 * over HTTP: a number ending in 7 fails with NE:0105, one ending in 6 never gets a receipt, the rest are
 * delivered `receiptDelayMs` after the send.
 */

const GROUP = '7384ed01';
const TEMPLATE = 'ST_0002';
const SIGNATURE = 'VolcOps';

describe('waitForReceipts against the sandbox', () => {
  const session = useSandbox({ receiptDelayMs: 300 });
  const logReads = () => session.reads('ListSmsSendLogForAgent');

  async function send(mobiles: string[]) {
    const sentAt = Math.floor(Date.now() / 1000);
    const outcome = await session.client.sendSms({
      subAccount: GROUP,
      signature: SIGNATURE,
      templateId: TEMPLATE,
      mobiles,
      templateParam: { service: 'api', message: 'disk full' },
    });
    const ids = outcome.recipients.map((r) => r.messageId ?? '');
    expect(ids.every((id) => id !== '')).toBe(true);
    return { ids, scope: { subAccount: GROUP, templateId: TEMPLATE, signature: SIGNATURE, sentAt } };
  }

  it('waits until every message has a final receipt, then stops reading', async () => {
    const { ids, scope } = await send(['13800000000', '13800000007']);
    const polls: number[] = [];
    const waited = await waitForReceipts(
      { client: session.client, now: Date.now, sleep, onPoll: (pending) => polls.push(pending) },
      scope,
      ids,
      { pauseMs: 100, timeoutMs: 10_000 },
    );
    expect(waited.timedOut).toBe(false);
    expect(waited.receipts.get(ids[0] ?? '')).toEqual({ status: 'delivered' });
    expect(waited.receipts.get(ids[1] ?? '')).toMatchObject({
      status: 'failed',
      errorCode: 'NE:0105',
      error: expect.stringMatching(/^NE:0105/) as unknown,
    });
    // Polled while receipts were due (each poll that left some waiting reported it), then no more reads.
    expect(polls.every((pending) => pending > 0)).toBe(true);
    expect(logReads()).toBe(polls.length + 1);
  });

  it('reads every page of a large send in each poll (one request per 100 messages)', async () => {
    const mobiles = Array.from({ length: 250 }, (_, i) => `1390000${String(i).padStart(4, '0')}`);
    // Numbers ending in 6, 7 or 9 get no receipt or a failed one: only the delivered kind here.
    const deliverable = mobiles.filter((m) => !/[679]$/.test(m));
    const { ids, scope } = await send(deliverable);
    await sleep(400);
    const waited = await waitForReceipts({ client: session.client, now: Date.now, sleep }, scope, ids, {
      pauseMs: 0,
      timeoutMs: 10_000,
    });
    expect([...waited.receipts.values()].filter((r) => r.status === 'delivered')).toHaveLength(ids.length);
    expect(logReads()).toBe(Math.ceil(ids.length / 100));
  });

  it('times out with the rest pending: by the clock, or by the number of attempts', async () => {
    const { ids, scope } = await send(['13800000000', '13800000006']);
    const byClock = await waitForReceipts({ client: session.client, now: Date.now, sleep }, scope, ids, {
      pauseMs: 100,
      growth: 2,
      maxPauseMs: 200,
      timeoutMs: 900,
    });
    expect(byClock.timedOut).toBe(true);
    expect(byClock.receipts.get(ids[0] ?? '')?.status).toBe('delivered');
    expect(byClock.receipts.get(ids[1] ?? '')?.status).toBe('pending');

    const before = logReads();
    const byAttempts = await waitForReceipts({ client: session.client, now: Date.now, sleep }, scope, ids, {
      pauseMs: 10,
      attempts: 3,
    });
    expect(byAttempts.timedOut).toBe(true);
    expect(logReads() - before).toBe(3);
  });

  it('a read that fails: stops with the error, or (retry) reports it and reads again', async () => {
    const { ids, scope } = await send(['13800000000']);
    await sleep(400);
    session.sandbox.admin.addFault({
      action: 'ListSmsSendLogForAgent',
      kind: 'error',
      code: 'RE:0001',
      count: 1,
    });
    const stopped = await waitForReceipts({ client: session.client, now: Date.now, sleep }, scope, ids, {
      pauseMs: 0,
    });
    expect(stopped.readError).toBeDefined();
    expect(stopped.receipts.get(ids[0] ?? '')?.status).toBe('pending');

    session.sandbox.admin.addFault({
      action: 'ListSmsSendLogForAgent',
      kind: 'error',
      code: 'RE:0001',
      count: 1,
    });
    const errors: number[] = [];
    const retried = await waitForReceipts(
      { client: session.client, now: Date.now, sleep, onReadError: (_err, attempt) => errors.push(attempt) },
      scope,
      ids,
      { pauseMs: 0, onReadError: 'retry', attempts: 5 },
    );
    expect(errors).toEqual([1]);
    expect(retried.readError).toBeUndefined();
    expect(retried.receipts.get(ids[0] ?? '')?.status).toBe('delivered');
  });

  it('stops at once when aborted, neither timed out nor failed', async () => {
    const { ids, scope } = await send(['13800000006']);
    const controller = new AbortController();
    setTimeout(() => controller.abort(), 150);
    const started = Date.now();
    const waited = await waitForReceipts(
      { client: session.client, now: Date.now, sleep, signal: controller.signal },
      scope,
      ids,
      { pauseMs: 5_000 },
    );
    expect(Date.now() - started).toBeLessThan(2_000);
    expect(waited.timedOut).toBe(false);
    expect(waited.readError).toBeUndefined();
  });
});

describe('waitForReceiptSummary against the sandbox (batch-wait: counts, not message ids)', () => {
  const session = useSandbox({ receiptDelayMs: 300 });
  const scope = { subAccount: GROUP, templateId: TEMPLATE, signature: SIGNATURE, sentAt: 0 };
  const send = async (mobiles: string[]) => {
    await session.client.sendSms({
      subAccount: GROUP,
      signature: SIGNATURE,
      templateId: TEMPLATE,
      mobiles,
      templateParam: { service: 'api', message: 'disk full' },
    });
  };

  it('counts again until no receipt is pending; one that never comes is left pending at the timeout', async () => {
    scope.sentAt = Math.floor(Date.now() / 1000);
    await send(['13800000000', '13800000007']);
    const pendingSeen: number[] = [];
    const settled = await waitForReceiptSummary(
      { client: session.client, now: Date.now, sleep, onPoll: (s) => pendingSeen.push(s.pending) },
      scope,
      { pauseMs: 100, timeoutMs: 10_000 },
    );
    expect(settled).toEqual({
      messages: 2,
      delivered: 1,
      failed: 1,
      pending: 0,
      failures: [{ code: 'NE:0105', count: 1 }],
      complete: true,
    });
    // The first count came before the receipts (300 ms after the send), so it waited at least once.
    expect(pendingSeen.length).toBeGreaterThan(0);
    expect(pendingSeen.every((pending) => pending > 0)).toBe(true);

    await send(['13800000006']);
    const started = Date.now();
    const timedOut = await waitForReceiptSummary({ client: session.client, now: Date.now, sleep }, scope, {
      pauseMs: 100,
      timeoutMs: 600,
    });
    expect(Date.now() - started).toBeGreaterThanOrEqual(550);
    expect(timedOut).toMatchObject({ messages: 3, delivered: 1, failed: 1, pending: 1 });
  });

  it('stops at once when aborted, with the last count', async () => {
    scope.sentAt = Math.floor(Date.now() / 1000);
    await send(['13800000006']);
    const controller = new AbortController();
    setTimeout(() => controller.abort(), 150);
    const started = Date.now();
    const summary = await waitForReceiptSummary(
      { client: session.client, now: Date.now, sleep, signal: controller.signal },
      scope,
      { pauseMs: 5_000, timeoutMs: 60_000 },
    );
    expect(Date.now() - started).toBeLessThan(2_000);
    expect(summary.pending).toBeGreaterThan(0);
  });
});

describe('receiptOf', () => {
  it('trusts Status first, then the receipt fields', () => {
    expect(receiptOf({ MessageId: 'a', Status: 3 })).toEqual({ status: 'delivered' });
    expect(receiptOf({ MessageId: 'a', Status: 2, ErrorCode: 'NE:0105', ErrorMessage: 'off' })).toEqual({
      status: 'failed',
      error: 'NE:0105 off',
      errorCode: 'NE:0105',
      errorMessage: 'off',
    });
    expect(receiptOf({ MessageId: 'a', Status: 1 })).toEqual({ status: 'pending' });
    expect(receiptOf({ MessageId: 'a', ErrorCode: 'DELIVRD', ReceiptTime: 1 })).toEqual({
      status: 'delivered',
    });
    expect(receiptOf({ MessageId: 'a', ErrorCode: '' })).toEqual({ status: 'pending' });
    expect(receiptOf({ MessageId: 'a', ErrorCode: 'CR:0202' })).toMatchObject({
      status: 'failed',
      error: 'CR:0202',
    });
  });
});
