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
export type Claim = {
    ok: true;
    n: number;
} | {
    ok: false;
    reason: 'already_submitted' | 'in_progress' | 'outcome_unknown';
    last: SubmitRecord;
};
export declare class ConsentLedger {
    readonly store: LedgerStore;
    readonly previewTtlMs: number;
    constructor(store: LedgerStore, options?: {
        previewTtlMs?: number | undefined;
    });
    /**
     * Records a preview. A preview after a definite send is a new consent (the same request may be sent
     * again); after an unknown outcome it is not: that one must be reconciled first. Returns the pending
     * submit, if any, so the preview can say so.
     */
    remember(digest: string, canonical: Record<string, unknown>, now: number): Promise<SubmitRecord | undefined>;
    /** The preview of this digest, if one was made within the time-to-live. */
    recall(digest: string, now: number): Promise<PreviewRecord | undefined>;
    /** The fields of `canonical` that differ from what the preview of `digest` saw. */
    changedFields(record: PreviewRecord, digest: string, canonical: Record<string, unknown>): string[];
    /**
     * For each changed list field: the current elements the preview did not have, and how many of the
     * preview's elements are gone (their values are not kept, only their count is known).
     */
    changedItems(record: PreviewRecord, digest: string, canonical: Record<string, unknown>): Array<{
        field: string;
        added: unknown[];
        removed: number;
    }>;
    /**
     * Takes the right to send once. Refused when this consent already sent, or when its last submit has an
     * unknown outcome and the caller has not said it reconciled it (checked the send log: not sent).
     */
    claim(digest: string, now: number, reconciled: boolean): Promise<Claim>;
    settle(digest: string, n: number, record: SubmitRecord): Promise<void>;
}
/** Where a digest's records are filed: never the digest itself. */
export declare function ledgerId(digest: string): string;
/** A ledger for one process: a long-lived server or a test. */
export declare function memoryLedgerStore(): LedgerStore;
