import { randomBytes } from 'node:crypto';
import type { PreparedSend } from './send-planner.ts';

/**
 * The Slack app's SQLite tables (DDL) and the records read from their rows. The rules that use them (one
 * statement per exactly-once decision) live in store.ts.
 */

export interface AuditEntry {
  at: number;
  userId: string;
  channelId: string;
  command: string;
  /** The command text with numbers masked. */
  detail: string;
  /** Masked numbers and group names. */
  recipients?: string[] | undefined;
  templateId?: string | undefined;
  messageIds?: string[] | undefined;
  outcome: string;
}

/** `interrupted`: still `sending` long after its claim (the app stopped mid-send); its outcome is unknown. */
export type PendingSendState = 'pending' | 'sending' | 'sent' | 'cancelled' | 'interrupted';

/** A prepared send awaiting its confirmation; its full `mobiles` are erased once the send is done. */
export interface PendingSend extends PreparedSend {
  id: string;
  createdAt: number;
  expiresAt: number;
  userId: string;
  channelId: string;
  state: PendingSendState;
  /** JSON written after the send (per-recipient results); never holds full numbers. */
  result?: unknown;
}

export interface Schedule {
  id: string;
  createdAt: number;
  createdBy: string;
  channelId: string;
  cron: string;
  /** How a person wrote it (`daily 09:00`). */
  label: string;
  timezone: string;
  window: string;
  filters: Record<string, string>;
  /** Epoch ms of the next slot not yet handled. */
  nextRunAt: number;
}

export type ClaimResult =
  { claimed: true; send: PendingSend } | { claimed: false; reason: 'missing' | 'expired' | PendingSendState };

export const SCHEMA = `
PRAGMA journal_mode = WAL;
PRAGMA busy_timeout = 5000;
CREATE TABLE IF NOT EXISTS audit (
  id INTEGER PRIMARY KEY AUTOINCREMENT,
  at INTEGER NOT NULL,
  user_id TEXT NOT NULL,
  channel_id TEXT NOT NULL,
  command TEXT NOT NULL,
  detail TEXT NOT NULL,
  recipients TEXT,
  template_id TEXT,
  message_ids TEXT,
  outcome TEXT NOT NULL
);
CREATE TABLE IF NOT EXISTS pending_sends (
  id TEXT PRIMARY KEY,
  created_at INTEGER NOT NULL,
  expires_at INTEGER NOT NULL,
  user_id TEXT NOT NULL,
  channel_id TEXT NOT NULL,
  sub_account TEXT NOT NULL,
  signature TEXT NOT NULL,
  template_id TEXT NOT NULL,
  params TEXT NOT NULL,
  mobiles TEXT NOT NULL,
  masked TEXT NOT NULL,
  groups TEXT NOT NULL,
  rendered TEXT NOT NULL,
  state TEXT NOT NULL,
  claimed_at INTEGER,
  result TEXT
);
CREATE TABLE IF NOT EXISTS schedules (
  id TEXT PRIMARY KEY,
  created_at INTEGER NOT NULL,
  created_by TEXT NOT NULL,
  channel_id TEXT NOT NULL,
  cron TEXT NOT NULL,
  label TEXT NOT NULL,
  timezone TEXT NOT NULL,
  window TEXT NOT NULL,
  filters TEXT NOT NULL,
  next_run_at INTEGER NOT NULL
);
CREATE TABLE IF NOT EXISTS schedule_runs (
  schedule_id TEXT NOT NULL,
  slot_at INTEGER NOT NULL,
  claimed_at INTEGER NOT NULL,
  outcome TEXT,
  PRIMARY KEY (schedule_id, slot_at)
);
CREATE TABLE IF NOT EXISTS usage (
  user_id TEXT NOT NULL,
  command TEXT NOT NULL,
  at INTEGER NOT NULL
);
CREATE INDEX IF NOT EXISTS usage_by_user ON usage (user_id, command, at);
`;

export type Row = Record<string, unknown>;

export function newId(prefix: string): string {
  return `${prefix}_${randomBytes(6).toString('hex')}`;
}

export function auditFromRow(row: Row): AuditEntry {
  return {
    at: Number(row.at),
    userId: String(row.user_id),
    channelId: String(row.channel_id),
    command: String(row.command),
    detail: String(row.detail),
    recipients: row.recipients === null ? undefined : (JSON.parse(String(row.recipients)) as string[]),
    templateId: row.template_id === null ? undefined : String(row.template_id),
    messageIds: row.message_ids === null ? undefined : (JSON.parse(String(row.message_ids)) as string[]),
    outcome: String(row.outcome),
  };
}

export function pendingFromRow(row: Row): PendingSend {
  return {
    id: String(row.id),
    createdAt: Number(row.created_at),
    expiresAt: Number(row.expires_at),
    userId: String(row.user_id),
    channelId: String(row.channel_id),
    subAccount: String(row.sub_account),
    signature: String(row.signature),
    templateId: String(row.template_id),
    params: JSON.parse(String(row.params)) as Record<string, string>,
    mobiles: JSON.parse(String(row.mobiles)) as string[],
    masked: JSON.parse(String(row.masked)) as string[],
    groups: JSON.parse(String(row.groups)) as string[],
    rendered: String(row.rendered),
    state: String(row.state) as PendingSendState,
    ...(row.result === null || row.result === undefined
      ? {}
      : { result: JSON.parse(String(row.result)) as unknown }),
  };
}

export function scheduleFromRow(row: Row): Schedule {
  return {
    id: String(row.id),
    createdAt: Number(row.created_at),
    createdBy: String(row.created_by),
    channelId: String(row.channel_id),
    cron: String(row.cron),
    label: String(row.label),
    timezone: String(row.timezone),
    window: String(row.window),
    filters: JSON.parse(String(row.filters)) as Record<string, string>,
    nextRunAt: Number(row.next_run_at),
  };
}
