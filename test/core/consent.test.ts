// The pure half of the consent gates: the digest's known answer, normalisation, segments, and the ledger's
// rules (act once, unknown outcomes need --reconciled, what changed), in memory and on disk.
import { mkdtemp, readdir, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  ConsentLedger,
  canonicalJson,
  consentDigest,
  fileLedgerStore,
  memoryLedgerStore,
  normalizeSend,
  normalizeSignature,
  parseDigest,
  segmentsPerMessage,
} from '../../src/core/index.ts';

describe('consentDigest', () => {
  it('reproduces the reference worked example (§4.3): sorted keys, compact, raw non-ASCII', () => {
    // Built in another key order on purpose: the canonical form sorts at every level.
    const body = {
      subAccounts: ['7a1b2c3d'],
      source: 2,
      signatureIdentificationID: 11,
      purpose: 1,
      content: 'Acme',
      channelTypes: ['CN_NTC', 'CN_MKT'],
      appIcp: { appIcpFilling: '京ICP备00000000号' },
    };
    expect(canonicalJson(body)).toBe(
      '{"appIcp":{"appIcpFilling":"京ICP备00000000号"},"channelTypes":["CN_NTC","CN_MKT"],"content":"Acme","purpose":1,"signatureIdentificationID":11,"source":2,"subAccounts":["7a1b2c3d"]}',
    );
    expect(consentDigest(body)).toBe('e63a6e5c8bfe8534720bf794a018487ee347bcba184f42441b08eb48e807651e');
  });

  it('keeps array order and sorts nested objects inside arrays', () => {
    expect(canonicalJson({ b: [{ z: 1, a: 2 }, 3], a: null })).toBe('{"a":null,"b":[{"a":2,"z":1},3]}');
  });

  it('accepts a digest in either case, nothing else', () => {
    const digest = 'E63A6E5C8BFE8534720BF794A018487EE347BCBA184F42441B08EB48E807651E';
    expect(parseDigest(` ${digest} `)).toBe(digest.toLowerCase());
    expect(parseDigest('e63a6e5c')).toBeUndefined();
    expect(parseDigest(`${digest.slice(0, 63)}g`)).toBeUndefined();
  });
});

describe('normalizeSend (skill 1.3 rules)', () => {
  const base = {
    subAccount: '7384ed01',
    signature: '【VolcOps】',
    templateId: 'ST_0004',
    templateParams: '{}',
  };

  it('drops one bracket pair from the signature and keeps 2–25 characters', () => {
    expect(normalizeSignature('【火山引擎】')).toEqual({ value: '火山引擎' });
    expect(normalizeSignature('[Acme]')).toEqual({ value: 'Acme' });
    expect(normalizeSignature('A')).toEqual({ problem: 'must have 2–25 characters (has 1)' });
  });

  it('takes +86 but refuses a bare 86 prefix and international numbers, masking them in the message', () => {
    const ok = normalizeSend({ ...base, mobiles: ['+8613800000000'] });
    expect(ok.recipients).toEqual(['13800000000']);
    expect(() => normalizeSend({ ...base, mobiles: ['8613800000001', '+6598620548'] })).toThrow(
      /#1 "861\*\*\*\*0001".*#2 "\+65\*\*\*\*0548"/,
    );
  });

  it('rejects duplicates by default and keeps the first with keep-first', () => {
    const mobiles = ['13800000000', '+8613800000000', '13900000001'];
    expect(() => normalizeSend({ ...base, mobiles })).toThrow(/duplicate numbers 138\*\*\*\*0000/);
    const kept = normalizeSend({ ...base, mobiles, dedupePolicy: 'keep-first' });
    expect(kept.originalRecipients).toEqual(['13800000000', '13800000000', '13900000001']);
    expect(kept.recipients).toEqual(['13800000000', '13900000001']);
    expect(kept.duplicates).toEqual(['13800000000']);
  });

  it('refuses more than 200 distinct numbers and non-string variables', () => {
    const mobiles = Array.from({ length: 201 }, (_, i) => `138${String(i).padStart(8, '0')}`);
    expect(() => normalizeSend({ ...base, mobiles })).toThrow(/at most 200/);
    expect(() => normalizeSend({ ...base, mobiles: ['13800000000'], templateParams: '{"code":1}' })).toThrow(
      /quote it/,
    );
  });

  it('counts segments in code points: 70 fit one, then 67 per segment', () => {
    expect(segmentsPerMessage('ab', 'x'.repeat(66))).toBe(1); // 4 + 66 = 70
    expect(segmentsPerMessage('ab', 'x'.repeat(67))).toBe(2); // 71
    // An astral character is one code point (two UTF-16 units).
    expect(segmentsPerMessage('ab', '😀'.repeat(66))).toBe(1);
  });
});

