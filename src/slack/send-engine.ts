import {
  SmsInputError,
  createBatchSendTask,
  planDelivery,
  type DeliveryPlan,
  type TemplateFacts,
} from '../core/index.ts';
import { newBatchRow, postBatchSummary, type BatchCommandDeps } from './batch-commands.ts';
import { statusName } from './batch-messages.ts';
import type { SlackMessage } from './blocks.ts';
import type { Invocation } from './command-audit.ts';
import type { SmsCommand } from './command-parser.ts';
import type { PreparedSend } from './send-planner.ts';

/**
 * Which engine carries a `/sms send` (issue 14): the core's planner decides. Up to the batch threshold the
 * confirmation's Send button sends direct requests; above it the numbers become a batch task, created
 * here and left awaiting launch, whose summary and Launch button are the ones of `/sms batch create`:
 * the click is the consent, and one click launches once.
 */

/**
 * The core's plan for this send. A verification template above the threshold is refused in Slack's words:
 * the batch engine never sends those, and an hour of direct requests is not chosen silently either.
 */
export function planSlackSend(send: PreparedSend, template: TemplateFacts, threshold: number): DeliveryPlan {
  const numbers = send.mobiles.length;
  try {
    return planDelivery({ numbers, threshold, template });
  } catch (err) {
    if (!(err instanceof SmsInputError) || err.issues[0]?.field !== 'engine') throw err;
    const message =
      `${send.templateId} is a verification template and ${numbers} recipients are above the batch threshold ` +
      `of ${threshold}: the batch engine never sends verification templates; nothing was sent`;
    throw new SmsInputError(`recipients: ${message}`, [{ field: 'recipients', message }], {
      hint: `Send the codes in parts of at most ${threshold} recipients.`,
      cause: err,
    });
  }
}

/** Creates the batch task of a large send and posts its summary with the Launch button in the channel. */
export async function createSendBatch(
  checked: { send: PreparedSend; template: TemplateFacts; plan: DeliveryPlan },
  command: Extract<SmsCommand, { kind: 'send' }>,
  invocation: Invocation,
  deps: BatchCommandDeps,
): Promise<SlackMessage> {
  const { send, template, plan } = checked;
  const at = new Date(deps.now()).toISOString().slice(0, 16).replace('T', ' ');
  const taskName = `/sms send ${send.templateId} by ${invocation.userId} ${at} UTC`;
  const params = send.params;
  const task = await createBatchSendTask(deps.sms, {
    subAccount: send.subAccount,
    signature: send.signature,
    templateId: send.templateId,
    taskName,
    recipients: send.mobiles.map((mobile) => ({ mobile, params })),
    template,
  });
  const row = await deps.store.recordBatch(
    newBatchRow(task.taskId, send.subAccount, invocation, deps, {
      taskName,
      templateId: send.templateId,
      signature: send.signature,
      channelType: template.channelType ?? '',
      totalCount: task.totalCount ?? task.rows,
      sample: send.masked.slice(0, 3),
      // As the confirmation shows it: a code-like value masked.
      rendered: send.rendered,
    }),
  );
  await deps.audit(
    invocation,
    command,
    `created batch task ${task.taskId} (${row.summary.totalCount} recipients, ${statusName(task.status)}), awaiting launch (${row.id})`,
    { recipients: [...send.groups, ...send.masked.slice(0, 3)], templateId: send.templateId },
  );
  const intro =
    `<@${invocation.userId}>'s send to ${send.mobiles.length} recipients goes through the service's batch engine ` +
    `(*Engine* ${plan.reason}); the service checked the file (${statusName(task.status)}).`;
  return postBatchSummary(row, intro, deps);
}
