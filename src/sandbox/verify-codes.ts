import { randomInt } from 'node:crypto';

/**
 * The codes SendSmsVerifyCode generated and CheckSmsVerifyCode checks, keyed as the service keys them:
 * message group, number and scene. A new code for the same key replaces the old one. In memory: like the
 * applications, they do not survive a restart (a code lives three minutes by default anyway).
 */

/** CheckSmsVerifyCode's `Result`. */
export const CHECK_RESULT = { valid: '0', wrong: '1', expired: '2' } as const;
export type CheckResult = (typeof CHECK_RESULT)[keyof typeof CHECK_RESULT];

export interface VerifyCodeRecord {
  subAccount: string;
  /** Normalised full number (the admin API is the sandbox user's own). */
  mobile: string;
  scene: string;
  code: string;
  messageId: string;
  /** Epoch ms, sandbox clock. */
  sentAt: number;
  expiresAt: number;
  /** Checks left; a wrong code uses one. */
  triesLeft: number;
  /** Set by the first valid check: a code is good for one login. */
  usedAt: number | null;
}

export type VerifyCodeState = 'live' | 'used' | 'expired' | 'out-of-tries';

export interface Conversion {
  messageId: string;
  type: number;
  /** Epoch ms of the first report (a repeat of the same message and type changes nothing). */
  at: number;
}

const keyOf = (subAccount: string, mobile: string, scene: string) =>
  JSON.stringify([subAccount, mobile, scene]);

export function stateOf(record: VerifyCodeRecord, nowMs: number): VerifyCodeState {
  if (record.usedAt !== null) return 'used';
  if (nowMs >= record.expiresAt) return 'expired';
  if (record.triesLeft <= 0) return 'out-of-tries';
  return 'live';
}

export class VerifyCodeTable {
  readonly #codes = new Map<string, VerifyCodeRecord>();
  readonly #conversions = new Map<string, Conversion>();

  /** A fresh code of `digits` digits (leading zeros kept). */
  static generate(digits: 4 | 6 | 8): string {
    return String(randomInt(0, 10 ** digits)).padStart(digits, '0');
  }

  remember(record: VerifyCodeRecord): void {
    const key = keyOf(record.subAccount, record.mobile, record.scene);
    this.#codes.delete(key); // re-inserted last: list() is in the order codes were sent
    this.#codes.set(key, record);
  }

  /** Checks a typed code; a wrong one uses a try, a valid one uses the code up. */
  check(
    query: { subAccount: string; mobile: string; scene: string; code: string },
    nowMs: number,
  ): CheckResult {
    const record = this.#codes.get(keyOf(query.subAccount, query.mobile, query.scene));
    if (!record || stateOf(record, nowMs) !== 'live') return CHECK_RESULT.expired;
    if (record.code !== query.code) {
      record.triesLeft -= 1;
      return CHECK_RESULT.wrong;
    }
    record.usedAt = nowMs;
    return CHECK_RESULT.valid;
  }

  /** Every code sent since the start (or reset), oldest first. */
  list(mobile?: string): VerifyCodeRecord[] {
    const all = [...this.#codes.values()];
    return mobile === undefined ? all : all.filter((record) => record.mobile === mobile);
  }

  convert(messageId: string, type: number, nowMs: number): void {
    const key = `${type} ${messageId}`;
    if (!this.#conversions.has(key)) this.#conversions.set(key, { messageId, type, at: nowMs });
  }

  conversions(): Conversion[] {
    return [...this.#conversions.values()];
  }

  clear(): void {
    this.#codes.clear();
    this.#conversions.clear();
  }
}
