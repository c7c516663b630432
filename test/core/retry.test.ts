import { describe, expect, it } from 'vitest';
import { ERROR_CODES, lookupErrorCode } from '../../src/core/errors/error-codes.ts';
import {
  classifyFailure,
  parseRetryAfter,
  retryDelay,
  type AttemptFailure,
} from '../../src/core/http/retry.ts';

const refused: AttemptFailure = { type: 'network', code: 'ECONNREFUSED', phase: 'connect' };
const dns: AttemptFailure = { type: 'network', code: 'ENOTFOUND', phase: 'connect' };
const reset: AttemptFailure = { type: 'network', code: 'ECONNRESET', phase: 'sent' };
const connectTimeout: AttemptFailure = { type: 'timeout', phase: 'connect' };
const readTimeout: AttemptFailure = { type: 'timeout', phase: 'sent' };
const abortedSent: AttemptFailure = { type: 'aborted', phase: 'sent' };
const abortedEarly: AttemptFailure = { type: 'aborted', phase: 'connect' };
const http = (status: number, apiCode?: string): AttemptFailure => ({ type: 'http', status, apiCode });
const truncated: AttemptFailure = { type: 'invalid-body', status: 200 };

// [failure, read: retry?, send: retry?, send: outcome unknown?]
const TABLE: Array<[string, AttemptFailure, boolean, boolean, boolean]> = [
  ['connection refused', refused, true, true, false],
  ['DNS failure', dns, true, false, false],
  ['reset after write', reset, true, false, true],
  ['connect timeout', connectTimeout, true, false, false],
  ['response timeout', readTimeout, false, false, true],
  ['aborted in flight', abortedSent, false, false, true],
  ['aborted before connect', abortedEarly, false, false, false],
  // A 429 that is not the gateway's throttle envelope may come from anything that saw the request.
  ['HTTP 429 without an envelope', http(429), true, false, true],
  ['FlowLimitExceeded', http(429, 'FlowLimitExceeded'), true, true, false],
  ['AccountFlowLimitExceeded at 200', http(200, 'AccountFlowLimitExceeded'), true, true, false],
  ['HTTP 500', http(500), true, false, true],
  ['HTTP 503', http(503, 'ServiceUnavailableTemp'), true, false, true],
  ['business 1015', http(200, '1015'), true, false, true],
  ['business 1999', http(200, '1999'), true, false, true],
  ['RE:0500 at 200', http(200, 'RE:0500'), false, false, true],
  ['SY:0500 at 200', http(200, 'SY:0500'), true, false, true],
  ['InternalServiceTimeout at 200', http(200, 'InternalServiceTimeout'), true, false, true],
  ['an unknown code', http(200, 'RE:0042'), false, false, true],
  ['RE:0004', http(200, 'RE:0004'), false, false, false],
  ['SignatureDoesNotMatch', http(401, 'SignatureDoesNotMatch'), false, false, false],
  ['RE:0003', http(200, 'RE:0003'), false, false, false],
  ['RE:0010 (arrears)', http(200, 'RE:0010'), false, false, false],
  ['HTTP 404 without an envelope', http(404), false, false, true],
  ['HTTP 400 without an envelope', http(400), false, false, true],
  ["a proxy's HTTP 407", http(407), false, false, false],
  ['truncated / non-JSON 2xx', truncated, false, false, true],
];

describe('classifyFailure', () => {
  it.each(TABLE)('%s', (_name, failure, readRetry, sendRetry, sendUnknown) => {
    expect(classifyFailure(failure, 'read')).toEqual({ retry: readRetry, outcomeUnknown: false });
    expect(classifyFailure(failure, 'send')).toEqual({ retry: sendRetry, outcomeUnknown: sendUnknown });
  });
});

describe('classifyFailure follows the error table', () => {
  const codes = Object.keys(ERROR_CODES);
  it.each(codes)('%s', (code) => {
    const info = lookupErrorCode(code)!;
    for (const status of [200, 400, 429, 500]) {
      const send = classifyFailure(http(status, code), 'send');
      // Rejected only on the table's word; retried only when throttled (nothing was processed).
      expect(send).toEqual(
        info.provesNotProcessed
          ? { retry: info.kind === 'rate-limit', outcomeUnknown: false }
          : { retry: false, outcomeUnknown: true },
      );
      const read = classifyFailure(http(status, code), 'read');
      expect(read.retry).toBe(info.retryable === true || status === 429 || status >= 500);
    }
  });

  it('has codes on both sides, and throttles are the only sends retried', () => {
    const entries = Object.values(ERROR_CODES) as Array<{ provesNotProcessed: boolean; kind: string }>;
    expect(entries.filter((e) => e.provesNotProcessed).length).toBeGreaterThan(20);
    expect(entries.filter((e) => !e.provesNotProcessed).length).toBeGreaterThan(5);
    const retriedSends = codes.filter((code) => classifyFailure(http(429, code), 'send').retry);
    expect(retriedSends.sort()).toEqual(['AccountFlowLimitExceeded', 'FlowLimitExceeded']);
  });
});

describe('retryDelay', () => {
  it.each([
    [1, 0, 125],
    [1, 1, 250],
    [2, 0, 250],
    [2, 1, 500],
    [3, 0.5, 750],
    [10, 0, 2000],
    [10, 1, 4000],
  ])('attempt %d, random %d → %d ms', (attempt, random, expected) => {
    expect(retryDelay({ attempt, random: () => random })).toBe(expected);
  });

  it('honours Retry-After up to 10 s', () => {
    expect(retryDelay({ attempt: 1, retryAfterMs: 1500, random: () => 0.9 })).toBe(1500);
    expect(retryDelay({ attempt: 1, retryAfterMs: 0, random: () => 0.9 })).toBe(0);
    expect(retryDelay({ attempt: 1, retryAfterMs: 60_000, random: () => 0.9 })).toBe(10_000);
  });
});

describe('parseRetryAfter', () => {
  const now = Date.parse('2026-11-25T12:00:00Z');
  it.each([
    [undefined, undefined],
    ['', undefined],
    ['2', 2000],
    ['0.5', 500],
    ['Wed, 25 Nov 2026 12:00:03 GMT', 3000],
    ['Wed, 25 Nov 2026 11:00:00 GMT', 0],
    ['soon', undefined],
  ])('%j → %j', (value, expected) => {
    expect(parseRetryAfter(value, now)).toBe(expected);
  });
});
