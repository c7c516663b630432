import type { SqlDriver, SqlValue } from './store-driver.ts';
import { POSTGRES_MIGRATIONS, SQLITE_MIGRATIONS } from './store-migrations.ts';
import {
  auditFromRow,
  pendingFromRow,
  scheduleFromRow,
  type AuditEntry,
  type ClaimResult,
  type PendingSend,
  type Schedule,
} from './store-tables.ts';

/**
 * The app's state: audit log, pending sends (and who owns one in flight), schedules and their claimed slots,
 * and command usage for the hourly limits. The same SQL runs on SQLite (one process, or a few on one file)
 * and on PostgreSQL (replicas on one database).
 *
 * Every exactly-once rule is ONE statement whose WHERE clause is the rule, so the database decides, not
 * process memory: only the caller whose UPDATE/INSERT changed the row acts on it.
 * - a pending send moves `pending → sending` (claim), and only that caller sends;
 * - a schedule slot is an INSERT keyed by (schedule, slot); only the caller that inserted posts;
 * - a send in flight is owned through a lease (owner + expiry) its owner renews; a `sending` row whose lease
 *   ran out becomes `interrupted` for exactly one caller, who announces it; a receipt follow-up whose lease
 *   ran out is taken over by exactly one caller, who finishes it. Nothing is ever resent.
 */

export interface LeaseClaim {
  now: number;
  /** This replica's id (host and process). */
  owner: string;
  leaseMs: number;
  responseUrl?: string | undefined;
}

export class SlackStore {
  readonly #db: SqlDriver;
  #migrated = false;

  constructor(driver: SqlDriver) {
    this.#db = driver;
  }

  get description(): string {
    return this.#db.description;
  }

  /** Brings the schema to the current version (once, under the database's lock); returns what was applied. */
  async migrate(appliedBy: string): Promise<number[]> {
    const steps = this.#db.kind === 'postgres' ? POSTGRES_MIGRATIONS : SQLITE_MIGRATIONS;
    const report = await this.#db.migrate(steps, appliedBy);
    this.#migrated = true;
    return report.applied;
  }

  /** Ready for commands: migrated, and the database answers now. Never throws. */
  async ready(): Promise<{ ok: true } | { ok: false; reason: string }> {
    if (!this.#migrated) return { ok: false, reason: 'migrations not applied yet' };
    try {
      await this.#db.ping();
      return { ok: true };
    } catch (err) {
      return { ok: false, reason: `database unreachable: ${(err as Error).message}` };
    }
  }

  close(): Promise<void> {
    return this.#db.close();
  }

  async #one(sql: string, params: readonly SqlValue[]): Promise<PendingSend | undefined> {
    const [row] = await this.#db.all(sql, params);
    return row === undefined ? undefined : pendingFromRow(row);
  }

  // ---- audit --------------------------------------------------------------------------------------

  async addAudit(entry: AuditEntry): Promise<void> {
    await this.#db.run(
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
    return (await this.#db.all('SELECT * FROM audit ORDER BY id DESC LIMIT ?', [limit])).map(auditFromRow);
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
    return this.#db.transaction(`usage:${userId}:${command}`, async (tx) => {
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

  // ---- pending sends ------------------------------------------------------------------------------

  async createPendingSend(send: Omit<PendingSend, 'state' | 'result'>): Promise<void> {
    await this.#db.run(
      `INSERT INTO pending_sends (id, created_at, expires_at, user_id, channel_id, sub_account, signature, template_id,
           params, mobiles, masked, groups, rendered, state)
         VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 'pending')`,
      [
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
      ],
    );
  }

  getPendingSend(id: string): Promise<PendingSend | undefined> {
    return this.#one('SELECT * FROM pending_sends WHERE id = ?', [id]);
  }

  /**
   * Atomically moves a live pending send to `sending`, owned by `claim.owner` for `claim.leaseMs`. Only the
   * caller that gets `claimed: true` may send.
   */
  async claimPendingSend(id: string, claim: LeaseClaim): Promise<ClaimResult> {
    const { now, owner, leaseMs, responseUrl } = claim;
    const send = await this.#one(
      `UPDATE pending_sends SET state = 'sending', claimed_at = ?, lease_owner = ?, lease_expires_at = ?, response_url = ?
         WHERE id = ? AND state = 'pending' AND expires_at > ? RETURNING *`,
      [now, owner, now + leaseMs, responseUrl ?? null, id, now],
    );
    if (send !== undefined) return { claimed: true, send };
    const existing = await this.getPendingSend(id);
    if (existing === undefined) return { claimed: false, reason: 'missing' };
    if (existing.state === 'pending') return { claimed: false, reason: 'expired' };
    return { claimed: false, reason: existing.state };
  }

