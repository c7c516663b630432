import { describe, expect, it } from 'vitest';
import { resolveWindow } from '../../src/slack/stats-window.ts';

const now = Date.parse('2026-11-25T12:00:00Z');

describe('resolveWindow', () => {
  it("reads dates typed without a zone in the app's timezone, the one its reports show", () => {
    const range = { kind: 'range', from: '2026-11-01', to: '2026-11-02' } as const;
    expect(resolveWindow(range, now, 'UTC')).toEqual({
      startTime: Date.parse('2026-11-01T00:00:00Z') / 1000,
      endTime: Date.parse('2026-11-02T00:00:00Z') / 1000,
    });
    expect(resolveWindow(range, now).startTime).toBe(Date.parse('2026-10-31T16:00:00Z') / 1000);
  });

  it('refuses a date that does not exist and a window over 90 days', () => {
    expect(() => resolveWindow({ kind: 'range', from: '2026-02-30', to: '2026-03-02' }, now)).toThrow(
      /2026-02 has 28 days/,
    );
    expect(() => resolveWindow({ kind: 'relative', length: '91d' }, now)).toThrow(/at most 90 days/);
  });
});
