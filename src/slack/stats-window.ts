import {
  MAX_STATS_WINDOW_DAYS as MAX_STATS_DAYS,
  SmsInputError,
  parseTimeInput,
  parseWindow,
} from '../core/index.ts';
import type { StatsWindow } from './command-parser.ts';

/**
 * A parsed `stats` window → epoch seconds, checked against the API's limits. A date typed without a zone
 * is read in the app's timezone, the one its reports show. Throws SmsInputError.
 */
export function resolveWindow(
  window: StatsWindow,
  now: number,
  timeZone?: string,
): { startTime: number; endTime: number } {
  if (window.kind === 'relative') {
    const resolved = parseWindow(window.length, { now, field: 'window' });
    checkSpan(resolved.startTime, resolved.endTime);
    return resolved;
  }
  const startTime = parseTimeInput(window.from, { now, timeZone, field: 'from' });
  const endTime = parseTimeInput(window.to, { now, timeZone, field: 'to' });
  if (endTime <= startTime) {
    throw new SmsInputError('to: must be after from', [
      { field: 'to', message: `must be after from (${window.from})` },
    ]);
  }
  checkSpan(startTime, endTime);
  return { startTime, endTime };
}

function checkSpan(startTime: number, endTime: number): void {
  if (endTime - startTime > MAX_STATS_DAYS * 86_400) {
    throw new SmsInputError(`window: at most ${MAX_STATS_DAYS} days`, [
      { field: 'window', message: `the API reports at most ${MAX_STATS_DAYS} days at a time` },
    ]);
  }
}