  /** Cancels a send that is still pending, erasing its full numbers as a completed send's are. */
  async cancelPendingSend(id: string): Promise<ClaimResult> {
    const send = await this.#one(
      `UPDATE pending_sends SET state = 'cancelled', mobiles = '[]' WHERE id = ? AND state = 'pending' RETURNING *`,
      [id],
    );
    if (send !== undefined) return { claimed: true, send };
    const existing = await this.getPendingSend(id);
    return { claimed: false, reason: existing === undefined ? 'missing' : existing.state };
  }

  /** Extends `owner`'s lease on a send in flight or its follow-up; false when the lease is no longer its own. */
  async renewLease(id: string, owner: string, until: number): Promise<boolean> {
    const changed = await this.#db.run(
      `UPDATE pending_sends SET lease_expires_at = ? WHERE id = ? AND lease_owner = ? AND state IN ('sending', 'sent')`,
      [until, id, owner],
    );
    return changed > 0;
  }

  /** Hands a lease back (a replica stopping): whoever looks next takes the follow-up over at once. */
  async releaseLease(id: string, owner: string): Promise<void> {
    await this.#db.run('UPDATE pending_sends SET lease_expires_at = 0 WHERE id = ? AND lease_owner = ?', [
      id,
      owner,
    ]);
  }

  /**
   * Stores the outcome of the send and erases the full numbers: from here on only masked numbers exist.
   * With `followUpUntil`, the owner keeps its lease until then for the receipt follow-up; otherwise the
   * row is done.
   */
  async completePendingSend(id: string, result: unknown, followUpUntil?: number): Promise<void> {
    const followUp = followUpUntil !== undefined;
    await this.#db.run(
      `UPDATE pending_sends SET state = 'sent', result = ?, mobiles = '[]', follow_up = ?, lease_expires_at = ?,
           lease_owner = CASE WHEN ? = 1 THEN lease_owner END, response_url = CASE WHEN ? = 1 THEN response_url END
         WHERE id = ?`,
      [
        JSON.stringify(result),
        followUp ? 'receipts' : null,
        followUpUntil ?? null,
        followUp ? 1 : 0,
        followUp ? 1 : 0,
        id,
      ],
    );
  }

  /** The follow-up is done (receipts shown): the final result, and nothing left to own. */
  async finishFollowUp(id: string, owner: string, result: unknown): Promise<void> {
    await this.#db.run(
      `UPDATE pending_sends SET result = ?, follow_up = NULL, lease_owner = NULL, lease_expires_at = NULL,
           response_url = NULL WHERE id = ? AND lease_owner = ?`,
      [JSON.stringify(result), id, owner],
    );
  }

  /**
   * Marks sends still `sending` whose lease ran out by `now` as `interrupted`, erasing their full numbers,
   * and returns them: one statement, so each is reported by exactly one replica. They are never resent
   * (some messages may have gone out).
   */
  async takeInterruptedSends(now: number): Promise<PendingSend[]> {
    const rows = await this.#db.all(
      `UPDATE pending_sends SET state = 'interrupted', mobiles = '[]', lease_owner = NULL, response_url = NULL
         WHERE state = 'sending' AND lease_expires_at <= ? RETURNING *`,
      [now],
    );
    return rows.map(pendingFromRow);
  }

  /** Takes over receipt follow-ups whose owner's lease ran out (the owner died or handed them back). */
  async takeOverFollowUps(claim: Omit<LeaseClaim, 'responseUrl'>): Promise<PendingSend[]> {
    const rows = await this.#db.all(
      `UPDATE pending_sends SET lease_owner = ?, lease_expires_at = ?
         WHERE state = 'sent' AND follow_up = 'receipts' AND lease_expires_at <= ? RETURNING *`,
      [claim.owner, claim.now + claim.leaseMs, claim.now],
    );
    return rows.map(pendingFromRow);
  }

  /** Drops expired, never-confirmed sends (with their numbers). */
  purgeExpiredPendingSends(now: number): Promise<number> {
    return this.#db.run(`DELETE FROM pending_sends WHERE state = 'pending' AND expires_at <= ?`, [now]);
  }

  // ---- schedules ----------------------------------------------------------------------------------

  async addSchedule(schedule: Schedule): Promise<void> {
    await this.#db.run(
      `INSERT INTO schedules (id, created_at, created_by, channel_id, cron, label, timezone, "window", filters, next_run_at)
         VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
      [
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
      ],
    );
  }

  async listSchedules(): Promise<Schedule[]> {
    return (await this.#db.all('SELECT * FROM schedules ORDER BY created_at ASC, id ASC')).map(
      scheduleFromRow,
    );
  }

  async removeSchedule(id: string): Promise<boolean> {
    const removed = await this.#db.run('DELETE FROM schedules WHERE id = ?', [id]);
    await this.#db.run('DELETE FROM schedule_runs WHERE schedule_id = ?', [id]);
    return removed > 0;
  }

  async setNextRun(id: string, nextRunAt: number): Promise<void> {
    await this.#db.run('UPDATE schedules SET next_run_at = ? WHERE id = ?', [nextRunAt, id]);
  }

  /** True only for the first caller for this (schedule, slot), on any replica: that caller posts the report. */
  async claimScheduleSlot(id: string, slotAt: number, now: number): Promise<boolean> {
    const inserted = await this.#db.run(
      'INSERT INTO schedule_runs (schedule_id, slot_at, claimed_at) VALUES (?, ?, ?) ON CONFLICT DO NOTHING',
      [id, slotAt, now],
    );
    return inserted === 1;
  }

  async finishScheduleSlot(id: string, slotAt: number, outcome: string): Promise<void> {
    await this.#db.run('UPDATE schedule_runs SET outcome = ? WHERE schedule_id = ? AND slot_at = ?', [
      outcome,
      id,
      slotAt,
    ]);
  }

  async scheduleRuns(id: string): Promise<{ slotAt: number; outcome: string | undefined }[]> {
    const rows = await this.#db.all(
      'SELECT slot_at, outcome FROM schedule_runs WHERE schedule_id = ? ORDER BY slot_at ASC',
      [id],
    );
    return rows.map((row) => ({
      slotAt: Number(row.slot_at),
      outcome: row.outcome === null ? undefined : String(row.outcome),
    }));
  }
}
