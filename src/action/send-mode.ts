import { formatErrorLine, maskPhone, waitForReceipts } from '../core/index.ts';
import type { Receipt, SendSmsInput, SmsClient } from '../core/index.ts';
import { sendThroughBatchWhenLarge } from './send-engine.ts';
import { renameInputIssues } from './input-issues.ts';
import { templateRef, type SendInputs } from './inputs.ts';
import type { ActionIo } from './runner-io.ts';
import { countDeliveries, groupErrors, outcomeReports, plannedReports, sendSummary } from './send-report.ts';
import type { RecipientReport } from './send-report.ts';

export interface SendModeDeps {
  io: ActionIo;
  client: SmsClient;
  now: () => Date;
  sleep: (ms: number) => Promise<void>;
  pollIntervalMs: number;
  /** Writes the `status` output, as soon as it is known. */
  setStatus: (status: StepStatus) => void;
}

/**
 * The `status` output: `ok` (every recipient accepted, and delivered when waiting for receipts), `failed`
 * (nothing went out: every recipient rejected, or the step stopped before sending), `partial` (anything
 * else: some went out or may have; the `results` output says which), `dry-run`; for stats with the
 * watchdog, `low-receipt-rate`; for a batch task, `created` (valid, awaiting launch) and `launched` (started,
 * not followed to its end).
 */
export type StepStatus =
  'ok' | 'partial' | 'failed' | 'dry-run' | 'low-receipt-rate' | 'created' | 'launched';

export function sendStatus(
  counts: { sent: number; failed: number; unknown: number },
  delivery?: { delivered: number } | undefined,
): StepStatus {
  const everyoneAccepted = counts.failed === 0 && counts.unknown === 0;
  if (everyoneAccepted && (delivery === undefined || delivery.delivered === counts.sent)) return 'ok';
  if (counts.sent === 0 && counts.unknown === 0) return 'failed';
  return 'partial';
}

/**
 * `mode: send`. Outputs are written before the step is failed, so `if: failure()` follow-ups still see
 * which numbers went out; nothing accepted is ever re-sent here (sends are not retried by the core either).
 */
export async function runSend(deps: SendModeDeps, inputs: SendInputs): Promise<void> {
  const { io, client } = deps;
  const ref = templateRef(inputs);
  const request: SendSmsInput = { ...ref, mobiles: inputs.phoneNumbers, templateParam: inputs.templateParam };
  const context = { ...ref, dryRun: inputs.dryRun };
  // Above batch-threshold numbers the service's batch-task engine carries the send instead.
  if (await sendThroughBatchWhenLarge(deps, inputs, request)) return;

  if (inputs.dryRun) {
    const plan = renameInputIssues(() => client.planSend(request));
    const reports = plannedReports(plan, maskPhone);
    io.info(
      `Dry run: would send ${inputs.templateId} to ${plan.mobiles.length} recipient(s) in ${plan.chunks.length} ` +
        `request(s); nothing is sent.`,
    );
    deps.setStatus('dry-run');
    logRecipients(io, reports);
    writeSendOutputs(io, reports, { sent: 0, failed: 0, unknown: 0 });
    await io.appendSummary(
      sendSummary({
        context,
        reports,
        counts: { sent: 0, failed: 0, unknown: 0 },
        duplicates: plan.duplicates.length,
      }),
    );
    return;
  }

  const sentAt = Math.floor(deps.now().getTime() / 1000);
  const outcome = await renameInputIssues(() => client.sendSms(request));
  const counts = { sent: outcome.sentCount, failed: outcome.failedCount, unknown: outcome.unknownCount };
  io.info(
    `Sent ${inputs.templateId}: ${counts.sent} of ${outcome.recipients.length} accepted` +
      (counts.failed ? `, ${counts.failed} rejected` : '') +
      (counts.unknown ? `, ${counts.unknown} with unknown outcome` : '') +
      ` (${outcome.plan.chunks.length} request(s)).`,
  );

  let deliveries: Map<string, Receipt> | undefined;
  let deliveryProblem: string | undefined;
  const messageIds = outcome.recipients.flatMap((r) => (r.messageId ? [r.messageId] : []));
  if (inputs.waitForDelivery && messageIds.length > 0) {
    io.info(
      `Waiting up to ${Math.round(inputs.deliveryTimeoutMs / 1000)} s for ${messageIds.length} receipt(s)…`,
    );
    // The core's poller: the pause grows ×1.5 up to 10 s, and a read that fails for good ends the wait.
    const waited = await waitForReceipts(
      {
        client,
        now: () => deps.now().getTime(),
        sleep: deps.sleep,
        onPoll: (pending, total) =>
          io.info(`Waiting for delivery receipts: ${pending} of ${total} still without a receipt…`),
      },
      { ...ref, sentAt },
      messageIds,
      { pauseMs: deps.pollIntervalMs, growth: 1.5, maxPauseMs: 10_000, timeoutMs: inputs.deliveryTimeoutMs },
    );
    deliveries = waited.receipts;
    if (waited.readError !== undefined) {
      deliveryProblem = `Could not read the send log while waiting for receipts: ${formatErrorLine(waited.readError)}`;
    } else if (waited.timedOut) {
      deliveryProblem = `Some receipts did not arrive within ${Math.round(inputs.deliveryTimeoutMs / 1000)} s`;
    }
  }

  const reports = outcomeReports(outcome, deliveries);
  const delivery = deliveries ? countDeliveries(reports) : undefined;
  deps.setStatus(sendStatus(counts, delivery));
  logRecipients(io, reports);
  writeSendOutputs(io, reports, counts);
  if (delivery) {
    io.setOutput('delivered-count', String(delivery.delivered));
    io.setOutput('delivery-failed-count', String(delivery.failed));
    io.setOutput('delivery-pending-count', String(delivery.pending));
  }
  await io.appendSummary(
    sendSummary({ context, reports, counts, duplicates: outcome.plan.duplicates.length, delivery }),
  );

  const total = reports.length;
  if (counts.failed > 0 || counts.unknown > 0) {
    const errors = groupErrors(reports);
    const detail = errors.map(({ line, count }) =>
      errors.length > 1 || count < total ? `${count} × ${line}` : line,
    );
    const unknownNote =
      counts.unknown > 0
        ? ' Numbers with an unknown outcome may have been sent: check the send log before re-sending.'
        : '';
    const reasons = detail.join(' | ');
    const message = `${total - counts.sent} of ${total} recipient(s) not accepted: ${reasons}${reasons.endsWith('.') ? '' : '.'}${unknownNote}`;
    raise(io, inputs.failOnError, message);
  }
  if (delivery && (delivery.failed > 0 || delivery.pending > 0)) {
    const failed = reports.filter((r) => r.delivery === 'failed');
    const parts: string[] = [];
    if (failed.length > 0) {
      const examples = failed.slice(0, 10).map((r) => `${r.mobile} ${r.deliveryError ?? ''}`.trim());
      parts.push(
        `${failed.length} delivery failure(s): ${examples.join('; ')}${failed.length > 10 ? '; …' : ''}`,
      );
    }
    if (delivery.pending > 0) {
      parts.push(
        `${delivery.pending} message(s) without a receipt${deliveryProblem ? ` (${deliveryProblem})` : ''}`,
      );
    }
    raise(io, inputs.failOnDeliveryError, parts.join('; '));
  }
}

