/**
 * What the store needs from a database, and nothing more: statements with `?` placeholders, a transaction
 * that serialises with every other holder of the same key, and versioned migrations applied under a lock.
 * SQLite (node:sqlite, embedded) and PostgreSQL (pg, a pool) implement it; the rules stay in store.ts, once.
 */

export type SqlValue = string | number | null;
/** A row as a driver returns it: column name → value. */
export type Row = Record<string, unknown>;

export interface SqlRunner {
  /** Rows of a query, or of a write with RETURNING. */
  all(sql: string, params?: readonly SqlValue[]): Promise<Row[]>;
  /** How many rows a write changed. */
  run(sql: string, params?: readonly SqlValue[]): Promise<number>;
}

/** One schema step. `version` increases by one from 1; a step never changes once released. */
export interface Migration {
  version: number;
  name: string;
  sql: string;
}

export interface MigrationReport {
  /** Versions this call applied (empty when another process, or an earlier start, already had). */
  applied: number[];
  version: number;
}

export interface SqlDriver extends SqlRunner {
  readonly kind: 'sqlite' | 'postgres';
  /** For the start-up line: the file path or the URL without its password, and the backend's name. */
  readonly description: string;
  /**
   * Runs `work` in one transaction. Two transactions with the same `lockKey` never overlap, in this process
   * or (PostgreSQL) in any other on the same database.
   */
  transaction<T>(lockKey: string, work: (tx: SqlRunner) => Promise<T>): Promise<T>;
  /** Applies the migrations above the database's version, once, however many processes start together. */
  migrate(migrations: readonly Migration[], appliedBy: string): Promise<MigrationReport>;
  /** Resolves when the database answers. */
  ping(): Promise<void>;
  close(): Promise<void>;
}

/** The table of applied steps; `applied_at` (epoch ms) needs 64 bits: `BIGINT` in PostgreSQL. */
export const migrationsTable = (epochMsType: 'INTEGER' | 'BIGINT') =>
  `CREATE TABLE IF NOT EXISTS schema_migrations (
  version INTEGER PRIMARY KEY, name TEXT NOT NULL, applied_at ${epochMsType} NOT NULL, applied_by TEXT NOT NULL)`;

/**
 * Applies the migrations above `current` in order: `apply` runs a step's SQL and `record`, the row that
 * says it is applied (`?` placeholders), in one transaction. Returns what this call applied.
 */
export async function applyMigrations(
  migrations: readonly Migration[],
  current: number,
  appliedBy: string,
  apply: (migration: Migration, record: { sql: string; params: SqlValue[] }) => Promise<void>,
): Promise<MigrationReport> {
  const applied: number[] = [];
  for (const migration of pendingMigrations(migrations, current)) {
    await apply(migration, {
      sql: 'INSERT INTO schema_migrations (version, name, applied_at, applied_by) VALUES (?, ?, ?, ?)',
      params: [migration.version, migration.name, Date.now(), appliedBy],
    });
    applied.push(migration.version);
  }
  return { applied, version: applied.at(-1) ?? current };
}

/** The migrations above `current`, in order, checking they are numbered 1, 2, 3… without gaps. */
function pendingMigrations(migrations: readonly Migration[], current: number): Migration[] {
  migrations.forEach((migration, index) => {
    if (migration.version !== index + 1) {
      throw new Error(`migration ${migration.name} is numbered ${migration.version}, expected ${index + 1}`);
    }
  });
  return migrations.filter((migration) => migration.version > current);
}
