import { describe, expect, it } from 'vitest';
import { SmsInputError } from '../../src/core/errors/errors.ts';
import {
  checkDuration,
  formatDuration,
  isWindowLength,
  parseDuration,
  parseTimeInput,
  parseWindow,
} from '../../src/core/time/time.ts';

const now = new Date('2026-11-25T12:00:00Z');
const nowS = now.getTime() / 1000;

describe('parseTimeInput', () => {
  it.each([
    ['1773113285', 1773113285],
    ['1773113285123', 1773113285],
    ['now', nowS],
    ['24h', nowS - 86400],
    ['7d', nowS - 7 * 86400],
    ['30m', nowS - 1800],
    ['2026-11-25', Date.parse('2026-11-24T16:00:00Z') / 1000],
    ['2026-11-25T08:30', Date.parse('2026-11-25T00:30:00Z') / 1000],
    ['2026-11-25 08:30:15', Date.parse('2026-11-25T00:30:15Z') / 1000],
    ['2026-11-25T08:30:00Z', Date.parse('2026-11-25T08:30:00Z') / 1000],
    ['2026-11-25T08:30:00+02:00', Date.parse('2026-11-25T06:30:00Z') / 1000],
  ])('%s → %d', (value, expected) => {
    expect(parseTimeInput(value, { now })).toBe(expected);
  });

  it('accepts a number', () => {
    expect(parseTimeInput(1773113285, { now })).toBe(1773113285);
  });

  it.each(['yesterday', '24x', '2026-13-45', '', '-5'])('rejects %j naming the field', (value) => {
    try {
      parseTimeInput(value, { now, field: 'from-time' });
      expect.unreachable();
    } catch (err) {
      expect(err).toBeInstanceOf(SmsInputError);
      expect((err as SmsInputError).issues[0]?.field).toBe('from-time');
      expect((err as SmsInputError).message).toContain('epoch seconds');
    }
  });
});

describe('parseWindow', () => {
  it('ends now', () => {
    expect(parseWindow('24h', { now })).toEqual({ startTime: nowS - 86400, endTime: nowS });
    expect(parseWindow('7d', { now: now.getTime() })).toEqual({ startTime: nowS - 7 * 86400, endTime: nowS });
  });
  it('rejects anything but a length', () => {
    expect(() => parseWindow('2026-11-25', { now })).toThrow(/not a window/);
  });
});

describe('impossible dates', () => {
  it.each(['2026-02-31', '2026-02-29', '2026-04-31 08:00', '2026-13-01', '2026-00-10', '2026-11-25 24:00'])(
    '%s is refused rather than rolled into the next month',
    (value) => {
      expect(() => parseTimeInput(value, { now, field: '--from-time' })).toThrow(SmsInputError);
    },
  );
  it('names the length of the month', () => {
    expect(() => parseTimeInput('2026-02-31', { now, field: '--from-time' })).toThrow(/2026-02 has 28 days/);
  });
  it('a leap day in a leap year is fine', () => {
    expect(parseTimeInput('2028-02-29', { now })).toBe(Date.parse('2028-02-28T16:00:00Z') / 1000);
  });
});

describe('zone of typed times', () => {
  it('reads a zone-less time in the zone asked for', () => {
    expect(parseTimeInput('2026-12-02 05:00:40', { timeZone: 'UTC' })).toBe(
      Date.parse('2026-12-02T05:00:40Z') / 1000,
    );
    expect(parseTimeInput('2026-07-01', { timeZone: 'Europe/Berlin' })).toBe(
      Date.parse('2026-06-30T22:00:00Z') / 1000,
    );
  });
  it('an explicit offset wins over the zone', () => {
    expect(parseTimeInput('2026-12-02T05:00:40+01:00', { timeZone: 'UTC' })).toBe(
      Date.parse('2026-12-02T04:00:40Z') / 1000,
    );
  });
});

describe('checkDuration / parseDuration: the one duration reader', () => {
  const timeout = { defaultUnit: 's', units: ['ms', 's', 'm'], minMs: 100, maxMs: 600_000 } as const;
  it.each([
    ['30', 30_000],
    ['1.5s', 1500],
    ['500ms', 500],
    ['2m', 120_000],
    ['100ms', 100],
    ['10m', 600_000],
  ])('%s → %d ms', (text, ms) => {
    expect(checkDuration(text, timeout)).toEqual({ ok: true, ms });
  });
  it.each([
    ['3000000s', /at most 10m/],
    ['0.4ms', /at least 100ms/],
    ['2h', /must be a duration/],
    ['soon', /must be a duration/],
  ])('%s is refused: %s', (text, problem) => {
    const result = checkDuration(text, timeout);
    expect(result.ok).toBe(false);
    expect(!result.ok && result.problem).toMatch(problem);
  });
  it('parseDuration names the field', () => {
    expect(() => parseDuration('x', { field: '--timeout' })).toThrow(/^--timeout must be a duration/);
  });
  it('formats durations in the largest unit that divides them', () => {
    expect([100, 1000, 90_000, 600_000, 6 * 3_600_000, 86_400_000].map(formatDuration)).toEqual([
      '100ms',
      '1s',
      '90s',
      '10m',
      '6h',
      '1d',
    ]);
  });
  it('window lengths need a unit and a whole number', () => {
    expect(['24h', '7d', '30m', '2w'].every(isWindowLength)).toBe(true);
    expect(['24', '1.5h', '2026-11-25', ''].some(isWindowLength)).toBe(false);
  });
});
