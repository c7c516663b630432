import { createHmac } from 'node:crypto';
import { sha256Hex } from '../signing/sign.ts';
import { canonicalJson } from './canonical.ts';

/**
 * What the gates remember between a preview and its submit, and after a submit: the "already used"
 * memory that makes a digest act once. The reference says a digest is never written to disk, and it is
 * not: records are filed under SHA-256 of the digest, and what they keep of the previewed request is one
 * HMAC per field keyed by the digest itself. Without the digest they say nothing (not even a phone number
 * by brute force); with it, a submit can name the fields that changed since the preview.
 *
 * A CLI process lives for one call, so the CLI and the MCP server keep this in a directory (file-ledger.ts);
 * library callers and tests may keep it in memory (memoryLedgerStore).
 */

export type SubmitState = 'in-flight' | 'sent' | 'failed' | 'unknown';

export interface SubmitRecord {
  state: SubmitState;
  /** Epoch ms of the claim or of the outcome. */
  at: number;
  requestId?: string | undefined;
}

export interface PreviewRecord {
  /** Epoch ms of the preview. */
  at: number;
  /** Per field of the canonical object: HMAC-SHA256(key = digest, canonical JSON of the field). */
  fields: Record<string, string>;
  /**
   * Per list field of scalars (groups, numbers): HMAC of each element, same key, so a submit can say which
   * elements it has that the preview did not ("group 9f00aa01 added") and how many it lost.
   */
  items?: Record<string, string[]> | undefined;
  /** Submits numbered up to this one belong to earlier consents (a new preview after a definite send). */
  armedAfter: number;
}

/** The storage primitives; the rules are ConsentLedger's. Submit records are numbered from 1. */
export interface LedgerStore {
  readPreview(id: string): Promise<PreviewRecord | undefined>;
  writePreview(id: string, record: PreviewRecord): Promise<void>;
  readSubmits(id: string): Promise<SubmitRecord[]>;
  /** Creates submit `n` only if it does not exist yet (across processes); false when it did. */
  createSubmit(id: string, n: number, record: SubmitRecord): Promise<boolean>;
  updateSubmit(id: string, n: number, record: SubmitRecord): Promise<void>;
}

export type Claim =
  | { ok: true; n: number }
  | { ok: false; reason: 'already_submitted' | 'in_progress' | 'outcome_unknown'; last: SubmitRecord };

/**
 * A claim this young with no outcome is taken for a submit still running (a send's attempt is bounded by
 * its timeout), older for one whose process died mid-send: its outcome is unknown.
 */
const IN_FLIGHT_GRACE_MS = 2 * 60 * 1000;

export class ConsentLedger {
  readonly store: LedgerStore;
  readonly previewTtlMs: number;

  constructor(store: LedgerStore, options: { previewTtlMs?: number | undefined } = {}) {
    this.store = store;
    this.previewTtlMs = options.previewTtlMs ?? 60 * 60 * 1000;
  }

  /**
   * Records a preview. A preview after a definite send is a new consent (the same request may be sent
   * again); after an unknown outcome it is not: that one must be reconciled first. Returns the pending
   * submit, if any, so the preview can say so.
   */
  async remember(
    digest: string,
    canonical: Record<string, unknown>,
    now: number,
  ): Promise<SubmitRecord | undefined> {
    const id = ledgerId(digest);
    const [previous, submits] = await Promise.all([this.store.readPreview(id), this.store.readSubmits(id)]);
    const last = submits.at(-1);
    let armedAfter = previous?.armedAfter ?? 0;
    if (last !== undefined && (last.state === 'sent' || last.state === 'failed')) armedAfter = submits.length;
    await this.store.writePreview(id, {
      at: now,
      fields: fingerprints(digest, canonical),
      items: itemFingerprints(digest, canonical),
      armedAfter,
    });
    return submits.length > armedAfter ? last : undefined;
  }

  /** The preview of this digest, if one was made within the time-to-live. */
  async recall(digest: string, now: number): Promise<PreviewRecord | undefined> {
    const record = await this.store.readPreview(ledgerId(digest));
    return record !== undefined && now - record.at <= this.previewTtlMs ? record : undefined;
  }

