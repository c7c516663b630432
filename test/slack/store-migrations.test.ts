import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { DatabaseSync } from 'node:sqlite';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { SlackStore } from '../../src/slack/store.ts';
import { SQLITE_MIGRATIONS } from '../../src/slack/store-migrations.ts';
import { SqliteDriver } from '../../src/slack/store-sqlite.ts';

const RELEASE_0_SCHEMA = readFileSync(new URL('./fixtures/release-0-schema.sql', import.meta.url), 'utf8');
const MINUTE = 60_000;

describe('SQLite store migrations (PRAGMA user_version)', () => {
  let dir: string;
  beforeAll(() => {
    dir = mkdtempSync(join(tmpdir(), 'volc-sms-migrations-'));
  });
  afterAll(() => {
    rmSync(dir, { recursive: true, force: true });
  });

  it('migrates a database of the release before versioning in place, keeping its rows', async () => {
    const path = join(dir, 'release-0.db');
    const old = new DatabaseSync(path);
    old.exec(RELEASE_0_SCHEMA);
    const now = Date.now();
    const insert = old.prepare(
      `INSERT INTO pending_sends (id, created_at, expires_at, user_id, channel_id, sub_account, signature, template_id,
         params, mobiles, masked, groups, rendered, state, claimed_at) VALUES (?, ?, ?, 'U1', 'C1', '7384ed01',
         'VolcOps', 'ST_0001', '{}', '["13800000000"]', '["138****0000"]', '[]', 'text', ?, ?)`,
    );
    // Claimed 20 and 5 minutes ago and still sending: the old rule called a send interrupted after 15.
    insert.run('snd_old', now - 30 * MINUTE, now + MINUTE, 'sending', now - 20 * MINUTE);
    insert.run('snd_recent', now - 30 * MINUTE, now + MINUTE, 'sending', now - 5 * MINUTE);
    old
      .prepare(
        `INSERT INTO audit (at, user_id, channel_id, command, detail, outcome) VALUES (1, 'U1', 'C1', 'stats', 'stats 24h', 'ok')`,
      )
      .run();
    expect(old.prepare('PRAGMA user_version').get()).toEqual({ user_version: 0 });
    old.close();

    const store = new SlackStore(new SqliteDriver(path));
    expect(await store.migrate('test')).toEqual([1, 2, 3, 4]);
    expect((await store.recentAudit(5)).map((entry) => entry.detail)).toEqual(['stats 24h']);
    // The new columns reached the old rows: the 20-minute-old claim carries a lease that ran out.
    expect((await store.takeInterruptedSends(now)).map((send) => send.id)).toEqual(['snd_old']);
    expect((await store.getPendingSend('snd_recent'))?.state).toBe('sending');
    await store.close();

    const after = new DatabaseSync(path);
    expect(after.prepare('PRAGMA user_version').get()).toEqual({ user_version: SQLITE_MIGRATIONS.length });
    expect(after.prepare('SELECT version, name FROM schema_migrations ORDER BY version').all()).toEqual([
      { version: 1, name: 'tables' },
      { version: 2, name: 'leases' },
      { version: 3, name: 'batch-tasks' },
      { version: 4, name: 'batch-cancels' },
    ]);
    after.close();
  });

  it('applies nothing on a database already at the current version', async () => {
    const path = join(dir, 'current.db');
    const first = new SlackStore(new SqliteDriver(path));
    expect(await first.migrate('first')).toEqual([1, 2, 3, 4]);
    await first.close();
    const second = new SlackStore(new SqliteDriver(path));
    expect(await second.migrate('second')).toEqual([]);
    expect(await second.ready()).toEqual({ ok: true });
    await second.close();
  });

  it('is not ready before its migrations ran', async () => {
    const store = new SlackStore(new SqliteDriver(':memory:'));
    expect(await store.ready()).toEqual({ ok: false, reason: 'migrations not applied yet' });
    await store.close();
  });
});
