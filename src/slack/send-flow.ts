import { formatErrorLine, maskPhonesInText, type SendSmsOutcome } from '../core/index.ts';
import type { AccessPolicy } from './access-policy.ts';
import { sendAuditFields } from './audit-detail.ts';
import { notice } from './blocks.ts';
import { followUpReceipts, holdLease, leaseFromNow, type FollowUpDeps, type Reply } from './follow-up.ts';
import type { RecipientLine } from './send-messages.ts';
import { cancelledMessage, sendResultMessage, sendingMessage } from './send-messages.ts';
import type { PendingSend } from './store-tables.ts';

/**
 * The Send and Cancel buttons. A send is keyed by its pending-send id (the button value) and claimed in
 * the database before the API is called, so a double click, a second tab or a retried delivery, on this
 * replica or another, finds it claimed and only says so.
 */

export interface ButtonClick {
  userId: string;
  channelId: string;
  pendingId: string;
  /** Where Slack takes answers to this click; kept for another replica to finish the follow-up. */
  responseUrl?: string | undefined;
}

export type { Reply } from './follow-up.ts';

export interface SendFlowDeps extends FollowUpDeps {
  policy: AccessPolicy;
}

const ALREADY: Record<string, string> = {
  sending: 'This send is already in progress; it is not sent again.',
  sent: 'This send was already made; it is not sent again.',
  cancelled: 'This send was cancelled; nothing was sent. Run `/sms send` again if you still want it.',
  interrupted:
    'This send was interrupted (the app stopped while sending), so some messages may have gone out. Check `/sms log` before sending again.',
  expired: 'This confirmation has expired; nothing was sent. Run `/sms send` again.',
  missing:
    'This confirmation is unknown (it may have been cleaned up); nothing was sent. Run `/sms send` again.',
};

export async function confirmSend(click: ButtonClick, reply: Reply, deps: SendFlowDeps): Promise<void> {
  const pending = await deps.store.getPendingSend(click.pendingId);
  if (pending !== undefined && pending.userId !== click.userId) {
    await reply(notice(`Only <@${pending.userId}>, who prepared this send, can confirm it.`), {
      replace: false,
    });
    return;
  }
  const decision = await deps.policy.decide('send', click.userId, click.channelId);
  if (!decision.allowed) {
    await reply(notice(`:no_entry: ${decision.reason}`), { replace: false });
    return;
  }
  const claim = await deps.store.claimPendingSend(click.pendingId, {
    ...leaseFromNow(deps),
    responseUrl: click.responseUrl,
  });
  if (!claim.claimed) {
    deps.log(`info: ignored a confirmation of ${click.pendingId}: ${claim.reason}`);
    await reply(notice(ALREADY[claim.reason] ?? ALREADY.missing ?? ''), { replace: false });
    return;
  }
  const send = claim.send;
  // Renewed while this replica sends and follows up; if it dies, the lease runs out and a survivor acts.
  const lease = holdLease(send.id, deps);
  try {
    await reply(sendingMessage(send.mobiles.length, send.templateId), { replace: true }).catch(
      (err: unknown) => deps.log(`warn: could not show progress: ${(err as Error).message}`),
    );

    const sentAt = Math.floor(deps.now() / 1000);
    const lines = await sendAndDescribe(send, deps);
    const messageIds = lines.flatMap((line) => (line.messageId === undefined ? [] : [line.messageId]));
    const counts = { sent: 0, failed: 0, unknown: 0 };
    for (const line of lines) counts[line.status] += 1;
    const anyToWatch = counts.sent > 0 && deps.tuning.receiptPollAttempts > 0;
    await deps.store.completePendingSend(
      send.id,
      { sentAt, lines },
      anyToWatch ? deps.now() + deps.tuning.leaseMs : undefined,
    );
    await deps.store.addAudit({
      at: deps.now(),
      userId: click.userId,
      channelId: click.channelId,
      command: 'send-confirm',
      ...sendAuditFields('confirm', send),
      messageIds,
      outcome: `sent ${counts.sent}, failed ${counts.failed}, unknown ${counts.unknown}`,
    });
    deps.log(
      `info: send ${send.id} by ${click.userId}: ${counts.sent} sent, ${counts.failed} failed, ${counts.unknown} unknown`,
    );

    const view = { templateId: send.templateId, rendered: send.rendered, requestedBy: send.userId };
    await reply(sendResultMessage({ ...view, recipients: lines, final: !anyToWatch }), { replace: true });
    if (!anyToWatch) return;
    await followUpReceipts({ ...send, result: { sentAt, lines } }, reply, deps);
  } finally {
    lease.stop();
  }
}

async function sendAndDescribe(send: PendingSend, deps: SendFlowDeps): Promise<RecipientLine[]> {
  let outcome: SendSmsOutcome;
  try {
    outcome = await deps.sms.sendSms({
      subAccount: send.subAccount,
      signature: send.signature,
      templateId: send.templateId,
      mobiles: send.mobiles,
      templateParam: send.params,
    });
  } catch (err) {
    // sendSms throws only before anything is sent (invalid input); every recipient is then "not sent".
    const error = maskPhonesInText(formatErrorLine(err));
    return send.masked.map((masked) => ({ masked, status: 'failed', error }));
  }
  return outcome.recipients.map((r) => ({
    masked: r.masked,
    status: r.status,
    messageId: r.messageId,
    error: r.error === undefined ? undefined : maskPhonesInText(formatErrorLine(r.error)),
  }));
}

export async function cancelSend(
  click: ButtonClick,
  reply: Reply,
  deps: Pick<SendFlowDeps, 'store' | 'log' | 'now'>,
): Promise<void> {
  const pending = await deps.store.getPendingSend(click.pendingId);
  if (pending !== undefined && pending.userId !== click.userId) {
    await reply(notice(`Only <@${pending.userId}>, who prepared this send, can cancel it.`), {
      replace: false,
    });
    return;
  }
  const result = await deps.store.cancelPendingSend(click.pendingId);
  if (!result.claimed) {
    await reply(notice(ALREADY[result.reason] ?? ''), { replace: false });
    return;
  }
  await deps.store.addAudit({
    at: deps.now(),
    userId: click.userId,
    channelId: click.channelId,
    command: 'send-cancel',
    detail: `cancel ${click.pendingId}`,
    recipients: [...result.send.groups, ...result.send.masked],
    templateId: result.send.templateId,
    outcome: 'cancelled',
  });
  await reply(cancelledMessage(click.userId), { replace: true });
}
