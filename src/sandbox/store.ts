import { DatabaseSync, type StatementSync } from 'node:sqlite';
import { InboxStore } from './inbox/inbox-store.ts';
import type { ParsedSeed } from './seed-schema.ts';
import {
  MESSAGE_COLUMNS,
  SCHEMA,
  toSignature,
  toSubAccount,
  toTemplate,
  whereClause,
  type AccountFlags,
  type MessageFilter,
  type MessageRow,
  type SignatureRow,
  type SqlValue,
  type SubAccountRow,
  type TemplateRow,
} from './store-tables.ts';

/**
 * The sandbox's state in SQLite (node:sqlite, no native addon): the seeded configuration (message
 * groups, signatures, templates, account flags) and every accepted message. In memory unless a file is
 * given. Delivery status is NOT stored as it changes: a message keeps its planned outcome and the time
 * its receipt is due, and readers derive the status from the clock (see delivery.ts), so an injected
 * clock works and no timers exist.
 */

export class SandboxStore {
  readonly #db: DatabaseSync;
  readonly #insertMessage: StatementSync;
  readonly #findSubAccount: StatementSync;
  readonly #findSignature: StatementSync;
  readonly #findTemplate: StatementSync;
  readonly #setAccountFlag: StatementSync;
  readonly #getAccountFlags: StatementSync;
  /** The inbox page's paged reads (phones, a phone's messages, the event stream's cursors). */
  readonly inbox: InboxStore;
  // Parsed configuration rows and account flags, read on every send. They change only through
  // applySeed/setAccount in this process, which clear the memo, so SQLite stays the source of truth.
  readonly #memo = new Map<string, unknown>();

