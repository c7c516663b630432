import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import pg from 'pg';
import { SlackStore } from '../../src/slack/store.ts';
import { describeDatabaseUrl, PostgresDriver } from '../../src/slack/store-postgres.ts';
import { createTestDatabase } from '../helpers/postgres.ts';
import { samplePendingSend } from '../slack/backend.ts';

// The store's exactly-once rules where they matter most: several stores (each its own pool, as replicas
// have) racing on one PostgreSQL database.

const REPLICAS = 3;

const pendingSend = (id: string) => samplePendingSend(id, Date.now() + 60_000);

describe('the PostgreSQL store, several replicas on one database', () => {
  let url: string;
  let stores: SlackStore[];
  beforeAll(async () => {
    url = await createTestDatabase(inject('postgresUrl'));
    stores = Array.from({ length: REPLICAS }, () => new SlackStore(new PostgresDriver(url)));
  });
  afterAll(async () => {
    await Promise.all(stores.map((store) => store.close()));
  });

  it('migrates an empty database once when every replica starts at the same moment', async () => {
    const applied = await Promise.all(stores.map((store, i) => store.migrate(`replica-${i}`)));
    expect(applied.filter((steps) => steps.length > 0)).toEqual([[1, 2, 3, 4]]);
    const client = new pg.Client({ connectionString: url });
    await client.connect();
    const { rows } = await client.query('SELECT version FROM schema_migrations ORDER BY version');
    await client.end();
    expect(rows).toEqual([{ version: 1 }, { version: 2 }, { version: 3 }, { version: 4 }]);
    for (const store of stores) expect(await store.ready()).toEqual({ ok: true });
  });

  it('lets exactly one of many simultaneous claims of a confirmation send', async () => {
    await stores[0]?.createPendingSend(pendingSend('snd_race'));
    const claims = await Promise.all(
      Array.from({ length: 30 }, (_, i) =>
        stores[i % REPLICAS]!.claimPendingSend('snd_race', {
          now: Date.now(),
          owner: `r${i}`,
          leaseMs: 30_000,
        }),
      ),
    );
    expect(claims.filter((claim) => claim.claimed)).toHaveLength(1);
    expect(claims.filter((claim) => !claim.claimed && claim.reason === 'sending')).toHaveLength(29);
  });

  it('lets exactly one of many simultaneous Launch clicks launch a batch task, and one replica take over its follow-up', async () => {
    const row = {
      id: 'bat_race',
      taskId: '90001',
      subAccount: '7384ed01',
      createdAt: 1,
      createdBy: 'U1',
      channelId: 'C1',
      summary: {
        taskName: 't',
        templateId: 'ST_0002',
        signature: 'VolcOps',
        channelType: 'CN_NTC',
        totalCount: 2,
        sample: [],
      },
    };
    // Two commands naming the same task keep one row: the first one's.
    const [first, second] = await Promise.all([
      stores[0]!.recordBatch(row),
      stores[1]!.recordBatch({ ...row, id: 'bat_other' }),
    ]);
    expect(first.id).toBe(second.id);
    const claims = await Promise.all(
      Array.from({ length: 30 }, (_, i) =>
        stores[i % REPLICAS]!.claimBatchLaunch(first.id, `U${i}`, {
          now: 1_000,
          owner: `r${i}`,
          leaseMs: 1_000,
        }),
      ),
    );
    expect(claims.filter((claim) => claim.claimed)).toHaveLength(1);
    expect(claims.filter((claim) => !claim.claimed && claim.reason === 'launching')).toHaveLength(29);
    // Its owner died (the lease ran out at 2 000): one survivor takes the follow-up over.
    const taken = await Promise.all(
      stores.map((s, i) => s.takeOverBatchFollowUps({ now: 5_000, owner: `survivor-${i}`, leaseMs: 30_000 })),
    );
    expect(taken.flat().map((batch) => batch.id)).toEqual([first.id]);
  });

  it('gives a schedule slot to one replica', async () => {
    const wins = await Promise.all(
      Array.from({ length: 12 }, (_, i) => stores[i % REPLICAS]!.claimScheduleSlot('sch_1', 60_000, i)),
    );
    expect(wins.filter(Boolean)).toHaveLength(1);
  });

  it('announces a send whose owner died once, and hands a follow-up whose owner stopped to one replica', async () => {
    const store = stores[0]!;
    await store.createPendingSend(pendingSend('snd_dead'));
    await store.claimPendingSend('snd_dead', { now: 1_000, owner: 'dead', leaseMs: 1_000 });
    await store.createPendingSend(pendingSend('snd_poll'));
    await store.claimPendingSend('snd_poll', { now: Date.now(), owner: 'stopping', leaseMs: 30_000 });
    await store.completePendingSend('snd_poll', { sentAt: 1, lines: [] }, Date.now() + 30_000);
    await store.releaseLease('snd_poll', 'stopping');

    const now = Date.now();
    const interrupted = await Promise.all(stores.map((s) => s.takeInterruptedSends(now)));
    expect(interrupted.flat().map((send) => send.id)).toEqual(['snd_dead']);
    const taken = await Promise.all(
      stores.map((s, i) => s.takeOverFollowUps({ now, owner: `survivor-${i}`, leaseMs: 30_000 })),
    );
    expect(taken.flat().map((send) => send.id)).toEqual(['snd_poll']);
    expect((await store.getPendingSend('snd_poll'))?.leaseOwner).toMatch(/^survivor-/);
    expect((await store.getPendingSend('snd_dead'))?.mobiles).toEqual([]);
  });

  it('counts the hourly limit across replicas without letting two take the last use', async () => {
    const uses = await Promise.all(
      Array.from({ length: 9 }, (_, i) => stores[i % REPLICAS]!.takeUsage('U1', 'send', 5, 1_000 + i)),
    );
    expect(uses.filter((use) => use.allowed)).toHaveLength(5);
  });

  it('is not ready when the database does not answer, and never prints the password', async () => {
    const broken = new URL(url);
    broken.port = '9';
    broken.password = 's3cret';
    const unreachable = new SlackStore(new PostgresDriver(broken.toString()));
    await expect(unreachable.migrate('x')).rejects.toThrow();
    await unreachable.close();
    expect(describeDatabaseUrl(broken.toString())).not.toContain('s3cret');
    expect(describeDatabaseUrl(broken.toString())).toMatch(
      /:\*\*\*@127\.0\.0\.1:9\/slack_\w+ \(PostgreSQL\)$/,
    );
  });
});
