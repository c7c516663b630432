import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createSmsClient } from '../../src/core/client.ts';
import { SmsInputError } from '../../src/core/errors/errors.ts';
import type { SmsClient } from '../../src/core/types.ts';
import { startSandbox, type Sandbox } from '../../src/sandbox/index.ts';
import { sendCode } from '../helpers/seed-requests.ts';
import { sandboxAuth } from '../helpers/sandbox-auth.ts';

/**
 * The classic send log takes a date: a window across Asia/Shanghai midnight (`--since 1h` at 00:30) is asked
 * day by day. A sandbox with its own clock places the messages on both sides of midnight.
 */
const at = (shanghai: string) => Date.parse(`${shanghai}+08:00`);
const seconds = (shanghai: string) => at(shanghai) / 1000;

describe('a classic send-log window across midnight', () => {
  let now = at('2026-12-01T12:00:00');
  let sandbox: Sandbox;
  let client: SmsClient;
  const sent: Record<string, string> = {};
  beforeAll(async () => {
    sandbox = await startSandbox({ port: 0, rateLimitQps: 0, receiptDelayMs: 0, clock: () => now });
    client = createSmsClient({
      auth: sandboxAuth(sandbox),
      endpoint: sandbox.url,
      api: 'classic',
      clock: () => new Date(now),
    });
    for (const [time, mobile] of [
      ['2026-12-01T12:00:00', '13800000001'], // the same day, outside the window
      ['2026-12-01T23:59:30', '13800000002'],
      ['2026-12-02T00:00:30', '13800000003'],
    ] as const) {
      now = at(time);
      const outcome = await sendCode(client, [mobile]);
      sent[mobile] = outcome.recipients[0]?.messageId ?? '';
    }
    now = at('2026-12-02T00:01:00');
  });
  afterAll(async () => {
    await client.close();
    await sandbox.close();
  });

  it('asks both days and keeps the window, newest first, saying both days were asked for', async () => {
    const window = {
      subAccount: '7384ed01',
      fromTime: seconds('2026-12-01T23:59:00'),
      toTime: seconds('2026-12-02T00:01:00'),
    };
    const log = await client.listSendLogs(window);
    expect(log.result.List.map((e) => e.MessageId)).toEqual([sent['13800000003'], sent['13800000002']]);
    expect(log.widened).toEqual({ days: ['2026-12-02', '2026-12-01'], dropped: 1 });
    expect(log.result.Total).toBe(3); // the days' totals: the API counts whole days
    expect(log.attempts).toBe(2);
    expect(log.requestId.split(', ')).toHaveLength(2);
    const raw = log.raw as { Result: { total: number; sendDetailsResults: Array<{ messageId: string }> } };
    expect(raw.Result.sendDetailsResults.map((e) => e.messageId)).toEqual(
      log.result.List.map((e) => e.MessageId),
    );
    expect(raw.Result.total).toBe(3);
  });

  it('pages the window by the same page of each day: reading page by page meets each message once', async () => {
    const window = {
      subAccount: '7384ed01',
      fromTime: seconds('2026-12-01T00:00:00'),
      toTime: seconds('2026-12-02T00:01:00'),
    };
    const pages = [];
    for (let page = 1; page <= 3; page += 1) {
      const { result } = await client.listSendLogs({ ...window, page, pageSize: 1 });
      pages.push(result.List.map((e) => e.MessageId));
    }
    expect(pages).toEqual([[sent['13800000003'], sent['13800000002']], [sent['13800000001']], []]);
  });

  it('a window open at its end (from-time alone) runs to now, as with the agent API: every day since', async () => {
    const log = await client.listSendLogs({
      subAccount: '7384ed01',
      fromTime: seconds('2026-12-01T12:00:00'),
    });
    expect(log.attempts).toBe(2);
    expect(log.result.List.map((e) => e.MessageId)).toEqual([
      sent['13800000003'],
      sent['13800000002'],
      sent['13800000001'],
    ]);
    // Both days are named: the first was wider than the window, today was asked whole.
    expect(log.widened).toEqual({ days: ['2026-12-02', '2026-12-01'], dropped: 0 });
  });

  it('a window within one day is one request, as before', async () => {
    const log = await client.listSendLogs({
      subAccount: '7384ed01',
      fromTime: seconds('2026-12-02T00:00:00'),
      toTime: seconds('2026-12-02T00:01:00'),
    });
    expect(log.attempts).toBe(1);
    expect(log.result.List.map((e) => e.MessageId)).toEqual([sent['13800000003']]);
    expect(log.widened).toEqual({ days: ['2026-12-02'], dropped: 0 });
  });

  it('refuses a page read of more than 31 days before any request, naming the field and --all', async () => {
    // A request would meet this fault (and fail as the API's 503), not the input check.
    sandbox.admin.addFault({ action: 'GetSmsSendDetails', kind: 'status', status: 503, count: 1 });
    const error = await client
      .listSendLogs({
        subAccount: '7384ed01',
        fromTime: seconds('2026-10-01T00:00:00'),
        toTime: seconds('2026-12-02T00:00:00'),
      })
      .catch((e: unknown) => e);
    expect(error).toBeInstanceOf(SmsInputError);
    expect((error as SmsInputError).message).toContain('this window spans 63 days');
    expect((error as SmsInputError).hint).toContain('--all');
    expect(sandbox.admin.listFaults()).toHaveLength(1);
    sandbox.admin.clearFaults();
  });
});
