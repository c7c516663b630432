import {
  SmsOutcomeUnknownError,
  followBatchTask,
  formatErrorLine,
  maskPhonesInText,
  waitForTaskReceipts,
} from '../core/index.ts';
import {
  batchLaunchedMessage,
  batchProgressMessage,
  batchReceiptsMessage,
  isFinalStatus,
  statusName,
} from './batch-messages.ts';
import type { SlackMessage } from './blocks.ts';
import { notice } from './blocks.ts';
import { holdLease, leaseFromNow } from './follow-up.ts';
import type { ButtonClick, Reply, SendFlowDeps } from './send-flow.ts';
import type { BatchRow } from './store-batches.ts';

/**
 * The Launch button of a batch task, and what follows it. The click is the consent: it launches only if it
 * moves the task's row from 'ready' to 'launching' (one statement), so a double click, Slack's retried
 * delivery or another replica launches nothing more. Only a sender, in an allowed channel, may click it.
 * Then the task's status is followed in the thread until a final state, and the receipts summarised; the
 * replica that launched owns that follow-up through a lease, and a survivor takes it over.
 */

export interface BatchFlowDeps extends SendFlowDeps {
  /** Posts in a channel (in a thread with `threadTs`); the message's ts, or undefined if Slack refused. */
  post(channelId: string, message: SlackMessage, threadTs?: string): Promise<string | undefined>;
}

const TAKEN: Record<string, string> = {
  launching: 'This task is being launched already; it is not launched again.',
  launched: 'This task was launched already; it is not launched again.',
  cancelled: 'This task was cancelled; nothing more is sent.',
  missing: 'This batch task is unknown here; see `/sms batch list`.',
};

/** The audit of a Launch or Cancel click (`batch-launch-click`, `batch-cancel-click`), one per outcome. */
export function clickAudit(
  verb: 'launch' | 'cancel',
  click: ButtonClick,
  row: BatchRow | undefined,
  deps: Pick<BatchFlowDeps, 'store' | 'now'>,
): (outcome: string) => Promise<void> {
  return (outcome) =>
    deps.store.addAudit({
      at: deps.now(),
      userId: click.userId,
      channelId: click.channelId,
      command: `batch-${verb}-click`,
      detail: `${verb} ${row?.taskId ?? click.pendingId}${row === undefined ? '' : ` group=${row.subAccount}`}`,
      templateId: row?.summary.templateId,
      outcome,
    });
}

export async function launchBatch(click: ButtonClick, reply: Reply, deps: BatchFlowDeps): Promise<void> {
  const row = await deps.store.getBatch(click.pendingId);
  const audit = clickAudit('launch', click, row, deps);
  const decision = await deps.policy.decide('batch-launch', click.userId, click.channelId);
  if (!decision.allowed) {
    await audit(`refused: ${decision.reason}`);
    await reply(notice(`:no_entry: ${decision.reason}`), { replace: false });
    return;
  }
  const claim = await deps.store.claimBatchLaunch(click.pendingId, click.userId, leaseFromNow(deps));
  if (!claim.claimed) {
    deps.log(`info: ignored a launch click on ${click.pendingId}: ${claim.reason}`);
    const by = claim.row?.launchedBy === undefined ? '' : ` (by <@${claim.row.launchedBy}>)`;
    await reply(notice(`${TAKEN[claim.reason] ?? TAKEN.missing}${by}`), { replace: false });
    return;
  }
  const lease = holdLease(claim.row.id, deps, (...args) => deps.store.renewBatchLease(...args));
  try {
    const launched = await consent(claim.row, deps);
    await audit(launched.outcome);
    if (!launched.started) {
      await reply(notice(launched.text), { replace: false });
      return;
    }
    const current = { ...claim.row, launchedBy: click.userId };
    await reply(batchLaunchedMessage(current, click.userId), { replace: true });
    const threadTs =
      current.threadTs ?? (await deps.post(current.channelId, batchLaunchedMessage(current, click.userId)));
    if (threadTs !== undefined && current.threadTs === undefined)
      await deps.store.setBatchThread(current.id, threadTs);
    await followBatch({ ...current, threadTs }, deps, reply);
  } finally {
    lease.stop();
  }
}

