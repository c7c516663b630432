/** Calendar dates in Asia/Shanghai (UTC+8, no daylight saving), which is how the service buckets stats. */
const OFFSET_MS = 8 * 3600_000;
const DAY_MS = 86_400_000;

/** `2026-11-25` for an epoch-milliseconds instant. */
export function shanghaiDate(epochMs: number): string {
  return new Date(epochMs + OFFSET_MS).toISOString().slice(0, 10);
}

/** Start of the Shanghai day containing the instant, as epoch milliseconds. */
export function shanghaiDayStart(epochMs: number): number {
  return Math.floor((epochMs + OFFSET_MS) / DAY_MS) * DAY_MS - OFFSET_MS;
}

/** Every Shanghai date from the one containing `fromMs` to the one containing `toMs`, inclusive. */
export function shanghaiDatesBetween(fromMs: number, toMs: number): string[] {
  const dates: string[] = [];
  for (let day = shanghaiDayStart(fromMs); day <= toMs; day += DAY_MS) dates.push(shanghaiDate(day));
  return dates;
}
