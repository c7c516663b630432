import { SmsInputError, maskPhone, normalizePhone, type SmsClient } from '../core/index.ts';
import { displayedLookup } from './audit-detail.ts';
import type { SlackMessage } from './blocks.ts';
import { sendLogMessage } from './report-messages.ts';

/**
 * `/sms log <message-id | number>`: a number-shaped query is looked up as a number, anything else as a
 * message id, in the last 30 days (what the send log keeps). A masked number cannot be looked up.
 */
export async function lookUpSendLog(
  query: string,
  deps: { sms: SmsClient; now: () => number; timezone: string },
): Promise<SlackMessage> {
  const nowSeconds = Math.floor(deps.now() / 1000);
  // The send log keeps 30 days; asking for exactly that keeps both lookups inside what the API allows.
  const window = { fromTime: nowSeconds - 30 * 86_400, toTime: nowSeconds, page: 1, pageSize: 20 };
  if (query.includes('*')) {
    const message = 'a masked number cannot be looked up; give the full number or the message id';
    throw new SmsInputError(`log: ${message}`, [{ field: 'log', message }]);
  }
  const phone = /^[+\d][\d\s-]{6,}$/.test(query) ? normalizePhone(query) : undefined;
  if (phone !== undefined && !phone.ok) {
    throw new SmsInputError(`log: ${maskPhone(query)} is not a phone number: ${phone.reason}`, [
      { field: 'log', message: `${maskPhone(query)} is not a phone number: ${phone.reason}` },
    ]);
  }
  const { result } = await deps.sms.listSendLogs(
    phone?.ok ? { ...window, mobile: phone.mobile } : { ...window, messageId: query },
  );
  return sendLogMessage(
    phone?.ok ? maskPhone(phone.mobile) : displayedLookup(query),
    result.List,
    deps.timezone,
  );
}
