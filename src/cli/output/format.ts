import { TIME_ZONE_VARIABLE, describeTimeZone, formatWallTime, maskPhone } from '../../core/index.ts';

/** Review status of signatures and templates (reference §3.9, SmsOrderStatus). */
const REVIEW_STATUS: Record<string, string> = {
  '1': 'reviewing',
  '2': 'rejected',
  '3': 'approved',
  '4': 'closed',
  '5': 'exempt',
};

/** Send-log status of the agent API: 1 awaiting receipt, 2 failed, 3 delivered. */
const DELIVERY_STATUS: Record<string, string> = { '1': 'awaiting receipt', '2': 'failed', '3': 'delivered' };

export function reviewStatus(status: string | number | undefined): string | undefined {
  return status === undefined ? undefined : (REVIEW_STATUS[String(status)] ?? String(status));
}

export function deliveryStatus(status: number | undefined): string | undefined {
  return status === undefined ? undefined : (DELIVERY_STATUS[String(status)] ?? String(status));
}

/** Numbers the server already masked (`138****0000`) stay as they are; full ones are masked here. */
export function maskedMobile(mobile: string | undefined): string | undefined {
  if (mobile === undefined || mobile === '') return undefined;
  return mobile.includes('*') ? mobile : maskPhone(mobile);
}

/** Epoch milliseconds → `2026-11-25 19:40:02` in `zone`, the zone typed times are read in too. */
export function formatTimeMs(ms: number | null | undefined, zone: string): string | undefined {
  if (ms === null || ms === undefined || ms <= 0) return undefined;
  return formatWallTime(ms, zone);
}

export function formatTimeSeconds(seconds: number | undefined, zone: string): string | undefined {
  return seconds === undefined ? undefined : formatTimeMs(seconds * 1000, zone);
}

/** The line under a table with times: which zone they are in, and how to change it. */
export function timesNote(zone: string, now: number): string {
  return `Times in ${describeTimeZone(zone, now)}, as typed times are read (${TIME_ZONE_VARIABLE} changes both).`;
}

/**
 * `0.875` → `87.5%`. The API gives rates as fractions (reference §3.7); where nothing was there to count
 * (`whole` is 0: no message submitted, none accepted) there is no rate, and `–` says so rather than `0.0%`.
 */
export function formatRate(rate: number | undefined, whole?: number): string {
  if (whole === 0 || rate === undefined || Number.isNaN(rate)) return '–';
  return `${(rate * 100).toFixed(1)}%`;
}

export function joinList(items: readonly string[] | null | undefined): string | undefined {
  return items === null || items === undefined || items.length === 0 ? undefined : items.join(', ');
}

/** The paging footer under a list: how many of how many, and the flag for the next page. */
export function pagingFooter(
  shown: number,
  total: number,
  page: number,
  pageSize: number,
  noun: string,
): string {
  if (total === 0) return `No ${noun} found.`;
  const first = (page - 1) * pageSize + 1;
  const range = shown === 0 ? 'none' : `${first}–${first + shown - 1}`;
  const more = first - 1 + shown < total ? ` Next page: --page ${page + 1}.` : '';
  return `${noun[0]?.toUpperCase()}${noun.slice(1)} ${range} of ${total} (page ${page}).${more}`;
}
