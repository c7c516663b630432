import { describe, expect, it } from 'vitest';
import { classifyFailure, parseRetryAfter, retryDelay, type AttemptFailure } from '../../src/core/retry.ts';

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
  ['HTTP 429', http(429), true, true, false],
  ['FlowLimitExceeded', http(429, 'FlowLimitExceeded'), true, true, false],
  ['AccountFlowLimitExceeded at 200', http(200, 'AccountFlowLimitExceeded'), true, true, false],
  ['HTTP 500', http(500), true, false, true],
  ['HTTP 503', http(503, 'ServiceUnavailableTemp'), true, false, true],
  ['business 1015', http(200, '1015'), true, false, false],
  ['business 1999', http(200, '1999'), true, false, false],
  ['RE:0004', http(200, 'RE:0004'), false, false, false],
  ['SignatureDoesNotMatch', http(401, 'SignatureDoesNotMatch'), false, false, false],
  ['HTTP 404', http(404), false, false, false],
  ['truncated / non-JSON 2xx', truncated, false, false, true],
];

describe('classifyFailure', () => {
  it.each(TABLE)('%s', (_name, failure, readRetry, sendRetry, sendUnknown) => {
    expect(classifyFailure(failure, 'read')).toEqual({ retry: readRetry, outcomeUnknown: false });
    expect(classifyFailure(failure, 'send')).toEqual({ retry: sendRetry, outcomeUnknown: sendUnknown });
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
