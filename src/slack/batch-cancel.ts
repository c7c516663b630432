import { SmsOutcomeUnknownError, formatErrorLine, maskPhonesInText, type BatchTask } from '../core/index.ts';
import { clickAudit, type BatchFlowDeps } from './batch-launch.ts';
import { statusName } from './batch-messages.ts';
import { notice } from './blocks.ts';
import type { ButtonClick, Reply } from './send-flow.ts';

/**
 * The Cancel button of `/sms batch cancel ID`, under the rules of Launch: only a sender, in an allowed
 * channel, may click it; the click cancels only if it moves the row's cancel from 'asked' to 'cancelling'
 * (one statement), so a double click, Slack's retried delivery or another replica cancels once; every
 * click is audited (`batch-cancel-click`). The service is asked only after the task's state allows it.
 */

const CANCEL_CUTOFF_S = 60;

/** Why the service would not take a cancel of `task` now, or undefined when it would. */
export function cancelRefusal(
  task: BatchTask,
  taskId: string,
  nowMs: number,
): { outcome: string; text: string } | undefined {
  if (task.status === 7)
    return { outcome: 'already cancelled', text: `Batch task ${taskId} is already cancelled.` };
  if (task.status === undefined || task.status > 5)
    return {
      outcome: `not cancellable: ${statusName(task.status)}`,
      text: `Batch task ${taskId} is ${statusName(task.status)} and can no longer be cancelled.`,
    };
  const sendTime =
    typeof task.sendTime === 'number' ? task.sendTime : Date.parse(String(task.sendTime)) / 1000;
  if (task.scheduled && !(sendTime - nowMs / 1000 > CANCEL_CUTOFF_S))
    return {
      outcome: 'too late to cancel',
      text: `Batch task ${taskId} is scheduled to start within a minute (or its time is unknown); the service no longer takes a cancel.`,
    };
  return undefined;
}

const TAKEN: Record<string, string> = {
  cancelling: 'This task is being cancelled already.',
  cancelled: 'This task was cancelled already.',
  'not-asked': 'No cancel of this task is waiting; run `/sms batch cancel <task-id>` first.',
  missing: 'This batch task is unknown here; see `/sms batch list`.',
};

export async function cancelBatchClick(click: ButtonClick, reply: Reply, deps: BatchFlowDeps): Promise<void> {
  const row = await deps.store.getBatch(click.pendingId);
  const audit = clickAudit('cancel', click, row, deps);
  const answer = async (outcome: string, text: string, replace = false) => {
    await audit(outcome);
    await reply(notice(text), { replace });
  };
  const decision = await deps.policy.decide('batch-cancel', click.userId, click.channelId);
  if (!decision.allowed) return answer(`refused: ${decision.reason}`, `:no_entry: ${decision.reason}`);
  const claim = await deps.store.claimBatchCancel(
    click.pendingId,
    click.userId,
    deps.now(),
    deps.tuning.leaseMs,
  );
  if (!claim.claimed) {
    deps.log(`info: ignored a cancel click on ${click.pendingId}: ${claim.reason}`);
    const by = claim.row?.cancelledBy === undefined ? '' : ` (by <@${claim.row.cancelledBy}>)`;
    return answer(`ignored: ${claim.reason}`, `${TAKEN[claim.reason] ?? TAKEN.missing}${by}`);
  }
  const { id, taskId, subAccount, channelId, threadTs } = claim.row;
  const ref = { subAccount, taskId };
  const giveBack = async (outcome: string, text: string) => {
    await deps.store.settleBatchCancel(id, 'asked');
    return answer(outcome, text);
  };
  try {
    const { result: task } = await deps.sms.getBatchTaskDetail(ref);
    const refusal = cancelRefusal(task, taskId, deps.now());
    if (refusal !== undefined) {
      if (task.status === 7) await deps.store.settleBatchCancel(id, 'cancelled');
      else await deps.store.settleBatchCancel(id, 'asked');
      return answer(refusal.outcome, refusal.text);
    }
    await deps.sms.deleteBatchTask(ref);
  } catch (err) {
    const line = maskPhonesInText(formatErrorLine(err));
    if (!(err instanceof SmsOutcomeUnknownError))
      return giveBack(`error: ${line}`, `:x: Task ${taskId} was not cancelled: ${line}`);
    // A lost answer is settled by the detail: status 7 means the cancel went through.
    const after = await deps.sms.getBatchTaskDetail(ref).then(
      (answered) => answered.result.status,
      () => undefined,
    );
    if (after !== 7)
      return giveBack(
        'outcome unknown',
        `:warning: The cancel of task ${taskId} got no answer and the task is ${statusName(after)}. Check \`/sms batch status ${taskId}\`; pressing Cancel again is safe.`,
      );
  }
  await deps.store.settleBatchCancel(id, 'cancelled');
  if (threadTs !== undefined)
    await deps.post(channelId, notice(`:octagonal_sign: Cancelled by <@${click.userId}>.`), threadTs);
  await answer(
    `cancelled task ${taskId}`,
    `:octagonal_sign: Batch task ${taskId} is cancelled by <@${click.userId}>; what was not sent yet will not be.`,
    true,
  );
}
