import { sendAuditFields } from './audit-detail.ts';
import { notice, type SlackMessage } from './blocks.ts';
import type { SlackStore } from './store.ts';
import type { PendingSend } from './store-tables.ts';

/**
 * Sends cut short by a stopped replica: claimed, so never resent, but nobody was told how they ended. Once
 * the owner's lease has run out, each is marked interrupted once, by one replica (see
 * SlackStore.takeInterruptedSends), written to the audit log, and announced in the channel it was requested
 * from, with masked numbers only.
 */

export interface InterruptedSendDeps {
  store: SlackStore;
  now: () => number;
  log: (line: string) => void;
  post: (channelId: string, message: SlackMessage) => Promise<void>;
}

const SHOWN_NUMBERS = 10;

function interruptedMessage(send: PendingSend): SlackMessage {
  const shown = send.masked.slice(0, SHOWN_NUMBERS).join(', ');
  const more = send.masked.length > SHOWN_NUMBERS ? `, … ${send.masked.length - SHOWN_NUMBERS} more` : '';
  const text =
    `:warning: A send by <@${send.userId}> was interrupted: the app stopped while sending ${send.templateId} ` +
    `to ${send.masked.length} number(s) (${shown}${more}). Some messages may have gone out; it is not resent. ` +
    `Check \`/sms log\` before sending again.`;
  return notice(text);
}

/** Reports every send whose owner's lease ran out; returns how many. Never throws. */
export async function reportInterruptedSends(deps: InterruptedSendDeps): Promise<number> {
  const now = deps.now();
  let sends: PendingSend[];
  try {
    sends = await deps.store.takeInterruptedSends(now);
  } catch (err) {
    deps.log(`error: could not look for interrupted sends: ${(err as Error).message}`);
    return 0;
  }
  for (const send of sends) {
    // The log line first: it is the record that survives if the database or Slack fails below.
    deps.log(
      `warn: send ${send.id} by ${send.userId} was interrupted (${send.masked.length} number(s)): outcome unknown`,
    );
    try {
      await deps.store.addAudit({
        at: now,
        userId: send.userId,
        channelId: send.channelId,
        command: 'send-interrupted',
        ...sendAuditFields('interrupted', send),
        outcome: 'outcome unknown: the app stopped while sending',
      });
    } catch (err) {
      deps.log(`error: could not audit interrupted send ${send.id}: ${(err as Error).message}`);
    }
    await deps
      .post(send.channelId, interruptedMessage(send))
      .catch((err: unknown) =>
        deps.log(
          `warn: could not announce interrupted send ${send.id} in ${send.channelId}: ${(err as Error).message}`,
        ),
      );
  }
  return sends.length;
}
