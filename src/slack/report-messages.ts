import type { SendLogEntry, SendStats, Signature, SubAccount, Template } from '../core/index.ts';
import { maskPhone, maskPhonesInText } from '../core/index.ts';
import type { SlackMessage } from './blocks.ts';
import { context, escapeMrkdwn, header, lineSections, section } from './blocks.ts';
import { USAGE, formatFilters } from './command-parser.ts';
import type { StatsFilters } from './command-parser.ts';
import { statusWord } from './sms-catalog.ts';
import type { AuditEntry, Schedule } from './store-tables.ts';

/** Read-only answers: help, lists, stats, send log, audit, schedules. */

export function helpMessage(role: string | undefined): SlackMessage {
  const lines = [
    `*Send* (senders): \`${USAGE.send}\``,
    '   e.g. `/sms send oncall template=ST_0002 service=api message="p99 over 2s"`',
    `*Batch tasks* (list/status: readers; create, launch, cancel and the Launch button: senders): \`${USAGE.batch}\``,
    `*Stats* (readers): \`${USAGE.stats}\``,
    `*Send log*: \`${USAGE.log}\``,
    `*Lists*: \`${USAGE.templates}\` · \`${USAGE.signatures}\` · \`${USAGE.groups}\``,
    `*Scheduled reports* (list: readers, add/remove: admins): \`${USAGE.schedule}\``,
    `*Audit log* (admins): \`${USAGE.audit}\``,
  ];
  return {
    text: 'volc-sms: send SMS and check delivery from Slack. Commands: send, batch, stats, log, templates, signatures, groups, schedule, audit.',
    blocks: [
      header('volc-sms'),
      section(lines.join('\n')),
      context(
        `${role === undefined ? 'You have no role in this app yet.' : `Your role: ${role}.`} Numbers are always shown masked; a send asks for confirmation first.`,
      ),
    ],
  };
}

export interface StatsView {
  stats: SendStats;
  startTime: number;
  endTime: number;
  timezone: string;
  filters: StatsFilters;
  title?: string;
}

function percent(part: number, whole: number): string {
  return whole === 0 ? '–' : `${((part / whole) * 100).toFixed(1)}%`;
}

export function formatDateTime(epochSeconds: number, timezone: string): string {
  return new Intl.DateTimeFormat('sv-SE', {
    timeZone: timezone,
    year: 'numeric',
    month: '2-digit',
    day: '2-digit',
    hour: '2-digit',
    minute: '2-digit',
  }).format(new Date(epochSeconds * 1000));
}

const BAR_WIDTH = 24;
const MAX_CHART_ROWS = 31;

/** Rates are computed from the counts (servers differ on 0–1 vs 0–100 rates). */
export function statsMessage(view: StatsView): SlackMessage {
  const s = view.stats;
  const all = s.TotalAllSendCount || s.TotalSendCount;
  const sent = s.TotalSendSuccessCount;
  const delivered = s.TotalReceiptSuccessCount;
  const range = `${formatDateTime(view.startTime, view.timezone)} → ${formatDateTime(view.endTime, view.timezone)} (${view.timezone})`;
  const filters = formatFilters(view.filters);
  const totals = [
    `*Submitted* ${all}`,
    `*Accepted* ${sent} (${percent(sent, all)})`,
    `*Delivered* ${delivered} (${percent(delivered, sent)} of accepted)`,
    `*Delivery failed* ${s.TotalReceiptFailureCount}`,
    `*No receipt (72 h)* ${s.TotalNoReceipt72HourCount}`,
  ].join(' · ');
  // A 90-day window would overflow a Slack section (3000 characters); the newest days matter most.
  const allPoints = s.DataPoints ?? [];
  const points = allPoints.slice(-MAX_CHART_ROWS);
  const max = Math.max(1, ...points.map((p) => p.AllSendCount));
  const chart = points.map((p) => {
    const filled = Math.round((p.AllSendCount / max) * BAR_WIDTH);
    const bar = '█'.repeat(filled).padEnd(BAR_WIDTH, '·');
    return `${(p.Date ?? '').padEnd(10)} ${bar} ${String(p.AllSendCount).padStart(6)}  ${percent(p.ReceiptSuccessCount, p.SendSuccessCount).padStart(6)} delivered`;
  });
  const title = view.title ?? 'SMS stats';
  return {
    text: `${title}: ${all} submitted, ${sent} accepted, ${delivered} delivered (${range}).`,
    blocks: [
      header(title),
      section(totals),
      ...(chart.length > 0 && all > 0
        ? [section(`\`\`\`\n${chart.join('\n')}\n\`\`\``)]
        : [section('_No sends in this window._')]),
      context(
        `${range}${filters === '' ? '' : ` · ${escapeMrkdwn(filters)}`}` +
          (allPoints.length > points.length
            ? ` · chart shows the last ${points.length} of ${allPoints.length} days`
            : ''),
      ),
    ],
  };
}

