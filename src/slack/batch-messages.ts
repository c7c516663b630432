import type { types } from '@slack/bolt';
import {
  BATCH_TASK_AWAITING_CONSENT,
  FINAL_TASK_STATES,
  batchTaskStateName,
  type BatchTask,
  type SendStats,
} from '../core/index.ts';
import type { Block, SlackMessage } from './blocks.ts';
import { context, escapeMrkdwn, header, lineSections, notice, section } from './blocks.ts';
import type { BatchRow, BatchSummary } from './store-batches.ts';

/** The messages of `/sms batch`: summary with its Launch button, status, list, progress and receipts. */

export const LAUNCH_ACTION = 'sms_batch_launch';
export const CANCEL_BATCH_ACTION = 'sms_batch_cancel';

/**
 * A task status by the core's name of it (agent-v2 reference §2.9); 2 says what it waits for. A value the
 * reference does not name is shown as a number, never given a label.
 */
export function statusName(status: number | undefined): string {
  if (status === undefined || status < 0) return 'unknown';
  const name = batchTaskStateName(status);
  if (name === undefined) return `status ${status}`;
  return status === BATCH_TASK_AWAITING_CONSENT ? `${name}, awaiting launch` : name;
}

/** Done, canceled, failed or killed: nothing more happens to the task. */
export const isFinalStatus = (status: number | undefined) =>
  status !== undefined && FINAL_TASK_STATES.has(status);

function summaryLines(summary: BatchSummary, subAccount: string): string {
  const sample = summary.sample.length > 0 ? ` (${summary.sample.join(', ')}, …)` : '';
  return [
    `*Template* ${summary.templateId} (${summary.channelType}) · *Signature* ${escapeMrkdwn(summary.signature)} · *Message group* ${subAccount}`,
    `*Recipients* ${summary.totalCount}${sample}${summary.fileName === undefined ? '' : ` · *File* ${escapeMrkdwn(summary.fileName)}`}`,
  ].join('\n');
}

function launchButton(row: BatchRow): types.Button {
  return {
    type: 'button',
    action_id: LAUNCH_ACTION,
    text: { type: 'plain_text', text: `Launch to ${row.summary.totalCount}` },
    style: 'primary',
    // The id of the app's row for the task: nothing else is trusted from the click.
    value: row.id,
    confirm: {
      title: { type: 'plain_text', text: 'Launch this batch task?' },
      text: {
        type: 'mrkdwn',
        text: `This texts *${row.summary.totalCount} recipients* with template ${row.summary.templateId}. It cannot be undone once sending starts.`,
      },
      confirm: { type: 'plain_text', text: 'Launch' },
      deny: { type: 'plain_text', text: 'Go back' },
      style: 'danger',
    },
  };
}

/** The summary of a task awaiting launch; the Launch click is the consent (senders only). */
export function batchSummaryMessage(row: BatchRow, intro: string): SlackMessage {
  const s = row.summary;
  const blocks: Block[] = [
    header(`Batch task ${row.taskId}: ${s.taskName}`),
    section(intro),
    ...(s.rendered === undefined ? [] : [section(`>${escapeMrkdwn(s.rendered)}`)]),
    section(summaryLines(s, row.subAccount)),
    { type: 'actions', block_id: 'sms_batch_decision', elements: [launchButton(row)] },
    context(
      'Nothing is sent until a sender presses Launch: that click is the consent. Progress follows in this thread.',
    ),
  ];
  return { text: `Batch task ${row.taskId} (${s.totalCount} recipients) awaits launch.`, blocks };
}

function cancelButton(row: BatchRow): types.Button {
  return {
    type: 'button',
    action_id: CANCEL_BATCH_ACTION,
    text: { type: 'plain_text', text: `Cancel task ${row.taskId}` },
    style: 'danger',
    // The id of the app's row for the task, as for Launch.
    value: row.id,
    confirm: {
      title: { type: 'plain_text', text: 'Cancel this batch task?' },
      text: {
        type: 'mrkdwn',
        text: `What task ${row.taskId} has not sent yet will not be sent. A cancelled task cannot be launched again.`,
      },
      confirm: { type: 'plain_text', text: 'Cancel the task' },
      deny: { type: 'plain_text', text: 'Keep it' },
      style: 'danger',
    },
  };
}

/** `/sms batch cancel ID`: the task and a Cancel button; the click is the decision (senders only). */
export function batchCancelMessage(row: BatchRow, task: BatchTask): SlackMessage {
  const text = `Batch task ${row.taskId} is ${statusName(task.status)}. Press Cancel to stop what it has not sent yet.`;
  return {
    text,
    blocks: [
      header(`Batch task ${row.taskId}: ${task.taskName ?? row.summary.taskName}`),
      section(text),
      section(summaryLines(row.summary, row.subAccount)),
      { type: 'actions', block_id: 'sms_batch_cancel_decision', elements: [cancelButton(row)] },
      context('Nothing is cancelled until a sender presses Cancel.'),
    ],
  };
}

