import { describeError, formatErrorLine, maskPhone } from '../../core/index.ts';
import type { RecipientResult, SendPlan, SendSmsOutcome, SmsError } from '../../core/index.ts';
import type { CommandContext } from '../context.ts';
import { EXIT, exitCodeFor } from '../exit-codes.ts';
import type { ExitCode } from '../exit-codes.ts';
import { ProgressBar } from '../output/progress.ts';
import { renderTable } from '../output/table.ts';

/** What the summary line names; both send commands have these. */
export interface SendTarget {
  subAccount: string;
  signature: string;
  templateId: string;
}

/** Above this many numbers the table lists only the ones that were not sent. */
const FULL_TABLE_LIMIT = 50;

export function maskList(mobiles: readonly string[]): string[] {
  return mobiles.map(maskPhone);
}

/** Per number, for the multi-request JSON document (docs/cli.md, "send_sms output"). */
function recipientJson(recipient: RecipientResult) {
  const error = recipient.error === undefined ? undefined : describeError(recipient.error);
  return {
    Mobile: recipient.masked,
    MessageId: recipient.messageId ?? null,
    Status: recipient.status,
    Error:
      error === undefined
        ? null
        : {
            Code: error.apiCode ?? error.code,
            Message: error.message,
            Hint: error.hint ?? null,
            RequestId: error.requestId ?? recipient.requestId ?? null,
          },
  };
}

/** The distinct errors of a send (one per failed request), with how many numbers each affected. */
function distinctErrors(outcome: SendSmsOutcome): Array<{ error: SmsError; count: number }> {
  const seen = new Map<SmsError, number>();
  for (const recipient of outcome.recipients) {
    if (recipient.error !== undefined) seen.set(recipient.error, (seen.get(recipient.error) ?? 0) + 1);
  }
  return [...seen].map(([error, count]) => ({ error, count }));
}

function printOutcome(context: CommandContext, input: SendTarget, outcome: SendSmsOutcome): void {
  const errors = distinctErrors(outcome);
  const single = outcome.plan.chunks.length === 1 && outcome.raw[0] !== undefined;
  if (context.json) {
    // One request: its envelope exactly as the skill prints it. Several: one document for all of them.
    context.printJson(
      single
        ? outcome.raw[0]
        : {
            Recipients: outcome.recipients.map(recipientJson),
            Responses: outcome.raw.map((raw) => raw ?? null),
          },
    );
  } else {
    printTable(context, input, outcome);
  }
  for (const { error, count } of errors) {
    const scope = errors.length > 1 || outcome.recipients.length > count ? `${count} number(s): ` : '';
    context.note(`volc-sms: ${scope}${formatErrorLine(error)}`);
  }
  if (outcome.plan.duplicates.length > 0) {
    context.note(`volc-sms: ${outcome.plan.duplicates.length} duplicate number(s) skipped (sent once).`);
  }
}

function printTable(context: CommandContext, input: SendTarget, outcome: SendSmsOutcome): void {
  const total = outcome.recipients.length;
  const rows =
    total > FULL_TABLE_LIMIT ? outcome.recipients.filter((r) => r.status !== 'sent') : outcome.recipients;
  if (rows.length > 0) {
    context.print(
      renderTable(
        [
          { header: 'Mobile', value: (r: RecipientResult) => r.masked },
          { header: 'Status', value: (r) => r.status },
          { header: 'Message id', value: (r) => r.messageId },
          {
            header: 'Error',
            value: (r) =>
              r.error === undefined ? undefined : (describeError(r.error).apiCode ?? r.error.code),
          },
        ],
        rows,
      ),
    );
  }
  const parts = [`${outcome.sentCount} of ${total} sent`];
  if (outcome.failedCount > 0) parts.push(`${outcome.failedCount} failed`);
  if (outcome.unknownCount > 0) parts.push(`${outcome.unknownCount} unknown`);
  context.print(`${parts.join(', ')} (template ${input.templateId}, signature ${input.signature}).`);
  if (outcome.sentCount > 0) {
    context.print(
      `Delivery receipts follow: volc-sms list_sms_send_log --sub-account ${input.subAccount} --since 1h`,
    );
  }
}

/**
 * Unknown outcomes come first (the user must check before resending), then partial failure; when every
 * number failed, the exit code of the error itself (auth, throttling, input…).
 */
function sendExitCode(outcome: SendSmsOutcome): ExitCode {
  if (outcome.unknownCount > 0) return EXIT.outcomeUnknown;
  if (outcome.failedCount === 0) return EXIT.ok;
  if (outcome.sentCount > 0) return EXIT.partial;
  const first = outcome.recipients.find((recipient) => recipient.error !== undefined);
  return exitCodeFor(first?.error);
}

/**
 * Counts finished send requests through the client's attempt events to drive the progress bar (stderr, a
 * terminal only, more than one request). Returns the function that removes it.
 */
function trackSendProgress(context: CommandContext, plan: SendPlan): () => void {
  if (plan.chunks.length < 2 || context.io.stderr.isTTY !== true) return () => undefined;
  const bar = new ProgressBar(
    context.io.stderr,
    plan.chunks.length,
    `Sending ${plan.mobiles.length} numbers`,
  );
  const unsubscribe = context.onAttempt((event) => {
    if (/^Send(Batch)?Sms/.test(event.action) && event.retryInMs === undefined) bar.tick();
  });
  return () => {
    unsubscribe();
    bar.finish();
  };
}

/**
 * The end of both send commands: send with the progress bar up, print a result per number, and turn the
 * outcome into the exit code.
 */
export async function sendAndReport(
  context: CommandContext,
  input: SendTarget,
  plan: SendPlan,
  send: () => Promise<SendSmsOutcome>,
): Promise<ExitCode> {
  const stopProgress = trackSendProgress(context, plan);
  let outcome: SendSmsOutcome;
  try {
    outcome = await send();
  } finally {
    stopProgress();
  }
  printOutcome(context, input, outcome);
  return sendExitCode(outcome);
}
