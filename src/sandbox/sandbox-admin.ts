import { deliveryState } from './delivery.ts';
import type { Fault, FaultInput, FaultRegistry } from './faults.ts';
import { normaliseMobile } from './phone-numbers.ts';
import type { RateLimiter } from './rate-limiter.ts';
import type { ParsedSeed } from './seed-schema.ts';
import type { SandboxStore } from './store.ts';
import type { AccountFlags } from './store-tables.ts';

/**
 * The sandbox's own controls (not part of the real API): what each phone "received", reset, faults,
 * account flags and the simulated clock. The same operations are served under /_sandbox/ over HTTP.
 */

export interface ReceivedMessage {
  messageId: string;
  /** The full number: the sandbox is the user's own, and this is what the "phone" shows. */
  mobile: string;
  /** The text as the phone shows it: 【signature】content. */
  text: string;
  /** `sent` until the receipt is due (forever for numbers that never get one). */
  status: 'sent' | 'delivered' | 'failed';
  errorCode: string;
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

export interface MessagesQuery {
  mobile?: string | undefined;
  /** The newest N, still listed oldest first. @default 100 */
  limit?: number | undefined;
}

export interface SandboxAdmin {
  messages(query?: MessagesQuery): ReceivedMessage[];
  /** Back to the seed: messages, faults, account flags, rate buckets and clock offset are cleared. */
  reset(): void;
  addFault(fault: FaultInput | string): Fault;
  listFaults(): Fault[];
  clearFaults(): void;
  getAccount(): AccountFlags;
  setAccount(flags: Partial<AccountFlags>): AccountFlags;
  /** The sandbox's current time, epoch ms (the injected clock plus any offset). */
  now(): number;
  /** Moves simulated time forward (receipts become due); returns the new time. */
  advanceClock(ms: number): number;
  /** Sets simulated time; returns it. */
  setClock(epochMs: number): number;
  health(): { status: 'ok'; now: number; messages: number; faults: number };
}

export interface SandboxClock {
  now(): number;
  offsetMs: number;
}

export function createSandboxAdmin(parts: {
  store: SandboxStore;
  seed: ParsedSeed;
  faults: FaultRegistry;
  rateLimiter: RateLimiter;
  clock: SandboxClock;
}): SandboxAdmin {
  const { store, seed, faults, rateLimiter, clock } = parts;
  return {
    messages(query = {}) {
      const mobile =
        query.mobile === undefined ? undefined : (normaliseMobile(query.mobile) ?? query.mobile.trim());
      const limit = query.limit ?? 100;
      const rows = store.allMessages({ mobile });
      const now = clock.now();
      return rows.slice(Math.max(0, rows.length - limit)).map((row) => {
        const state = deliveryState(row, now);
        return {
          messageId: row.messageId,
          mobile: row.mobile,
          text: `【${row.signature}】${row.content}`,
          status: state.status === 3 ? 'delivered' : state.status === 2 ? 'failed' : 'sent',
          errorCode: state.errorCode,
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
      });
    },
    reset() {
      clock.offsetMs = 0;
      store.applySeed(seed, clock.now(), { clearMessages: true });
      faults.clear();
      rateLimiter.reset();
    },
    addFault: (fault) => faults.add(fault),
    listFaults: () => faults.list(),
    clearFaults: () => faults.clear(),
    getAccount: () => store.getAccount(),
    setAccount: (flags) => store.setAccount(flags),
    now: () => clock.now(),
    advanceClock(ms) {
      clock.offsetMs += ms;
      return clock.now();
    },
    setClock(epochMs) {
      clock.offsetMs += epochMs - clock.now();
      return clock.now();
    },
    health: () => ({
      status: 'ok',
      now: clock.now(),
      messages: store.queryMessages({}, { offset: 0, limit: 0 }).total,
      faults: faults.list().length,
    }),
  };
}
