import type { BatchTask, TaskReceipts } from '../core/index.ts';
import { seconds, taskStatusName, type ProgressStep } from './batch-progress.ts';
import type { BatchTaskSettings } from './batch-mode.ts';
import { capSummary, code, percent, table } from './summary-markdown.ts';

/** What the summary shows of a finished task's receipts (the core's waitForTaskReceipts). */
export type BatchReceipts = Pick<TaskReceipts, 'accepted' | 'delivered' | 'failed' | 'pending'>;

/** Where a task's numbers came from: `file \`recipients.csv\``, or the step's recipient inputs. */
export interface BatchSource {
  label: string;
  rows: number;
  bytes: number;
}

const STEP_LABEL: Record<number, string> = {
  2: 'created and validated',
  3: 'launched (consented)',
  4: 'preparing the recipients',
  5: 'sending',
  6: '✅ done',
  7: '🚫 canceled',
  8: '❌ failed',
  9: '❌ killed',
};

/**
 * A pie of the receipts (Mermaid renders inside job summaries). Slices of 0 are left out: Mermaid draws
 * nothing for them but still lists them.
 */
export function receiptChart(taskId: string, receipts: BatchReceipts): string {
  const slices = [
    ['Delivered', receipts.delivered],
    ['Delivery failed', receipts.failed],
    ['No receipt yet', receipts.pending],
  ].filter(([, count]) => (count as number) > 0);
  if (slices.length === 0) return '_No message of the task has been counted yet._';
  return [
    '```mermaid',
    `pie showData title Receipts of task ${taskId}`,
    ...slices.map(([label, count]) => `  "${label}" : ${count}`),
    '```',
  ].join('\n');
}

export function batchSummary(input: {
  inputs: BatchTaskSettings;
  source: BatchSource;
  channelType: string | undefined;
  taskId: string;
  task: BatchTask;
  steps: readonly ProgressStep[];
  launched: boolean;
  receipts?: BatchReceipts | undefined;
}): string {
  const { inputs, source, taskId, task, steps, receipts } = input;
  const channel = input.channelType ? ` (${input.channelType})` : '';
  const parts = [
    `### 📦 SMS batch task ${code(taskId)}: ${taskStatusName(task.status)}`,
    '',
    `Template ${code(inputs.templateId)}${channel} · signature ${code(inputs.signature)} · ` +
      `message group ${code(inputs.subAccount)} · ${source.label}: ${source.rows} number(s), ` +
      `${source.bytes} bytes · task ${code(inputs.taskName)}`,
    '',
  ];
  if (!input.launched && task.status === 2) {
    parts.push(
      '**Awaiting launch: nothing has been sent.** The step had no `launch: true`, which is the workflow ' +
        "author's consent to send; the task stays in 2 Valid until it is consented or canceled.",
      '',
    );
  }
  const rows = steps.map((step) => [
    taskStatusName(step.status),
    step.status === undefined ? '—' : (STEP_LABEL[step.status] ?? '—'),
    `+${seconds(step.atMs)}`,
  ]);
  parts.push('**Progress**', '', table(['Status', 'Step', 'At'], rows), '');
  if (receipts) {
    const rate = receipts.accepted > 0 ? percent(receipts.delivered / receipts.accepted) : '–';
    parts.push(
      `**Receipts:** ${receipts.delivered} delivered, ${receipts.failed} failed, ${receipts.pending} without a ` +
        `receipt, of ${receipts.accepted} accepted (receipt rate ${rate}).`,
      '',
      receiptChart(taskId, receipts),
      '',
    );
  }
  return capSummary(parts.join('\n'));
}
