import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createSmsClient } from '../../src/core/index.ts';
import { sandboxAuth } from '../helpers/sandbox-auth.ts';
import { createSlackApp } from '../../src/slack/index.ts';
import {
  BOT_TOKEN,
  SIGNING_SECRET,
  TEST_ACCESS,
  messageText,
  startHarness,
  type Harness,
} from './harness.ts';

// 08:30 in Shanghai on 2026-11-26; the reports below are daily at 09:00 Shanghai (01:00 UTC).
const START = Date.parse('2026-11-26T00:30:00Z');
const NINE_SHANGHAI = Date.parse('2026-11-26T01:00:00Z');
const DAY = 86_400_000;

describe('scheduled stats reports', () => {
  let h: Harness;
  let dir: string;
  let dbPath: string;
  let clock = START;
  const now = () => clock;

  beforeAll(async () => {
    dir = mkdtempSync(join(tmpdir(), 'volc-sms-slack-'));
    dbPath = join(dir, 'slack.db');
    h = await startHarness({ app: { dbPath, now } });
  });
  afterAll(async () => {
    await h.close();
    rmSync(dir, { recursive: true, force: true });
  });

  const posts = () => h.slack.api('chat.postMessage');

  it('posts on time in the configured time zone, once per slot', async () => {
    const cmd = await h.command({
      text: 'schedule add daily 09:00 <#CREPORTS|reports> 24h group=7384ed01',
      userId: 'UADMIN',
    });
    const added = messageText(await h.response(cmd.responseId));
    expect(added).toContain('daily 09:00 (Asia/Shanghai)');
    expect(added).toContain('First report: 2026-11-26 09:00.');

    expect(await h.handle.scheduler.tick()).toBe(0);
    clock = NINE_SHANGHAI - 1_000;
    expect(await h.handle.scheduler.tick()).toBe(0);
    expect(posts()).toHaveLength(0);

    clock = NINE_SHANGHAI + 5_000;
    expect(await h.handle.scheduler.tick()).toBe(1);
    expect(posts()).toHaveLength(1);
    const post = posts()[0]?.body ?? {};
    expect(post.channel).toBe('CREPORTS');
    expect(String(post.text)).toContain('SMS stats, last 24h');
    expect(messageText(post)).toContain('group=7384ed01');

    // Later ticks in the same slot, and overlapping ticks, post nothing more.
    clock += 60_000;
    const again = await Promise.all([h.handle.scheduler.tick(), h.handle.scheduler.tick()]);
    expect(again).toEqual([0, 0]);
    expect(posts()).toHaveLength(1);
  });

  it('refuses a schedule more often than once a minute (the shortest slot outside tests)', async () => {
    const cmd = await h.command({
      text: 'schedule add cron "*/10 * * * * *" <#CREPORTS|reports> 24h',
      userId: 'UADMIN',
    });
    expect(messageText(await h.response(cmd.responseId))).toContain(
      'fires every 10 s; reports can be at most once a minute',
    );
  });

  it('keeps schedules across a restart and still posts each slot once', async () => {
    // Restart inside the slot that was just posted: the new process must not post it again.
    await h.restartApp({ dbPath, now });
    const list = await h.command({ text: 'schedule list', userId: 'UREADER' });
    expect(messageText(await h.response(list.responseId))).toContain('daily 09:00');
    expect(await h.handle.scheduler.tick()).toBe(0);
    expect(posts()).toHaveLength(1);

    clock = NINE_SHANGHAI + DAY + 2_000;
    expect(await h.handle.scheduler.tick()).toBe(1);
    expect(posts()).toHaveLength(2);
  });

  it('two app instances on one database post a slot once', async () => {
    const sms = createSmsClient({ auth: sandboxAuth(h.sandbox), endpoint: h.sandbox.url });
    const second = createSlackApp({
      botToken: BOT_TOKEN,
      signingSecret: SIGNING_SECRET,
      slackApiUrl: h.slack.apiUrl,
      access: TEST_ACCESS,
      sms,
      dbPath,
      databaseUrl: h.databaseUrl,
      now,
      log: () => {},
    });
    try {
      clock = NINE_SHANGHAI + 2 * DAY + 1_000;
      const counts = await Promise.all([h.handle.scheduler.tick(), second.scheduler.tick()]);
      expect(counts.reduce((a, b) => a + b, 0)).toBe(1);
      expect(posts()).toHaveLength(3);
    } finally {
      await second.stop();
      await sms.close();
    }
  });

  it('skips a slot missed long ago (app was down) instead of posting stale news', async () => {
    clock = NINE_SHANGHAI + 5 * DAY + 3 * 3_600_000; // 12:00, three hours after the slot
    expect(await h.handle.scheduler.tick()).toBe(0);
    expect(h.logs.some((line) => line.includes('missed its') && line.includes('skipped'))).toBe(true);
    clock = NINE_SHANGHAI + 6 * DAY + 1_000;
    expect(await h.handle.scheduler.tick()).toBe(1);
    expect(posts()).toHaveLength(4);
  });

  it('records a failed post and does not retry it in the same slot', async () => {
    h.slack.failures['chat.postMessage'] = 'not_in_channel';
    try {
      clock = NINE_SHANGHAI + 7 * DAY + 1_000;
      expect(await h.handle.scheduler.tick()).toBe(0);
      expect(h.logs.some((line) => line.includes('could not post to CREPORTS'))).toBe(true);
      clock += 60_000;
      const before = posts().length;
      expect(await h.handle.scheduler.tick()).toBe(0);
      expect(posts()).toHaveLength(before);
    } finally {
      delete h.slack.failures['chat.postMessage'];
    }
  });
});
