import { describe, expect, it } from 'vitest';
import { AccessConfigSchema } from '../../src/slack/access-config.ts';
import { AccessPolicy, NOT_CONFIGURED_REASON } from '../../src/slack/access-policy.ts';
import { ON_POSTGRES, openTestStore, samplePendingSend } from './backend.ts';

const config = AccessConfigSchema.parse({
  senders: ['USENDER', 'SSENDERS'],
  readers: ['UREADER', 'SREADERS'],
  admins: ['UADMIN'],
  channels: ['COPS'],
});

describe('AccessPolicy', () => {
  const members: Record<string, string[]> = { SSENDERS: ['UVIAGROUP'], SREADERS: ['UREADVIAGROUP'] };
  const policy = new AccessPolicy(config, async (id) => members[id] ?? []);

  it('nests roles: admins ⊇ senders ⊇ readers, directly or through user groups', async () => {
    expect(await policy.roleOf('UADMIN')).toBe('admin');
    expect(await policy.roleOf('USENDER')).toBe('sender');
    expect(await policy.roleOf('UVIAGROUP')).toBe('sender');
    expect(await policy.roleOf('UREADVIAGROUP')).toBe('reader');
    expect(await policy.roleOf('USTRANGER')).toBeUndefined();
    expect(await policy.decide('audit', 'UADMIN', 'CANY')).toEqual({ allowed: true, role: 'admin' });
    expect(await policy.decide('stats', 'UVIAGROUP', 'CANY')).toEqual({ allowed: true, role: 'sender' });
    expect((await policy.decide('send', 'UREADER', 'COPS')).allowed).toBe(false);
    expect((await policy.decide('schedule-add', 'USENDER', 'COPS')).allowed).toBe(false);
    expect(await policy.decide('help', 'USTRANGER', 'CANY')).toEqual({ allowed: true, role: undefined });
  });

  it('restricts only sends to the configured channels', async () => {
    const refused = await policy.decide('send', 'USENDER', 'CRANDOM');
    expect(refused).toMatchObject({ allowed: false });
    expect(refused.allowed ? '' : refused.reason).toContain(
      'Sends are not allowed from this channel (CRANDOM)',
    );
    expect((await policy.decide('stats', 'UREADER', 'CRANDOM')).allowed).toBe(true);
    // An admin is bound by the channel list too: the list says where texting people is appropriate.
    expect((await policy.decide('send', 'UADMIN', 'CRANDOM')).allowed).toBe(false);
  });

  it('denies when a user-group lookup fails, and says so in the log', async () => {
    const lines: string[] = [];
    const failing = new AccessPolicy(
      config,
      async () => {
        throw new Error('missing_scope');
      },
      (line) => lines.push(line),
    );
    expect((await failing.decide('send', 'UVIAGROUP', 'COPS')).allowed).toBe(false);
    expect(lines.join('\n')).toContain('could not list members of user group SSENDERS: missing_scope');
    expect((await failing.decide('send', 'USENDER', 'COPS')).allowed).toBe(true);
  });

  it('without a config file refuses everything but help, saying how to configure', async () => {
    const none = new AccessPolicy(undefined, async () => []);
    expect(await none.decide('stats', 'UADMIN', 'COPS')).toEqual({
      allowed: false,
      reason: NOT_CONFIGURED_REASON,
    });
    expect((await none.decide('help', 'UADMIN', 'COPS')).allowed).toBe(true);
  });
});

describe('SlackStore', () => {
  const pending = samplePendingSend;

  const claimAt = (now: number) => ({ now, owner: 'r1', leaseMs: 30_000 });
  const openStore = openTestStore;

  it('claims a pending send once, refuses expired ones, and erases numbers when done or expired', async () => {
    const store = await openStore();
    expect(store.description).toMatch(ON_POSTGRES ? / \(PostgreSQL\)$/ : / \(SQLite\)$/);
    await store.createPendingSend(pending('snd_a', 1_000));
    await store.createPendingSend(pending('snd_b', 1_000));
    expect(await store.claimPendingSend('snd_a', claimAt(500))).toMatchObject({
      claimed: true,
      send: { mobiles: ['13800000000'] },
    });
    expect(await store.claimPendingSend('snd_a', claimAt(600))).toEqual({
      claimed: false,
      reason: 'sending',
    });
    await store.completePendingSend('snd_a', { ok: true });
    // The template values (a verification code here) go with the numbers once the outcome is recorded.
    expect(await store.getPendingSend('snd_a')).toMatchObject({
      state: 'sent',
      mobiles: [],
      params: {},
      result: { ok: true },
    });
    expect(await store.claimPendingSend('snd_a', claimAt(700))).toEqual({ claimed: false, reason: 'sent' });
    expect(await store.claimPendingSend('snd_b', claimAt(1_000))).toEqual({
      claimed: false,
      reason: 'expired',
    });
    expect(await store.purgeExpiredPendingSends(1_000)).toBe(1);
    expect(await store.claimPendingSend('snd_b', claimAt(1_000))).toEqual({
      claimed: false,
      reason: 'missing',
    });
    await store.close();
  });

  it('counts usage in a sliding hour per user and command', async () => {
    const store = await openStore();
    expect((await store.takeUsage('U1', 'send', 2, 0)).allowed).toBe(true);
    expect((await store.takeUsage('U1', 'send', 2, 1_000)).allowed).toBe(true);
    expect(await store.takeUsage('U1', 'send', 2, 2_000)).toEqual({
      allowed: false,
      used: 2,
      retryAt: 3_600_000,
    });
    expect((await store.takeUsage('U2', 'send', 2, 2_000)).allowed).toBe(true);
    expect((await store.takeUsage('U1', 'stats', 2, 2_000)).allowed).toBe(true);
    expect((await store.takeUsage('U1', 'send', 2, 3_600_001)).allowed).toBe(true);
    expect((await store.takeUsage('U1', 'send', 0, 9_000_000)).allowed).toBe(false);
    await store.close();
  });
});
