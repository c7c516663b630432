import { BatchTaskStore } from './store-batches.ts';
import { scheduleFromRow, type Schedule } from './store-tables.ts';

export type { LeaseClaim } from './store-pending-sends.ts';

/**
 * The app's state: audit log, pending sends (and who owns one in flight), batch tasks, schedules and their claimed slots,
 * and command usage for the hourly limits. The same SQL runs on SQLite (one process, or a few on one file)
 * and on PostgreSQL (replicas on one database).
 *
 * Every exactly-once rule is ONE statement whose WHERE clause is the rule, so the database decides, not
 * process memory: only the caller whose UPDATE/INSERT changed the row acts on it.
 * - a pending send moves `pending → sending` (claim), and only that caller sends;
 * - a schedule slot is an INSERT keyed by (schedule, slot); only the caller that inserted posts;
 * - a batch task's Launch click moves its row `ready → launching`, and only that caller launches it;
 * - a send in flight is owned through a lease (owner + expiry) its owner renews; a `sending` row whose lease
 *   ran out becomes `interrupted` for exactly one caller, who announces it; a receipt follow-up whose lease
 *   ran out is taken over by exactly one caller, who finishes it. Nothing is ever resent.
 */
export class SlackStore extends BatchTaskStore {
  // ---- schedules ----------------------------------------------------------------------------------

  async addSchedule(schedule: Schedule): Promise<void> {
    await this.db.run(
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
    return (await this.db.all('SELECT * FROM schedules ORDER BY created_at ASC, id ASC')).map(
      scheduleFromRow,
    );
  }

  async removeSchedule(id: string): Promise<boolean> {
    const removed = await this.db.run('DELETE FROM schedules WHERE id = ?', [id]);
    await this.db.run('DELETE FROM schedule_runs WHERE schedule_id = ?', [id]);
    return removed > 0;
  }

  async setNextRun(id: string, nextRunAt: number): Promise<void> {
    await this.db.run('UPDATE schedules SET next_run_at = ? WHERE id = ?', [nextRunAt, id]);
  }

  /** True only for the first caller for this (schedule, slot), on any replica: that caller posts the report. */
  async claimScheduleSlot(id: string, slotAt: number, now: number): Promise<boolean> {
    const inserted = await this.db.run(
      'INSERT INTO schedule_runs (schedule_id, slot_at, claimed_at) VALUES (?, ?, ?) ON CONFLICT DO NOTHING',
      [id, slotAt, now],
    );
    return inserted === 1;
  }

  async finishScheduleSlot(id: string, slotAt: number, outcome: string): Promise<void> {
    await this.db.run('UPDATE schedule_runs SET outcome = ? WHERE schedule_id = ? AND slot_at = ?', [
      outcome,
      id,
      slotAt,
    ]);
  }

  async scheduleRuns(id: string): Promise<{ slotAt: number; outcome: string | undefined }[]> {
    const rows = await this.db.all(
      'SELECT slot_at, outcome FROM schedule_runs WHERE schedule_id = ? ORDER BY slot_at ASC',
      [id],
    );
    return rows.map((row) => ({
      slotAt: Number(row.slot_at),
      outcome: row.outcome === null ? undefined : String(row.outcome),
    }));
  }
}
