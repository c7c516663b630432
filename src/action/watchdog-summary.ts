import { describeRate, type ReceiptRate } from './receipt-rate.ts';
import { cell, code, percent, table } from './summary-markdown.ts';
import type { WatchdogIssue } from './watchdog-issues.ts';

const ISSUE_ACTION: Record<WatchdogIssue['action'], string> = {
  opened: '🚨 opened',
  commented: '💬 still low, commented',
  closed: '✅ recovered, closed',
  none: '—',
};

/** The watchdog's part of the job summary: the verdict, and what happened to each group's issue. */
export function watchdogSummary(input: {
  threshold: number;
  rate: ReceiptRate | undefined;
  issues?: readonly WatchdogIssue[] | undefined;
}): string {
  const { threshold, rate, issues } = input;
  const verdict =
    rate === undefined
      ? `no accepted message in the window, so no rate to judge against ${percent(threshold)}`
      : rate.rate < threshold
        ? `❌ **${describeRate(rate)}**, below ${percent(threshold)}`
        : `✅ ${describeRate(rate)}, at or above ${percent(threshold)}`;
  const parts = ['### 🐕 Receipt-rate watchdog', '', `Receipt success rate: ${verdict}.`, ''];
  if (issues && issues.length > 0) {
    const rows = issues.map((issue) => [
      code(issue.subAccount),
      issue.receiptRate === '' ? '–' : percent(Number(issue.receiptRate)),
      ISSUE_ACTION[issue.action],
      issue.url ? `[#${issue.number}](${issue.url})` : cell(undefined),
    ]);
    parts.push(table(['Message group', 'Receipt rate', 'Issue', 'Link'], rows), '');
  }
  return parts.join('\n');
}
