import { describe, expect, it } from 'vitest';
import { SmsInputError } from '../../src/core/errors.ts';
import { parseTimeInput, parseWindow } from '../../src/core/time.ts';

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
