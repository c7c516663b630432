import { inject } from 'vitest';
import { SlackStore } from '../../src/slack/store.ts';
import { PostgresDriver } from '../../src/slack/store-postgres.ts';
import { SqliteDriver } from '../../src/slack/store-sqlite.ts';
import { createTestDatabase } from '../helpers/postgres.ts';

/**
 * Which store the Slack tests run on: SQLite in the default project, PostgreSQL in `slack-postgres`
 * (vitest.config.ts), where each caller gets a database of its own on the run's server.
 */

export const ON_POSTGRES = process.env.SLACK_TEST_BACKEND === 'postgres';

/** A fresh PostgreSQL database's URL on the postgres project; undefined (use SQLite) otherwise. */
export async function testDatabaseUrl(): Promise<string | undefined> {
  return ON_POSTGRES ? createTestDatabase(inject('postgresUrl')) : undefined;
}

/** An empty, migrated store on the backend under test. */
export async function openTestStore(): Promise<SlackStore> {
  const url = await testDatabaseUrl();
  const store = new SlackStore(url === undefined ? new SqliteDriver(':memory:') : new PostgresDriver(url));
  await store.migrate('test');
  return store;
}

/** A pending send as the store keeps one: one full number, to be erased. */
export function samplePendingSend(id: string, expiresAt: number) {
  return {
    id,
    createdAt: 0,
    expiresAt,
    userId: 'U1',
    channelId: 'C1',
    subAccount: '7384ed01',
    signature: 'VolcOps',
    templateId: 'ST_0001',
    params: { code: '1' },
    mobiles: ['13800000000'],
    masked: ['138****0000'],
    groups: [],
    rendered: '【VolcOps】…',
  };
}
