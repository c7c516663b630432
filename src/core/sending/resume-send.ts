import { SmsInputError, type SmsError } from '../errors/errors.ts';
import type { RecipientStatus, SendSmsOutcome, SmsClient } from '../types.ts';
import { DEFAULT_SEND_QPS } from './delivery-plan.ts';
import { chunkSenderFor, runChunks, type DirectSendOptions } from './direct-send.ts';
import { findInSendLog, type UnsettledNumber } from './journal-reconcile.ts';
import { createPacer } from './pace.ts';
import { maskPhone } from './phone.ts';
import { outcomeFrom, statusCounts } from './send-chunks.ts';
import { chunk } from './send-plan.ts';
import {
  JOURNAL_VERSION,
  type JournaledSend,
  type JournalRecord,
  type SendJournalStore,
} from './send-journal.ts';

/**
 * Resumes a journaled direct send after a crash or a kill: numbers never attempted are sent; numbers
 * whose chunk had no answer are looked up in the send log first, and resent only when the caller says
 * so (`resendUnknown`) and the log has no trace of them. Every number gets its final state.
 */

/** How a number reached its state. */
export type ResumeSource =
  /** The journal holds its answer from before. */
  | 'journal'
  /** Its chunk had no answer; the send log shows it. */
  | 'send-log'
  /** Never attempted before; sent now. */
  | 'resumed'
  /** Unknown and not in the send log; sent again as asked (`resendUnknown`). */
  | 'resent'
  /** Unknown and not in the send log; left alone (it may still have gone out). */
  | 'not-in-log';

export interface ResumedNumber {
  mobile: string;
  masked: string;
  status: RecipientStatus;
  source: ResumeSource;
  messageId?: string | undefined;
  /** The API or error code of a failed or unknown answer. */
  code?: string | undefined;
  /** For numbers sent now and not sent: the error itself, with its hint. */
  error?: SmsError | undefined;
}

export interface ResumeReport {
  send: JournaledSend;
  /** One per number of the send, in its order. */
  numbers: ResumedNumber[];
  sentCount: number;
  failedCount: number;
  unknownCount: number;
  /** What the resume itself sent (undefined when it sent nothing). */
  outcome?: SendSmsOutcome | undefined;
}

export interface ResumeOptions extends DirectSendOptions {
  /** Resend the numbers whose outcome stays unknown after the send log was read. @default false */
  resendUnknown?: boolean | undefined;
}

interface NumberState {
  status: RecipientStatus | 'pending';
  source: ResumeSource;
  since: number;
  messageId?: string | undefined;
  code?: string | undefined;
}

/** Each number's state as the journal leaves it, the send, and the next free chunk number. */
export function journalState(records: readonly JournalRecord[]): {
  send: JournaledSend;
  numbers: Map<string, NumberState>;
  nextChunk: number;
} {
  const start = records[0];
  if (start?.type !== 'start' || start.version !== JOURNAL_VERSION) {
    const message = 'is not a journal this version of volc-sms wrote';
    throw new SmsInputError(`journal: ${message}`, [{ field: 'journal', message }]);
  }
  const numbers = new Map<string, NumberState>(
    start.send.mobiles.map((mobile) => [mobile, { status: 'pending', source: 'journal', since: start.at }]),
  );
  let nextChunk = 0;
  for (const record of records.slice(1)) {
    if (record.type === 'intent') {
      nextChunk = Math.max(nextChunk, record.chunk + 1);
      for (const mobile of record.mobiles)
        numbers.set(mobile, { status: 'unknown', source: 'journal', since: record.at });
    } else if (record.type === 'result') {
      for (const r of record.results) {
        const before = numbers.get(r.mobile);
        numbers.set(r.mobile, {
          status: r.status,
          source: before?.source ?? 'journal',
          since: before?.since ?? record.at,
          messageId: r.messageId,
          code: r.code,
        });
      }
    } else if (record.type === 'reconciled') {
      for (const r of record.results) {
        const before = numbers.get(r.mobile);
        if (before?.status !== 'unknown') continue;
        numbers.set(
          r.mobile,
          r.found
            ? { status: 'sent', source: 'send-log', since: before.since, messageId: r.messageId }
            : { ...before, source: 'not-in-log' },
        );
      }
    }
  }
  return { send: start.send, numbers, nextChunk };
}

