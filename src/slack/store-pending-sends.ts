import type { SqlValue } from './store-driver.ts';
import { StoreBase } from './store-base.ts';
import { pendingFromRow, type ClaimResult, type PendingSend } from './store-tables.ts';

/**
 * Pending sends: a confirmation waiting for its click, then the send in flight and its receipt follow-up,
 * each owned through a lease. Every transition is one conditional statement (see store.ts).
 */

export interface LeaseClaim {
  now: number;
  /** This replica's id (host and process). */
  owner: string;
  leaseMs: number;
  responseUrl?: string | undefined;
}

export class PendingSendStore extends StoreBase {
  async #one(sql: string, params: readonly SqlValue[]): Promise<PendingSend | undefined> {
    const [row] = await this.db.all(sql, params);
    return row === undefined ? undefined : pendingFromRow(row);
  }

  async createPendingSend(send: Omit<PendingSend, 'state' | 'result'>): Promise<void> {
    await this.db.run(
      `INSERT INTO pending_sends (id, created_at, expires_at, user_id, channel_id, sub_account, signature, template_id,
           params, mobiles, masked, groups, rendered, state)
         VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 'pending')`,
      [
        send.id,
        send.createdAt,
        send.expiresAt,
        send.userId,
        send.channelId,
        send.subAccount,
        send.signature,
        send.templateId,
        JSON.stringify(send.params),
        JSON.stringify(send.mobiles),
        JSON.stringify(send.masked),
        JSON.stringify(send.groups),
        send.rendered,
      ],
    );
  }

  getPendingSend(id: string): Promise<PendingSend | undefined> {
    return this.#one('SELECT * FROM pending_sends WHERE id = ?', [id]);
  }

  /**
   * Atomically moves a live pending send to `sending`, owned by `claim.owner` for `claim.leaseMs`. Only the
   * caller that gets `claimed: true` may send.
   */
  async claimPendingSend(id: string, claim: LeaseClaim): Promise<ClaimResult> {
    const { now, owner, leaseMs, responseUrl } = claim;
    const send = await this.#one(
      `UPDATE pending_sends SET state = 'sending', claimed_at = ?, lease_owner = ?, lease_expires_at = ?, response_url = ?
         WHERE id = ? AND state = 'pending' AND expires_at > ? RETURNING *`,
      [now, owner, now + leaseMs, responseUrl ?? null, id, now],
    );
    if (send !== undefined) return { claimed: true, send };
    const existing = await this.getPendingSend(id);
    if (existing === undefined) return { claimed: false, reason: 'missing' };
    if (existing.state === 'pending') return { claimed: false, reason: 'expired' };
    return { claimed: false, reason: existing.state };
  }

  /** Cancels a send that is still pending, erasing its full numbers and values as a completed send's are. */
  async cancelPendingSend(id: string): Promise<ClaimResult> {
    const send = await this.#one(
      `UPDATE pending_sends SET state = 'cancelled', mobiles = '[]', params = '{}' WHERE id = ? AND state = 'pending' RETURNING *`,
      [id],
    );
    if (send !== undefined) return { claimed: true, send };
    const existing = await this.getPendingSend(id);
    return { claimed: false, reason: existing === undefined ? 'missing' : existing.state };
  }

  /** Extends `owner`'s lease on a send in flight or its follow-up; false when the lease is no longer its own. */
  async renewLease(id: string, owner: string, until: number): Promise<boolean> {
    const changed = await this.db.run(
      `UPDATE pending_sends SET lease_expires_at = ? WHERE id = ? AND lease_owner = ? AND state IN ('sending', 'sent')`,
      [until, id, owner],
    );
    return changed > 0;
  }

  /** Hands a lease back (a replica stopping): whoever looks next takes the follow-up over at once. */
  async releaseLease(id: string, owner: string): Promise<void> {
    await this.db.run('UPDATE pending_sends SET lease_expires_at = 0 WHERE id = ? AND lease_owner = ?', [
      id,
      owner,
    ]);
  }

  /**
   * Stores the outcome of the send and erases the full numbers and the template values (which may be
   * verification codes): from here on only masked numbers and the masked text exist.
   * With `followUpUntil`, the owner keeps its lease until then for the receipt follow-up; otherwise the
   * row is done.
   */
  async completePendingSend(id: string, result: unknown, followUpUntil?: number): Promise<void> {
    const followUp = followUpUntil !== undefined;
    await this.db.run(
      `UPDATE pending_sends SET state = 'sent', result = ?, mobiles = '[]', params = '{}', follow_up = ?, lease_expires_at = ?,
           lease_owner = CASE WHEN ? = 1 THEN lease_owner END, response_url = CASE WHEN ? = 1 THEN response_url END
         WHERE id = ?`,
      [
        JSON.stringify(result),
        followUp ? 'receipts' : null,
        followUpUntil ?? null,
        followUp ? 1 : 0,
        followUp ? 1 : 0,
        id,
      ],
    );
  }

  /** The follow-up is done (receipts shown): the final result, and nothing left to own. */
  async finishFollowUp(id: string, owner: string, result: unknown): Promise<void> {
    await this.db.run(
      `UPDATE pending_sends SET result = ?, follow_up = NULL, lease_owner = NULL, lease_expires_at = NULL,
           response_url = NULL WHERE id = ? AND lease_owner = ?`,
      [JSON.stringify(result), id, owner],
    );
  }

  /**
   * Marks sends still `sending` whose lease ran out by `now` as `interrupted`, erasing their full numbers
   * and template values,
   * and returns them: one statement, so each is reported by exactly one replica. They are never resent
   * (some messages may have gone out).
   */
  async takeInterruptedSends(now: number): Promise<PendingSend[]> {
    const rows = await this.db.all(
      `UPDATE pending_sends SET state = 'interrupted', mobiles = '[]', params = '{}', lease_owner = NULL, response_url = NULL
         WHERE state = 'sending' AND lease_expires_at <= ? RETURNING *`,
      [now],
    );
    return rows.map(pendingFromRow);
  }

  /** Takes over receipt follow-ups whose owner's lease ran out (the owner died or handed them back). */
  async takeOverFollowUps(claim: Omit<LeaseClaim, 'responseUrl'>): Promise<PendingSend[]> {
    const rows = await this.db.all(
      `UPDATE pending_sends SET lease_owner = ?, lease_expires_at = ?
         WHERE state = 'sent' AND follow_up = 'receipts' AND lease_expires_at <= ? RETURNING *`,
      [claim.owner, claim.now + claim.leaseMs, claim.now],
    );
    return rows.map(pendingFromRow);
  }

  /** Drops expired, never-confirmed sends (with their numbers). */
  purgeExpiredPendingSends(now: number): Promise<number> {
    return this.db.run(`DELETE FROM pending_sends WHERE state = 'pending' AND expires_at <= ?`, [now]);
  }
}
