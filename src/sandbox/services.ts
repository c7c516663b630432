import { BatchEngine } from './batch-engine.ts';
import { BatchTaskTable } from './batch-tasks.ts';
import type { DeliveryRule } from './seed-schema.ts';
import type { SandboxStore } from './store.ts';
import { UploadArea } from './uploads.ts';
import { VerifyCodeTable } from './verify-codes.ts';

/**
 * The parts of the sandbox beyond the configuration and the send log: application review (and
 * --auto-review), uploads, batch tasks and their engine, verification codes. One object, built by the server, handed to every
 * action and to the admin API.
 */
export interface SandboxServices {
  /** Milliseconds after which an application is approved on its own; undefined = only through the admin API. */
  readonly autoReviewMs: number | undefined;
  readonly uploads: UploadArea;
  readonly tasks: BatchTaskTable;
  readonly engine: BatchEngine;
  /** Verification codes sent and conversions reported (in memory). */
  readonly verifyCodes: VerifyCodeTable;
  /** Applies the --auto-review approvals that are due (before each request and admin read). */
  settleReviews(nowMs: number): void;
  /** Forgets tasks, uploads and verification codes, stopping running tasks (reset). */
  reset(): void;
  /** Stops running tasks (they resume on the next start with a file database) and removes a temporary upload directory. */
  close(): Promise<void>;
}

export function createServices(parts: {
  store: SandboxStore;
  dbPath: string | undefined;
  now: () => number;
  autoReviewSeconds: number | undefined;
  batchRate: number;
  receiptDelayMs: number;
  deliveryRules: readonly DeliveryRule[];
  log?: ((line: string) => void) | undefined;
}): SandboxServices {
  const { store } = parts;
  const autoReviewMs = parts.autoReviewSeconds === undefined ? undefined : parts.autoReviewSeconds * 1000;
  const uploads = new UploadArea(store.db, parts.dbPath);
  const tasks = new BatchTaskTable(store.db);
  const engine = new BatchEngine({
    store,
    tasks,
    uploads,
    now: parts.now,
    ratePerSecond: parts.batchRate,
    receiptDelayMs: parts.receiptDelayMs,
    deliveryRules: parts.deliveryRules,
    log: parts.log,
  });
  const verifyCodes = new VerifyCodeTable();
  return {
    autoReviewMs,
    uploads,
    tasks,
    engine,
    verifyCodes,
    settleReviews(nowMs) {
      if (autoReviewMs !== undefined) store.settleDueReviews(nowMs);
    },
    reset() {
      engine.abortAll();
      tasks.clear();
      verifyCodes.clear();
      uploads.clear(store.db);
    },
    async close() {
      await engine.close();
      uploads.close();
    },
  };
}