  constructor(dbPath?: string) {
    this.#db = new DatabaseSync(dbPath ?? ':memory:');
    // A file database survives restarts; an in-memory one needs no durability at all.
    this.#db.exec(
      dbPath ? 'PRAGMA journal_mode = WAL; PRAGMA synchronous = NORMAL;' : 'PRAGMA synchronous = OFF;',
    );
    this.#db.exec(SCHEMA);
    this.inbox = new InboxStore(this.#db);
    this.#insertMessage = this.#db.prepare(
      `INSERT INTO messages (message_id, api, request_id, sub_account, signature, template_id, channel_type, mobile,
        content, segments, send_time_ms, receipt_due_ms, outcome, error_code, error_message)
       VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
    );
    this.#findSubAccount = this.#db.prepare(
      'SELECT id, name, status, channel_types AS channelTypes, created_at AS createdAt FROM sub_accounts WHERE id = ?',
    );
    this.#findSignature = this.#db.prepare(
      'SELECT text, status, source, sub_accounts AS subAccounts, created_at AS createdAt FROM signatures WHERE text = ?',
    );
    this.#findTemplate = this.#db.prepare(
      `SELECT id, name, channel_type AS channelType, content, status, signatures, sub_accounts AS subAccounts,
        created_at AS createdAt FROM templates WHERE id = ?`,
    );
    this.#getAccountFlags = this.#db.prepare('SELECT key, value FROM account');
    this.#setAccountFlag = this.#db.prepare(
      'INSERT INTO account (key, value) VALUES (?, ?) ON CONFLICT (key) DO UPDATE SET value = excluded.value',
    );
  }

  /** Replaces the configuration and account flags with the seed's; messages are kept unless asked. */
  applySeed(seed: ParsedSeed, nowMs: number, options: { clearMessages: boolean }): void {
    const createdAt = Math.floor(nowMs / 1000);
    this.#memo.clear();
    this.#transaction(() => {
      this.#db.exec('DELETE FROM sub_accounts; DELETE FROM signatures; DELETE FROM templates;');
      if (options.clearMessages) this.#db.exec('DELETE FROM messages;');
      const group = this.#db.prepare('INSERT INTO sub_accounts VALUES (?, ?, ?, ?, ?)');
      for (const g of seed.subAccounts) {
        group.run(g.id, g.name, g.status, JSON.stringify(g.channelTypes), g.createdAt ?? createdAt);
      }
      const signature = this.#db.prepare('INSERT INTO signatures VALUES (?, ?, ?, ?, ?)');
      for (const s of seed.signatures) {
        signature.run(s.text, s.status, s.source, JSON.stringify(s.subAccounts), s.createdAt ?? createdAt);
      }
      const template = this.#db.prepare('INSERT INTO templates VALUES (?, ?, ?, ?, ?, ?, ?, ?)');
      for (const t of seed.templates) {
        template.run(
          t.id,
          t.name ?? t.id,
          t.channelType,
          t.content,
          t.status,
          JSON.stringify(t.signatures),
          JSON.stringify(t.subAccounts),
          t.createdAt ?? createdAt,
        );
      }
      this.setAccount(seed.account);
    });
  }

  getAccount(): AccountFlags {
    return this.#remember('account', () => this.#readAccount()) as AccountFlags;
  }

  #readAccount(): AccountFlags {
    const rows = this.#getAccountFlags.all() as Array<{ key: string; value: number }>;
    const flags = new Map(rows.map((r) => [r.key, r.value === 1]));
    return { activated: flags.get('activated') ?? true, inArrears: flags.get('inArrears') ?? false };
  }

  setAccount(flags: Partial<AccountFlags>): AccountFlags {
    this.#memo.delete('account');
    if (flags.activated !== undefined) this.#setAccountFlag.run('activated', flags.activated ? 1 : 0);
    if (flags.inArrears !== undefined) this.#setAccountFlag.run('inArrears', flags.inArrears ? 1 : 0);
    return this.getAccount();
  }

  findSubAccount(id: string): SubAccountRow | undefined {
    return this.#remember(`group:${id}`, () => {
      const row = this.#findSubAccount.get(id) as Record<string, SqlValue> | undefined;
      return row && toSubAccount(row);
    }) as SubAccountRow | undefined;
  }

  findSignature(text: string): SignatureRow | undefined {
    return this.#remember(`signature:${text}`, () => {
      const row = this.#findSignature.get(text) as Record<string, SqlValue> | undefined;
      return row && toSignature(row);
    }) as SignatureRow | undefined;
  }

  findTemplate(id: string): TemplateRow | undefined {
    return this.#remember(`template:${id}`, () => {
      const row = this.#findTemplate.get(id) as Record<string, SqlValue> | undefined;
      return row && toTemplate(row);
    }) as TemplateRow | undefined;
  }

  /** Memoises a read; misses are remembered too (a typo'd id is as common as a right one). */
  #remember(key: string, read: () => unknown): unknown {
    if (this.#memo.has(key)) return this.#memo.get(key);
    // Bounded: ids come from callers, and a flood of distinct wrong ones must not grow memory.
    if (this.#memo.size >= 10_000) this.#memo.clear();
    const value = read();
    this.#memo.set(key, value);
    return value;
  }

  listSubAccounts(): SubAccountRow[] {
    const rows = this.#db
      .prepare(
        'SELECT id, name, status, channel_types AS channelTypes, created_at AS createdAt FROM sub_accounts ORDER BY id',
      )
      .all() as Array<Record<string, SqlValue>>;
    return rows.map(toSubAccount);
  }

  listSignatures(): SignatureRow[] {
    const rows = this.#db
      .prepare(
        'SELECT text, status, source, sub_accounts AS subAccounts, created_at AS createdAt FROM signatures ORDER BY rowid',
      )
      .all() as Array<Record<string, SqlValue>>;
    return rows.map(toSignature);
  }

  listTemplates(): TemplateRow[] {
    const rows = this.#db
      .prepare(
        `SELECT id, name, channel_type AS channelType, content, status, signatures, sub_accounts AS subAccounts,
          created_at AS createdAt FROM templates ORDER BY id`,
      )
      .all() as Array<Record<string, SqlValue>>;
    return rows.map(toTemplate);
  }

  /** Records all messages of one accepted request atomically: they are all kept or none is. */
  insertMessages(messages: readonly MessageRow[]): void {
    const insertAll = () => {
      for (const m of messages) {
        this.#insertMessage.run(
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
    if (messages.length === 1) insertAll();
    else this.#transaction(insertAll);
  }

  /** Messages matching the filter, newest first, one page of them, and how many match in all. */
  queryMessages(
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
  allMessages(filter: MessageFilter): MessageRow[] {
    const { where, params } = whereClause(filter);
    return this.#db
      .prepare(`SELECT ${MESSAGE_COLUMNS} FROM messages ${where} ORDER BY send_time_ms, seq`)
      .all(...params) as unknown as MessageRow[];
  }

  close(): void {
    if (this.#db.isOpen) this.#db.close();
  }

  #transaction(work: () => void): void {
    this.#db.exec('BEGIN');
    try {
      work();
      this.#db.exec('COMMIT');
    } catch (error) {
      this.#db.exec('ROLLBACK');
      throw error;
    }
  }
}
