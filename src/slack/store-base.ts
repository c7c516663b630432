import type { SqlDriver } from './store-driver.ts';
import { POSTGRES_MIGRATIONS, SQLITE_MIGRATIONS } from './store-migrations.ts';
import { auditFromRow, type AuditEntry } from './store-tables.ts';

/**
 * The store's connection (migrations, readiness, closing) and its plain records: the audit log, and the
 * uses counted for the hourly limits. The exactly-once rules build on it: pending sends in
 * store-pending-sends.ts, schedules and batch tasks in store.ts (which says how those rules are written).
 */
export class StoreBase {
  protected readonly db: SqlDriver;
  #migrated = false;

  constructor(driver: SqlDriver) {
    this.db = driver;
  }

  get description(): string {
    return this.db.description;
  }

  /** Brings the schema to the current version (once, under the database's lock); returns what was applied. */
  async migrate(appliedBy: string): Promise<number[]> {
    const steps = this.db.kind === 'postgres' ? POSTGRES_MIGRATIONS : SQLITE_MIGRATIONS;
    const report = await this.db.migrate(steps, appliedBy);
    this.#migrated = true;
    return report.applied;
  }

  /** Ready for commands: migrated, and the database answers now. Never throws. */
  async ready(): Promise<{ ok: true } | { ok: false; reason: string }> {
    if (!this.#migrated) return { ok: false, reason: 'migrations not applied yet' };
    try {
      await this.db.ping();
      return { ok: true };
    } catch (err) {
      return { ok: false, reason: `database unreachable: ${(err as Error).message}` };
    }
  }

  close(): Promise<void> {
    return this.db.close();
  }

  // ---- audit --------------------------------------------------------------------------------------

  async addAudit(entry: AuditEntry): Promise<void> {
    await this.db.run(
      `INSERT INTO audit (at, user_id, channel_id, command, detail, recipients, template_id, message_ids, outcome)
         VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)`,
      [
        entry.at,
        entry.userId,
        entry.channelId,
        entry.command,
        entry.detail,
        entry.recipients === undefined ? null : JSON.stringify(entry.recipients),
        entry.templateId ?? null,
        entry.messageIds === undefined ? null : JSON.stringify(entry.messageIds),
        entry.outcome,
      ],
    );
  }

  async recentAudit(limit: number): Promise<AuditEntry[]> {
    return (await this.db.all('SELECT * FROM audit ORDER BY id DESC LIMIT ?', [limit])).map(auditFromRow);
  }

  // ---- usage (hourly limits) ----------------------------------------------------------------------

  /**
   * Records one use and says whether it fits in `limit` uses per `windowMs`. The count and the insert are
   * one transaction locked per user and command, so two concurrent commands cannot both take the last slot.
   */
  takeUsage(
    userId: string,
    command: string,
    limit: number,
    now: number,
    windowMs = 3_600_000,
  ): Promise<{ allowed: boolean; used: number; retryAt?: number }> {
    return this.db.transaction(`usage:${userId}:${command}`, async (tx) => {
      await tx.run('DELETE FROM usage WHERE user_id = ? AND command = ? AND at <= ?', [
        userId,
        command,
        now - windowMs,
      ]);
      const rows = await tx.all('SELECT at FROM usage WHERE user_id = ? AND command = ? ORDER BY at ASC', [
        userId,
        command,
      ]);
      if (rows.length >= limit) {
        const oldest = rows[0] === undefined ? now : Number(rows[0].at);
        return { allowed: false, used: rows.length, retryAt: oldest + windowMs };
      }
      await tx.run('INSERT INTO usage (user_id, command, at) VALUES (?, ?, ?)', [userId, command, now]);
      return { allowed: true, used: rows.length + 1 };
    });
  }
}
