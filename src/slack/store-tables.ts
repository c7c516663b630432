import { randomBytes } from 'node:crypto';
import type { PreparedSend } from './send-planner.ts';
import type { Row } from './store-driver.ts';

/**
 * The records the Slack app keeps and how they are read from a row of either backend (PostgreSQL returns
 * BIGINT as a string, hence the Number()s). The tables are in store-migrations.ts; the rules that use them
 * (one statement per exactly-once decision) in store.ts.
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

/** `interrupted`: still `sending` when its owner's lease ran out (the owner stopped mid-send); outcome unknown. */
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
  /** The replica whose lease covers the send in flight or its follow-up. */
  leaseOwner?: string | undefined;
  /** Where the follow-up (receipts) is answered; kept only while one is owed. Never logged. */
  responseUrl?: string | undefined;
  /** A follow-up still owed after the send: 'receipts' (delivery receipts to poll and show). */
  followUp?: 'receipts' | undefined;
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
    ...(row.lease_owner == null ? {} : { leaseOwner: String(row.lease_owner) }),
    ...(row.response_url == null ? {} : { responseUrl: String(row.response_url) }),
    ...(row.follow_up === 'receipts' ? { followUp: 'receipts' as const } : {}),
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
