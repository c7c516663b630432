import { SmsInputError } from '../core/index.ts';
import { createBatchAdmin, type BatchAdmin } from './admin-batch.ts';
import { createApplicationsAdmin, type ApplicationsAdmin } from './admin-applications.ts';
import { createVerifyCodeAdmin, type VerifyCodeAdmin } from './admin-verify-codes.ts';
import { createWorldAdmin, type WorldAdmin } from './admin-world.ts';
import type { Fault, FaultInput, FaultRegistry } from './faults.ts';
import { createInboxReads, type InboxReads } from './inbox/inbox-reads.ts';
import { normaliseMobile } from './phone-numbers.ts';
import type { RateLimiter } from './rate-limiter.ts';
import type { ParsedSeed } from './seed-schema.ts';
import type { SandboxServices } from './services.ts';
import type { SandboxStore } from './store.ts';
import { toReceivedMessage, type ReceivedMessage } from './received-message.ts';
import type { AccountFlags } from './store-tables.ts';

export type { ReceivedMessage } from './received-message.ts';

/**
 * The sandbox's own controls (not part of the real API): what each phone "received", reset, faults,
 * account flags and the simulated clock. The same operations are served under /_sandbox/ over HTTP.
 */

export interface MessagesQuery {
  mobile?: string | undefined;
  /** The newest N, still listed oldest first. @default 100 */
  limit?: number | undefined;
  /** Only messages that arrived before this message id (the next page back). */
  before?: string | undefined;
}

export interface SandboxAdmin extends InboxReads, WorldAdmin, ApplicationsAdmin, BatchAdmin, VerifyCodeAdmin {
  /** In the order they arrived, oldest first; one indexed page however long the log is. */
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
  services: SandboxServices;
}): SandboxAdmin {
  const { store, seed, faults, rateLimiter, clock, services } = parts;
  const world = createWorldAdmin(store, () => clock.now());
  const applications = createApplicationsAdmin(store, () => clock.now());
  // What is read is what the API would answer now: due --auto-review approvals are applied first.
  const settled =
    <T>(read: () => T) =>
    () => {
      services.settleReviews(clock.now());
      return read();
    };
  return {
    ...createInboxReads({ store, faults, clock }),
    ...world,
    ...applications,
    ...createBatchAdmin(services),
    ...createVerifyCodeAdmin(services, () => clock.now()),
    world: settled(world.world),
    applications: settled(applications.applications),
    messages(query = {}) {
      const mobile =
        query.mobile === undefined ? undefined : (normaliseMobile(query.mobile) ?? query.mobile.trim());
      const beforeSeq = query.before === undefined ? undefined : store.inbox.seqOf(query.before);
      if (query.before !== undefined && beforeSeq === undefined) {
        throw new SmsInputError(`Invalid before: no message has id ${query.before}.`, [
          { field: 'before', message: 'unknown message id' },
        ]);
      }
      const rows = store.inbox.newest({ mobile, beforeSeq, limit: query.limit ?? 100 });
      const now = clock.now();
      return rows.reverse().map((row) => toReceivedMessage(row, now));
    },
    reset() {
      services.reset();
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
