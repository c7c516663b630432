import type { DatabaseSync, StatementSync } from 'node:sqlite';
import { MESSAGE_COLUMNS, whereClause, type MessageFilter, type MessageRow } from './store-tables.ts';

/** The messages table: every accepted message, written in transactions, read page by page or whole. */
export class MessageLog {
  readonly #db: DatabaseSync;
  readonly #insert: StatementSync;

  constructor(db: DatabaseSync) {
    this.#db = db;
    this.#insert = db.prepare(
      `INSERT INTO messages (message_id, api, request_id, sub_account, signature, template_id, channel_type, mobile,
        content, segments, send_time_ms, receipt_due_ms, outcome, error_code, error_message)
       VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
    );
  }

  /**
   * Records all messages of one accepted request atomically: they are all kept or none is. `alongside`
   * runs in the same transaction (a batch task's progress is written with its rows).
   */
  insert(messages: readonly MessageRow[], alongside?: () => void): void {
    const insertAll = () => {
      for (const m of messages) {
        this.#insert.run(
          m.messageId,
          m.api,
          m.requestId,
          m.subAccount,
          m.signature,
          m.templateId,
          m.channelType,
          m.mobile,
          m.content,
          m.segments,
          m.sendTimeMs,
          m.receiptDueMs,
          m.outcome,
          m.errorCode,
          m.errorMessage,
        );
      }
    };
    if (messages.length === 1 && !alongside) insertAll();
    else
      inTransaction(this.#db, () => {
        insertAll();
        alongside?.();
      });
  }

  /** Messages matching the filter, newest first, one page of them, and how many match in all. */
  query(
    filter: MessageFilter,
    page: { offset: number; limit: number },
  ): { total: number; rows: MessageRow[] } {
    const { where, params } = whereClause(filter);
    const total = (
      this.#db.prepare(`SELECT COUNT(*) AS n FROM messages ${where}`).get(...params) as { n: number }
    ).n;
    const rows = this.#db
      .prepare(
        `SELECT ${MESSAGE_COLUMNS} FROM messages ${where} ORDER BY send_time_ms DESC, seq DESC LIMIT ? OFFSET ?`,
      )
      .all(...params, page.limit, page.offset) as unknown as MessageRow[];
    return { total, rows };
  }

  /** Every matching message, oldest first (stats and the admin view). */
  all(filter: MessageFilter): MessageRow[] {
    const { where, params } = whereClause(filter);
    return this.#db
      .prepare(`SELECT ${MESSAGE_COLUMNS} FROM messages ${where} ORDER BY send_time_ms, seq`)
      .all(...params) as unknown as MessageRow[];
  }
}

/** Runs `work` in one transaction: all of its writes are kept, or none is. */
export function inTransaction(db: DatabaseSync, work: () => void): void {
  db.exec('BEGIN');
  try {
    work();
    db.exec('COMMIT');
  } catch (error) {
    db.exec('ROLLBACK');
    throw error;
  }
}
