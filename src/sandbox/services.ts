import type { SandboxStore } from './store.ts';

/**
 * The parts of the sandbox beyond the configuration and the send log: application review (and
 * --auto-review), and (added by later pieces) uploads, batch tasks and verification codes. One object,
 * built by the server, handed to every action and to the admin API.
 */
export interface SandboxServices {
  /** Seconds after which an application is approved on its own; undefined = only through the admin API. */
  readonly autoReviewMs: number | undefined;
  /** Applies the --auto-review approvals that are due (before each request and admin read). */
  settleReviews(nowMs: number): void;
}

export function createServices(parts: {
  store: SandboxStore;
  autoReviewSeconds: number | undefined;
}): SandboxServices {
  const { store } = parts;
  const autoReviewMs = parts.autoReviewSeconds === undefined ? undefined : parts.autoReviewSeconds * 1000;
  return {
    autoReviewMs,
    settleReviews(nowMs) {
      if (autoReviewMs !== undefined) store.settleDueReviews(nowMs);
    },
  };
}
