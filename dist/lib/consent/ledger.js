import { createHmac } from 'node:crypto';
import { sha256Hex } from "../signing/sign.js";
import { canonicalJson } from "./canonical.js";
/**
 * A claim this young with no outcome is taken for a submit still running (a send's attempt is bounded by
 * its timeout), older for one whose process died mid-send: its outcome is unknown.
 */
const IN_FLIGHT_GRACE_MS = 2 * 60 * 1000;
export class ConsentLedger {
    store;
    previewTtlMs;
    constructor(store, options = {}) {
        this.store = store;
        this.previewTtlMs = options.previewTtlMs ?? 60 * 60 * 1000;
    }
    /**
     * Records a preview. A preview after a definite send is a new consent (the same request may be sent
     * again); after an unknown outcome it is not: that one must be reconciled first. Returns the pending
     * submit, if any, so the preview can say so.
     */
    async remember(digest, canonical, now) {
        const id = ledgerId(digest);
        const [previous, submits] = await Promise.all([this.store.readPreview(id), this.store.readSubmits(id)]);
        const last = submits.at(-1);
        let armedAfter = previous?.armedAfter ?? 0;
        if (last !== undefined && (last.state === 'sent' || last.state === 'failed'))
            armedAfter = submits.length;
        await this.store.writePreview(id, {
            at: now,
            fields: fingerprints(digest, canonical),
            items: itemFingerprints(digest, canonical),
            armedAfter,
        });
        return submits.length > armedAfter ? last : undefined;
    }
    /** The preview of this digest, if one was made within the time-to-live. */
    async recall(digest, now) {
        const record = await this.store.readPreview(ledgerId(digest));
        return record !== undefined && now - record.at <= this.previewTtlMs ? record : undefined;
    }
    /** The fields of `canonical` that differ from what the preview of `digest` saw. */
    changedFields(record, digest, canonical) {
        const now = fingerprints(digest, canonical);
        const names = new Set([...Object.keys(record.fields), ...Object.keys(now)]);
        return [...names].filter((name) => record.fields[name] !== now[name]).sort();
    }
    /**
     * For each changed list field: the current elements the preview did not have, and how many of the
     * preview's elements are gone (their values are not kept, only their count is known).
     */
    changedItems(record, digest, canonical) {
        const out = [];
        for (const [field, before] of Object.entries(record.items ?? {})) {
            const value = canonical[field];
            if (!Array.isArray(value))
                continue;
            const had = new Set(before);
            const now = value.map((item) => hmac(digest, item));
            const has = new Set(now);
            const added = value.filter((_, i) => !had.has(now[i]));
            const removed = before.filter((h) => !has.has(h)).length;
            if (added.length > 0 || removed > 0)
                out.push({ field, added, removed });
        }
        return out;
    }
    /**
     * Takes the right to send once. Refused when this consent already sent, or when its last submit has an
     * unknown outcome and the caller has not said it reconciled it (checked the send log: not sent).
     */
    async claim(digest, now, reconciled) {
        const id = ledgerId(digest);
        const [preview, submits] = await Promise.all([this.store.readPreview(id), this.store.readSubmits(id)]);
        const armedAfter = preview?.armedAfter ?? 0;
        const last = submits.length > armedAfter ? submits.at(-1) : undefined;
        if (last?.state === 'sent')
            return { ok: false, reason: 'already_submitted', last };
        if (last?.state === 'in-flight' && now - last.at < IN_FLIGHT_GRACE_MS) {
            return { ok: false, reason: 'in_progress', last };
        }
        if ((last?.state === 'unknown' || last?.state === 'in-flight') && !reconciled) {
            return { ok: false, reason: 'outcome_unknown', last };
        }
        const n = submits.length + 1;
        // Two submits racing for the same digest: exactly one creates record n.
        const created = await this.store.createSubmit(id, n, { state: 'in-flight', at: now });
        if (!created)
            return { ok: false, reason: 'in_progress', last: { state: 'in-flight', at: now } };
        return { ok: true, n };
    }
    async settle(digest, n, record) {
        await this.store.updateSubmit(ledgerId(digest), n, record);
    }
}
/** Where a digest's records are filed: never the digest itself. */
export function ledgerId(digest) {
    return sha256Hex(`volc-sms consent ledger\n${digest}`);
}
const hmac = (digest, value) => createHmac('sha256', digest).update(canonicalJson(value)).digest('hex');
function fingerprints(digest, canonical) {
    const out = {};
    for (const [name, value] of Object.entries(canonical))
        out[name] = hmac(digest, value);
    return out;
}
function itemFingerprints(digest, canonical) {
    const out = {};
    for (const [name, value] of Object.entries(canonical)) {
        if (Array.isArray(value) && value.every((item) => typeof item !== 'object' || item === null))
            out[name] = value.map((item) => hmac(digest, item));
    }
    return out;
}
/** A ledger for one process: a long-lived server or a test. */
export function memoryLedgerStore() {
    const previews = new Map();
    const submits = new Map();
    return {
        readPreview: async (id) => previews.get(id),
        writePreview: async (id, record) => void previews.set(id, record),
        readSubmits: async (id) => [...(submits.get(id) ?? [])],
        async createSubmit(id, n, record) {
            const list = submits.get(id) ?? [];
            if (list.length >= n)
                return false;
            submits.set(id, [...list, record]);
            return true;
        },
        async updateSubmit(id, n, record) {
            const list = submits.get(id);
            if (list !== undefined && n >= 1 && n <= list.length)
                list[n - 1] = record;
        },
    };
}
