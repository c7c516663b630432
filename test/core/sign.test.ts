import util from 'node:util';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  canonicalQueryString,
  canonicalRequest,
  computeSignature,
  credentialScope,
  deriveSigningKeyBytes,
  EMPTY_BODY_SHA256,
  formatXDate,
  parseAuthorization,
  sha256Hex,
  signingKey,
  SigningKeyCache,
  signRequest,
  stringToSign,
  uriEncode,
} from '../../src/core/signing/sign.ts';
import {
  SIGNING_VECTORS,
  VECTOR_CREDENTIALS,
  VECTOR_DATE,
  VECTOR_REGION,
  VECTOR_SERVICE,
} from '../fixtures/signing-vectors.ts';

const context = {
  credentials: VECTOR_CREDENTIALS,
  region: VECTOR_REGION,
  service: VECTOR_SERVICE,
  date: VECTOR_DATE,
};

describe('signing key derivation', () => {
  it('matches the kDate and kSigning of the reference vectors', () => {
    const kDate = sha256HmacHex('EXAMPLESECRETKEY', '20240102');
    expect(kDate).toBe('4c0197fb06d7fad131871a81212ff251f5ab6b9a9284207e99aede424e1d610c');
    expect(
      deriveSigningKeyBytes('EXAMPLESECRETKEY', '20240102', 'cn-north-1', 'volcSMS').toString('hex'),
    ).toBe('5a950e1d566309ba143ac6dae601f492767b97927fa4b6f0d6d0d0e4eeddc6e5');
  });

  it('a cache keeps one derived key per (secret, date, region, service), and only for its owner', () => {
    const cache = new SigningKeyCache();
    const a = signingKey('s1', '20240102', 'cn-north-1', 'volcSMS', cache);
    expect(signingKey('s1', '20240102', 'cn-north-1', 'volcSMS', cache)).toBe(a);
    expect(signingKey('s2', '20240102', 'cn-north-1', 'volcSMS', cache)).not.toBe(a);
    expect(signingKey('s1', '20240103', 'cn-north-1', 'volcSMS', cache)).not.toBe(a);
    // Another client's cache, or none, derives its own.
    expect(signingKey('s1', '20240102', 'cn-north-1', 'volcSMS', new SigningKeyCache())).not.toBe(a);
    expect(signingKey('s1', '20240102', 'cn-north-1', 'volcSMS')).not.toBe(a);
    // Same key material either way.
    expect(signingKey('s1', '20240102', 'cn-north-1', 'volcSMS').export().toString('hex')).toBe(
      a.export().toString('hex'),
    );
  });

  it('the cache is bounded and holds no secret in clear', () => {
    const cache = new SigningKeyCache(3);
    const secret = 'VerySecretKeyThatMustNotBeKept';
    for (let day = 10; day < 20; day++) cache.get(secret, `202401${day}`, 'cn-north-1', 'volcSMS');
    expect(cache.size).toBe(3);
    // What a heap dump of the cache would show: its own fields and map keys.
    const inspected = util.inspect(cache, { showHidden: true, depth: 5 });
    expect(inspected).not.toContain(secret);
    expect(JSON.stringify([...Object.values(cache)])).not.toContain(secret);
  });
});

describe('known-answer vectors (reference §4.4)', () => {
  for (const v of SIGNING_VECTORS) {
    it(`vector ${v.name}`, () => {
      if (v.bodySha256) expect(sha256Hex(v.body)).toBe(v.bodySha256);
      if (v.noBodyHashHeader) {
        // Node's GET signs x-date only; build it from the pure parts.
        const xDate = formatXDate(VECTOR_DATE);
        const { text, signedHeaderNames } = canonicalRequest({
          method: v.method,
          path: '/',
          query: v.query,
          signedHeaders: { ...v.headers, 'X-Date': xDate },
          bodySha256: EMPTY_BODY_SHA256,
        });
        expect(signedHeaderNames).toBe(v.signedHeaders);
        const scope = credentialScope('20240102', VECTOR_REGION, VECTOR_SERVICE);
        const key = signingKey(VECTOR_CREDENTIALS.secretAccessKey, '20240102', VECTOR_REGION, VECTOR_SERVICE);
        expect(computeSignature(key, stringToSign(xDate, scope, text))).toBe(v.signature);
        return;
      }
      const headers = signRequest(
        { method: v.method, path: '/', query: v.query, headers: v.headers, body: v.body },
        context,
      );
      const auth = parseAuthorization(headers['Authorization']!);
      expect(auth).not.toBeNull();
      expect(auth!.signedHeaders.join(';')).toBe(v.signedHeaders);
      expect(auth!.signature).toBe(v.signature);
      expect(headers['Authorization']).toBe(
        `HMAC-SHA256 Credential=AKLTEXAMPLEAK/20240102/cn-north-1/volcSMS/request, SignedHeaders=${v.signedHeaders}, Signature=${v.signature}`,
      );
      if (v.canonicalRequestSha256) {
        const { text } = canonicalRequest({
          method: v.method,
          path: '/',
          query: v.query,
          signedHeaders: Object.fromEntries(
            Object.entries(headers).filter(([k]) => k.toLowerCase() !== 'authorization'),
          ),
          bodySha256: sha256Hex(v.body),
        });
        expect(sha256Hex(text)).toBe(v.canonicalRequestSha256);
      }
    });
  }
});