export function templatesMessage(templates: readonly Template[]): SlackMessage {
  const lines = templates.map((t) => {
    const name = t.TemplateName ?? t.Name;
    return (
      `*${t.TemplateId}*${name ? ` ${escapeMrkdwn(name)}` : ''} · ${t.ChannelType ?? ''} · ${statusWord(t.Status)}\n` +
      `>${escapeMrkdwn(t.Content ?? '')}\n` +
      `   signatures: ${(t.Signatures ?? []).join(', ') || '–'} · groups: ${(t.SubAccounts ?? []).join(', ') || '–'}`
    );
  });
  return listMessage('Templates', lines, 'No templates found.');
}

export function signaturesMessage(signatures: readonly Signature[]): SlackMessage {
  const lines = signatures.map(
    (s) =>
      `*${escapeMrkdwn(s.Signature)}* · ${statusWord(s.Status)} · groups: ${(s.SubAccounts ?? []).join(', ') || '–'}`,
  );
  return listMessage('Signatures', lines, 'No signatures found.');
}

export function groupsMessage(groups: readonly SubAccount[]): SlackMessage {
  const lines = groups.map(
    (g) =>
      `*${g.SubAccount}*${g.SubAccountName ? ` ${escapeMrkdwn(g.SubAccountName)}` : ''} · ${(g.ChannelTypes ?? (g.ChannelType ? [g.ChannelType] : [])).join(', ') || '–'}`,
  );
  return listMessage('Message groups', lines, 'No approved message groups found.');
}

function listMessage(title: string, lines: readonly string[], empty: string): SlackMessage {
  if (lines.length === 0) return { text: empty, blocks: [section(empty)] };
  return {
    text: `${title}: ${lines.length}`,
    blocks: [header(`${title} (${lines.length})`), ...lineSections(lines, 40)],
  };
}

const LOG_STATUS: Record<number, string> = {
  1: ':hourglass_flowing_sand: awaiting receipt',
  2: ':x: delivery failed',
  3: ':white_check_mark: delivered',
};

export function sendLogMessage(
  query: string,
  entries: readonly SendLogEntry[],
  timezone: string,
): SlackMessage {
  if (entries.length === 0) {
    const text = `No send log entries for ${escapeMrkdwn(query)} (the log covers the last 30 days).`;
    return { text, blocks: [section(text)] };
  }
  const lines = entries.map((e) => {
    // The API masks numbers; mask again in case a server does not.
    const mobile = e.Mobile === undefined ? '' : e.Mobile.includes('*') ? e.Mobile : maskPhone(e.Mobile);
    const when = e.SendTime ? formatDateTime(Math.floor(e.SendTime / 1000), timezone) : '';
    const failure =
      e.Status === 2
        ? ` ${e.ErrorCode ?? ''}${e.ErrorMessage ? ` (${escapeMrkdwn(e.ErrorMessage)})` : ''}`
        : '';
    return (
      `${LOG_STATUS[e.Status ?? 0] ?? 'status unknown'}${failure} · ${mobile} · ${when}\n` +
      `   \`${e.MessageId}\` · ${e.TemplateId ?? ''} · ${escapeMrkdwn(e.Signature ?? '')} · ${e.SubAccount ?? ''}`
    );
  });
  return {
    text: `Send log for ${query}: ${entries.length} entr${entries.length === 1 ? 'y' : 'ies'}`,
    blocks: [header(`Send log: ${query}`), ...lineSections(lines, 30)],
  };
}

export function auditMessage(entries: readonly AuditEntry[], timezone: string): SlackMessage {
  const lines = entries.map(
    (e) =>
      `${formatDateTime(Math.floor(e.at / 1000), timezone)} · <@${e.userId}> in <#${e.channelId}> · \`${escapeMrkdwn(maskPhonesInText(e.detail))}\` → ${escapeMrkdwn(e.outcome)}` +
      (e.messageIds && e.messageIds.length > 0
        ? ` · ids ${e.messageIds.slice(0, 5).join(', ')}${e.messageIds.length > 5 ? '…' : ''}`
        : ''),
  );
  return listMessage('Audit log', lines, 'The audit log is empty.');
}

export function schedulesMessage(schedules: readonly Schedule[]): SlackMessage {
  const lines = schedules.map((s) => {
    const filters = formatFilters(s.filters);
    return (
      `*${s.id}* · ${escapeMrkdwn(s.label)} (${s.timezone}) → <#${s.channelId}> · window ${s.window}${filters ? ` · ${escapeMrkdwn(filters)}` : ''}\n` +
      `   next: ${formatDateTime(Math.floor(s.nextRunAt / 1000), s.timezone)} · added by <@${s.createdBy}>`
    );
  });
  return listMessage(
    'Scheduled stats reports',
    lines,
    'No scheduled reports. Add one with `/sms schedule add daily 09:00 #channel`.',
  );
}
