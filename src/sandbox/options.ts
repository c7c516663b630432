import type { FaultInput } from './faults.ts';
import type { SandboxSeed } from './seed-schema.ts';

/** The credentials a sandbox accepts unless told otherwise; they open nothing real. */
export const SANDBOX_CREDENTIALS = Object.freeze({
  accessKeyId: 'AKLTsandbox',
  secretAccessKey: 'sandbox-secret',
  apiKey: 'sandbox-api-key',
});

export interface SandboxOptions {
  /** @default 8787; 0 picks any free port */
  port?: number | undefined;
  /** @default '127.0.0.1' */
  host?: string | undefined;
  /** SQLite file that keeps messages across restarts; in memory when omitted. */
  dbPath?: string | undefined;
  /** A seed file path or seed object; the default seed (docs/sandbox.md) when omitted. */
  seed?: string | SandboxSeed | undefined;
  accessKeyId?: string | undefined;
  secretAccessKey?: string | undefined;
  /** Bearer key of the gateway mode (ARK_SKILL_API_KEY). */
  apiKey?: string | undefined;
  /** Time from acceptance to the delivery receipt. @default 1500 */
  receiptDelayMs?: number | undefined;
  /** Requests per second per key; 0 turns the limit off. @default 5 */
  rateLimitQps?: number | undefined;
  /** Allowed distance between X-Date and the server clock. @default 900 (15 minutes) */
  skewSeconds?: number | undefined;
  /** Epoch milliseconds; injected by tests. @default Date.now */
  clock?: (() => number) | undefined;
  /** One line per request (action, status, code, ms); never sees secrets. */
  log?: ((line: string) => void) | undefined;
  /** Applications (ApplySmsSignatureV2/ApplySmsTemplateV2) are approved this many seconds after they are made; omitted = only when the admin API approves them. */
  autoReviewSeconds?: number | undefined;
  /** Numbers per second a consented batch task sends (real time); 0 = as fast as it can. @default 1000 */
  batchRate?: number | undefined;
  /** Faults active from the start (`--fault` on the command line), in either form. */
  faults?: ReadonlyArray<FaultInput | string> | undefined;
}

export const DEFAULTS = {
  port: 8787,
  host: '127.0.0.1',
  receiptDelayMs: 1500,
  rateLimitQps: 5,
  skewSeconds: 900,
  batchRate: 1000,
  /** Larger bodies are refused: 200 numbers with parameters fit in far less. */
  maxBodyBytes: 1024 * 1024,
} as const;
