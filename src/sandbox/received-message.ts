import { maskPhone } from '../core/index.ts';
import { deliveryState } from './delivery.ts';
import type { MessageRow } from './store-tables.ts';

/** What a phone received, as the admin API, the inbox page and its event stream show it. */

export interface ReceivedMessage {
  messageId: string;
  /** The full number: the sandbox is the user's own, and this is what the "phone" shows. */
  mobile: string;
  /** The same, as everything outside the sandbox shows it (138****0000). */
  maskedMobile: string;
  /** The text as the phone shows it: 【signature】content. */
  text: string;
  /** `sent` until the receipt is due (forever for numbers that never get one). */
  status: 'sent' | 'delivered' | 'failed';
  errorCode: string;
  errorMessage: string;
  subAccount: string;
  signature: string;
  templateId: string;
  channelType: string;
  segments: number;
  /** Which API generation accepted it. */
  api: string;
  requestId: string;
  /** Epoch ms. */
  sendTime: number;
  receiptTime: number | null;
}

/** A logged message as the phone shows it, with its receipt as of `nowMs`. */
export function toReceivedMessage(row: MessageRow, nowMs: number): ReceivedMessage {
  const state = deliveryState(row, nowMs);
  return {
    messageId: row.messageId,
    mobile: row.mobile,
    maskedMobile: maskPhone(row.mobile),
    text: `【${row.signature}】${row.content}`,
    status: state.status === 3 ? 'delivered' : state.status === 2 ? 'failed' : 'sent',
    errorCode: state.errorCode,
    errorMessage: state.errorMessage,
    subAccount: row.subAccount,
    signature: row.signature,
    templateId: row.templateId,
    channelType: row.channelType,
    segments: row.segments,
    api: row.api,
    requestId: row.requestId,
    sendTime: row.sendTimeMs,
    receiptTime: state.receiptTimeMs,
  };
}
