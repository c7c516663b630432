import type { Row, SqlValue } from './store-driver.ts';
import type { LeaseClaim } from './store-pending-sends.ts';
import { PendingSendStore } from './store-pending-sends.ts';

/**
 * Batch tasks as the Slack app knows them (store-migrations.ts step 3). The rules, one statement each:
 * - a task has one row per (message group, task id), whoever asked first (INSERT … ON CONFLICT DO NOTHING);
 * - a Launch click launches only if its UPDATE moves the row from 'ready' to 'launching': a second click, a
 *   retried delivery or another replica finds it taken and only says so;
 * - the follow-up (progress, receipts) belongs to the lease holder; a lease that ran out is taken over by
 *   exactly one replica. A follow-up only reads.
 */

/** ready: awaiting its Launch click · launching: the click was taken, consent under way · launched · cancelled. */
export type BatchRowState = 'ready' | 'launching' | 'launched' | 'cancelled';

/** What the summary shows, masked; kept to redraw it (no full number is ever stored). */
export interface BatchSummary {
  taskName: string;
  templateId: string;
  signature: string;
  channelType: string;
  totalCount: number;
  /** A few masked numbers of the file, e.g. `138****0001`. */
  sample: string[];
  /** One filled-in text, with a verification code (if any) masked. */
  rendered?: string | undefined;
  fileName?: string | undefined;
}

/** A cancel asked in Slack: awaiting its Cancel click, being sent to the service, or done. */
export type BatchCancelState = 'asked' | 'cancelling' | 'cancelled';

export interface BatchRow {
  id: string;
  taskId: string;
  subAccount: string;
  createdAt: number;
  createdBy: string;
  channelId: string;
  summary: BatchSummary;
  /** The channel message whose thread has the progress. */
  threadTs?: string | undefined;
  state: BatchRowState;
  launchedBy?: string | undefined;
  launchedAt?: number | undefined;
  /** The service status last posted in the thread. */
  lastStatus?: number | undefined;
  followUp?: 'progress' | undefined;
  leaseOwner?: string | undefined;
  cancelState?: BatchCancelState | undefined;
  cancelledBy?: string | undefined;
}

export type NewBatchRow = Pick<
  BatchRow,
  'id' | 'taskId' | 'subAccount' | 'createdAt' | 'createdBy' | 'channelId' | 'summary'
>;

export type CancelClaim =
  | { claimed: true; row: BatchRow }
  | { claimed: false; reason: 'missing' | 'not-asked' | 'cancelling' | 'cancelled'; row?: BatchRow };

export type LaunchClaim =
  | { claimed: true; row: BatchRow }
  | { claimed: false; reason: 'missing' | Exclude<BatchRowState, 'ready'>; row?: BatchRow };

const optional = <T>(value: unknown, as: (v: unknown) => T): T | undefined =>
  value === null || value === undefined ? undefined : as(value);

function batchFromRow(row: Row): BatchRow {
  return {
    id: String(row.id),
    taskId: String(row.task_id),
    subAccount: String(row.sub_account),
    createdAt: Number(row.created_at),
    createdBy: String(row.created_by),
    channelId: String(row.channel_id),
    summary: JSON.parse(String(row.summary)) as BatchSummary,
    threadTs: optional(row.thread_ts, String),
    state: String(row.state) as BatchRowState,
    launchedBy: optional(row.launched_by, String),
    launchedAt: optional(row.launched_at, Number),
    lastStatus: optional(row.last_status, Number),
    followUp: row.follow_up === 'progress' ? 'progress' : undefined,
    leaseOwner: optional(row.lease_owner, String),
    cancelState: optional(row.cancel_state, (v) => String(v) as BatchCancelState),
    cancelledBy: optional(row.cancelled_by, String),
  };
}

