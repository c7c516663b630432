import type { Row } from './store-tables.ts';

/**
 * What the store needs from a database, and nothing more: statements with `?` placeholders, a transaction
 * that serialises with every other holder of the same key, and versioned migrations applied under a lock.
 * SQLite (node:sqlite, embedded) and PostgreSQL (pg, a pool) implement it; the rules stay in store.ts, once.
 */

export type SqlValue = string | number | null;

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

/** The migrations above `current`, in order, checking they are numbered 1, 2, 3… without gaps. */
export function pendingMigrations(migrations: readonly Migration[], current: number): Migration[] {
  migrations.forEach((migration, index) => {
    if (migration.version !== index + 1) {
      throw new Error(`migration ${migration.name} is numbered ${migration.version}, expected ${index + 1}`);
    }
  });
  return migrations.filter((migration) => migration.version > current);
}