/** The summary once launched: the button is gone, who launched it is said. */
export function batchLaunchedMessage(row: BatchRow, by: string): SlackMessage {
  const text = `:rocket: Batch task ${row.taskId} launched by <@${by}> (${row.summary.totalCount} recipients). Progress in the thread.`;
  return {
    text,
    blocks: [
      header(`Batch task ${row.taskId}: ${row.summary.taskName}`),
      section(text),
      section(summaryLines(row.summary, row.subAccount)),
    ],
  };
}

export function batchStatusMessage(task: BatchTask, row: BatchRow | undefined): SlackMessage {
  const lines = [
    `*Status* ${statusName(task.status)} (${task.status ?? '?'})`,
    `*Template* ${task.templateId ?? '?'} (${task.channelType ?? '?'}) · *Signature* ${escapeMrkdwn(task.signature ?? '?')} · *Message group* ${task.subAccount ?? '?'}`,
    `*Recipients* ${task.totalCount ?? '?'}${task.scheduled ? ` · *Scheduled* ${String(task.sendTime)}` : ''}`,
  ];
  if (row !== undefined) {
    lines.push(
      `Created in Slack by <@${row.createdBy}>${row.launchedBy === undefined ? '' : `, launched by <@${row.launchedBy}>`}.`,
    );
  }
  return {
    text: `Batch task ${task.taskId}: ${statusName(task.status)}.`,
    blocks: [header(`Batch task ${task.taskId}: ${task.taskName ?? ''}`), section(lines.join('\n'))],
  };
}

export function batchListMessage(tasks: readonly BatchTask[], awaiting: readonly BatchRow[]): SlackMessage {
  const lines = tasks.map(
    (t) =>
      `\`${t.taskId}\` ${escapeMrkdwn(t.taskName ?? '')} · ${statusName(t.status)} · ${t.totalCount ?? '?'} recipients · ${t.templateId ?? ''} · group ${t.subAccount ?? ''}`,
  );
  const listed = new Set(tasks.map((t) => `${t.subAccount}/${t.taskId}`));
  for (const row of awaiting) {
    if (listed.has(`${row.subAccount}/${row.taskId}`)) continue;
    lines.push(
      `\`${row.taskId}\` ${escapeMrkdwn(row.summary.taskName)} · created here by <@${row.createdBy}>, awaiting launch · ${row.summary.totalCount} recipients · group ${row.subAccount}`,
    );
  }
  if (lines.length === 0)
    return notice('No batch tasks yet. Create one with `/sms batch create template=<id>`.');
  return {
    text: `${lines.length} batch task${lines.length === 1 ? '' : 's'}.`,
    blocks: [
      header('Batch tasks'),
      ...lineSections(lines, 40),
      context(
        "`/sms batch status <task-id>` for one task (tasks awaiting launch may be missing from the service's list).",
      ),
    ],
  };
}

export function batchProgressMessage(taskId: string, status: number | undefined): SlackMessage {
  const icon =
    status === 6
      ? ':white_check_mark:'
      : isFinalStatus(status)
        ? ':octagonal_sign:'
        : ':hourglass_flowing_sand:';
  return notice(`${icon} Batch task ${taskId}: ${statusName(status)}`);
}

/**
 * The receipts once the task is over: counted by the send stats of its template, signature and group
 * since the launch, which also count other sends of that template in that time.
 */
export function batchReceiptsMessage(row: BatchRow, stats: SendStats, settled: boolean): SlackMessage {
  const accepted = stats.TotalSendSuccessCount;
  const awaiting = Math.max(0, accepted - stats.TotalReceiptSuccessCount - stats.TotalReceiptFailureCount);
  const text =
    `:bar_chart: Receipts for batch task ${row.taskId}: ${stats.TotalAllSendCount || stats.TotalSendCount} submitted, ${accepted} accepted, ` +
    `${stats.TotalReceiptSuccessCount} delivered, ${stats.TotalReceiptFailureCount} delivery failed, ${awaiting} ${settled ? 'without receipt yet' : 'awaiting receipt'}.`;
  return {
    text,
    blocks: [
      section(text),
      context(
        `Counted from the send stats of ${row.summary.templateId} with ${escapeMrkdwn(row.summary.signature)} in group ${row.subAccount} since the launch (other sends of that template in that time count too). \`/sms stats\` has more.`,
      ),
    ],
  };
}
