import { describe, expect, it } from 'vitest';
import { SmsInputError, checkBatchSchedule } from '../../../src/core/index.ts';

// Reference §3.4: Asia/Shanghai, 08:00:00–21:30:00, strictly future, no later than the same day next month.
const NOW = Date.parse('2026-01-31T10:00:00+08:00');

function refusal(sendTime: string, now = NOW): string {
  try {
    checkBatchSchedule({ scheduled: true, sendTime }, now);
  } catch (err) {
    expect(err).toBeInstanceOf(SmsInputError);
    const issue = (err as SmsInputError).issues[0];
    expect(issue?.field).toBe('send-time');
    return issue?.message ?? '';
  }
  throw new Error(`${sendTime} was accepted`);
}

describe('checkBatchSchedule', () => {
  it('reads a send time with the core time parser: Asia/Shanghai without an offset, the offset when given', () => {
    expect(checkBatchSchedule({ scheduled: true, sendTime: '2026-02-01T10:00:00' }, NOW)).toEqual({
      scheduled: true,
      sendTime: Date.parse('2026-02-01T02:00:00Z') / 1000,
    });
    expect(checkBatchSchedule({ scheduled: true, sendTime: '2026-02-01 09:30+09:00' }, NOW).sendTime).toBe(
      Date.parse('2026-02-01T00:30:00Z') / 1000,
    );
  });

  it('refuses what the service would, naming send-time and the fix', () => {
    expect(refusal('tomorrow')).toMatch(/is not an ISO 8601 time: write it like 2026-08-06T10:00:00/);
    expect(refusal('24h')).toMatch(/not an ISO 8601 time/);
    expect(refusal('2026-02-30T10:00:00')).toMatch(/2026-02 has 28 days/);
    expect(refusal('2026-01-31T10:00:00')).toBe('is not in the future: pick a later time');
    expect(refusal('2026-02-01T21:31:00')).toMatch(/outside 08:00–21:30 Asia\/Shanghai/);
    expect(refusal('2026-02-01T07:59:59')).toMatch(/outside 08:00–21:30/);
    // January 31st: next month's same day is clamped to February 28th.
    expect(checkBatchSchedule({ scheduled: true, sendTime: '2026-02-28T21:30:00' }, NOW).scheduled).toBe(
      true,
    );
    expect(refusal('2026-03-01T08:00:00')).toBe(
      'is more than a month ahead: schedule no later than 2026-02-28 (the same day next month)',
    );
  });

  it('an immediate task only inside the window', () => {
    expect(checkBatchSchedule({ scheduled: false }, NOW)).toEqual({ scheduled: false, sendTime: 0 });
    expect(() => checkBatchSchedule({ scheduled: false }, Date.parse('2026-01-31T22:00:00+08:00'))).toThrow(
      /outside 08:00–21:30/,
    );
  });
});
