import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { sha256Hex } from '../../src/core/index.ts';
import { startSandbox, type Sandbox } from '../../src/sandbox/index.ts';
import {
  SIGNING_VECTORS,
  VECTOR_CREDENTIALS,
  VECTOR_DATE,
  type SigningVector,
} from '../fixtures/signing-vectors.ts';
import { codeOf, queryString, rawRequest } from './helpers/sandbox-http.ts';

/**
 * Reference §4.4 vectors A–E, sent verbatim: the sandbox must verify each signature (the answer may be
 * a business error, never an auth error), and reject each one once any signed part is changed.
 */

const AUTH_CODES = [
  'MissingAuthenticationToken',
  'InvalidAuthorization',
  'InvalidAccessKey',
  'SignatureDoesNotMatch',
  'InvalidTimestamp',
  'InvalidCredential',
  'MissingRequestInfo',
];

function vectorRequest(vector: SigningVector) {
  const headers: Record<string, string> = { ...vector.headers, 'X-Date': '20240102T030405Z' };
  // The vectors' X-Content-Sha256 is the hash of their body (given for A and E, computed for the others).
  if (!vector.noBodyHashHeader) headers['X-Content-Sha256'] = vector.bodySha256 ?? sha256Hex(vector.body);
  headers.Authorization =
    `HMAC-SHA256 Credential=${VECTOR_CREDENTIALS.accessKeyId}/20240102/cn-north-1/volcSMS/request, ` +
    `SignedHeaders=${vector.signedHeaders}, Signature=${vector.signature}`;
  return { method: vector.method, path: `/?${queryString(vector.query)}`, headers, body: vector.body };
}

describe('reference signing vectors against the sandbox', () => {
  let sandbox: Sandbox;
  beforeAll(async () => {
    sandbox = await startSandbox({
      port: 0,
      rateLimitQps: 0,
      ...VECTOR_CREDENTIALS,
      clock: () => VECTOR_DATE.getTime(),
    });
  });
  afterAll(() => sandbox.close());

  it.each(SIGNING_VECTORS.map((v) => [v.name, v] as const))('vector %s verifies', async (_name, vector) => {
    const response = await rawRequest(sandbox.url, vectorRequest(vector));
    expect(response.json, response.text).toBeDefined();
    expect(AUTH_CODES).not.toContain(codeOf(response));
    expect(response.status).toBe(200);
  });

  // TestSign is not a seeded signature, so the sends get past authentication to RE:0004.
  it.each([
    ['A', 'RE:0004'],
    ['B', 'RE:0004'],
    ['C', 'OK'],
    ['D', 'OK'],
    ['E', 'RE:0004'],
  ])('vector %s is then judged by the business rules: %s', async (letter, code) => {
    const vector = SIGNING_VECTORS.find((v) => v.name.startsWith(`${letter}:`));
    const response = await rawRequest(sandbox.url, vectorRequest(vector as SigningVector));
    expect(codeOf(response)).toBe(code);
  });

  const tampers: Array<[string, (r: ReturnType<typeof vectorRequest>) => void, string]> = [
    ['body', (r) => void (r.body = r.body.replace('13800000000', '13800000001')), 'SignatureDoesNotMatch'],
    ['query', (r) => void (r.path = `${r.path}&Extra=1`), 'SignatureDoesNotMatch'],
    ['signed header', (r) => void (r.headers.Host = 'evil.example.com'), 'SignatureDoesNotMatch'],
    [
      'signature',
      (r) => void (r.headers.Authorization = r.headers.Authorization!.replace(/Signature=./, 'Signature=0')),
      'SignatureDoesNotMatch',
    ],
    [
      'key id',
      (r) =>
        void (r.headers.Authorization = r.headers.Authorization!.replace('AKLTEXAMPLEAK', 'AKLTOTHERAK')),
      'InvalidAccessKey',
    ],
  ];
  it.each(tampers)('vector B with a tampered %s is rejected', async (_what, tamper, code) => {
    const request = vectorRequest(SIGNING_VECTORS.find((v) => v.name.startsWith('B')) as SigningVector);
    tamper(request);
    const response = await rawRequest(sandbox.url, request);
    expect(codeOf(response)).toBe(code);
    expect(response.status).toBe(401);
  });

  it('rejects the vectors when the server clock is 16 minutes later (date skew)', async () => {
    const late = await startSandbox({
      port: 0,
      rateLimitQps: 0,
      ...VECTOR_CREDENTIALS,
      clock: () => VECTOR_DATE.getTime() + 16 * 60_000,
    });
    try {
      const response = await rawRequest(late.url, vectorRequest(SIGNING_VECTORS[4] as SigningVector));
      expect(response.status).toBe(403);
      expect(codeOf(response)).toBe('InvalidTimestamp');
    } finally {
      await late.close();
    }
  });

  it('rejects the vectors when the sandbox has a different secret', async () => {
    const other = await startSandbox({
      port: 0,
      rateLimitQps: 0,
      accessKeyId: VECTOR_CREDENTIALS.accessKeyId,
      secretAccessKey: 'OTHERSECRET',
      clock: () => VECTOR_DATE.getTime(),
    });
    try {
      const response = await rawRequest(other.url, vectorRequest(SIGNING_VECTORS[4] as SigningVector));
      expect(codeOf(response)).toBe('SignatureDoesNotMatch');
    } finally {
      await other.close();
    }
  });
});
