import type { AnalyticsReport, BucketMetrics, Rate } from '../../core/index.ts';
import { renderTable } from '../output/table.ts';

/**
 * What `analytics` shows on a terminal: one row per bucket with a bar of the messages submitted (the
 * small chart), the recomputed rates and the receipts still pending; then the send-log evidence. Times
 * are the report's own, Asia/Shanghai, and say so.
 */

const BAR_CELLS = 20;

const percent = (rate: Rate) => (rate.percentage === null ? '–' : `${rate.percentage.toFixed(1)}%`);
const submitted = (m: BucketMetrics) => m.submission_success_rate.denominator;
/** `2026-07-01T08:00:00+08:00` → `2026-07-01 08:00`. */
const local = (iso: string) => iso.slice(0, 16).replace('T', ' ');

function bar(value: number | null, max: number): string {
  if (value === null) return '? (missing)';
  const cells = max === 0 ? 0 : Math.round((value / max) * BAR_CELLS);
  return `${'█'.repeat(cells || (value > 0 ? 1 : 0))}${cells > 0 || value > 0 ? ' ' : ''}${value}`;
}

export function renderAnalytics(report: AnalyticsReport): string {
  const lines: string[] = [];
  const max = Math.max(0, ...report.trend.map((b) => submitted(b.metrics) ?? 0));
  lines.push(
    `Send analytics ${local(report.window.start_inclusive)} – ${local(report.window.end_exclusive)} ` +
      `(end excluded), by ${report.bucket}: ${report.status === 'complete' ? 'complete' : 'insufficient data'}.`,
  );
  lines.push(
    renderTable(
      [
        { header: 'From (Asia/Shanghai)', value: (b) => local(b.window.start_inclusive) },
        { header: 'Submitted', value: (b) => bar(submitted(b.metrics), max) },
        { header: 'Accepted', value: (b) => percent(b.metrics.submission_success_rate) },
        { header: 'Delivered', value: (b) => percent(b.metrics.receipt_success_rate) },
        { header: 'Pending', value: (b) => b.metrics.receipts.outstanding ?? '–' },
      ],
      report.trend,
    ).trimEnd(),
  );
  lines.push(
    'Accepted = TotalSendSuccessCount / TotalAllSendCount; Delivered = TotalReceiptSuccessCount / TotalSendSuccessCount;',
    "'–' where a count is missing, zero or inconsistent (insufficient data). Times in Asia/Shanghai, UTC+08:00.",
  );
  const logs = report.send_logs;
  if (logs) {
    lines.push(
      '',
      `Send log: ${logs.unique_records} message(s) in ${logs.pages_fetched} page(s)` +
        `${logs.service_total === null ? '' : ` of ${logs.service_total}`}, ` +
        `${logs.complete ? 'complete' : `truncated (${logs.limitations.join(', ')})`}; ` +
        `delivered ${logs.receipt_states.success}, failed ${logs.receipt_states.failure}, ` +
        `pending ${logs.receipt_states.outstanding}` +
        `${logs.duplicate_count > 0 ? `; ${logs.duplicate_count} duplicate(s) dropped` : ''}.`,
    );
    const codes = Object.entries(logs.error_codes);
    if (codes.length > 0) {
      lines.push(
        renderTable(
          [
            { header: 'Error code', value: ([code]) => code },
            { header: 'Messages', value: ([, c]) => c.messages },
            { header: 'Segments', value: ([, c]) => c.segments },
          ],
          codes,
        ).trimEnd(),
      );
    }
    if (logs.breakdown.length > 0) {
      lines.push(
        renderTable(
          [
            {
              header: logs.dimension === 'time' ? 'Date (Asia/Shanghai)' : logs.dimension,
              value: (g) => g.value,
            },
            { header: 'Messages', value: (g) => g.messages },
            { header: 'Delivered', value: (g) => g.success },
            { header: 'Failed', value: (g) => g.failure },
            { header: 'Pending', value: (g) => g.outstanding },
          ],
          logs.breakdown,
        ).trimEnd(),
      );
    }
  }
  return `${lines.join('\n')}\n`;
}