/**
 * Asks the service to start the task, once. A lost answer is settled by the detail (3–6: started); an
 * answer proving nothing started puts the row back to 'ready', so a later click may try again.
 */
async function consent(
  row: BatchRow,
  deps: BatchFlowDeps,
): Promise<{ started: boolean; outcome: string; text: string }> {
  const ref = { subAccount: row.subAccount, taskId: row.taskId };
  const back = async (outcome: string, text: string) => {
    await deps.store.settleBatchLaunch(row.id, deps.owner, 'ready');
    return { started: false, outcome, text };
  };
  const { result: before } = await deps.sms.getBatchTaskDetail(ref).catch(async (err: unknown) => {
    await deps.store.settleBatchLaunch(row.id, deps.owner, 'ready');
    throw err;
  });
  if (before.status !== 2) {
    if (before.status !== undefined && before.status >= 3 && before.status <= 6) {
      await deps.store.settleBatchLaunch(row.id, deps.owner, 'launched');
      return { started: true, outcome: `already started (${statusName(before.status)})`, text: '' };
    }
    return back(
      `not launchable: ${statusName(before.status)}`,
      `Batch task ${row.taskId} is ${statusName(before.status)}; it cannot be launched. Nothing was sent.`,
    );
  }
  try {
    await deps.sms.consentBatchTask(ref);
  } catch (err) {
    if (!(err instanceof SmsOutcomeUnknownError)) {
      return back(
        `error: ${maskPhonesInText(formatErrorLine(err))}`,
        `:x: The service did not start task ${row.taskId}: ${maskPhonesInText(formatErrorLine(err))}`,
      );
    }
    const { result: after } = await deps.sms
      .getBatchTaskDetail(ref)
      .catch(() => ({ result: { status: undefined } }));
    if (after.status === undefined || after.status < 3 || after.status > 6) {
      // Neither proof of a start nor of none: the row stays 'launching', so no click launches it again.
      await deps.store.finishBatchFollowUp(row.id, deps.owner);
      const text = `:warning: The launch of task ${row.taskId} has an unknown outcome (no answer came back). It is not launched again from here: check \`/sms batch status ${row.taskId}\`.`;
      return { started: false, outcome: 'outcome unknown', text };
    }
  }
  await deps.store.settleBatchLaunch(row.id, deps.owner, 'launched');
  deps.log(`info: batch task ${row.taskId} launched (${row.id})`);
  return {
    started: true,
    outcome: `launched task ${row.taskId} (${row.summary.totalCount} recipients)`,
    text: '',
  };
}

/** Posts in the task's thread, or (no thread: Slack refused the channel post) as a reply to the click. */
function threadPoster(row: BatchRow, deps: BatchFlowDeps, reply: Reply) {
  return async (message: SlackMessage) => {
    if (row.threadTs === undefined) await reply(message, { replace: false });
    else await deps.post(row.channelId, message, row.threadTs);
  };
}

/**
 * Follows a launched task: each change of status is posted, until a final state or the follow window
 * ends; then the receipts. Stopped early by the app stopping, it hands the lease back.
 */
