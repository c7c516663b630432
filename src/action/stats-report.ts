import type { SendStats, StatsDataPoint } from '../core/index.ts';
import { shanghaiIso } from '../core/index.ts';
import { capSummary, cell, code, percent, table } from './summary-markdown.ts';

/** Output name → field of the stats result: every total and rate the API returns. */
export const STATS_OUTPUTS = {
  'total-send-count': 'TotalSendCount',
  'total-all-send-count': 'TotalAllSendCount',
  'total-send-success-count': 'TotalSendSuccessCount',
  'total-receipt-success-count': 'TotalReceiptSuccessCount',
  'total-receipt-failure-count': 'TotalReceiptFailureCount',
  'total-no-receipt-72-hour-count': 'TotalNoReceipt72HourCount',
  'total-send-success-rate': 'TotalSendSuccessRate',
  'total-receipt-success-rate': 'TotalReceiptSuccessRate',
} as const satisfies Record<string, keyof SendStats>;

export interface StatsWindow {
  startTime: number;
  endTime: number;
  subAccount?: string | undefined;
  signature?: string | undefined;
  templateId?: string | undefined;
  channelType?: string | undefined;
}

/** `2026-11-25 08:00` in Asia/Shanghai, the zone of the stats days and the API's windows (reference §6). */
export function shanghaiTime(epochSeconds: number): string {
  return shanghaiIso(epochSeconds).slice(0, 16).replace('T', ' ');
}

/** The `stats` output: the window and the result, with stable camelCase keys for `fromJSON()`. */
export function statsJson(window: StatsWindow, stats: SendStats): string {
  const totals = Object.fromEntries(
    Object.values(STATS_OUTPUTS).map((field) => [lowerFirst(field), stats[field]]),
  );
  const dataPoints = (stats.DataPoints ?? []).map((point) => ({
    date: point.Date,
    allSendCount: point.AllSendCount,
    sendSuccessCount: point.SendSuccessCount,
    receiptSuccessCount: point.ReceiptSuccessCount,
    receiptFailureCount: point.ReceiptFailureCount,
    noReceipt72HourCount: point.NoReceipt72HourCount,
    sendSuccessRate: point.SendSuccessRate,
    receiptSuccessRate: point.ReceiptSuccessRate,
  }));
  return JSON.stringify({ startTime: window.startTime, endTime: window.endTime, ...totals, dataPoints });
}

function lowerFirst(value: string): string {
  return value.charAt(0).toLowerCase() + value.slice(1);
}

// Mermaid's xychart gets unreadable past this many bars; a 90-day window is summarised by its last days.
const MAX_CHART_DAYS = 62;

/**
 * A per-day bar (submitted) and line (delivered) chart. Mermaid's xychart renders inside job summaries;
 * it has no legend, so the caption names the series.
 */
export function dailyChart(points: readonly StatsDataPoint[]): string {
  const days = points.filter((p) => p.Date).slice(-MAX_CHART_DAYS);
  if (days.length === 0) return '_The API returned no per-day data for this window._';
  const labels = days.map((p) => JSON.stringify(shortDate(p.Date ?? '')));
  const max = Math.max(1, ...days.map((p) => p.AllSendCount));
  return [
    '```mermaid',
    'xychart-beta',
    '  title "Messages per day (bars: submitted, line: delivered)"',
    `  x-axis [${labels.join(', ')}]`,
    `  y-axis "Messages" 0 --> ${max}`,
    `  bar [${days.map((p) => p.AllSendCount).join(', ')}]`,
    `  line [${days.map((p) => p.ReceiptSuccessCount).join(', ')}]`,
    '```',
  ].join('\n');
}

/** `20261124` or `2026-11-24` → `11-24`. */
function shortDate(date: string): string {
  const digits = date.replace(/\D/g, '');
  return digits.length === 8 ? `${digits.slice(4, 6)}-${digits.slice(6, 8)}` : date;
}

export function statsSummary(window: StatsWindow, stats: SendStats): string {
  const filters = [
    window.subAccount && `message group ${code(window.subAccount)}`,
    window.signature && `signature ${code(window.signature)}`,
    window.templateId && `template ${code(window.templateId)}`,
    window.channelType && `channel ${code(window.channelType)}`,
  ].filter(Boolean);
  const rows = [
    ['Submitted', cell(stats.TotalAllSendCount)],
    ['Accepted for sending', cell(stats.TotalSendSuccessCount)],
    ['Delivered (receipt OK)', cell(stats.TotalReceiptSuccessCount)],
    ['Delivery failed (receipt)', cell(stats.TotalReceiptFailureCount)],
    ['No receipt after 72 h', cell(stats.TotalNoReceipt72HourCount)],
    ['Billed segments (TotalSendCount)', cell(stats.TotalSendCount)],
    ['Send success rate', percent(stats.TotalSendSuccessRate, stats.TotalAllSendCount)],
    ['Receipt success rate', percent(stats.TotalReceiptSuccessRate, stats.TotalSendSuccessCount)],
  ];
  const parts = [
    `### 📊 SMS statistics, ${shanghaiTime(window.startTime)} → ${shanghaiTime(window.endTime)} (Asia/Shanghai)`,
    '',
    filters.length > 0
      ? `Filtered by ${filters.join(' · ')}.`
      : 'All message groups, signatures and templates.',
    '',
    table(['Metric', 'Value'], rows),
    '',
    dailyChart(stats.DataPoints ?? []),
    '',
  ];
  return capSummary(parts.join('\n'));
}
