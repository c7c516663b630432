import type { DatabaseSync, StatementSync } from 'node:sqlite';

/**
 * The batch tasks table (reference-v2 §2.8–2.12). Status (§2.9): 0 Init, 1 Draft, 2 Valid (awaiting
 * consent), 3 Consented, 4 Preparing, 5 Sending, 6 Done, 7 Canceled, 8 Failed, 9 Killed. Every change of
 * status is kept in `history` with its sandbox time, so tests and the inbox page can see the way it went.
 */

export interface BatchTaskRow {
  taskId: string;
  subAccount: string;
  taskName: string;
  signature: string;
  templateId: string;
  templateName: string;
  channelType: string;
  scheduled: boolean;
  /** Unix seconds; 0 for an immediate task. */
  sendTime: number;
  fileUrl: string;
  status: number;
  totalCount: number;
  validCount: number;
  invalidCount: number;
  dupCount: number;
  /** Numbers turned into send-log rows so far. */
  sentCount: number;
  extra: Record<string, unknown>;
  createdMs: number;
  history: Array<{ status: number; at: number }>;
}

export type NewBatchTask = Omit<BatchTaskRow, 'taskId' | 'status' | 'sentCount' | 'history'>;

const COLUMNS = `task_id AS taskId, sub_account AS subAccount, task_name AS taskName, signature, template_id AS templateId,
  template_name AS templateName, channel_type AS channelType, scheduled, send_time AS sendTime, file_url AS fileUrl,
  status, total_count AS totalCount, valid_count AS validCount, invalid_count AS invalidCount, dup_count AS dupCount,
  sent_count AS sentCount, extra, created_ms AS createdMs, history`;

function toTask(row: Record<string, unknown>): BatchTaskRow {
  return {
    ...(row as unknown as BatchTaskRow),
    taskId: String(row.taskId),
    scheduled: row.scheduled === 1,
    extra: JSON.parse(String(row.extra)) as Record<string, unknown>,
    history: JSON.parse(String(row.history)) as BatchTaskRow['history'],
  };
}

export class BatchTaskTable {
  readonly #db: DatabaseSync;
  readonly #insert: StatementSync;
  readonly #find: StatementSync;
  readonly #list: StatementSync;
  readonly #setStatus: StatementSync;
  readonly #setSent: StatementSync;
  readonly #inFlight: StatementSync;

  constructor(db: DatabaseSync) {
    this.#db = db;
    db.exec(`CREATE TABLE IF NOT EXISTS batch_tasks (
      task_id INTEGER PRIMARY KEY, sub_account TEXT NOT NULL, task_name TEXT NOT NULL, signature TEXT NOT NULL,
      template_id TEXT NOT NULL, template_name TEXT NOT NULL, channel_type TEXT NOT NULL, scheduled INTEGER NOT NULL,
      send_time INTEGER NOT NULL, file_url TEXT NOT NULL, status INTEGER NOT NULL, total_count INTEGER NOT NULL,
      valid_count INTEGER NOT NULL, invalid_count INTEGER NOT NULL, dup_count INTEGER NOT NULL,
      sent_count INTEGER NOT NULL, extra TEXT NOT NULL, created_ms INTEGER NOT NULL, history TEXT NOT NULL)`);
    // Task ids count on from 90000, like the reference's examples; they are never reused.
    this.#insert = db.prepare(`INSERT INTO batch_tasks VALUES (
      (SELECT COALESCE(MAX(task_id), 90000) + 1 FROM batch_tasks), ?, ?, ?, ?, ?, ?, ?, ?, ?, 2, ?, ?, ?, ?, 0, ?, ?, ?)
      RETURNING task_id AS taskId`);
    this.#find = db.prepare(`SELECT ${COLUMNS} FROM batch_tasks WHERE task_id = ?`);
    this.#list = db.prepare(`SELECT ${COLUMNS} FROM batch_tasks ORDER BY task_id DESC`);
    this.#setStatus = db.prepare(
      `UPDATE batch_tasks SET status = ?, history = json_insert(history, '$[#]', json_object('status', ?, 'at', ?))
       WHERE task_id = ?`,
    );
    this.#setSent = db.prepare('UPDATE batch_tasks SET sent_count = ? WHERE task_id = ?');
    this.#inFlight = db.prepare('SELECT task_id AS taskId FROM batch_tasks WHERE status IN (3, 4, 5)');
  }

  /** Creates a task in status 2 (Valid): the file was checked before this is called. */
  create(task: NewBatchTask): BatchTaskRow {
    const row = this.#insert.get(
      task.subAccount,
      task.taskName,
      task.signature,
      task.templateId,
      task.templateName,
      task.channelType,
      task.scheduled ? 1 : 0,
      task.sendTime,
      task.fileUrl,
      task.totalCount,
      task.validCount,
      task.invalidCount,
      task.dupCount,
      JSON.stringify(task.extra),
      task.createdMs,
      JSON.stringify([{ status: 2, at: task.createdMs }]),
    ) as { taskId: number };
    return this.find(String(row.taskId)) as BatchTaskRow;
  }

  find(taskId: string): BatchTaskRow | undefined {
    if (!/^\d{1,15}$/.test(taskId)) return undefined;
    const row = this.#find.get(Number(taskId)) as Record<string, unknown> | undefined;
    return row && toTask(row);
  }

  /** Every task, newest first. */
  list(): BatchTaskRow[] {
    return (this.#list.all() as Array<Record<string, unknown>>).map(toTask);
  }

  setStatus(taskId: string, status: number, atMs: number): void {
    this.#setStatus.run(status, status, atMs, Number(taskId));
  }

  setSent(taskId: string, sentCount: number): void {
    this.#setSent.run(sentCount, Number(taskId));
  }

  /** Tasks consented but not finished (to resume after a restart on a file database). */
  inFlight(): string[] {
    return (this.#inFlight.all() as Array<{ taskId: number }>).map((row) => String(row.taskId));
  }

  clear(): void {
    this.#db.exec('DELETE FROM batch_tasks');
  }
}
