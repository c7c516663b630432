/**
 * The sandbox's SQLite tables (DDL), the records read from their rows, and the message filter's SQL.
 * The store itself (store.ts) holds the statements that read and change them.
 */

export type GroupStatus = 'approved' | 'reviewing' | 'rejected';
export type PlannedOutcome = 'delivered' | 'failed' | 'no-receipt';

export interface SubAccountRow {
  id: string;
  name: string;
  status: GroupStatus;
  channelTypes: string[];
  createdAt: number;
}

export interface SignatureRow {
  text: string;
  status: number;
  source: string;
  subAccounts: string[];
  createdAt: number;
}

export interface TemplateRow {
  id: string;
  name: string;
  channelType: string;
  content: string;
  status: number;
  signatures: string[];
  subAccounts: string[];
  createdAt: number;
}

export interface MessageRow {
  messageId: string;
  /** Which API generation accepted it: 'agent' or 'classic' (both share one log). */
  api: string;
  requestId: string;
  subAccount: string;
  signature: string;
  templateId: string;
  channelType: string;
  /** Normalised full number; masked whenever it leaves through the API. */
  mobile: string;
  /** Rendered template text, without the 【signature】. */
  content: string;
  segments: number;
  sendTimeMs: number;
  /** When the receipt arrives; null for a message that never gets one. */
  receiptDueMs: number | null;
  outcome: PlannedOutcome;
  errorCode: string;
  errorMessage: string;
}

export interface MessageFilter {
  subAccount?: string | undefined;
  fromMs?: number | undefined;
  toMs?: number | undefined;
  mobile?: string | undefined;
  templateId?: string | undefined;
  signature?: string | undefined;
  messageId?: string | undefined;
  channelType?: string | undefined;
}

export interface AccountFlags {
  activated: boolean;
  inArrears: boolean;
}

export const SCHEMA = `
CREATE TABLE IF NOT EXISTS sub_accounts (
  id TEXT PRIMARY KEY, name TEXT NOT NULL, status TEXT NOT NULL, channel_types TEXT NOT NULL, created_at INTEGER NOT NULL);
CREATE TABLE IF NOT EXISTS signatures (
  text TEXT PRIMARY KEY, status INTEGER NOT NULL, source TEXT NOT NULL, sub_accounts TEXT NOT NULL, created_at INTEGER NOT NULL);
CREATE TABLE IF NOT EXISTS templates (
  id TEXT PRIMARY KEY, name TEXT NOT NULL, channel_type TEXT NOT NULL, content TEXT NOT NULL, status INTEGER NOT NULL,
  signatures TEXT NOT NULL, sub_accounts TEXT NOT NULL, created_at INTEGER NOT NULL);
CREATE TABLE IF NOT EXISTS account (key TEXT PRIMARY KEY, value INTEGER NOT NULL);
CREATE TABLE IF NOT EXISTS messages (
  seq INTEGER PRIMARY KEY,
  message_id TEXT NOT NULL UNIQUE, api TEXT NOT NULL, request_id TEXT NOT NULL,
  sub_account TEXT NOT NULL, signature TEXT NOT NULL, template_id TEXT NOT NULL, channel_type TEXT NOT NULL,
  mobile TEXT NOT NULL, content TEXT NOT NULL, segments INTEGER NOT NULL,
  send_time_ms INTEGER NOT NULL, receipt_due_ms INTEGER, outcome TEXT NOT NULL,
  error_code TEXT NOT NULL, error_message TEXT NOT NULL);
CREATE INDEX IF NOT EXISTS messages_by_time ON messages (send_time_ms);
CREATE INDEX IF NOT EXISTS messages_by_mobile ON messages (mobile);
`;

export const MESSAGE_COLUMNS = `message_id AS messageId, api, request_id AS requestId, sub_account AS subAccount,
  signature, template_id AS templateId, channel_type AS channelType, mobile, content, segments,
  send_time_ms AS sendTimeMs, receipt_due_ms AS receiptDueMs, outcome, error_code AS errorCode,
  error_message AS errorMessage`;

export type SqlValue = string | number | null;

export function whereClause(filter: MessageFilter): { where: string; params: SqlValue[] } {
  const clauses: string[] = [];
  const params: SqlValue[] = [];
  const add = (sql: string, value: SqlValue | undefined) => {
    if (value === undefined) return;
    clauses.push(sql);
    params.push(value);
  };
  add('sub_account = ?', filter.subAccount);
  add('send_time_ms >= ?', filter.fromMs);
  add('send_time_ms <= ?', filter.toMs);
  add('mobile = ?', filter.mobile);
  add('template_id = ?', filter.templateId);
  add('signature = ?', filter.signature);
  add('message_id = ?', filter.messageId);
  add('channel_type = ?', filter.channelType);
  return { where: clauses.length ? `WHERE ${clauses.join(' AND ')}` : '', params };
}

const parseList = (value: SqlValue): string[] => JSON.parse(String(value)) as string[];

export function toSubAccount(row: Record<string, SqlValue>): SubAccountRow {
  return {
    id: String(row.id),
    name: String(row.name),
    status: row.status as GroupStatus,
    channelTypes: parseList(row.channelTypes ?? '[]'),
    createdAt: Number(row.createdAt),
  };
}

export function toSignature(row: Record<string, SqlValue>): SignatureRow {
  return {
    text: String(row.text),
    status: Number(row.status),
    source: String(row.source),
    subAccounts: parseList(row.subAccounts ?? '[]'),
    createdAt: Number(row.createdAt),
  };
}

export function toTemplate(row: Record<string, SqlValue>): TemplateRow {
  return {
    id: String(row.id),
    name: String(row.name),
    channelType: String(row.channelType),
    content: String(row.content),
    status: Number(row.status),
    signatures: parseList(row.signatures ?? '[]'),
    subAccounts: parseList(row.subAccounts ?? '[]'),
    createdAt: Number(row.createdAt),
  };
}