const canonical = (mobile: string) => ({
  recipients: [mobile],
  templateContentSha256: 'aa',
  subAccount: 'g',
});

function ledgerRules(name: string, makeLedger: () => Promise<ConsentLedger>) {
  describe(`ConsentLedger (${name})`, () => {
    it('lets a digest claim once; a new preview after a definite send re-arms it', async () => {
      const ledger = await makeLedger();
      const digest = consentDigest(canonical('13800000000'));
      await ledger.remember(digest, canonical('13800000000'), 1000);
      const first = await ledger.claim(digest, 1001, false);
      expect(first).toEqual({ ok: true, n: 1 });
      // Still in flight: another submit is running (within the grace period), so this one is refused.
      expect(await ledger.claim(digest, 1002, true)).toMatchObject({ ok: false, reason: 'in_progress' });
      // Far later with no outcome: that submit died mid-send; its outcome is unknown.
      expect(await ledger.claim(digest, 10 * 60_000, false)).toMatchObject({
        ok: false,
        reason: 'outcome_unknown',
      });
      await ledger.settle(digest, 1, { state: 'sent', at: 1003, requestId: 'r1' });
      expect(await ledger.claim(digest, 1004, true)).toMatchObject({
        ok: false,
        reason: 'already_submitted',
      });
      expect(await ledger.remember(digest, canonical('13800000000'), 1005)).toBeUndefined();
      expect(await ledger.claim(digest, 1006, false)).toEqual({ ok: true, n: 2 });
    });

    it('after an unknown outcome, neither a new preview nor a submit sends without reconciled', async () => {
      const ledger = await makeLedger();
      const digest = consentDigest(canonical('13800000001'));
      await ledger.remember(digest, canonical('13800000001'), 0);
      await ledger.claim(digest, 1, false);
      await ledger.settle(digest, 1, { state: 'unknown', at: 2 });
      expect(await ledger.remember(digest, canonical('13800000001'), 3)).toMatchObject({ state: 'unknown' });
      expect(await ledger.claim(digest, 4, false)).toMatchObject({ ok: false, reason: 'outcome_unknown' });
      expect(await ledger.claim(digest, 5, true)).toEqual({ ok: true, n: 2 });
    });

    it('names the fields that differ from the preview, and forgets previews after the TTL', async () => {
      const ledger = await makeLedger();
      const digest = consentDigest(canonical('13800000002'));
      await ledger.remember(digest, canonical('13800000002'), 0);
      const record = await ledger.recall(digest, 10);
      expect(record).toBeDefined();
      const now = { ...canonical('13800000003'), templateContentSha256: 'bb' };
      expect(ledger.changedFields(record!, digest, now)).toEqual(['recipients', 'templateContentSha256']);
      expect(await ledger.recall(digest, ledger.previewTtlMs + 1)).toBeUndefined();
    });
  });
}

let dir: string;
beforeAll(async () => {
  dir = await mkdtemp(path.join(tmpdir(), 'volc-sms-ledger-'));
});
afterAll(() => rm(dir, { recursive: true, force: true }));

ledgerRules('memory', async () => new ConsentLedger(memoryLedgerStore()));
ledgerRules('files', async () => new ConsentLedger(fileLedgerStore(await mkdtemp(path.join(dir, 'l-')))));

describe('the file ledger', () => {
  it('stores neither the digest nor any number, and lets one of two racing claims win', async () => {
    const stateDir = await mkdtemp(path.join(dir, 'race-'));
    const digest = consentDigest(canonical('13812345678'));
    const ledger = new ConsentLedger(fileLedgerStore(stateDir));
    await ledger.remember(digest, canonical('13812345678'), Date.now());
    // Two processes' worth of ledgers on the same directory.
    const other = new ConsentLedger(fileLedgerStore(stateDir));
    const claims = await Promise.all([ledger.claim(digest, 1, false), other.claim(digest, 1, false)]);
    expect(claims.filter((c) => c.ok)).toHaveLength(1);
    const files = await readdir(path.join(stateDir, 'consent'));
    const text = (
      await Promise.all(files.map((f) => readFile(path.join(stateDir, 'consent', f), 'utf8')))
    ).join('');
    expect(files.join(' ') + text).not.toContain(digest);
    expect(text).not.toContain('13812345678');
  });
});
