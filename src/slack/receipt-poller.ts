import type { SendLogEntry, SmsClient } from '../core/index.ts';
import type { ReceiptState, RecipientLine } from './send-messages.ts';

/**
 * Delivery receipts arrive seconds to minutes after a send. The send log is polled a bounded number of times
 * with one request per poll (a window query matched by message id), so a 200-recipient send costs the same
 * as one and stays inside the API's 5 QPS.
 */

export interface ReceiptPollOptions {
  sms: SmsClient;
  subAccount: string;
  templateId: string;
  /** Epoch seconds when the send started. */
  sentAt: number;
  intervalMs: number;
  attempts: number;
  now: () => number;
  sleep: (ms: number, signal?: AbortSignal) => Promise<void>;
  signal?: AbortSignal | undefined;
  log?: ((line: string) => void) | undefined;
}

const PAGE_SIZE = 100;
const MAX_PAGES = 5;

function receiptOf(entry: SendLogEntry): Pick<RecipientLine, 'receipt' | 'receiptCode' | 'receiptMessage'> {
  switch (entry.Status) {
    case 3:
      return { receipt: 'delivered' };
    case 2:
      return {
        receipt: 'failed',
        receiptCode: entry.ErrorCode ?? undefined,
        receiptMessage: entry.ErrorMessage ?? undefined,
      };
    default:
      return { receipt: 'awaiting' };
  }
}

const isFinal = (state: ReceiptState | undefined) => state === 'delivered' || state === 'failed';

/**
 * Returns the lines with receipts filled in once every sent message has a final receipt or the attempts are
 * used up, whichever is first. Read errors are logged and the next poll tries again.
 */
export async function pollReceipts(
  lines: readonly RecipientLine[],
  options: ReceiptPollOptions,
): Promise<RecipientLine[]> {
  let current = lines.map((line) => ({ ...line }));
  const waiting = () =>
    current.filter(
      (line) => line.status === 'sent' && line.messageId !== undefined && !isFinal(line.receipt),
    );
  for (let attempt = 1; attempt <= options.attempts && waiting().length > 0; attempt += 1) {
    await options.sleep(options.intervalMs, options.signal);
    if (options.signal?.aborted) break;
    try {
      const found = await fetchEntries(options);
      current = current.map((line) => {
        const entry = line.messageId === undefined ? undefined : found.get(line.messageId);
        return entry === undefined || line.status !== 'sent' ? line : { ...line, ...receiptOf(entry) };
      });
    } catch (err) {
      options.log?.(`warn: receipt poll ${attempt}/${options.attempts} failed: ${(err as Error).message}`);
    }
  }
  return current;
}

async function fetchEntries(options: ReceiptPollOptions): Promise<Map<string, SendLogEntry>> {
  const found = new Map<string, SendLogEntry>();
  // A minute of slack on both sides: the server stamps SendTime with its own clock.
  const fromTime = options.sentAt - 60;
  const toTime = Math.floor(options.now() / 1000) + 60;
  for (let page = 1; page <= MAX_PAGES; page += 1) {
    const { result } = await options.sms.listSendLogs(
      {
        subAccount: options.subAccount,
        templateId: options.templateId,
        fromTime,
        toTime,
        page,
        pageSize: PAGE_SIZE,
      },
      { signal: options.signal },
    );
    for (const entry of result.List) found.set(entry.MessageId, entry);
    if (result.List.length < PAGE_SIZE || page * PAGE_SIZE >= result.Total) break;
  }
  return found;
}
