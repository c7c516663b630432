import { DatabaseSync, type SQLInputValue, type StatementSync } from 'node:sqlite';
import { applyMigrations, migrationsTable } from './store-driver.ts';
import type { Migration, MigrationReport, Row, SqlDriver, SqlRunner, SqlValue } from './store-driver.ts';

/**
 * The embedded backend: one SQLite file (or `:memory:`) through node:sqlite. SQLite serialises writers, so
 * each single-statement rule in store.ts is atomic as it stands; a transaction takes the write lock up front
 * (BEGIN IMMEDIATE), so several processes on one file also take turns. The schema version is the file's
 * `PRAGMA user_version`, read and raised inside that same write lock.
 */

export class SqliteDriver implements SqlDriver {
  readonly kind = 'sqlite';
  readonly description: string;
  readonly #db: DatabaseSync;
  // Prepared once per SQL text: every command runs a few of these, some before the answer is sent.
  readonly #statements = new Map<string, StatementSync>();
  // One connection: while a transaction runs, other statements wait for it rather than joining it.
  #queue: Promise<unknown> = Promise.resolve();
  #inTransaction = false;

  constructor(path: string) {
    this.description = `${path} (SQLite)`;
    this.#db = new DatabaseSync(path);
    this.#db.exec('PRAGMA journal_mode = WAL; PRAGMA busy_timeout = 5000;');
  }

  #statement(sql: string): StatementSync {
    let statement = this.#statements.get(sql);
    if (statement === undefined) {
      statement = this.#db.prepare(sql);
      this.#statements.set(sql, statement);
    }
    return statement;
  }

  readonly #direct: SqlRunner = {
    all: async (sql, params = []) => this.#statement(sql).all(...(params as SQLInputValue[])) as Row[],
    run: async (sql, params = []) => Number(this.#statement(sql).run(...(params as SQLInputValue[])).changes),
  };

  async all(sql: string, params?: readonly SqlValue[]): Promise<Row[]> {
    if (this.#inTransaction) await this.#queue;
    return this.#direct.all(sql, params);
  }

  async run(sql: string, params?: readonly SqlValue[]): Promise<number> {
    if (this.#inTransaction) await this.#queue;
    return this.#direct.run(sql, params);
  }

  transaction<T>(_lockKey: string, work: (tx: SqlRunner) => Promise<T>): Promise<T> {
    const result = this.#queue.then(async () => {
      this.#inTransaction = true;
      this.#db.exec('BEGIN IMMEDIATE');
      try {
        const value = await work(this.#direct);
        this.#db.exec('COMMIT');
        return value;
      } catch (err) {
        this.#db.exec('ROLLBACK');
        throw err;
      } finally {
        this.#inTransaction = false;
      }
    });
    this.#queue = result.catch(() => undefined);
    return result;
  }

  migrate(migrations: readonly Migration[], appliedBy: string): Promise<MigrationReport> {
    return this.transaction('migrate', async (tx) => {
      this.#db.exec(migrationsTable('INTEGER'));
      const [row] = await tx.all('PRAGMA user_version');
      const current = Number(row?.user_version ?? 0);
      // Every step inside this one transaction: a step that fails rolls the whole call back.
      return applyMigrations(migrations, current, appliedBy, async (migration, record) => {
        this.#db.exec(migration.sql);
        await tx.run(record.sql, record.params);
        // PRAGMA takes no parameters; the version is an integer from the migration list.
        this.#db.exec(`PRAGMA user_version = ${Math.trunc(migration.version)}`);
      });
    });
  }

  async ping(): Promise<void> {
    if (!this.#db.isOpen) throw new Error('the SQLite database is closed');
  }

  async close(): Promise<void> {
    await this.#queue;
    if (this.#db.isOpen) this.#db.close();
  }
}
