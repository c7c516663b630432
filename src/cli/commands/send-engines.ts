import {
  BATCH_TASK_AWAITING_CONSENT,
  createBatchSendTask,
  createFileJournal,
  describeTemplate,
  planDelivery,
  templateFactsNeeded,
  type EngineChoice,
  formatErrorLine,
  openFileJournal,
  resumeDirectSend,
  sendDirect,
  SmsInputError,
  type BatchCsvRow,
  type DeliveryPlan,
  type DirectSendRequest,
  type ResumeReport,
  type SendPlan,
  type TemplateFacts,
} from '../../core/index.ts';
import type { CommandContext } from '../context.ts';
import type { FlagValues } from '../flags.ts';
import { EXIT, exitCodeFor, type ExitCode } from '../exit-codes.ts';
import { renderKeyValues, renderTable } from '../output/table.ts';
import { sendAndReport, type SendTarget } from './send-outcome.ts';

/** Which engine carries the send; the template is read only when the batch engine is in question. */
export async function planEngine(
  context: CommandContext,
  target: SendTarget,
  numbers: number,
  flags: { engine?: EngineChoice | undefined; threshold?: number | undefined; qps: number },
): Promise<{ delivery: DeliveryPlan; template?: TemplateFacts | undefined }> {
  const choice = { numbers, engine: flags.engine, threshold: flags.threshold, qps: flags.qps };
  const template = templateFactsNeeded(choice) ? await describeTemplate(context.client(), target) : undefined;
  return { delivery: planDelivery({ ...choice, template }), template };
}

// What a journal already holds: given beside --resume they would be ignored, so they are refused.
const SEND_DEFINITION_FLAGS = [
  'sub-account',
  'signature',
  'template-id',
  'mobiles',
  'mobiles-file',
  'file',
  'template-param',
  'account',
  'tag',
  'dry-run',
  'engine',
  'threshold',
  'task-name',
  'yes',
  'journal',
];

function refused(message: string, field: string, command: string): SmsInputError {
  return new SmsInputError(message, [{ field, message }], {
    hint: `Run "volc-sms ${command} --help" for its flags.`,
  });
}

/** With --resume the journal is the send: flags that would define another one are refused. */
export function refuseBesideResume(values: FlagValues, command: string): void {
  const given = SEND_DEFINITION_FLAGS.filter((name) => values[name] !== undefined);
  if (given.length === 0) return;
  const flags = given.map((name) => `--${name}`).join(', ');
  throw refused(
    `--resume takes the send from its journal; leave out ${flags} (only --qps and --resend-unknown go with it)`,
    `--${given[0]}`,
    command,
  );
}

/** --resend-unknown only means something when resuming. */
export function requireResume(values: FlagValues, command: string): void {
  if (values['resend-unknown'] === undefined) return;
  throw refused('--resend-unknown goes with --resume JOURNAL', '--resend-unknown', command);
}

/** A batch task is followed by its task id, not journaled. */
export function refuseBesideBatch(journal: string | undefined): void {
  if (journal === undefined) return;
  const message =
    '--journal is for direct sends; this send goes to a batch task, which is followed by its task id';
  throw new SmsInputError(message, [{ field: '--journal', message }], {
    hint: 'Leave out --journal, or pass --engine direct to send directly with a journal.',
  });
}

/** The direct engine for both send commands: paced to --qps, journaled with --journal. */
export async function sendDirectAndReport(
  context: CommandContext,
  target: SendTarget,
  plan: SendPlan,
  request: DirectSendRequest,
  flags: { qps: number; journal?: string | undefined },
): Promise<ExitCode> {
  const file = flags.journal === undefined ? undefined : context.resolvePath(flags.journal);
  const journal = file === undefined ? undefined : await createFileJournal(file);
  const client = context.client();
  try {
    const code = await sendAndReport(context, target, plan, () =>
      sendDirect(client, request, { qps: flags.qps, journal }),
    );
    if (file !== undefined && code !== EXIT.ok) {
      context.note(
        `volc-sms: the journal is ${flags.journal}; check or finish this send with: volc-sms send_sms --resume ${flags.journal}`,
      );
    }
    return code;
  } finally {
    await journal?.close?.();
  }
}

const SOURCE_WORDS: Record<ResumeReport['numbers'][number]['source'], string> = {
  journal: 'answered before',
  'send-log': 'found in the send log',
  resumed: 'sent now (never attempted before)',
  resent: 'resent (--resend-unknown)',
  'not-in-log': 'no answer, not in the send log',
};

