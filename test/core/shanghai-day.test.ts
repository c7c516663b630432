import { describe, expect, it } from 'vitest';
import {
  shanghaiDate,
  shanghaiDayStart,
  shanghaiIso,
  shanghaiSecondOfDay,
} from '../../src/core/time/shanghai-day.ts';

const at = (shanghai: string) => Date.parse(`${shanghai}+08:00`) / 1000;

describe('Asia/Shanghai days (fixed UTC+08:00)', () => {
  it('starts a day at local midnight: the last second of a day and the first of the next', () => {
    expect(shanghaiDayStart(at('2026-12-01T23:59:59'))).toBe(at('2026-12-01T00:00:00'));
    expect(shanghaiDayStart(at('2026-12-02T00:00:00'))).toBe(at('2026-12-02T00:00:00'));
    // 16:00 UTC is already the next Shanghai day.
    expect(shanghaiDayStart(Date.parse('2026-12-31T16:00:00Z') / 1000)).toBe(at('2027-01-01T00:00:00'));
  });

  it('names the local date and second of the day, and the reference ISO form', () => {
    expect(shanghaiDate(Date.parse('2026-12-31T15:59:59Z') / 1000)).toBe('2026-12-31');
    expect(shanghaiDate(Date.parse('2026-12-31T16:00:00Z') / 1000)).toBe('2027-01-01');
    expect(shanghaiSecondOfDay(at('2026-07-01T08:00:00'))).toBe(8 * 3600);
    expect(shanghaiSecondOfDay(at('2026-07-01T21:30:00') + 0.999)).toBe(21 * 3600 + 30 * 60);
    expect(shanghaiIso(at('2026-07-01T00:00:00'))).toBe('2026-07-01T00:00:00+08:00');
  });
});