export async function followBatch(row: BatchRow, deps: BatchFlowDeps, reply: Reply): Promise<void> {
  const post = threadPoster(row, deps, reply);
  const ref = { subAccount: row.subAccount, taskId: row.taskId };
  const deadline = (row.launchedAt ?? deps.now()) + deps.tuning.batchFollowMs;
  let last = row.lastStatus;
  if (!isFinalStatus(last)) {
    // The core's loop: one detail read every batchPollMs; a failed read is logged and tried again.
    // Each change is stored and posted in order, after the one before it.
    let posted = Promise.resolve();
    const followed = await followBatchTask(
      {
        client: deps.sms,
        now: deps.now,
        sleep: deps.sleep,
        signal: deps.signal,
        onChange: ({ status }) => {
          posted = posted
            .then(async () => {
              await deps.store.setBatchLastStatus(row.id, deps.owner, status);
              await post(batchProgressMessage(row.taskId, status));
            })
            .catch((err: unknown) =>
              deps.log(`warn: could not post the progress of ${row.taskId}: ${(err as Error).message}`),
            );
        },
      },
      ref,
      {
        intervalMs: deps.tuning.batchPollMs,
        since: Math.floor((row.launchedAt ?? deps.now()) / 1000),
        timeoutMs: Math.max(0, deadline - deps.now()),
        counts: false,
        lastStatus: last,
        onReadError: (err) =>
          deps.log(`warn: could not read batch task ${row.taskId}: ${(err as Error).message}`),
      },
    );
    await posted;
    last = followed.progress.status;
  }
  if (deps.signal.aborted) {
    await deps.store.releaseBatchLease(row.id, deps.owner).catch(() => undefined);
    return;
  }
  if (!isFinalStatus(last)) {
    await post(
      notice(`Stopped following batch task ${row.taskId}; see \`/sms batch status ${row.taskId}\`.`),
    );
  } else if (last === 6) {
    await post(await receipts(row, deps));
  }
  await deps.store.finishBatchFollowUp(row.id, deps.owner);
}

/** The receipts once the task is done: the core reads the send stats until every accepted message has one. */
async function receipts(row: BatchRow, deps: BatchFlowDeps): Promise<SlackMessage> {
  const { stats } = await waitForTaskReceipts(
    { client: deps.sms, now: deps.now, sleep: deps.sleep, signal: deps.signal },
    {
      subAccount: row.subAccount,
      templateId: row.summary.templateId,
      signature: row.summary.signature,
      fromTime: Math.floor((row.launchedAt ?? deps.now()) / 1000),
    },
    { pauseMs: deps.tuning.receiptPollMs, attempts: Math.max(1, deps.tuning.receiptPollAttempts) },
  );
  return batchReceiptsMessage(row, stats, true);
}

/**
 * Takes over the batch follow-ups whose owner's lease ran out. One cut short before the service answered
 * its launch is settled by the detail: started (3–6) → followed; still awaiting launch (2) → back to
 * 'ready', said in the thread, so a sender may press Launch again.
 */
export async function takeOverBatchFollowUps(
  deps: BatchFlowDeps,
  track: (work: Promise<unknown>) => void,
): Promise<number> {
  const rows = await deps.store.takeOverBatchFollowUps(leaseFromNow(deps));
  const noReply: Reply = async () => {};
  for (const row of rows) {
    deps.log(`info: took over the follow-up of batch task ${row.taskId} (its previous owner stopped)`);
    const lease = holdLease(row.id, deps, (...args) => deps.store.renewBatchLease(...args));
    const work = (async () => {
      if (row.state === 'launching') {
        const { result } = await deps.sms.getBatchTaskDetail({
          subAccount: row.subAccount,
          taskId: row.taskId,
        });
        if (result.status === 2) {
          await deps.store.settleBatchLaunch(row.id, deps.owner, 'ready');
          if (row.threadTs !== undefined)
            await deps.post(
              row.channelId,
              notice(
                `The launch of task ${row.taskId} was cut short before the service started it; nothing was sent. Press Launch again to start it.`,
              ),
              row.threadTs,
            );
          return;
        }
        await deps.store.settleBatchLaunch(row.id, deps.owner, 'launched');
      }
      await followBatch(row, deps, noReply);
    })();
    track(
      work
        .catch((err: unknown) =>
          deps.log(`warn: the follow-up of batch task ${row.taskId} failed: ${(err as Error).message}`),
        )
        .finally(() => lease.stop()),
    );
  }
  return rows.length;
}
