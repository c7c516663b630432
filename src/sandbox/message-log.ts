import type { DatabaseSync, StatementSync } from 'node:sqlite';
import {
  MESSAGE_COLUMNS,
  whereClause,
  type MessageFilter,
  type MessageRow,
  type SqlValue,
} from './store-tables.ts';

const COLUMNS = `message_id, api, request_id, sub_account, signature, template_id, channel_type, mobile,
  content, segments, send_time_ms, receipt_due_ms, outcome, error_code, error_message`;
const PLACEHOLDERS = `(${Array.from({ length: 15 }, () => '?').join(', ')})`;
/**
 * Rows per INSERT statement for large writes (batch tasks): one call into SQLite binds 64 rows, so the
 * per-call cost is paid once per 64 rows rather than per row (15 × 64 = 960 parameters, well under
 * SQLite's limit of 32,766).
 */
const ROWS_PER_STATEMENT = 64;

/** Writes one row's 15 values into `into` from `at`; returns the next position. */
function putRow(into: SqlValue[], at: number, m: MessageRow): number {
  into[at] = m.messageId;
  into[at + 1] = m.api;
  into[at + 2] = m.requestId;
  into[at + 3] = m.subAccount;
  into[at + 4] = m.signature;
  into[at + 5] = m.templateId;
  into[at + 6] = m.channelType;
  into[at + 7] = m.mobile;
  into[at + 8] = m.content;
  into[at + 9] = m.segments;
  into[at + 10] = m.sendTimeMs;
  into[at + 11] = m.receiptDueMs;
  into[at + 12] = m.outcome;
  into[at + 13] = m.errorCode;
  into[at + 14] = m.errorMessage;
  return at + 15;
}

/** The messages table: every accepted message, written in transactions, read page by page or whole. */
export class MessageLog {
  readonly #db: DatabaseSync;
  readonly #insertOne: StatementSync;
  readonly #insertMany: StatementSync;
  readonly #values: SqlValue[] = new Array<SqlValue>(15 * ROWS_PER_STATEMENT).fill(null);

  constructor(db: DatabaseSync) {
    this.#db = db;
    this.#insertOne = db.prepare(`INSERT INTO messages (${COLUMNS}) VALUES ${PLACEHOLDERS}`);
    this.#insertMany = db.prepare(
      `INSERT INTO messages (${COLUMNS}) VALUES ${Array.from({ length: ROWS_PER_STATEMENT }, () => PLACEHOLDERS).join(', ')}`,
    );
  }

  /**
   * Records all messages of one accepted request atomically: they are all kept or none is. `alongside`
   * runs in the same transaction (a batch task's progress is written with its rows).
   */
  insert(messages: readonly MessageRow[], alongside?: () => void): void {
    const insertAll = () => {
      // One values array, refilled for each statement: a million rows leave no arrays behind.
      const values = this.#values;
      let next = 0;
      for (; next + ROWS_PER_STATEMENT <= messages.length; next += ROWS_PER_STATEMENT) {
        let at = 0;
        for (let row = next; row < next + ROWS_PER_STATEMENT; row++)
          at = putRow(values, at, messages[row] as MessageRow);
        this.#insertMany.run(...values);
      }
      for (; next < messages.length; next++) {
        putRow(values, 0, messages[next] as MessageRow);
        this.#insertOne.run(...values.slice(0, 15));
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
