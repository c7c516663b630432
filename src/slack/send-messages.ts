import type { types } from '@slack/bolt';
import type { Block, SlackMessage } from './blocks.ts';
import { context, divider, escapeMrkdwn, header, lineSections, section } from './blocks.ts';

/** The confirmation and result messages of `/sms send`. Numbers appear masked only. */

export const CONFIRM_ACTION = 'sms_send_confirm';
export const CANCEL_ACTION = 'sms_send_cancel';

export interface ConfirmationView {
  pendingId: string;
  masked: readonly string[];
  groups: readonly string[];
  templateId: string;
  signature: string;
  subAccount: string;
  rendered: string;
  /** The core planner's reason for the engine (direct requests here), as a person reads it. */
  engine: string;
  /** Above this many recipients the Send button asks once more. */
  confirmAbove: number;
  expiresInMinutes: number;
}

export function confirmationMessage(view: ConfirmationView): SlackMessage {
  const count = view.masked.length;
  const people = `${count} recipient${count === 1 ? '' : 's'}`;
  const sendButton: types.Button = {
    type: 'button',
    action_id: CONFIRM_ACTION,
    text: { type: 'plain_text', text: `Send to ${people}` },
    style: 'primary',
    // The id of the server-side pending send; the numbers themselves never leave the server.
    value: view.pendingId,
  };
  if (count > view.confirmAbove) {
    sendButton.confirm = {
      title: { type: 'plain_text', text: 'Send this SMS?' },
      text: {
        type: 'mrkdwn',
        text: `This texts *${people}* with template ${view.templateId}. It cannot be undone.`,
      },
      confirm: { type: 'plain_text', text: `Send to ${count}` },
      deny: { type: 'plain_text', text: 'Go back' },
      style: 'danger',
    };
  }
  const from = view.groups.length > 0 ? ` (from ${view.groups.join(', ')})` : '';
  const blocks: Block[] = [
    header(`Send SMS to ${people}?`),
    section(`>${escapeMrkdwn(view.rendered)}`),
    section(
      `*Template* ${view.templateId} · *Signature* ${escapeMrkdwn(view.signature)} · *Message group* ${view.subAccount}\n` +
        `*Recipients*${from}: ${view.masked.slice(0, 40).join(', ')}${count > 40 ? `, … ${count - 40} more` : ''}\n` +
        `*Engine* ${escapeMrkdwn(view.engine)}`,
    ),
    {
      type: 'actions',
      block_id: 'sms_send_decision',
      elements: [
        sendButton,
        {
          type: 'button',
          action_id: CANCEL_ACTION,
          text: { type: 'plain_text', text: 'Cancel' },
          value: view.pendingId,
        },
      ],
    },
    context(
      `Nothing is sent until you press Send. This confirmation expires in ${view.expiresInMinutes} minutes.`,
    ),
  ];
  return { text: `Send SMS to ${people} with ${view.templateId}? Confirm or cancel below.`, blocks };
}

export type ReceiptState = 'delivered' | 'failed' | 'awaiting' | 'no-receipt';

export interface RecipientLine {
  masked: string;
  status: 'sent' | 'failed' | 'unknown';
  messageId?: string | undefined;
  /** For failed/unknown sends: the one-line error. */
  error?: string | undefined;
  receipt?: ReceiptState | undefined;
  receiptCode?: string | undefined;
  receiptMessage?: string | undefined;
}

export interface SendResultView {
  templateId: string;
  rendered: string;
  recipients: readonly RecipientLine[];
  /** Whether receipt polling is over (then "awaiting" becomes "no receipt yet"). */
  final: boolean;
  requestedBy: string;
}

const ICON: Record<string, string> = {
  delivered: ':white_check_mark:',
  failed: ':x:',
  awaiting: ':hourglass_flowing_sand:',
  'no-receipt': ':grey_question:',
  unknown: ':warning:',
};

function recipientLine(line: RecipientLine): string {
  if (line.status === 'failed')
    return `${ICON.failed} ${line.masked}: not sent: ${escapeMrkdwn(line.error ?? 'failed')}`;
  if (line.status === 'unknown') {
    return `${ICON.unknown} ${line.masked}: outcome unknown; it may have been sent, so check \`/sms log <full number>\` before sending again: ${escapeMrkdwn(line.error ?? '')}`;
  }
  const id = line.messageId === undefined ? '' : ` · \`${line.messageId}\``;
  switch (line.receipt) {
    case 'delivered':
      return `${ICON.delivered} ${line.masked}: delivered${id}`;
    case 'failed':
      return `${ICON.failed} ${line.masked}: sent, delivery failed ${line.receiptCode ?? ''}${line.receiptMessage ? ` (${escapeMrkdwn(line.receiptMessage)})` : ''}${id}`;
    case 'no-receipt':
      return `${ICON['no-receipt']} ${line.masked}: sent, no delivery receipt yet${id}`;
    default:
      return `${ICON.awaiting} ${line.masked}: sent, awaiting delivery receipt${id}`;
  }
}

export function summarize(recipients: readonly RecipientLine[]): Record<string, number> {
  const counts: Record<string, number> = {
    sent: 0,
    failed: 0,
    unknown: 0,
    delivered: 0,
    undelivered: 0,
    awaiting: 0,
  };
  for (const r of recipients) {
    counts[r.status] = (counts[r.status] ?? 0) + 1;
    if (r.status !== 'sent') continue;
    if (r.receipt === 'delivered') counts.delivered = (counts.delivered ?? 0) + 1;
    else if (r.receipt === 'failed') counts.undelivered = (counts.undelivered ?? 0) + 1;
    else counts.awaiting = (counts.awaiting ?? 0) + 1;
  }
  return counts;
}

export function sendResultMessage(view: SendResultView): SlackMessage {
  const c = summarize(view.recipients);
  const parts = [`${c.sent} sent`];
  if ((c.failed ?? 0) > 0) parts.push(`${c.failed} not sent`);
  if ((c.unknown ?? 0) > 0) parts.push(`${c.unknown} outcome unknown`);
  // Receipt counts only mean something once something was sent.
  const receipts =
    c.sent === 0
      ? 'Nothing was sent'
      : `${c.delivered} delivered, ${c.undelivered} failed delivery, ${c.awaiting} ${view.final ? 'without receipt' : 'awaiting receipt'}`;
  const title = `SMS ${view.templateId}: ${parts.join(', ')}`;
  return {
    text: `${title}. ${receipts}.`,
    blocks: [
      header(title),
      section(`>${escapeMrkdwn(view.rendered)}`),
      ...lineSections(
        view.recipients.map((line) =>
          recipientLine(
            view.final && line.receipt === 'awaiting' ? { ...line, receipt: 'no-receipt' } : line,
          ),
        ),
      ),
      divider(),
      context(
        `${receipts}. Requested by <@${view.requestedBy}>.${view.final ? '' : ' Receipts update here as they arrive.'}`,
      ),
    ],
  };
}

export function sendingMessage(count: number, templateId: string): SlackMessage {
  const text = `:outbox_tray: Sending ${templateId} to ${count} recipient${count === 1 ? '' : 's'}…`;
  return { text, blocks: [section(text)] };
}

export function cancelledMessage(by: string): SlackMessage {
  const text = `Cancelled by <@${by}>. Nothing was sent.`;
  return { text, blocks: [section(text)] };
}
