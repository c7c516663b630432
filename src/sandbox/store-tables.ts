/** Configuration tables of older sandbox versions lacked `extra`; they are rebuilt from the seed anyway. */
export const CONFIG_TABLES = ['sub_accounts', 'signatures', 'templates'] as const;

/**
 * The sandbox's SQLite tables (DDL), the records read from their rows, and the message filter's SQL.
 * The store itself (store.ts) holds the statements that read and change them.
 */

export type GroupStatus = 'approved' | 'reviewing' | 'rejected';
export type PlannedOutcome = 'delivered' | 'failed' | 'no-receipt';

/** The billing industry of one channel type in a group (GetSubAccountDetail's channelTypeToIndustryConfig). */
export interface IndustryConfig {
  channelType: string;
  industry: string;
  industryCn: string;
}

export interface SubAccountRow {
  id: string;
  name: string;
  status: GroupStatus;
  channelTypes: string[];
  createdAt: number;
  industries: IndustryConfig[];
}

/** What a V2 application (or a seed) adds to a signature; every field optional. */
export interface SignatureExtra {
  /** Set when the signature came from ApplySmsSignatureV2 (its `applyId`). */
  applyId?: string;
  /** Channels applied for; when absent, the channels of the signature's groups. */
  channelTypes?: string[];
  identificationId?: number;
  purpose?: number;
  desc?: string;
  domain?: string;
  scene?: string;
  projectName?: string;
  appIcp?: { appIcpFilling: string };
  trademark?: { trademarkCn?: string; trademarkEn?: string; trademarkNumber?: string };
  /** The reviewer's words on an approval or rejection. */
  auditOpinion?: string;
  updatedAt?: number;
}

export interface SignatureRow {
  text: string;
  status: number;
  source: string;
  subAccounts: string[];
  createdAt: number;
  extra: SignatureExtra;
  /** Epoch ms at which an application under review is approved by --auto-review; null = never. */
  reviewDueMs: number | null;
}

export interface TemplateExtra {
  /** Set when the template came from ApplySmsTemplateV2. */
  applied?: boolean;
  /** Prefix of the V2 second-template ids (one per signature); default derived from the id. */
  secondTemplateId?: string;
  area?: string;
  project?: string;
  desc?: string;
  shortUrlConfig?: Record<string, unknown>;
  auditOpinion?: string;
  updatedAt?: number;
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
  extra: TemplateExtra;
  reviewDueMs: number | null;
}

/** A signature qualification (GetSignatureIdentificationList): only customer-visible fields are kept. */
export interface QualificationRow {
  id: number;
  purpose: number;
  materialName: string;
  businessCertificateName: string;
  effectSignatures: string[];
  auditStatus: number;
  auditOpinion: string;
  auditedAt: number;
  usable: boolean;
  isOrder: boolean;
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
  id TEXT PRIMARY KEY, name TEXT NOT NULL, status TEXT NOT NULL, channel_types TEXT NOT NULL, created_at INTEGER NOT NULL,
  extra TEXT NOT NULL);
CREATE TABLE IF NOT EXISTS signatures (
  text TEXT PRIMARY KEY, status INTEGER NOT NULL, source TEXT NOT NULL, sub_accounts TEXT NOT NULL, created_at INTEGER NOT NULL,
  extra TEXT NOT NULL, review_due_ms INTEGER);
CREATE TABLE IF NOT EXISTS templates (
  id TEXT PRIMARY KEY, name TEXT NOT NULL, channel_type TEXT NOT NULL, content TEXT NOT NULL, status INTEGER NOT NULL,
  signatures TEXT NOT NULL, sub_accounts TEXT NOT NULL, created_at INTEGER NOT NULL, extra TEXT NOT NULL,
  review_due_ms INTEGER);
CREATE TABLE IF NOT EXISTS qualifications (id INTEGER PRIMARY KEY, data TEXT NOT NULL);
CREATE TABLE IF NOT EXISTS account (key TEXT PRIMARY KEY, value INTEGER NOT NULL);
CREATE TABLE IF NOT EXISTS messages (
  seq INTEGER PRIMARY KEY,
  message_id TEXT NOT NULL UNIQUE, api TEXT NOT NULL, request_id TEXT NOT NULL,
  sub_account TEXT NOT NULL, signature TEXT NOT NULL, template_id TEXT NOT NULL, channel_type TEXT NOT NULL,
  mobile TEXT NOT NULL, content TEXT NOT NULL, segments INTEGER NOT NULL,
  send_time_ms INTEGER NOT NULL, receipt_due_ms INTEGER, outcome TEXT NOT NULL,
  error_code TEXT NOT NULL, error_message TEXT NOT NULL);
CREATE INDEX IF NOT EXISTS messages_by_time ON messages (send_time_ms);
-- By number: the inbox's (mobile, seq) index serves it; the single-column one cost every insert.
DROP INDEX IF EXISTS messages_by_mobile;
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
const parseObject = (value: SqlValue | undefined): Record<string, unknown> =>
  value === null || value === undefined ? {} : (JSON.parse(String(value)) as Record<string, unknown>);

export function toSubAccount(row: Record<string, SqlValue>): SubAccountRow {
  return {
    id: String(row.id),
    name: String(row.name),
    status: row.status as GroupStatus,
    channelTypes: parseList(row.channelTypes ?? '[]'),
    createdAt: Number(row.createdAt),
    industries: (parseObject(row.extra).industries as IndustryConfig[] | undefined) ?? [],
  };
}

export function toSignature(row: Record<string, SqlValue>): SignatureRow {
  return {
    text: String(row.text),
    status: Number(row.status),
    source: String(row.source),
    subAccounts: parseList(row.subAccounts ?? '[]'),
    createdAt: Number(row.createdAt),
    extra: parseObject(row.extra) as SignatureExtra,
    reviewDueMs: row.reviewDueMs === null || row.reviewDueMs === undefined ? null : Number(row.reviewDueMs),
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
    extra: parseObject(row.extra) as TemplateExtra,
    reviewDueMs: row.reviewDueMs === null || row.reviewDueMs === undefined ? null : Number(row.reviewDueMs),
  };
}

/** Column lists of the configuration reads, shared by the point and list statements. */
export const GROUP_COLUMNS =
  'id, name, status, channel_types AS channelTypes, created_at AS createdAt, extra';
export const SIGNATURE_COLUMNS =
  'text, status, source, sub_accounts AS subAccounts, created_at AS createdAt, extra, review_due_ms AS reviewDueMs';
export const TEMPLATE_COLUMNS = `id, name, channel_type AS channelType, content, status, signatures,
  sub_accounts AS subAccounts, created_at AS createdAt, extra, review_due_ms AS reviewDueMs`;