/** Chunks for the numbers to send: equal values together when the send was planned that way. */
function chunksOf(send: JournaledSend, mobiles: readonly string[]): string[][] {
  if (send.kind === 'sms' || send.groupByParams !== true) return chunk(mobiles);
  const params = new Map(send.mobiles.map((mobile, i) => [mobile, send.params?.[i] ?? '']));
  const groups = new Map<string, string[]>();
  for (const mobile of mobiles) {
    const key = params.get(mobile) ?? '';
    const group = groups.get(key);
    if (group) group.push(mobile);
    else groups.set(key, [mobile]);
  }
  return [...groups.values()].flatMap((group) => chunk(group));
}

export async function resumeDirectSend(
  client: Pick<SmsClient, 'sendSms' | 'sendBatchSms' | 'listSendLogs'>,
  journal: SendJournalStore,
  options: ResumeOptions = {},
): Promise<ResumeReport> {
  const { send, numbers, nextChunk } = journalState(await journal.read());
  const pacer = createPacer(options.qps ?? DEFAULT_SEND_QPS);
  const unsettled: UnsettledNumber[] = [];
  const knownMessageIds = new Set<string>();
  for (const [mobile, state] of numbers) {
    if (state.status === 'unknown')
      unsettled.push({ mobile, since: state.since, messageId: state.messageId });
    if (state.messageId !== undefined && state.status === 'sent') knownMessageIds.add(state.messageId);
  }
  if (unsettled.length > 0) {
    const now = Date.now();
    const matches = await findInSendLog(client, send, unsettled, {
      pacer,
      now,
      knownMessageIds,
      signal: options.signal,
    });
    const results = unsettled.map(({ mobile }) => ({ mobile, ...(matches.get(mobile) ?? { found: false }) }));
    await journal.append({ type: 'reconciled', at: now, results });
    for (const r of results) {
      const before = numbers.get(r.mobile) as NumberState;
      numbers.set(
        r.mobile,
        r.found
          ? { status: 'sent', source: 'send-log', since: before.since, messageId: r.messageId }
          : { ...before, source: 'not-in-log' },
      );
    }
  }
  const toSend = send.mobiles.filter((mobile) => {
    const state = numbers.get(mobile) as NumberState;
    return state.status === 'pending' || (options.resendUnknown === true && state.status === 'unknown');
  });
  let outcome: SendSmsOutcome | undefined;
  const sentNow = new Map<string, SendSmsOutcome['recipients'][number]>();
  if (toSend.length > 0) {
    const chunks = chunksOf(send, toSend);
    const outcomes = await runChunks(chunkSenderFor(client, send), chunks, {
      ...options,
      journal,
      pacer,
      firstChunk: nextChunk,
    });
    const recipients = outcomes.flatMap((o) => o.recipients);
    for (const r of recipients) sentNow.set(r.mobile, r);
    outcome = outcomeFrom(
      { mobiles: toSend, duplicates: [], chunks },
      recipients,
      outcomes.flatMap((o) => o.raw),
    );
  }
  const report: ResumedNumber[] = send.mobiles.map((mobile) => {
    const state = numbers.get(mobile) as NumberState;
    const now = sentNow.get(mobile);
    const masked = maskPhone(mobile);
    if (now !== undefined) {
      return {
        mobile,
        masked,
        status: now.status,
        source: state.status === 'pending' ? 'resumed' : 'resent',
        messageId: now.messageId,
        error: now.error,
      };
    }
    return {
      mobile,
      masked,
      // Pending only when the resume was aborted before reaching it: still unsent.
      status: state.status === 'pending' ? 'failed' : state.status,
      source: state.source,
      messageId: state.messageId,
      code: state.status === 'pending' ? 'aborted' : state.code,
    };
  });
  return { send, numbers: report, ...statusCounts(report), outcome };
}
