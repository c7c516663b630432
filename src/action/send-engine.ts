import {
  DEFAULT_BATCH_THRESHOLD,
  SmsInputError,
  createBatchSendTask,
  describeTemplate,
  planDelivery,
  templateFactsNeeded,
} from '../core/index.ts';
import type { DeliveryPlan, SendSmsInput, TemplateFacts } from '../core/index.ts';
import { launchAndFollow, type BatchModeDeps } from './batch-mode.ts';
import { renameInputIssues } from './input-issues.ts';
import { templateRef, type SendInputs } from './inputs.ts';

/**
 * `mode: send` above `batch-threshold` unique numbers (default 10,000): the core's planner hands the send
 * to the service's batch-task engine, as `mode: batch` would with a file built from `phone-numbers` and
 * `template-param` (the same parameters for everyone). Up to the threshold, and for a dry run's plan,
 * the direct engine stays. The `engine` output says which carried the step.
 * @returns true when the batch engine took the send (or would have, for a dry run); false for direct
 */
export async function sendThroughBatchWhenLarge(
  deps: BatchModeDeps,
  inputs: SendInputs,
  request: SendSmsInput,
): Promise<boolean> {
  const { io, client } = deps;
  const threshold = inputs.batchThreshold ?? DEFAULT_BATCH_THRESHOLD;
  const mobiles = renameInputIssues(() => client.planSend(request)).mobiles;
  const base = { numbers: mobiles.length, threshold };
  if (!templateFactsNeeded(base)) {
    io.setOutput('engine', 'direct');
    return false;
  }
  const ref = templateRef(inputs);
  const template = await renameInputIssues(() => describeTemplate(client, ref));
  const plan = planWithActionWords({ ...base, template }, inputs);
  io.setOutput('engine', plan.engine);
  io.info(`Engine: ${plan.reason}.`);
  if (plan.engine === 'direct') return false;
  if (inputs.dryRun) {
    deps.setStatus('dry-run');
    io.info(`Dry run: would create a batch task of ${mobiles.length} numbers; nothing is uploaded or sent.`);
    await io.appendSummary(
      `### 📝 SMS dry run: ${mobiles.length} recipients would go to a batch task, nothing was sent\n\n${plan.reason}.\n`,
    );
    return true;
  }
  const startedAt = deps.now().getTime();
  const params = inputs.templateParam ?? {};
  const task = await renameInputIssues(() =>
    createBatchSendTask(client, {
      ...ref,
      taskName: inputs.taskName,
      recipients: mobiles.map((mobile) => ({ mobile, params })),
      duplicates: 'skip',
      template,
    }),
  );
  const follow = inputs.wait || inputs.waitForDelivery;
  await launchAndFollow(
    deps,
    {
      ...ref,
      taskName: inputs.taskName,
      launch: inputs.launch,
      wait: follow,
      waitTimeoutMs: inputs.wait ? inputs.waitTimeoutMs : inputs.deliveryTimeoutMs,
      failOnError: inputs.failOnError,
      failOnDeliveryError: inputs.failOnDeliveryError,
    },
    {
      taskId: task.taskId,
      totalCount: task.totalCount ?? task.rows,
      dupCount: task.dupCount ?? 0,
      sha256: task.fileSha256,
      startedAt,
      source: {
        label: 'a CSV built from phone-numbers and template-param',
        rows: task.rows,
        bytes: task.fileBytes,
      },
      channelType: template.channelType,
    },
  );
  return true;
}

/** The planner's verdict, its refusal worded with this Action's inputs rather than the CLI's flags. */
function planWithActionWords(
  input: { numbers: number; threshold: number; template: TemplateFacts },
  inputs: SendInputs,
): DeliveryPlan {
  try {
    return planDelivery(input);
  } catch (err) {
    if (!(err instanceof SmsInputError) || err.issues[0]?.field !== 'engine') throw err;
    const message =
      `${inputs.templateId} is a verification template and ${input.numbers} numbers are above batch-threshold ` +
      `${input.threshold}: the batch engine refuses verification templates; nothing was sent`;
    throw new SmsInputError(
      `Invalid input batch-threshold: ${message}`,
      [{ field: 'batch-threshold', message }],
      {
        hint: `Send at most ${input.threshold} numbers a step, or set batch-threshold: ${input.numbers} to send them all as direct requests (5 per second).`,
        cause: err,
      },
    );
  }
}
