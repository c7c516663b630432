import type { DatabaseSync, StatementSync } from 'node:sqlite';
import { MESSAGE_COLUMNS, type MessageRow } from '../store-tables.ts';

/**
 * The inbox's reads over the sandbox's SQLite store: the phones that received something, a phone's
 * messages, and the cursors the event stream follows. Every read is one indexed page, never a scan of
 * the whole log, so the page answers as fast with 100,000 messages as with ten.
 *
 * The phone list is kept by triggers in a `phones` table (count and last message per number): grouping
 * the whole log by number on every request would grow with the log.
 */

export const INBOX_SCHEMA = `
CREATE TABLE IF NOT EXISTS phones (mobile TEXT PRIMARY KEY, count INTEGER NOT NULL, last_seq INTEGER NOT NULL);
CREATE INDEX IF NOT EXISTS phones_by_last ON phones (last_seq);
CREATE INDEX IF NOT EXISTS messages_by_receipt ON messages (receipt_due_ms);
CREATE INDEX IF NOT EXISTS messages_by_mobile_seq ON messages (mobile, seq);
CREATE TRIGGER IF NOT EXISTS phones_on_insert AFTER INSERT ON messages BEGIN
  INSERT INTO phones (mobile, count, last_seq) VALUES (new.mobile, 1, new.seq)
    ON CONFLICT (mobile) DO UPDATE SET count = count + 1, last_seq = max(last_seq, excluded.last_seq);
END;
CREATE TRIGGER IF NOT EXISTS phones_on_delete AFTER DELETE ON messages BEGIN
  UPDATE phones SET count = count - 1 WHERE mobile = old.mobile;
  DELETE FROM phones WHERE mobile = old.mobile AND count <= 0;
END;
`;

/** A message row with its arrival order (`seq`), the cursor of every inbox page and of the stream. */
export type SequencedRow = MessageRow & { seq: number };

export interface PhoneRow {
  mobile: string;
  count: number;
  last: SequencedRow;
}

const COLUMNS = `seq, ${MESSAGE_COLUMNS}`;

export class InboxStore {
  readonly #phones: StatementSync;
  readonly #phoneCount: StatementSync;
  readonly #ofPhone: StatementSync;
  readonly #ofPhoneBefore: StatementSync;
  readonly #newest: StatementSync;
  readonly #newestBefore: StatementSync;
  readonly #after: StatementSync;
  readonly #receiptsDue: StatementSync;
  readonly #seqOf: StatementSync;
  readonly #maxSeq: StatementSync;
  readonly #idAt: StatementSync;

  constructor(db: DatabaseSync) {
    db.exec(INBOX_SCHEMA);
    // A database file written before the phones table existed: fill it once from the log.
    const counted = db.prepare(
      'SELECT (SELECT COUNT(*) FROM phones) AS phones, (SELECT MAX(seq) FROM messages) AS last',
    );
    const { phones, last } = counted.get() as { phones: number; last: number | null };
    if (phones === 0 && last !== null) {
      db.exec('INSERT INTO phones SELECT mobile, COUNT(*), MAX(seq) FROM messages GROUP BY mobile');
    }
    // CROSS JOIN keeps SQLite's join order: the page of phones first, then one rowid lookup each
    // (left to itself it scans the whole log against the page).
    this.#phones = db.prepare(
      `SELECT phoneCount, ${COLUMNS} FROM
       (SELECT last_seq, count AS phoneCount FROM phones ORDER BY last_seq DESC LIMIT ? OFFSET ?)
       CROSS JOIN messages ON seq = last_seq ORDER BY last_seq DESC`,
    );
    this.#phoneCount = db.prepare('SELECT COUNT(*) AS n FROM phones');
    this.#ofPhone = db.prepare(`SELECT ${COLUMNS} FROM messages WHERE mobile = ? ORDER BY seq DESC LIMIT ?`);
    this.#ofPhoneBefore = db.prepare(
      `SELECT ${COLUMNS} FROM messages WHERE mobile = ? AND seq < ? ORDER BY seq DESC LIMIT ?`,
    );
    this.#newest = db.prepare(`SELECT ${COLUMNS} FROM messages ORDER BY seq DESC LIMIT ?`);
    this.#newestBefore = db.prepare(
      `SELECT ${COLUMNS} FROM messages WHERE seq < ? ORDER BY seq DESC LIMIT ?`,
    );
    this.#after = db.prepare(`SELECT ${COLUMNS} FROM messages WHERE seq > ? ORDER BY seq LIMIT ?`);
    this.#receiptsDue = db.prepare(
      `SELECT ${COLUMNS} FROM messages WHERE receipt_due_ms > ? AND receipt_due_ms <= ?
       ORDER BY receipt_due_ms, seq LIMIT ?`,
    );
    this.#seqOf = db.prepare('SELECT seq FROM messages WHERE message_id = ?');
    this.#maxSeq = db.prepare('SELECT COALESCE(MAX(seq), 0) AS seq FROM messages');
    this.#idAt = db.prepare('SELECT message_id AS messageId FROM messages WHERE seq = ?');
  }

  /** One page of the phones that received something, the most recent first. */
  phones(page: { offset: number; limit: number }): { total: number; rows: PhoneRow[] } {
    const total = (this.#phoneCount.get() as { n: number }).n;
    const rows = this.#phones.all(page.limit, page.offset) as unknown as Array<
      SequencedRow & { phoneCount: number }
    >;
    return {
      total,
      rows: rows.map(({ phoneCount, ...last }) => ({ mobile: last.mobile, count: phoneCount, last })),
    };
  }

  /** The newest `limit` messages (of one number, if given) that arrived before `beforeSeq`; newest first. */
  newest(query: {
    mobile?: string | undefined;
    beforeSeq?: number | undefined;
    limit: number;
  }): SequencedRow[] {
    const { mobile, beforeSeq, limit } = query;
    const rows =
      mobile === undefined
        ? beforeSeq === undefined
          ? this.#newest.all(limit)
          : this.#newestBefore.all(beforeSeq, limit)
        : beforeSeq === undefined
          ? this.#ofPhone.all(mobile, limit)
          : this.#ofPhoneBefore.all(mobile, beforeSeq, limit);
    return rows as unknown as SequencedRow[];
  }

  /** Messages that arrived after `seq`, in arrival order (the stream's cursor). */
  after(seq: number, limit: number): SequencedRow[] {
    return this.#after.all(seq, limit) as unknown as SequencedRow[];
  }

  /** Messages whose receipt became due in (fromMs, toMs], in that order. */
  receiptsDue(fromMs: number, toMs: number, limit: number): SequencedRow[] {
    return this.#receiptsDue.all(fromMs, toMs, limit) as unknown as SequencedRow[];
  }

  seqOf(messageId: string): number | undefined {
    return (this.#seqOf.get(messageId) as { seq: number } | undefined)?.seq;
  }

  /** The last arrival's seq (0 when the log is empty). */
  lastSeq(): number {
    return (this.#maxSeq.get() as { seq: number }).seq;
  }

  /** The message id at a seq: after a reset the log starts again at 1, so a cursor's id no longer matches. */
  idAt(seq: number): string | undefined {
    return (this.#idAt.get(seq) as { messageId: string } | undefined)?.messageId;
  }
}