  /** The fields of `canonical` that differ from what the preview of `digest` saw. */
  changedFields(record: PreviewRecord, digest: string, canonical: Record<string, unknown>): string[] {
    const now = fingerprints(digest, canonical);
    const names = new Set([...Object.keys(record.fields), ...Object.keys(now)]);
    return [...names].filter((name) => record.fields[name] !== now[name]).sort();
  }

  /**
   * For each changed list field: the current elements the preview did not have, and how many of the
   * preview's elements are gone (their values are not kept, only their count is known).
   */
  changedItems(
    record: PreviewRecord,
    digest: string,
    canonical: Record<string, unknown>,
  ): Array<{ field: string; added: unknown[]; removed: number }> {
    const out: Array<{ field: string; added: unknown[]; removed: number }> = [];
    for (const [field, before] of Object.entries(record.items ?? {})) {
      const value = canonical[field];
      if (!Array.isArray(value)) continue;
      const had = new Set(before);
      const now = value.map((item) => hmac(digest, item));
      const has = new Set(now);
      const added = value.filter((_, i) => !had.has(now[i] as string));
      const removed = before.filter((h) => !has.has(h)).length;
      if (added.length > 0 || removed > 0) out.push({ field, added, removed });
    }
    return out;
  }

  /**
   * Takes the right to send once. Refused when this consent already sent, or when its last submit has an
   * unknown outcome and the caller has not said it reconciled it (checked the send log: not sent).
   */
  async claim(digest: string, now: number, reconciled: boolean): Promise<Claim> {
    const id = ledgerId(digest);
    const [preview, submits] = await Promise.all([this.store.readPreview(id), this.store.readSubmits(id)]);
    const armedAfter = preview?.armedAfter ?? 0;
    const last = submits.length > armedAfter ? submits.at(-1) : undefined;
    if (last?.state === 'sent') return { ok: false, reason: 'already_submitted', last };
    if (last?.state === 'in-flight' && now - last.at < IN_FLIGHT_GRACE_MS) {
      return { ok: false, reason: 'in_progress', last };
    }
    if ((last?.state === 'unknown' || last?.state === 'in-flight') && !reconciled) {
      return { ok: false, reason: 'outcome_unknown', last };
    }
    const n = submits.length + 1;
    // Two submits racing for the same digest: exactly one creates record n.
    const created = await this.store.createSubmit(id, n, { state: 'in-flight', at: now });
    if (!created) return { ok: false, reason: 'in_progress', last: { state: 'in-flight', at: now } };
    return { ok: true, n };
  }

  async settle(digest: string, n: number, record: SubmitRecord): Promise<void> {
    await this.store.updateSubmit(ledgerId(digest), n, record);
  }
}

/** Where a digest's records are filed: never the digest itself. */
export function ledgerId(digest: string): string {
  return sha256Hex(`volc-sms consent ledger\n${digest}`);
}

const hmac = (digest: string, value: unknown) =>
  createHmac('sha256', digest).update(canonicalJson(value)).digest('hex');

function fingerprints(digest: string, canonical: Record<string, unknown>): Record<string, string> {
  const out: Record<string, string> = {};
  for (const [name, value] of Object.entries(canonical)) out[name] = hmac(digest, value);
  return out;
}

function itemFingerprints(digest: string, canonical: Record<string, unknown>): Record<string, string[]> {
  const out: Record<string, string[]> = {};
  for (const [name, value] of Object.entries(canonical)) {
    if (Array.isArray(value) && value.every((item) => typeof item !== 'object' || item === null))
      out[name] = value.map((item) => hmac(digest, item));
  }
  return out;
}

/** A ledger for one process: a long-lived server or a test. */
export function memoryLedgerStore(): LedgerStore {
  const previews = new Map<string, PreviewRecord>();
  const submits = new Map<string, SubmitRecord[]>();
  return {
    readPreview: async (id) => previews.get(id),
    writePreview: async (id, record) => void previews.set(id, record),
    readSubmits: async (id) => [...(submits.get(id) ?? [])],
    async createSubmit(id, n, record) {
      const list = submits.get(id) ?? [];
      if (list.length >= n) return false;
      submits.set(id, [...list, record]);
      return true;
    },
    async updateSubmit(id, n, record) {
      const list = submits.get(id);
      if (list !== undefined && n >= 1 && n <= list.length) list[n - 1] = record;
    },
  };
}
