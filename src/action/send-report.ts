import { formatErrorLine, maskPhonesInText } from '../core/index.ts';
import type { Receipt, RecipientResult, SendPlan, SendSmsOutcome } from '../core/index.ts';
import { capSummary, cell, code, table } from './summary-markdown.ts';

/** One entry of the `results` output: what a later step needs, with the number masked. */
export interface RecipientReport {
  mobile: string;
  status: 'sent' | 'failed' | 'unknown' | 'planned';
  messageId?: string | undefined;
  /** One line: message, request id, hint (the CLI's words). */
  error?: string | undefined;
  delivery?: Receipt['status'] | undefined;
  /** The receipt's error code and message, e.g. `NE:0105 …`. */
  deliveryError?: string | undefined;
}

export interface SendCounts {
  sent: number;
  failed: number;
  unknown: number;
}

export interface DeliveryCounts {
  delivered: number;
  failed: number;
  pending: number;
}

export interface SendContext {
  subAccount: string;
  signature: string;
  templateId: string;
  dryRun: boolean;
}

// A table longer than this is unreadable anyway; the full list is in the `results` output.
const MAX_SUMMARY_ROWS = 1000;

export function plannedReports(plan: SendPlan, mask: (mobile: string) => string): RecipientReport[] {
  return plan.mobiles.map((mobile) => ({ mobile: mask(mobile), status: 'planned' }));
}

export function outcomeReports(
  outcome: SendSmsOutcome,
  deliveries?: ReadonlyMap<string, Receipt>,
): RecipientReport[] {
  return outcome.recipients.map((recipient: RecipientResult) => {
    const report: RecipientReport = { mobile: recipient.masked, status: recipient.status };
    if (recipient.messageId) report.messageId = recipient.messageId;
    // Free text from the API may quote a number; outputs show numbers masked like everything else.
    if (recipient.error) report.error = maskPhonesInText(formatErrorLine(recipient.error));
    const delivery = recipient.messageId ? deliveries?.get(recipient.messageId) : undefined;
    if (delivery) {
      report.delivery = delivery.status;
      if (delivery.error) report.deliveryError = maskPhonesInText(delivery.error);
    }
    return report;
  });
}

export function countDeliveries(reports: readonly RecipientReport[]): DeliveryCounts {
  const counts: DeliveryCounts = { delivered: 0, failed: 0, pending: 0 };
  for (const report of reports) if (report.delivery) counts[report.delivery] += 1;
  return counts;
}

/**
 * Distinct error lines with how many recipients each hit: one chunk's RE:0003 for 200 numbers is one
 * problem, not 200 log lines.
 */
export function groupErrors(reports: readonly RecipientReport[]): { line: string; count: number }[] {
  const groups = new Map<string, number>();
  for (const report of reports)
    if (report.error) groups.set(report.error, (groups.get(report.error) ?? 0) + 1);
  return [...groups].map(([line, count]) => ({ line, count })).sort((a, b) => b.count - a.count);
}

const STATUS_LABEL: Record<RecipientReport['status'], string> = {
  sent: '✅ accepted',
  failed: '❌ rejected',
  unknown: '⚠️ unknown',
  planned: '📝 would send',
};
const DELIVERY_LABEL: Record<Receipt['status'], string> = {
  delivered: '✅ delivered',
  failed: '❌ failed',
  pending: '⏳ no receipt',
};

export function sendSummary(input: {
  context: SendContext;
  reports: readonly RecipientReport[];
  counts: SendCounts;
  duplicates: number;
  delivery?: DeliveryCounts | undefined;
}): string {
  const { context, reports, counts, delivery } = input;
  const total = reports.length;
  const title = context.dryRun
    ? `### 📝 SMS dry run: ${total} recipient${total === 1 ? '' : 's'} would be sent, nothing was sent`
    : `### 📱 SMS: ${counts.sent} of ${total} accepted`;
  const facts = [
    `Template ${code(context.templateId)} · signature ${code(context.signature)} · message group ${code(context.subAccount)}`,
  ];
  if (!context.dryRun && (counts.failed > 0 || counts.unknown > 0)) {
    facts.push(`**${counts.failed} rejected, ${counts.unknown} with unknown outcome.**`);
  }
  if (input.duplicates > 0) facts.push(`${input.duplicates} duplicate number(s) were sent once.`);
  if (delivery) {
    facts.push(
      `Delivery receipts: ${delivery.delivered} delivered, ${delivery.failed} failed, ${delivery.pending} without a receipt.`,
    );
  }
  const errors = groupErrors(reports);
  const errorLines = errors.map(({ line, count }) => `- ${count} × ${cell(line)}`);

  const withDelivery = delivery !== undefined;
  const header = ['#', 'Recipient', 'Status', 'Message id', ...(withDelivery ? ['Delivery'] : []), 'Detail'];
  const rows = reports
    .slice(0, MAX_SUMMARY_ROWS)
    .map((report, index) => [
      String(index + 1),
      cell(report.mobile),
      STATUS_LABEL[report.status],
      report.messageId ? code(report.messageId) : '—',
      ...(withDelivery ? [report.delivery ? DELIVERY_LABEL[report.delivery] : '—'] : []),
      cell(report.deliveryError ?? report.error),
    ]);
  const more =
    reports.length > MAX_SUMMARY_ROWS
      ? `\n\n…and ${reports.length - MAX_SUMMARY_ROWS} more recipients; the \`results\` output lists all.`
      : '';
  const parts = [title, '', facts.join('\n\n')];
  if (errorLines.length > 0) parts.push('', '**Errors**', '', errorLines.join('\n'));
  parts.push('', table(header, rows) + more, '');
  return capSummary(parts.join('\n'));
}
