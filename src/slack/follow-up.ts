import { waitForReceipts, type ReceiptStatus, type SmsClient } from '../core/index.ts';
import type { SlackMessage } from './blocks.ts';
import { sendResultMessage, type ReceiptState, type RecipientLine } from './send-messages.ts';
import type { SlackStore } from './store.ts';
import type { PendingSend } from './store-tables.ts';
import type { Tuning } from './tuning.ts';

/**
 * What happens after a send: its receipts are polled and shown. The replica that sent owns the follow-up
 * through a lease it renews; when it stops it hands the lease back, and when it dies the lease runs out.
 * Either way another replica (or this one after a restart) takes the follow-up over and finishes it, from
 * the stored per-recipient lines. A follow-up only reads: nothing is ever resent.
 */

export interface FollowUpDeps {
  sms: SmsClient;
  store: SlackStore;
  tuning: Tuning;
  now: () => number;
  sleep: (ms: number, signal?: AbortSignal) => Promise<void>;
  log: (line: string) => void;
  /** Aborted when the app stops: polling ends early and the lease is handed back. */
  signal: AbortSignal;
  /** This replica's id, the owner of the leases it takes. */
  owner: string;
}

/** A lease for this replica from now on, as every claim and take-over in the store takes it. */
export const leaseFromNow = (deps: Pick<FollowUpDeps, 'now' | 'owner' | 'tuning'>) => ({
  now: deps.now(),
  owner: deps.owner,
  leaseMs: deps.tuning.leaseMs,
});

/** Writes to the message the button is on (`replace: true`) or adds an ephemeral note under it. */
export type Reply = (message: SlackMessage, options: { replace: boolean }) => Promise<void>;

interface SendResult {
  /** Epoch seconds. */
  sentAt: number;
  lines: RecipientLine[];
}

/**
 * Renews this replica's lease on a send (or, with `renew`, on another leased row such as a batch task's
 * follow-up) every third of its length, until stopped.
 */
export function holdLease(
  id: string,
  deps: Pick<FollowUpDeps, 'store' | 'tuning' | 'now' | 'log' | 'owner'>,
  renew: (id: string, owner: string, until: number) => Promise<boolean> = (...args) =>
    deps.store.renewLease(...args),
): {
  stop(): void;
} {
  const timer = setInterval(
    () => {
      renew(id, deps.owner, deps.now() + deps.tuning.leaseMs).then(
        (held) => {
          if (!held) deps.log(`warn: ${id} is no longer owned by this replica (its lease ran out)`);
        },
        (err: unknown) => deps.log(`warn: could not renew the lease on ${id}: ${(err as Error).message}`),
      );
    },
    Math.max(50, Math.floor(deps.tuning.leaseMs / 3)),
  );
  timer.unref();
  return { stop: () => clearInterval(timer) };
}

/**
 * Polls the receipts of a sent send (whose lease this replica holds) and shows the final result. Stopped
 * early by the app stopping, it hands the lease back so the follow-up continues elsewhere.
 */
export async function followUpReceipts(
  send: PendingSend,
  reply: Reply,
  deps: FollowUpDeps,
  attempts = deps.tuning.receiptPollAttempts,
): Promise<void> {
  const { sentAt, lines } = send.result as SendResult;
  const withReceipts = await pollReceipts(lines, send, sentAt, attempts, deps);
  if (deps.signal.aborted) {
    await deps.store
      .releaseLease(send.id, deps.owner)
      .catch((err: unknown) =>
        deps.log(`warn: could not hand back send ${send.id}: ${(err as Error).message}`),
      );
    return;
  }
  await deps.store.finishFollowUp(send.id, deps.owner, { sentAt, lines: withReceipts });
  const view = { templateId: send.templateId, rendered: send.rendered, requestedBy: send.userId };
  await reply(sendResultMessage({ ...view, recipients: withReceipts, final: true }), { replace: true });
}

const RECEIPT: Record<ReceiptStatus, ReceiptState> = {
  delivered: 'delivered',
  failed: 'failed',
  pending: 'awaiting',
};

/**
 * The lines with receipts filled in, by the core's poller: one send-log read per poll (a window query by
 * group and template, matched by message id, at most 5 pages), `attempts` polls `receiptPollMs` apart, until
 * every sent message has a final receipt. A failed read is logged and the next poll tries again.
 */
async function pollReceipts(
  lines: readonly RecipientLine[],
  send: PendingSend,
  sentAt: number,
  attempts: number,
  deps: FollowUpDeps,
): Promise<RecipientLine[]> {
  const ids = lines.flatMap((line) =>
    line.status === 'sent' && line.messageId !== undefined ? [line.messageId] : [],
  );
  const { receipts } = await waitForReceipts(
    {
      client: deps.sms,
      now: deps.now,
      sleep: deps.sleep,
      signal: deps.signal,
      onReadError: (err, attempt) =>
        deps.log(`warn: receipt poll ${attempt}/${attempts} failed: ${(err as Error).message}`),
    },
    { subAccount: send.subAccount, templateId: send.templateId, sentAt },
    ids,
    { pauseMs: deps.tuning.receiptPollMs, attempts, onReadError: 'retry', maxPages: 5 },
  );
  return lines.map((line) => {
    const receipt = line.messageId === undefined ? undefined : receipts.get(line.messageId);
    if (receipt === undefined || line.status !== 'sent') return { ...line };
    return {
      ...line,
      receipt: RECEIPT[receipt.status],
      receiptCode: receipt.errorCode,
      receiptMessage: receipt.errorMessage,
    };
  });
}

/**
 * Takes over every follow-up whose owner's lease ran out and finishes each, polling only for what is left
 * of the original polling window (at least once). Returns how many were taken.
 */
export async function takeOverFollowUps(
  deps: FollowUpDeps,
  replyTo: (responseUrl: string | undefined) => Reply,
  track: (work: Promise<unknown>) => void,
): Promise<number> {
  const sends = await deps.store.takeOverFollowUps(leaseFromNow(deps));
  for (const send of sends) {
    deps.log(`info: took over the receipt follow-up of send ${send.id} (its previous owner stopped)`);
    const { sentAt } = send.result as SendResult;
    const windowEnd = sentAt * 1000 + deps.tuning.receiptPollMs * deps.tuning.receiptPollAttempts;
    const attempts = Math.max(1, Math.ceil((windowEnd - deps.now()) / deps.tuning.receiptPollMs));
    const lease = holdLease(send.id, deps);
    track(
      followUpReceipts(send, replyTo(send.responseUrl), deps, attempts)
        .catch((err: unknown) =>
          deps.log(`warn: the follow-up of send ${send.id} failed: ${(err as Error).message}`),
        )
        .finally(() => lease.stop()),
    );
  }
  return sends.length;
}
