import { describe, expect, it } from 'vitest';
import {
  createBatchSendTask,
  followBatchTask,
  waitForTaskReceipts,
  type TaskProgress,
} from '../../../src/core/index.ts';
import { sleep, useSandbox } from './sandbox-session.ts';

/**
 * The one loop that follows a batch task (the CLI's batch-wait, the Action's wait, the Slack thread) and
 * the one read of its receipts, against the sandbox's batch engine over HTTP.
 */

const ST_0002 = { subAccount: '7384ed01', signature: 'VolcOps', templateId: 'ST_0002' };

describe('followBatchTask and waitForTaskReceipts against the sandbox', () => {
  const session = useSandbox({ receiptDelayMs: 100, batchRate: 200 });
  const reads = session.reads;

  async function task(count: number, first: number, consent = true) {
    // Numbers ending in 6, 7 or 9 get no receipt or a failed one in the sandbox: only delivered ones here.
    const recipients = Array.from(
      { length: count * 2 },
      (_, i) => `1380070${String(first + i).padStart(4, '0')}`,
    )
      .filter((mobile) => !/[679]$/.test(mobile))
      .slice(0, count)
      .map((mobile) => ({ mobile, params: { service: 'api', message: 'disk full' } }));
    const created = await createBatchSendTask(session.client, { ...ST_0002, taskName: 'follow', recipients });
    const ref = { subAccount: ST_0002.subAccount, taskId: created.taskId };
    if (consent) await session.client.consentBatchTask(ref);
    return ref;
  }

  it('follows to Done, reporting each change once, with no stats reads when counts are off', async () => {
    const ref = await task(20, 0);
    const changes: TaskProgress[] = [];
    const since = Math.floor(Date.now() / 1000);
    const followed = await followBatchTask(
      { client: session.client, now: Date.now, sleep, onChange: (p) => changes.push(p) },
      ref,
      { intervalMs: 20, growth: 1.5, maxIntervalMs: 100, since, counts: false, timeoutMs: 20_000 },
    );
    expect(followed).toMatchObject({ final: true, timedOut: false, progress: { status: 6, state: 'Done' } });
    const statuses = changes.map((c) => c.status);
    expect(statuses.at(-1)).toBe(6);
    expect(new Set(statuses).size).toBe(statuses.length);
    expect(reads('ListTotalSendCountStatForAgent')).toBe(0);

    const receipts = await waitForTaskReceipts(
      { client: session.client, now: Date.now, sleep },
      { ...ST_0002, fromTime: since, expected: 20 },
      { pauseMs: 50, timeoutMs: 10_000 },
    );
    expect(receipts).toMatchObject({ accepted: 20, delivered: 20, failed: 0, pending: 0, timedOut: false });
  });

  it('a task awaiting consent: times out after timeoutMs, reporting nothing already known (lastStatus)', async () => {
    const ref = await task(2, 100, false);
    const changes: number[] = [];
    const started = Date.now();
    const followed = await followBatchTask(
      { client: session.client, now: Date.now, sleep, onChange: (p) => changes.push(p.status) },
      ref,
      { intervalMs: 50, since: 0, counts: false, timeoutMs: 300, lastStatus: 2 },
    );
    expect(followed).toMatchObject({ final: false, timedOut: true, progress: { status: 2 } });
    expect(changes).toEqual([]);
    expect(Date.now() - started).toBeLessThan(3_000);
  });

  it('a failed detail read: thrown by default; with onReadError reported and read again', async () => {
    const ref = await task(2, 200);
    session.sandbox.admin.addFault({
      action: 'GetBatchTaskDetail',
      kind: 'error',
      code: 'RE:0001',
      count: 1,
    });
    await expect(
      followBatchTask({ client: session.client, now: Date.now, sleep }, ref, {
        intervalMs: 20,
        since: 0,
        counts: false,
      }),
    ).rejects.toThrow();
    session.sandbox.admin.addFault({
      action: 'GetBatchTaskDetail',
      kind: 'error',
      code: 'RE:0001',
      count: 1,
    });
    const errors: unknown[] = [];
    const followed = await followBatchTask({ client: session.client, now: Date.now, sleep }, ref, {
      intervalMs: 20,
      since: 0,
      counts: false,
      timeoutMs: 20_000,
      onReadError: (err) => errors.push(err),
    });
    expect(errors).toHaveLength(1);
    expect(followed.final).toBe(true);
  });

  it('receipts still awaited: stops after the attempts, timed out', async () => {
    const receipts = await waitForTaskReceipts(
      { client: session.client, now: Date.now, sleep },
      { ...ST_0002, fromTime: Math.floor(Date.now() / 1000), expected: 1_000 },
      { pauseMs: 10, attempts: 3 },
    );
    expect(receipts.timedOut).toBe(true);
    expect(reads('ListTotalSendCountStatForAgent')).toBe(3);
  });
});
