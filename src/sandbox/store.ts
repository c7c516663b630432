import { DatabaseSync, type SQLInputValue, type StatementSync } from 'node:sqlite';
import { InboxStore } from './inbox/inbox-store.ts';
import { inTransaction, MessageLog } from './message-log.ts';
import type { ParsedSeed } from './seed-schema.ts';
import { seededGroup, seededQualification, seededSignature, seededTemplate } from './seed-records.ts';
import {
  CONFIG_TABLES,
  GROUP_COLUMNS,
  SCHEMA,
  SIGNATURE_COLUMNS,
  TEMPLATE_COLUMNS,
  toSignature,
  toSubAccount,
  toTemplate,
  type AccountFlags,
  type MessageFilter,
  type MessageRow,
  type QualificationRow,
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

/** An insert that updates in place on a key conflict, so a record keeps its position (rowid) in lists. */
export class SandboxStore {
  /** Shared with the tables of the batch engine, uploads and verification codes (one file, one connection). */
  readonly db: DatabaseSync;
  /** Every accepted message (sends and batch tasks alike): the send log and the stats read it. */
  readonly messages: MessageLog;
  readonly #db: DatabaseSync;
  /** Each upserted table's columns, in order, from its DDL. */
  readonly #columns = new Map<string, string[]>();
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
    this.db = this.#db;
    // A file database survives restarts; an in-memory one needs no durability at all.
    this.#db.exec(
      dbPath
        ? 'PRAGMA journal_mode = WAL; PRAGMA synchronous = NORMAL; PRAGMA cache_size = -16384;'
        : 'PRAGMA synchronous = OFF;',
    );
    this.#dropOutdatedConfigTables();
    this.#db.exec(SCHEMA);
    this.inbox = new InboxStore(this.#db);
    this.messages = new MessageLog(this.#db);
    this.#findSubAccount = this.#db.prepare(`SELECT ${GROUP_COLUMNS} FROM sub_accounts WHERE id = ?`);
    this.#findSignature = this.#db.prepare(`SELECT ${SIGNATURE_COLUMNS} FROM signatures WHERE text = ?`);
    this.#findTemplate = this.#db.prepare(`SELECT ${TEMPLATE_COLUMNS} FROM templates WHERE id = ?`);
    this.#getAccountFlags = this.#db.prepare('SELECT key, value FROM account');
    this.#setAccountFlag = this.#db.prepare(
      'INSERT INTO account (key, value) VALUES (?, ?) ON CONFLICT (key) DO UPDATE SET value = excluded.value',
    );
  }

  /** Replaces the configuration and account flags with the seed's; messages are kept unless asked. */
  applySeed(seed: ParsedSeed, nowMs: number, options: { clearMessages: boolean }): void {
    const createdAt = Math.floor(nowMs / 1000);
    this.#memo.clear();
    inTransaction(this.#db, () => {
      this.#db.exec(
        'DELETE FROM sub_accounts; DELETE FROM signatures; DELETE FROM templates; DELETE FROM qualifications;',
      );
      if (options.clearMessages) this.#db.exec('DELETE FROM messages;');
      for (const g of seed.subAccounts) this.putSubAccount(seededGroup(g, createdAt));
      for (const s of seed.signatures) this.putSignature(seededSignature(s, createdAt));
      for (const t of seed.templates) this.putTemplate(seededTemplate(t, createdAt));
      for (const q of seed.qualifications) this.putQualification(seededQualification(q));
      this.setAccount(seed.account);
    });
  }

  /** Adds or replaces a message group (seed, admin API). */
  putSubAccount({ industries, ...g }: SubAccountRow): void {
    this.#upsert('sub_accounts', 'id', { ...g, extra: { industries } });
  }

  /** Adds or replaces a signature (seed, admin API, applications and their review). */
  putSignature(s: SignatureRow): void {
    this.#upsert('signatures', 'text', s);
  }

  putTemplate(t: TemplateRow): void {
    this.#upsert('templates', 'id', t);
  }

  /**
   * Inserts a row, or replaces the one with the same `key`. Each column of the table (its DDL in
   * store-tables.ts is the one list) takes the row's property of the same name in camelCase (`created_at`
   * from `createdAt`), arrays and objects as JSON.
   */
  #upsert(table: string, key: string, row: object): void {
    this.#memo.clear();
    let columns = this.#columns.get(table);
    if (!columns) {
      const info = this.#db.prepare(`PRAGMA table_info(${table})`).all() as Array<{ name: string }>;
      columns = info.map((column) => column.name);
      this.#columns.set(table, columns);
    }
    const values = columns.map((column) => {
      const property = column.replace(/_([a-z])/g, (_, letter: string) => letter.toUpperCase());
      const value = (row as Record<string, unknown>)[property];
      if (value === undefined) throw new Error(`${table}.${column}: the row has no ${property}`);
      return typeof value === 'object' && value !== null ? JSON.stringify(value) : (value as SQLInputValue);
    });
    const updates = columns.filter((c) => c !== key).map((c) => `${c} = excluded.${c}`);
    this.#db
      .prepare(
        `INSERT INTO ${table} (${columns.join(', ')}) VALUES (${columns.map(() => '?').join(', ')})
    ON CONFLICT (${key}) DO UPDATE SET ${updates.join(', ')}`,
      )
      .run(...values);
  }

  putQualification(q: QualificationRow): void {
    this.#db.prepare('INSERT OR REPLACE INTO qualifications VALUES (?, ?)').run(q.id, JSON.stringify(q));
  }

  /** Removes one configuration record; false when there was none. */
  remove(kind: 'subAccount' | 'signature' | 'template' | 'qualification', key: string | number): boolean {
    this.#memo.clear();
    const sql = {
      subAccount: 'DELETE FROM sub_accounts WHERE id = ?',
      signature: 'DELETE FROM signatures WHERE text = ?',
      template: 'DELETE FROM templates WHERE id = ?',
      qualification: 'DELETE FROM qualifications WHERE id = ?',
    }[kind];
    return Number(this.#db.prepare(sql).run(key).changes) > 0;
  }

  listQualifications(): QualificationRow[] {
    const rows = this.#db.prepare('SELECT data FROM qualifications ORDER BY id').all() as Array<{
      data: string;
    }>;
    return rows.map((row) => JSON.parse(row.data) as QualificationRow);
  }

  /** Approves the applications whose --auto-review time has come; how many changed. */
  settleDueReviews(nowMs: number): number {
    let changed = 0;
    for (const table of ['signatures', 'templates']) {
      changed += Number(
        this.#db
          .prepare(
            `UPDATE ${table} SET status = 3, review_due_ms = NULL WHERE review_due_ms IS NOT NULL AND review_due_ms <= ?`,
          )
          .run(nowMs).changes,
      );
    }
    if (changed > 0) this.#memo.clear();
    return changed;
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
    const rows = this.#db.prepare(`SELECT ${GROUP_COLUMNS} FROM sub_accounts ORDER BY id`).all() as Array<
      Record<string, SqlValue>
    >;
    return rows.map(toSubAccount);
  }

  listSignatures(): SignatureRow[] {
    const rows = this.#db
      .prepare(`SELECT ${SIGNATURE_COLUMNS} FROM signatures ORDER BY rowid`)
      .all() as Array<Record<string, SqlValue>>;
    return rows.map(toSignature);
  }

  listTemplates(): TemplateRow[] {
    const rows = this.#db.prepare(`SELECT ${TEMPLATE_COLUMNS} FROM templates ORDER BY id`).all() as Array<
      Record<string, SqlValue>
    >;
    return rows.map(toTemplate);
  }

  /** Records all messages of one accepted request atomically: they are all kept or none is. */
  insertMessages(messages: readonly MessageRow[]): void {
    this.messages.insert(messages);
  }

  /** Messages matching the filter, newest first, one page of them, and how many match in all. */
  queryMessages(filter: MessageFilter, page: { offset: number; limit: number }) {
    return this.messages.query(filter, page);
  }

  /** Every matching message, oldest first (stats and the admin view). */
  allMessages(filter: MessageFilter): MessageRow[] {
    return this.messages.all(filter);
  }

  close(): void {
    if (this.#db.isOpen) this.#db.close();
  }

  #dropOutdatedConfigTables(): void {
    const columns = this.#db.prepare("SELECT name FROM pragma_table_info('signatures')").all() as Array<{
      name: string;
    }>;
    if (columns.length > 0 && !columns.some((c) => c.name === 'extra')) {
      for (const table of CONFIG_TABLES) this.#db.exec(`DROP TABLE IF EXISTS ${table}`);
    }
  }
}