export class BatchTaskStore extends PendingSendStore {
  async #rows(sql: string, params: readonly SqlValue[]): Promise<BatchRow[]> {
    return (await this.db.all(sql, params)).map(batchFromRow);
  }

  /**
   * The task's row: this one if it is new, else the one already kept (its id, state and thread win). A task
   * first seen here already started elsewhere is recorded as 'launched', so no Launch button exists for it.
   */
  async recordBatch(row: NewBatchRow, state: 'ready' | 'launched' = 'ready'): Promise<BatchRow> {
    await this.db.run(
      `INSERT INTO batch_tasks (id, task_id, sub_account, created_at, created_by, channel_id, summary, state)
         VALUES (?, ?, ?, ?, ?, ?, ?, ?) ON CONFLICT DO NOTHING`,
      [
        row.id,
        row.taskId,
        row.subAccount,
        row.createdAt,
        row.createdBy,
        row.channelId,
        JSON.stringify(row.summary),
        state,
      ],
    );
    return (await this.findBatch(row.subAccount, row.taskId)) as BatchRow;
  }

  async getBatch(id: string): Promise<BatchRow | undefined> {
    return (await this.#rows('SELECT * FROM batch_tasks WHERE id = ?', [id]))[0];
  }

  async findBatch(subAccount: string, taskId: string): Promise<BatchRow | undefined> {
    const rows = await this.#rows('SELECT * FROM batch_tasks WHERE sub_account = ? AND task_id = ?', [
      subAccount,
      taskId,
    ]);
    return rows[0];
  }

  /** The tasks this app knows by id, newest first (to find a task's group, and for `batch list`). */
  async batchesByTask(taskId: string): Promise<BatchRow[]> {
    return this.#rows('SELECT * FROM batch_tasks WHERE task_id = ? ORDER BY created_at DESC', [taskId]);
  }

  async recentBatches(limit: number): Promise<BatchRow[]> {
    return this.#rows('SELECT * FROM batch_tasks ORDER BY created_at DESC, id DESC LIMIT ?', [limit]);
  }

  async setBatchThread(id: string, threadTs: string): Promise<void> {
    await this.db.run('UPDATE batch_tasks SET thread_ts = ? WHERE id = ? AND thread_ts IS NULL', [
      threadTs,
      id,
    ]);
  }

  /**
   * The Launch click: moves a ready row to 'launching' for `userId`, with this replica's lease on the
   * follow-up. Only the caller that gets `claimed: true` asks the service to start the task.
   */
  async claimBatchLaunch(
    id: string,
    userId: string,
    claim: Omit<LeaseClaim, 'responseUrl'>,
  ): Promise<LaunchClaim> {
    const [row] = await this.#rows(
      `UPDATE batch_tasks SET state = 'launching', launched_by = ?, launched_at = ?, follow_up = 'progress',
           lease_owner = ?, lease_expires_at = ?
         WHERE id = ? AND state = 'ready' RETURNING *`,
      [userId, claim.now, claim.owner, claim.now + claim.leaseMs, id],
    );
    if (row !== undefined) return { claimed: true, row };
    const existing = await this.getBatch(id);
    if (existing === undefined) return { claimed: false, reason: 'missing' };
    return { claimed: false, reason: existing.state as Exclude<BatchRowState, 'ready'>, row: existing };
  }

  /**
   * The end of a launch: 'launched' (the service started the task; the follow-up goes on), or back to
   * 'ready' when the service proved it did not start it (a later click may try again).
   */
  async settleBatchLaunch(id: string, owner: string, outcome: 'launched' | 'ready'): Promise<void> {
    await this.db.run(
      outcome === 'launched'
        ? `UPDATE batch_tasks SET state = 'launched' WHERE id = ? AND lease_owner = ?`
        : `UPDATE batch_tasks SET state = 'ready', launched_by = NULL, launched_at = NULL, follow_up = NULL,
             lease_owner = NULL, lease_expires_at = NULL WHERE id = ? AND lease_owner = ?`,
      [id, owner],
    );
  }

  /** `/sms batch cancel`: the task's Cancel button may now be clicked (again, if an earlier try failed). */
  async askBatchCancel(id: string): Promise<void> {
    await this.db.run(
      `UPDATE batch_tasks SET cancel_state = 'asked' WHERE id = ? AND (cancel_state IS NULL OR cancel_state = 'asked')`,
      [id],
    );
  }

  /**
   * The Cancel click: moves an asked cancel to 'cancelling' for `userId`. Only the caller that gets
   * `claimed: true` asks the service; a claim older than `leaseMs` (its replica died) may be taken again.
   */
  async claimBatchCancel(id: string, userId: string, now: number, leaseMs: number): Promise<CancelClaim> {
    const [row] = await this.#rows(
      `UPDATE batch_tasks SET cancel_state = 'cancelling', cancelled_by = ?, cancel_claimed_at = ?
         WHERE id = ? AND (cancel_state = 'asked' OR (cancel_state = 'cancelling' AND cancel_claimed_at <= ?))
         RETURNING *`,
      [userId, now, id, now - leaseMs],
    );
    if (row !== undefined) return { claimed: true, row };
    const existing = await this.getBatch(id);
    if (existing === undefined) return { claimed: false, reason: 'missing' };
    const reason =
      existing.cancelState === undefined || existing.cancelState === 'asked'
        ? 'not-asked'
        : existing.cancelState;
    return { claimed: false, reason, row: existing };
  }

  /**
   * The end of a cancel click: 'cancelled' (the service took it; a Launch button no longer launches), or
   * back to 'asked' when the service proved it did not cancel (a later click may try again).
   */
  async settleBatchCancel(id: string, outcome: 'cancelled' | 'asked'): Promise<void> {
    await this.db.run(
      outcome === 'cancelled'
        ? `UPDATE batch_tasks SET cancel_state = 'cancelled',
             state = CASE WHEN state = 'ready' THEN 'cancelled' ELSE state END WHERE id = ?`
        : `UPDATE batch_tasks SET cancel_state = 'asked', cancelled_by = NULL, cancel_claimed_at = NULL WHERE id = ?`,
      [id],
    );
  }

  async setBatchLastStatus(id: string, owner: string, status: number): Promise<void> {
    await this.db.run('UPDATE batch_tasks SET last_status = ? WHERE id = ? AND lease_owner = ?', [
      status,
      id,
      owner,
    ]);
  }

  async renewBatchLease(id: string, owner: string, until: number): Promise<boolean> {
    const changed = await this.db.run(
      `UPDATE batch_tasks SET lease_expires_at = ? WHERE id = ? AND lease_owner = ? AND follow_up = 'progress'`,
      [until, id, owner],
    );
    return changed > 0;
  }

  async releaseBatchLease(id: string, owner: string): Promise<void> {
    await this.db.run('UPDATE batch_tasks SET lease_expires_at = 0 WHERE id = ? AND lease_owner = ?', [
      id,
      owner,
    ]);
  }

  /** The follow-up is over (a final state and its receipts were posted). */
  async finishBatchFollowUp(id: string, owner: string): Promise<void> {
    await this.db.run(
      `UPDATE batch_tasks SET follow_up = NULL, lease_owner = NULL, lease_expires_at = NULL
         WHERE id = ? AND lease_owner = ?`,
      [id, owner],
    );
  }

  /** Takes over the follow-ups whose owner's lease ran out (it died, or handed them back when stopping). */
  async takeOverBatchFollowUps(claim: Omit<LeaseClaim, 'responseUrl'>): Promise<BatchRow[]> {
    return this.#rows(
      `UPDATE batch_tasks SET lease_owner = ?, lease_expires_at = ?
         WHERE follow_up = 'progress' AND lease_expires_at <= ? RETURNING *`,
      [claim.owner, claim.now + claim.leaseMs, claim.now],
    );
  }
}
