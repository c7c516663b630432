import { MAX_STATS_WINDOW_DAYS, parseTimeInput, parseWindow } from '../core/index.ts';
import type { InputIssue } from '../core/index.ts';
import type { RawInputs } from './input-checks.ts';
import { collectIssues } from './input-issues.ts';

/**
 * `mode: stats`'s window from `start-time`/`end-time` or `window` (default 24h), through the core's one time
 * parser; a problem is added to `issues` (every input is checked in one round) and the window left empty.
 */
export function statsWindowInputs(
  raw: RawInputs,
  now: Date,
  issues: InputIssue[],
): { startTime: number; endTime: number } {
  let window = { startTime: 0, endTime: 0 };
  collectIssues(issues, () => {
    const endTime = raw['end-time'] ? parseTimeInput(raw['end-time'], { now, field: 'end-time' }) : undefined;
    if (raw['start-time']) {
      if (raw.window) {
        issues.push({ field: 'window', message: 'cannot be combined with start-time; give one of them' });
      }
      const startTime = parseTimeInput(raw['start-time'], { now, field: 'start-time' });
      window = { startTime, endTime: endTime ?? Math.floor(now.getTime() / 1000) };
    } else {
      // A window ends now, or at end-time when that is given (e.g. "the 24h before the release").
      const span = parseWindow(raw.window || '24h', { now, field: 'window' });
      const end = endTime ?? span.endTime;
      window = { startTime: end - (span.endTime - span.startTime), endTime: end };
    }
    if (window.startTime >= window.endTime) {
      issues.push({ field: 'start-time', message: 'must be before end-time' });
    } else if (window.endTime - window.startTime > MAX_STATS_WINDOW_DAYS * 86_400) {
      issues.push({
        field: raw['start-time'] ? 'start-time' : 'window',
        message: `the stats API allows at most ${MAX_STATS_WINDOW_DAYS} days`,
      });
    }
  });
  return window;
}
