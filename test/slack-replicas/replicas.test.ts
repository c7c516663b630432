import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import pg from 'pg';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { startSandbox, type Sandbox } from '../../src/sandbox/index.ts';
import { createTestDatabase } from '../helpers/postgres.ts';
import {
  buttonClickForm,
  postSigned,
  slashCommandForm,
  startFakeSlack,
  type FakeSlack,
} from '../slack/fake-slack.ts';
import { messageText, pendingIdOf } from '../slack/harness.ts';
import { startReplica, startRoundRobin, type Replica, type RoundRobin } from './replicas.ts';

// Three real `volc-sms slack` processes on one PostgreSQL database behind a round-robin proxy; the fake
// Slack posts to the proxy as Slack posts to a load balancer. What is checked is what users see: the
// sandbox's send log, and the messages in (fake) Slack.

const SECRET = 'replica-signing-secret';
const LEASE_MS = 5_000;

describe('three replicas on one PostgreSQL database', { timeout: 120_000 }, () => {
  let dir: string;
  let sandbox: Sandbox;
  let slack: FakeSlack;
  let databaseUrl: string;
  let env: Record<string, string>;
  let replicas: Replica[] = [];
  let proxy: RoundRobin;

  const command = async (text: string, userId = 'USENDER') => {
    const { form, responseId } = slashCommandForm(slack, { text, userId });
    const res = await postSigned(proxy.url, SECRET, form);
    expect(res.status).toBe(200);
    return responseId;
  };
  const answer = (responseId: string, n = 1, timeoutMs = 20_000) =>
    slack.waitFor(() => slack.responses(responseId)[n - 1]?.body, `answer ${n} on ${responseId}`, timeoutMs);
  const click = async (pendingId: string, seq?: number) => {
    const { form, responseId } = buttonClickForm(slack, { actionId: 'sms_send_confirm', value: pendingId });
    const headers = seq === undefined ? undefined : { 'x-delivery-seq': String(seq) };
    const res = await postSigned(proxy.url, SECRET, form, headers === undefined ? {} : { headers });
    expect(res.status).toBe(200);
    return responseId;
  };
  const query = async (sql: string) => {
    const client = new pg.Client({ connectionString: databaseUrl });
    await client.connect();
    try {
      return (await client.query(sql)).rows as Record<string, unknown>[];
    } finally {
      await client.end();
    }
  };
  const interruptedPosts = () =>
    slack.api('chat.postMessage').filter((call) => messageText(call.body).includes('was interrupted'));

  beforeAll(async () => {
    dir = mkdtempSync(join(tmpdir(), 'volc-sms-replicas-'));
    sandbox = await startSandbox({ port: 0, receiptDelayMs: 50, rateLimitQps: 0 });
    slack = await startFakeSlack();
    databaseUrl = await createTestDatabase(inject('postgresUrl'));
    const config = join(dir, 'access.json');
    writeFileSync(
      config,
      JSON.stringify({
        senders: ['USENDER'],
        admins: ['UADMIN'],
        channels: ['COPS'],
        limits: { send: 1000 },
      }),
    );
    env = {
      HOME: dir,
      SLACK_BOT_TOKEN: 'xoxb-replica-token',
      SLACK_SIGNING_SECRET: SECRET,
      SLACK_API_URL: slack.apiUrl,
      SMS_SLACK_CONFIG: config,
      SMS_SLACK_DATABASE_URL: databaseUrl,
      SMS_SLACK_LEASE_MS: String(LEASE_MS),
      SMS_SLACK_MIN_SLOT_SECONDS: '2',
      VOLC_SMS_ENDPOINT: sandbox.url,
      VOLCENGINE_ACCESS_KEY: sandbox.credentials.accessKeyId,
      VOLCENGINE_SECRET_KEY: sandbox.credentials.secretAccessKey,
    };
    proxy = await startRoundRobin(() => replicas);
  });
  afterAll(async () => {
    await Promise.all(replicas.map((replica) => replica.stop('SIGKILL')));
    await proxy?.close();
    await slack?.close();
    await sandbox?.close();
    rmSync(dir, { recursive: true, force: true });
  });

  it('two replicas starting at once on an empty database migrate it once', async () => {
    replicas = await Promise.all([startReplica(env), startReplica(env)]);
    const applied = replicas.filter((replica) => /applied migration\(s\) 1, 2, 3, 4/.test(replica.output()));
    expect(applied).toHaveLength(1);
    expect(await query('SELECT version FROM schema_migrations ORDER BY version')).toEqual([
      { version: 1 },
      { version: 2 },
      { version: 3 },
      { version: 4 },
    ]);
    for (const replica of replicas) {
      expect(replica.output()).toMatch(
        /database postgres:\/\/postgres@127\.0\.0\.1:\d+\/slack_\w+ \(PostgreSQL\)/,
      );
      const ready = await fetch(`${replica.url}/readyz`);
      expect([ready.status, await ready.text()]).toEqual([200, 'ready']);
    }
    replicas = [...replicas, await startReplica(env)];
  });

  it('50 confirmations, each delivered twice at once to two different replicas, send exactly 50 messages', async () => {
    const numbers = Array.from({ length: 50 }, (_, i) => `1380001${String(i).padStart(4, '0')}`);
    const confirmations = await Promise.all(
      numbers.map(async (mobile) =>
        pendingIdOf(await answer(await command(`send ${mobile} template=ST_0001 code=42 signature=VolcOps`))),
      ),
    );
    const seq0 = 3 * 1000;
    const deliveries = await Promise.all(
      confirmations.flatMap((pendingId, i) => [
        click(pendingId, seq0 + 2 * i),
        click(pendingId, seq0 + 2 * i + 1),
      ]),
    );
    // Each pair went to two replicas (consecutive numbers, mod 3).
    for (let i = 0; i < 50; i += 1) {
      const pair = proxy.routed.filter(
        (r) => r.seq === String(seq0 + 2 * i) || r.seq === String(seq0 + 2 * i + 1),
      );
      expect(new Set(pair.map((r) => r.replica)).size).toBe(2);
    }
    // Every click is answered: the winner with its result, the other with "not sent again".
    await slack.waitFor(
      () =>
        deliveries.every((id) =>
          slack.responses(id).some((r) => /1 sent|not sent again/.test(messageText(r.body))),
        ) || undefined,
      'every delivery to be answered',
      60_000,
    );
    const sent = sandbox.admin.messages().filter((m) => numbers.includes(m.mobile));
    expect(sent).toHaveLength(50);
    expect(new Set(sent.map((m) => m.mobile)).size).toBe(50);
    const refusals = deliveries.filter((id) =>
      slack.responses(id).some((r) => messageText(r.body).includes('not sent again')),
    );
    expect(refusals).toHaveLength(50);
  });

  it('a schedule every 2 s (shortened slot) posts each slot once with three replicas up', async () => {
    const added = await answer(
      await command('schedule add cron "*/2 * * * * *" <#CREPORTS|reports> 24h', 'UADMIN'),
    );
    const id = /Scheduled (sch_\w+)/.exec(messageText(added))?.[1] ?? '';
    expect(id).not.toBe('');
    await slack.waitFor(
      () =>
        slack.api('chat.postMessage').filter((c) => c.body.channel === 'CREPORTS').length >= 3 || undefined,
      'three reports',
      30_000,
    );
    // Take the schedule out under the replicas (`schedule remove` would also drop its slot records): a post
    // already claimed still finishes, and is recorded; give it a moment, then compare posts with slots.
    await query(`DELETE FROM schedules WHERE id = '${id}'`);
    await new Promise((resolve) => setTimeout(resolve, 1_500));
    const runs = await query(`SELECT slot_at, outcome FROM schedule_runs WHERE schedule_id = '${id}'`);
    const posts = slack.api('chat.postMessage').filter((c) => c.body.channel === 'CREPORTS');
    expect(runs.length).toBeGreaterThanOrEqual(3);
    expect(runs.every((run) => run.outcome === 'posted')).toBe(true);
    expect(posts).toHaveLength(runs.length);
    expect(new Set(runs.map((run) => String(run.slot_at))).size).toBe(runs.length);
  });

  it('SIGKILL of the replica sending: a survivor announces the interrupted send once, nothing is sent twice', async () => {
    // The SMS API takes 4 s to answer, so the send is in flight when its owner dies.
    sandbox.admin.addFault({ action: 'SendSmsForAgent', kind: 'latency', latencyMs: 4_000 });
    const mobile = '13800029999';
    const pendingId = pendingIdOf(
      await answer(await command(`send ${mobile} template=ST_0001 code=7 signature=VolcOps`)),
    );
    const clicked = await click(pendingId);
    await slack.waitFor(
      () => slack.responses(clicked).some((r) => messageText(r.body).includes('Sending')) || undefined,
      'the send to start',
    );
    const [row] = await query(`SELECT lease_owner FROM pending_sends WHERE id = '${pendingId}'`);
    const owner = replicas.find((replica) => String(row?.lease_owner).includes(`:${replica.pid}:`));
    expect(owner).toBeDefined();
    await owner!.stop('SIGKILL');
    replicas = replicas.filter((replica) => replica !== owner);
    sandbox.admin.clearFaults();

    const killedAt = Date.now();
    expect(interruptedPosts().map((call) => messageText(call.body))).toEqual([]);
    const announcement = await slack.waitFor(() => interruptedPosts()[0], 'the announcement', 30_000);
    expect(Date.now() - killedAt).toBeLessThan(120_000);
    expect(announcement.body.channel).toBe('COPS');
    expect(messageText(announcement.body)).toContain('138****9999');
    // Two more lease periods: nobody announces it again, nobody resends it.
    await new Promise((resolve) => setTimeout(resolve, 2 * LEASE_MS + 500));
    expect(interruptedPosts()).toHaveLength(1);
    expect(sandbox.admin.messages({ mobile }).length).toBeLessThanOrEqual(1);
    const [after] = await query(`SELECT state, mobiles FROM pending_sends WHERE id = '${pendingId}'`);
    expect(after).toEqual({ state: 'interrupted', mobiles: '[]' });
  });

  it('SIGTERM: stops taking traffic, hands its work back and exits 0 within 10 s', async () => {
    const replica = replicas[0]!;
    const stopped = await replica.stop('SIGTERM');
    expect(stopped.code).toBe(0);
    expect(stopped.ms).toBeLessThan(10_000);
    expect(replica.output()).toContain('Slack app stopped (SIGTERM)');
    replicas = replicas.slice(1);
    // The receipt follow-ups it owned are handed back: none is left with a live lease of its own.
    const owned = await query(
      `SELECT count(*)::int AS n FROM pending_sends WHERE follow_up = 'receipts' AND lease_owner LIKE '%:${replica.pid}:%' AND lease_expires_at > ${Date.now()}`,
    );
    expect(owned).toEqual([{ n: 0 }]);
  });
});
