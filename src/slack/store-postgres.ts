import pg from 'pg';
import { applyMigrations, migrationsTable } from './store-driver.ts';
import type { Migration, MigrationReport, Row, SqlDriver, SqlRunner, SqlValue } from './store-driver.ts';

/**
 * The shared backend: PostgreSQL through a pg pool, for several replicas on one database. Each rule in
 * store.ts is one statement, and PostgreSQL's row locks make a conditional UPDATE … RETURNING a claim that
 * exactly one replica wins (a second updater waits for the row, re-reads it, and no longer matches).
 * Transactions and migrations serialise on advisory locks, which every replica on the database sees.
 */

// An arbitrary constant naming "the volc-sms Slack schema" among other advisory locks on the database.
const MIGRATION_LOCK = 7_313_501;

/** `?` placeholders (as store.ts writes them) → `$1, $2, …`. The store's SQL has no `?` inside literals. */
export function numberPlaceholders(sql: string): string {
  let n = 0;
  return sql.replace(/\?/g, () => `$${(n += 1)}`);
}

/** The URL as it may be printed: without its password. */
export function describeDatabaseUrl(url: string): string {
  try {
    const parsed = new URL(url);
    if (parsed.password !== '') parsed.password = '***';
    return `${parsed.toString()} (PostgreSQL)`;
  } catch {
    return '(an unparsable URL) (PostgreSQL)';
  }
}

/** The password in a database URL, as the server gets it, for the log's redaction. */
export function databasePassword(url: string | undefined): string | undefined {
  if (url === undefined) return undefined;
  try {
    const password = new URL(url).password;
    return password === '' ? undefined : decodeURIComponent(password);
  } catch {
    return undefined;
  }
}

function runnerOf(client: pg.Pool | pg.PoolClient): SqlRunner {
  return {
    all: async (sql, params = []) =>
      (await client.query<Row>(numberPlaceholders(sql), params as SqlValue[])).rows,
    run: async (sql, params = []) =>
      (await client.query(numberPlaceholders(sql), params as SqlValue[])).rowCount ?? 0,
  };
}

export class PostgresDriver implements SqlDriver {
  readonly kind = 'postgres';
  readonly description: string;
  readonly #pool: pg.Pool;
  readonly #runner: SqlRunner;

  constructor(url: string, options: { maxConnections?: number } = {}) {
    this.description = describeDatabaseUrl(url);
    this.#pool = new pg.Pool({
      connectionString: url,
      max: options.maxConnections ?? 10,
      // A database that does not answer fails the statement (and /readyz) instead of hanging a command.
      connectionTimeoutMillis: 5_000,
      idleTimeoutMillis: 30_000,
      application_name: 'volc-sms-slack',
    });
    // An idle client losing its connection (a database restart) is not a reason to crash the app.
    this.#pool.on('error', () => undefined);
    this.#runner = runnerOf(this.#pool);
  }

  all(sql: string, params?: readonly SqlValue[]): Promise<Row[]> {
    return this.#runner.all(sql, params);
  }

  run(sql: string, params?: readonly SqlValue[]): Promise<number> {
    return this.#runner.run(sql, params);
  }

  async transaction<T>(lockKey: string, work: (tx: SqlRunner) => Promise<T>): Promise<T> {
    const client = await this.#pool.connect();
    try {
      await client.query('BEGIN');
      // Held until COMMIT/ROLLBACK: one holder of the key at a time across every replica.
      await client.query('SELECT pg_advisory_xact_lock(hashtext($1))', [lockKey]);
      const value = await work(runnerOf(client));
      await client.query('COMMIT');
      return value;
    } catch (err) {
      await client.query('ROLLBACK').catch(() => undefined);
      throw err;
    } finally {
      client.release();
    }
  }

  async migrate(migrations: readonly Migration[], appliedBy: string): Promise<MigrationReport> {
    const client = await this.#pool.connect();
    try {
      // A session lock: the second replica to start waits here, then finds the steps applied.
      await client.query('SELECT pg_advisory_lock($1)', [MIGRATION_LOCK]);
      await client.query(migrationsTable('BIGINT'));
      const { rows } = await client.query<{ version: number | null }>(
        'SELECT max(version) AS version FROM schema_migrations',
      );
      const current = Number(rows[0]?.version ?? 0);
      return await applyMigrations(migrations, current, appliedBy, async (migration, record) => {
        await client.query('BEGIN');
        try {
          await client.query(migration.sql);
          await client.query(numberPlaceholders(record.sql), record.params);
          await client.query('COMMIT');
        } catch (err) {
          await client.query('ROLLBACK').catch(() => undefined);
          throw err;
        }
      });
    } finally {
      await client.query('SELECT pg_advisory_unlock($1)', [MIGRATION_LOCK]).catch(() => undefined);
      client.release();
    }
  }

  async ping(): Promise<void> {
    await this.#pool.query('SELECT 1');
  }

  async close(): Promise<void> {
    await this.#pool.end();
  }
}
