import { maskPhone, parseWindow, SmsInputError } from '../../core/index.ts';
import { computeSendStats } from '../actions/send-stats.ts';
import type { FaultRegistry } from '../faults.ts';
import { normaliseMobile } from '../phone-numbers.ts';
import { toReceivedMessage, type ReceivedMessage } from '../received-message.ts';
import type { SandboxClock } from '../sandbox-admin.ts';
import type { SandboxStore } from '../store.ts';
import type { MessageFilter } from '../store-tables.ts';

/**
 * The admin reads the inbox page is built on (and that tests and scripts can call the same way): the
 * phones, the send log and stats of a recent window with the page's filters, and clearing one fault. Served under /_sandbox/ by inbox-http.ts.
 */

export interface PhoneSummary {
  /** The full number (the page masks it unless asked not to). */
  mobile: string;
  maskedMobile: string;
  count: number;
  lastMessage: ReceivedMessage;
}

export interface Paging {
  /** 1-based. @default 1 */
  page?: number | undefined;
  /** @default 50, at most 200 */
  pageSize?: number | undefined;
}

export interface LogFilter {
  /** How far back: 1h, 24h, 7d... (ending at the sandbox's now). @default '1h' */
  since?: string | undefined;
  subAccount?: string | undefined;
  signature?: string | undefined;
  templateId?: string | undefined;
  mobile?: string | undefined;
  messageId?: string | undefined;
}

export interface InboxReads {
  /** Every number that received something, the most recent first. */
  phones(query?: Paging): { total: number; page: number; pageSize: number; phones: PhoneSummary[] };
  /** The send log of the window, newest first. */
  sendLog(query?: LogFilter & Paging): {
    total: number;
    page: number;
    pageSize: number;
    fromMs: number;
    toMs: number;
    messages: ReceivedMessage[];
  };
  /** The send statistics of the window (the agent API's ListTotalSendCountStat result). */
  stats(query?: LogFilter): ReturnType<typeof computeSendStats> & { fromMs: number; toMs: number };
  /** Clears one active fault by id. */
  removeFault(id: number): void;
}

const MAX_PAGE_SIZE = 200;

export function createInboxReads(parts: {
  store: SandboxStore;
  faults: FaultRegistry;
  clock: SandboxClock;
}): InboxReads {
  const { store, faults, clock } = parts;

  function window(query: LogFilter): { filter: MessageFilter; fromMs: number; toMs: number } {
    const nowMs = clock.now();
    const { startTime, endTime } = parseWindow(query.since ?? '1h', { now: nowMs, field: 'since' });
    const fromMs = startTime * 1000;
    const toMs = endTime * 1000 + 999;
    const mobile = query.mobile?.trim() || undefined;
    return {
      fromMs,
      toMs,
      filter: {
        fromMs,
        toMs,
        subAccount: query.subAccount || undefined,
        signature: query.signature || undefined,
        templateId: query.templateId || undefined,
        messageId: query.messageId?.trim() || undefined,
        mobile: mobile === undefined ? undefined : (normaliseMobile(mobile) ?? mobile),
      },
    };
  }

  return {
    phones(query = {}) {
      const { page, pageSize } = paging(query);
      const { total, rows } = store.inbox.phones({ offset: (page - 1) * pageSize, limit: pageSize });
      const now = clock.now();
      const phones = rows.map((row) => ({
        mobile: row.mobile,
        maskedMobile: maskPhone(row.mobile),
        count: row.count,
        lastMessage: toReceivedMessage(row.last, now),
      }));
      return { total, page, pageSize, phones };
    },
    sendLog(query = {}) {
      const { page, pageSize } = paging(query);
      const { filter, fromMs, toMs } = window(query);
      const { total, rows } = store.queryMessages(filter, { offset: (page - 1) * pageSize, limit: pageSize });
      const now = clock.now();
      const messages = rows.map((row) => toReceivedMessage(row, now));
      return { total, page, pageSize, fromMs, toMs, messages };
    },
    stats(query = {}) {
      const { filter, fromMs, toMs } = window(query);
      const stats = computeSendStats(
        {
          startTime: Math.floor(fromMs / 1000),
          endTime: Math.floor(toMs / 1000),
          subAccount: filter.subAccount,
          signatures: filter.signature === undefined ? undefined : [filter.signature],
          templateIds: filter.templateId === undefined ? undefined : [filter.templateId],
          mobile: filter.mobile,
          messageId: filter.messageId,
        },
        { store, nowMs: clock.now() },
      );
      return { ...stats, fromMs, toMs };
    },
    removeFault(id) {
      if (!faults.remove(id)) {
        throw new SmsInputError(
          `No active fault has id ${id}.`,
          [{ field: 'id', message: 'no such fault' }],
          {
            hint: 'GET /_sandbox/faults lists the active faults and their ids.',
          },
        );
      }
    },
  };
}

function paging(query: Paging): { page: number; pageSize: number } {
  const page = query.page ?? 1;
  const pageSize = query.pageSize ?? 50;
  if (!Number.isInteger(page) || page < 1) throw pagingError('page', 'must be a whole number from 1');
  if (!Number.isInteger(pageSize) || pageSize < 1 || pageSize > MAX_PAGE_SIZE) {
    throw pagingError('pageSize', `must be a whole number from 1 to ${MAX_PAGE_SIZE}`);
  }
  return { page, pageSize };
}

function pagingError(field: string, message: string): SmsInputError {
  return new SmsInputError(`Invalid ${field}: ${message}.`, [{ field, message }]);
}
