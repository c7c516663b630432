import { DatabaseSync, type StatementSync } from 'node:sqlite';
import {
  SCHEMA,
  auditFromRow,
  pendingFromRow,
  scheduleFromRow,
  type AuditEntry,
  type ClaimResult,
  type PendingSend,
  type Row,
  type Schedule,
} from './store-tables.ts';

/**
 * The app's SQLite state: audit log, pending sends, schedules and their claimed slots, and command usage for
 * the hourly limits. One file, so a restart (or a second replica on the same file) sees everything.
 *
 * Exactly-once rules live here, as single SQL statements, because SQLite serialises writes:
 * - a pending send moves `pending → sending` in one UPDATE; only the caller that changed the row sends;
 * - a schedule slot is an INSERT into a table keyed by (schedule, slot); only the caller that inserted posts.
 */

export class SlackStore {
  readonly #db: DatabaseSync;
  // Prepared once per SQL text: every command runs a few of these, some before the answer is sent.
  readonly #statements = new Map<string, StatementSync>();

  constructor(path: string) {
    this.#db = new DatabaseSync(path);
    this.#db.exec(SCHEMA);
  }

  #sql(sql: string): StatementSync {
    let statement = this.#statements.get(sql);
    if (statement === undefined) {
      statement = this.#db.prepare(sql);
      this.#statements.set(sql, statement);
    }
    return statement;
  }

  close(): void {
    if (this.#db.isOpen) this.#db.close();
  }

  // ---- audit --------------------------------------------------------------------------------------

  addAudit(entry: AuditEntry): void {
    this.#sql(
      `INSERT INTO audit (at, user_id, channel_id, command, detail, recipients, template_id, message_ids, outcome)
         VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)`,
    ).run(
      entry.at,
      entry.userId,
      entry.channelId,
      entry.command,
      entry.detail,
      entry.recipients === undefined ? null : JSON.stringify(entry.recipients),
      entry.templateId ?? null,
      entry.messageIds === undefined ? null : JSON.stringify(entry.messageIds),
      entry.outcome,
    );
  }

  recentAudit(limit: number): AuditEntry[] {
    const rows = this.#sql('SELECT * FROM audit ORDER BY id DESC LIMIT ?').all(limit) as Row[];
    return rows.map(auditFromRow);
  }

  // ---- usage (hourly limits) ----------------------------------------------------------------------

  /**
   * Records one use and says whether it fits in `limit` uses per `windowMs`. The count and the insert are
   * one transaction, so two concurrent commands cannot both take the last slot.
   */
  takeUsage(
    userId: string,
    command: string,
    limit: number,
    now: number,
    windowMs = 3_600_000,
  ): { allowed: boolean; used: number; retryAt?: number } {
    this.#db.exec('BEGIN IMMEDIATE');
    try {
      this.#sql('DELETE FROM usage WHERE at <= ?').run(now - windowMs);
      const rows = this.#sql('SELECT at FROM usage WHERE user_id = ? AND command = ? ORDER BY at ASC').all(
        userId,
        command,
      ) as Row[];
      if (rows.length >= limit) {
        this.#db.exec('COMMIT');
        const oldest = rows[0] === undefined ? now : Number(rows[0].at);
        return { allowed: false, used: rows.length, retryAt: oldest + windowMs };
      }
      this.#sql('INSERT INTO usage (user_id, command, at) VALUES (?, ?, ?)').run(userId, command, now);
      this.#db.exec('COMMIT');
      return { allowed: true, used: rows.length + 1 };
    } catch (err) {
      this.#db.exec('ROLLBACK');
      throw err;
    }
  }

  // ---- pending sends ------------------------------------------------------------------------------

  createPendingSend(send: Omit<PendingSend, 'state' | 'result'>): void {
    this.#sql(
      `INSERT INTO pending_sends (id, created_at, expires_at, user_id, channel_id, sub_account, signature, template_id,
           params, mobiles, masked, groups, rendered, state)
         VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 'pending')`,
    ).run(
      send.id,
      send.createdAt,
      send.expiresAt,
      send.userId,
      send.channelId,
      send.subAccount,
      send.signature,
      send.templateId,
      JSON.stringify(send.params),
      JSON.stringify(send.mobiles),
      JSON.stringify(send.masked),
      JSON.stringify(send.groups),
      send.rendered,
    );
  }

  getPendingSend(id: string): PendingSend | undefined {
    const row = this.#sql('SELECT * FROM pending_sends WHERE id = ?').get(id) as Row | undefined;
    return row === undefined ? undefined : pendingFromRow(row);
  }

  /** Atomically moves a live pending send to `sending`. Only the caller that gets `claimed: true` may send. */
  claimPendingSend(id: string, now: number): ClaimResult {
    const row = this.#sql(
      `UPDATE pending_sends SET state = 'sending', claimed_at = ?
         WHERE id = ? AND state = 'pending' AND expires_at > ? RETURNING *`,
    ).get(now, id, now) as Row | undefined;
    if (row !== undefined) return { claimed: true, send: pendingFromRow(row) };
    const existing = this.getPendingSend(id);
    if (existing === undefined) return { claimed: false, reason: 'missing' };
    if (existing.state === 'pending') return { claimed: false, reason: 'expired' };
    return { claimed: false, reason: existing.state };
  }

  cancelPendingSend(id: string): ClaimResult {
    const row = this.#sql(
      `UPDATE pending_sends SET state = 'cancelled' WHERE id = ? AND state = 'pending' RETURNING *`,
    ).get(id) as Row | undefined;
    if (row !== undefined) return { claimed: true, send: pendingFromRow(row) };
    const existing = this.getPendingSend(id);
    return { claimed: false, reason: existing === undefined ? 'missing' : existing.state };
  }

  /** Stores the outcome and erases the full numbers: from here on only masked numbers exist. */
  completePendingSend(id: string, result: unknown): void {
    this.#sql(`UPDATE pending_sends SET state = 'sent', result = ?, mobiles = '[]' WHERE id = ?`).run(
      JSON.stringify(result),
      id,
    );
  }

  /**
   * Marks sends claimed at or before `claimedBefore` and still `sending` as `interrupted`, erasing their full
   * numbers, and returns them: one statement, so each is reported by exactly one process. They are never
   * resent (some messages may have gone out).
   */
  takeInterruptedSends(claimedBefore: number): PendingSend[] {
    const rows = this.#sql(
      `UPDATE pending_sends SET state = 'interrupted', mobiles = '[]'
         WHERE state = 'sending' AND claimed_at <= ? RETURNING *`,
    ).all(claimedBefore) as Row[];
    return rows.map(pendingFromRow);
  }

  /** Drops expired, never-confirmed sends (with their numbers). */
  purgeExpiredPendingSends(now: number): number {
    const result = this.#sql(`DELETE FROM pending_sends WHERE state = 'pending' AND expires_at <= ?`).run(
      now,
    );
    return Number(result.changes);
  }

  // ---- schedules ----------------------------------------------------------------------------------

  addSchedule(schedule: Schedule): void {
    this.#sql(
      `INSERT INTO schedules (id, created_at, created_by, channel_id, cron, label, timezone, window, filters, next_run_at)
         VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
    ).run(
      schedule.id,
      schedule.createdAt,
      schedule.createdBy,
      schedule.channelId,
      schedule.cron,
      schedule.label,
      schedule.timezone,
      schedule.window,
      JSON.stringify(schedule.filters),
      schedule.nextRunAt,
    );
  }

  listSchedules(): Schedule[] {
    const rows = this.#sql('SELECT * FROM schedules ORDER BY created_at ASC, id ASC').all() as Row[];
    return rows.map(scheduleFromRow);
  }

  removeSchedule(id: string): boolean {
    const result = this.#sql('DELETE FROM schedules WHERE id = ?').run(id);
    this.#sql('DELETE FROM schedule_runs WHERE schedule_id = ?').run(id);
    return Number(result.changes) > 0;
  }

  setNextRun(id: string, nextRunAt: number): void {
    this.#sql('UPDATE schedules SET next_run_at = ? WHERE id = ?').run(nextRunAt, id);
  }

  /** True only for the first caller for this (schedule, slot): that caller posts the report. */
  claimScheduleSlot(id: string, slotAt: number, now: number): boolean {
    const result = this.#sql(
      'INSERT OR IGNORE INTO schedule_runs (schedule_id, slot_at, claimed_at) VALUES (?, ?, ?)',
    ).run(id, slotAt, now);
    return Number(result.changes) === 1;
  }

  finishScheduleSlot(id: string, slotAt: number, outcome: string): void {
    this.#sql('UPDATE schedule_runs SET outcome = ? WHERE schedule_id = ? AND slot_at = ?').run(
      outcome,
      id,
      slotAt,
    );
  }

  scheduleRuns(id: string): { slotAt: number; outcome: string | undefined }[] {
    const rows = this.#sql(
      'SELECT slot_at, outcome FROM schedule_runs WHERE schedule_id = ? ORDER BY slot_at ASC',
    ).all(id) as Row[];
    return rows.map((row) => ({
      slotAt: Number(row.slot_at),
      outcome: row.outcome === null ? undefined : String(row.outcome),
    }));
  }
}
