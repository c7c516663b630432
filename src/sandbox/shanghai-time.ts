import { DEFAULT_TIME_ZONE, formatWallTime } from '../core/index.ts';
import { instantOf } from '../core/internal.ts';

/**
 * Calendar dates in the service's zone (Asia/Shanghai: the core's DEFAULT_TIME_ZONE), which is how it
 * buckets stats. The zone arithmetic is the core's (time/time-zone.ts); nothing here knows its offset.
 */

/** `2026-11-25` for an epoch-milliseconds instant. */
export function shanghaiDate(epochMs: number): string {
  return formatWallTime(epochMs, DEFAULT_TIME_ZONE).slice(0, 10);
}

/** Start of the Shanghai day containing the instant, as epoch milliseconds. */
export function shanghaiDayStart(epochMs: number): number {
  const [year, month, day] = shanghaiDate(epochMs).split('-').map(Number) as [number, number, number];
  return instantOf({ year, month, day, hour: 0, minute: 0, second: 0 }, DEFAULT_TIME_ZONE);
}

/** Every Shanghai date from the one containing `fromMs` to the one containing `toMs`, inclusive. */
export function shanghaiDatesBetween(fromMs: number, toMs: number): string[] {
  const dates: string[] = [];
  // 36 hours past a day's start is always inside the next day, whatever the zone's offsets do.
  for (let day = shanghaiDayStart(fromMs); day <= toMs; day = shanghaiDayStart(day + 36 * 3600_000))
    dates.push(shanghaiDate(day));
  return dates;
}