describe('X-Date', () => {
  it('is the UTC time to the second, every field zero-padded, for any year 0000–9999', () => {
    expect(formatXDate(new Date('2024-01-02T03:04:05.678Z'))).toBe('20240102T030405Z');
    expect(formatXDate(new Date('0999-12-31T23:59:59.999Z'))).toBe('09991231T235959Z');
    expect(formatXDate(new Date('0000-01-01T00:00:00Z'))).toBe('00000101T000000Z');
    // A local offset does not leak in: the same instant written in +08:00.
    expect(formatXDate(new Date('2026-12-02T08:30:00+08:00'))).toBe('20261202T003000Z');
  });
  it('refuses an invalid date, as toISOString does', () => {
    expect(() => formatXDate(new Date(Number.NaN))).toThrow(RangeError);
  });
});

describe('canonical query', () => {
  it('encodes non-ASCII values as upper-case UTF-8 escapes and sorts keys', () => {
    expect(canonicalQueryString({ signature: '火山引擎', Action: 'X' })).toBe(
      'Action=X&signature=%E7%81%AB%E5%B1%B1%E5%BC%95%E6%93%8E',
    );
  });
  it("escapes the characters encodeURIComponent leaves alone (!'()*) and spaces as %20", () => {
    expect(canonicalQueryString({ q: "a b!'()*~" })).toBe('q=a%20b%21%27%28%29%2A~');
  });
  it('repeats a key for each value of a list', () => {
    expect(canonicalQueryString({ subAccounts: ['b', 'a'] })).toBe('subAccounts=a&subAccounts=b');
  });
  it('orders any set of keys and values by encoded key, then value (as a full sort would)', () => {
    const query = fc.dictionary(
      fc.string({ maxLength: 4 }),
      fc.oneof(fc.string({ maxLength: 3 }), fc.array(fc.string({ maxLength: 3 }), { maxLength: 4 })),
      { maxKeys: 12 },
    );
    fc.assert(
      fc.property(query, (q) => {
        const pairs = Object.entries(q).flatMap(([k, v]) =>
          (typeof v === 'string' ? [v] : v).map((x) => [uriEncode(k), uriEncode(x)] as const),
        );
        pairs.sort(([ak, av], [bk, bv]) => (ak < bk ? -1 : ak > bk ? 1 : av < bv ? -1 : av > bv ? 1 : 0));
        expect(canonicalQueryString(q)).toBe(pairs.map(([k, v]) => `${k}=${v}`).join('&'));
      }),
    );
  });
});

describe('signRequest', () => {
  it('adds X-Security-Token and signs it when a session token is set', () => {
    const headers = signRequest(
      { method: 'POST', path: '/', query: { Action: 'A', Version: 'V' }, headers: {}, body: '{}' },
      { ...context, credentials: { ...VECTOR_CREDENTIALS, sessionToken: 'tok' } },
    );
    expect(headers['X-Security-Token']).toBe('tok');
    expect(parseAuthorization(headers['Authorization']!)!.signedHeaders).toContain('x-security-token');
  });
  it('changes the signature when any input changes', () => {
    const base = { method: 'POST', path: '/', query: { Action: 'A', Version: 'V' }, headers: {}, body: '{}' };
    const sig = (r: typeof base, d = VECTOR_DATE) =>
      parseAuthorization(signRequest(r, { ...context, date: d })['Authorization']!)!.signature;
    const s0 = sig(base);
    expect(sig({ ...base, body: '{ }' })).not.toBe(s0);
    expect(sig({ ...base, query: { Action: 'B', Version: 'V' } })).not.toBe(s0);
    expect(sig(base, new Date(VECTOR_DATE.getTime() + 1000))).not.toBe(s0);
  });
  it('signs the same whatever the order of the headers and of the query parameters', () => {
    const variants = [
      { headers: { Host: 'sms.volcengineapi.com', 'Content-Type': 'application/json' }, body: '{"a":"b"}' },
      { headers: { Host: '127.0.0.1:8787' }, body: '' },
      { headers: { 'Content-Type': 'application/json', Host: 'h' }, body: '{}', sessionToken: 'tok' },
      { headers: { Host: 'h', 'User-Agent': 'ua' }, body: '{}' },
      { headers: { Host: 'h  with  spaces' }, body: '{}' },
    ];
    for (const v of variants) {
      const query = { Action: 'SendSmsForAgent', Version: '2026-01-01' };
      const credentials = { ...VECTOR_CREDENTIALS, sessionToken: v.sessionToken };
      const sign = (q: Record<string, string>, headers: Record<string, string>) =>
        signRequest(
          { method: 'post', path: '/', query: q, headers, body: v.body },
          { ...context, credentials },
        );
      const reversed = <T>(record: Record<string, T>) => Object.fromEntries(Object.entries(record).reverse());
      expect(sign(reversed(query), reversed(v.headers))).toEqual(sign(query, v.headers));
    }
  });
  it('rejects malformed Authorization values', () => {
    expect(parseAuthorization('Bearer abc')).toBeNull();
    expect(
      parseAuthorization('HMAC-SHA256 Credential=AK/2024/cn/x/request, SignedHeaders=x-date, Signature=zz'),
    ).toBeNull();
  });
});

import { createHmac } from 'node:crypto';
function sha256HmacHex(key: string, msg: string): string {
  return createHmac('sha256', key).update(msg).digest('hex');
}