/** The step fails, or (when the workflow opted out) the same words become a warning and the step stays green. */
function raise(io: ActionIo, fail: boolean, message: string): void {
  if (fail) io.setFailed(message);
  else io.warning(message);
}

// A log of 10,000 lines helps nobody; the rest are in the `results` output and the summary.
const MAX_LOGGED_RECIPIENTS = 200;

function logRecipients(io: ActionIo, reports: readonly RecipientReport[]): void {
  for (const report of reports.slice(0, MAX_LOGGED_RECIPIENTS)) io.info(`  ${describeReport(report)}`);
  if (reports.length > MAX_LOGGED_RECIPIENTS) {
    io.info(`  …and ${reports.length - MAX_LOGGED_RECIPIENTS} more (see the results output)`);
  }
}

function describeReport(report: RecipientReport): string {
  const parts = [report.mobile, report.status];
  if (report.messageId) parts.push(report.messageId);
  if (report.delivery) parts.push(report.delivery);
  if (report.deliveryError) parts.push(report.deliveryError);
  else if (report.error) parts.push(report.error);
  return parts.join('  ');
}

// Outputs share a 1 MB budget per job and the runner drops what is above it. The two lists get 3/4 of it:
// results of ~4,500 recipients, ids of ~6,500 messages.
const IDS_OUTPUT_LIMIT_BYTES = 256 * 1024;
const RESULTS_OUTPUT_LIMIT_BYTES = 512 * 1024;

/** A prefix of `items` (shortened by 10 % steps) whose JSON fits in `limit` bytes. */
export function boundedJson(items: readonly unknown[], limit: number): { json: string; kept: number } {
  let kept = items.length;
  let json = JSON.stringify(items);
  while (Buffer.byteLength(json, 'utf8') > limit && kept > 0) {
    kept = Math.floor(kept * 0.9);
    json = JSON.stringify(items.slice(0, kept));
  }
  return { json, kept };
}

function writeSendOutputs(
  io: ActionIo,
  reports: readonly RecipientReport[],
  counts: { sent: number; failed: number; unknown: number },
): void {
  const ids = boundedJson(
    reports.flatMap((r) => (r.messageId ? [r.messageId] : [])),
    IDS_OUTPUT_LIMIT_BYTES,
  );
  io.setOutput('message-ids', ids.json);
  let results = boundedJson(reports, RESULTS_OUTPUT_LIMIT_BYTES);
  if (results.kept < reports.length) {
    // Too many to list: keep the recipients someone has to act on, which is what a follow-up step needs.
    const problems = reports.filter(
      (r) => r.status === 'failed' || r.status === 'unknown' || (r.delivery && r.delivery !== 'delivered'),
    );
    results = boundedJson(problems, RESULTS_OUTPUT_LIMIT_BYTES);
    io.warning(
      `The results output lists only ${results.kept} recipient(s) not sent or not delivered (of ${problems.length}); ` +
        `all ${reports.length} would exceed the job output limit. The counts cover everyone.`,
    );
  }
  if (ids.kept < reports.filter((r) => r.messageId).length) {
    io.warning(
      `The message-ids output lists the first ${ids.kept} ids; all would exceed the job output limit.`,
    );
  }
  io.setOutput('results', results.json);
  io.setOutput('sent-count', String(counts.sent));
  io.setOutput('failed-count', String(counts.failed));
  io.setOutput('unknown-count', String(counts.unknown));
}