/** `--resume JOURNAL`: finish the journaled send and report every number's final state. */
export async function resumeAndReport(
  context: CommandContext,
  file: string,
  flags: { qps: number; 'resend-unknown'?: boolean | undefined },
): Promise<ExitCode> {
  const journal = await openFileJournal(context.resolvePath(file));
  let report: ResumeReport;
  try {
    report = await resumeDirectSend(context.client(), journal, {
      qps: flags.qps,
      resendUnknown: flags['resend-unknown'] === true,
    });
  } finally {
    await journal.close?.();
  }
  const rows = report.numbers.map((n) => ({
    Mobile: n.masked,
    Status: n.status,
    Source: n.source,
    MessageId: n.messageId ?? null,
    Error: n.error === undefined ? (n.code ?? null) : formatErrorLine(n.error),
  }));
  if (context.json) {
    context.printJson({
      Resumed: true,
      TemplateId: report.send.templateId,
      Sent: report.sentCount,
      Failed: report.failedCount,
      Unknown: report.unknownCount,
      Recipients: rows,
    });
  } else {
    const bySource = new Map<string, number>();
    for (const n of report.numbers) {
      const key = `${n.status}: ${SOURCE_WORDS[n.source]}`;
      bySource.set(key, (bySource.get(key) ?? 0) + 1);
    }
    context.print(renderKeyValues([...bySource].map(([key, count]) => [key, count])));
    const open = rows.filter((r) => r.Status !== 'sent');
    if (open.length > 0) {
      context.print(
        renderTable(
          [
            { header: 'Mobile', value: (r: (typeof rows)[number]) => r.Mobile },
            { header: 'Status', value: (r) => r.Status },
            { header: 'Why', value: (r) => SOURCE_WORDS[r.Source] },
            { header: 'Error', value: (r) => r.Error ?? undefined, maxWidth: 60 },
          ],
          open.slice(0, 50),
        ),
      );
      if (open.length > 50) context.print(`… and ${open.length - 50} more.`);
    }
    context.print(
      `${report.sentCount} of ${report.numbers.length} sent, ${report.failedCount} failed, ${report.unknownCount} unknown (template ${report.send.templateId}).`,
    );
  }
  if (report.unknownCount > 0) {
    const resend =
      flags['resend-unknown'] === true ? '' : `, or resend them with --resume ${file} --resend-unknown`;
    context.note(
      `volc-sms: ${report.unknownCount} number(s) had no answer and are not in the send log: they may still have been sent. Check later with --resume ${file}${resend}.`,
    );
    return EXIT.outcomeUnknown;
  }
  if (report.failedCount === 0) return EXIT.ok;
  return report.sentCount > 0 ? EXIT.partial : EXIT.error;
}

export interface BatchRoute {
  target: SendTarget;
  template: TemplateFacts;
  delivery: DeliveryPlan;
  recipients: Iterable<BatchCsvRow>;
  /** Numbers in the plan (after de-duplication). */
  count: number;
  taskName?: string | undefined;
  yes?: boolean | undefined;
}

/**
 * The batch engine for both send commands: create the task (status 2), then launch it only with
 * consent: --yes, or the task id typed back at a terminal. Otherwise the task waits, and the command
 * that launches it through the consent gate is printed.
 */
export async function sendThroughBatch(context: CommandContext, route: BatchRoute): Promise<ExitCode> {
  const { target } = route;
  context.note(`volc-sms: engine: ${route.delivery.reason}`);
  const client = context.client();
  const taskName =
    route.taskName ?? `volc-sms ${target.templateId} ${new Date(context.now()).toISOString().slice(0, 16)}`;
  const task = await createBatchSendTask(client, {
    ...target,
    taskName,
    template: route.template,
    duplicates: 'skip',
    recipients: route.recipients,
  });
  const ref = { subAccount: target.subAccount, taskId: task.taskId };
  const preview = `volc-sms batch-launch-preview --sub-account ${target.subAccount} --task-id ${task.taskId}`;
  const waiting = task.status === BATCH_TASK_AWAITING_CONSENT;
  let launched = false;
  if (waiting && (route.yes === true || (await confirmed(context, task.taskId, route.count)))) {
    // The latest detail must still say 2: consent goes only to a validated task, once.
    const { result } = await client.getBatchTaskDetail(ref);
    if (result.status !== BATCH_TASK_AWAITING_CONSENT) {
      const message = `task ${task.taskId} is in status ${result.status ?? 'unknown'}, not 2 (awaiting consent); it was not launched`;
      throw new SmsInputError(message, [{ field: 'task-id', message }], {
        hint: `Look at it with: ${preview}`,
      });
    }
    try {
      await client.consentBatchTask(ref);
    } catch (err) {
      context.note(`volc-sms: ${formatErrorLine(err as Error)}`);
      context.note(
        `volc-sms: task ${task.taskId} was created; check it with: volc-sms batch-detail --sub-account ${target.subAccount} --task-id ${task.taskId}`,
      );
      return exitCodeFor(err);
    }
    launched = true;
  }
  const next = launched
    ? `volc-sms batch-detail --sub-account ${target.subAccount} --task-id ${task.taskId}`
    : preview;
  if (context.json) {
    context.printJson({
      Engine: 'batch',
      Reason: route.delivery.reason,
      TaskId: task.taskId,
      SubAccount: target.subAccount,
      TaskName: taskName,
      Status: launched ? 3 : (task.status ?? null),
      StatusAuthoritative: task.statusAuthoritative,
      TotalCount: task.totalCount ?? task.rows,
      DupCount: task.dupCount ?? 0,
      Launched: launched,
      Next: next,
    });
  } else {
    context.print(
      renderKeyValues([
        ['Engine', `batch task (${route.delivery.reason})`],
        ['Task id', task.taskId],
        ['Task name', taskName],
        ['Numbers', task.totalCount ?? task.rows],
        ['Status', launched ? 'launched: the service is sending' : describeStatus(task.status)],
      ]),
    );
    context.print(
      launched ? `Follow it with: ${next}` : `The task waits for your consent. Launch it with: ${next}`,
    );
  }
  return EXIT.ok;
}

function describeStatus(status: number | undefined): string {
  if (status === BATCH_TASK_AWAITING_CONSENT) return '2 (validated, awaiting consent)';
  return status === undefined ? 'unknown (the detail could not be read)' : String(status);
}

/** At a terminal without --yes: the user types the task id back to launch it. */
async function confirmed(context: CommandContext, taskId: string, count: number): Promise<boolean> {
  const ask = context.io.ask;
  if (ask === undefined || context.io.stderr.isTTY !== true) return false;
  const answer = await ask(
    `Launch task ${taskId} to ${count} numbers now? Type the task id to confirm, anything else to leave it waiting: `,
  );
  return answer.trim() === taskId;
}
