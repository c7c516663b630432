import type {
  BatchCsvRow,
  DeliveryPlan,
  DirectSendRequest,
  EngineChoice,
  SendPlan,
} from '../../core/index.ts';
import type { CommandContext } from '../context.ts';
import type { ExitCode } from '../exit-codes.ts';
import type { FlagSpecs, FlagValues } from '../flags.ts';
import { renderKeyValues } from '../output/table.ts';
import { DIRECT_FLAGS, ENGINE_FLAGS } from './send-engine-flags.ts';
import {
  planEngine,
  refuseBesideBatch,
  refuseBesideResume,
  requireResume,
  resumeAndReport,
  sendDirectAndReport,
  sendThroughBatch,
} from './send-engines.ts';
import type { SendTarget } from './send-outcome.ts';
import { TAG_FLAG } from './send-flags.ts';

/**
 * The one course of `send_sms` and `send_batch_sms`: `--resume` finishes a journaled send; otherwise the
 * command prepares its send from its flags (what differs between the two: where the numbers and values
 * come from, how the plan reads), the engine is chosen, and the send is planned (--dry-run), created as a
 * batch task launched only with consent, or sent directly, paced and journaled.
 */

/** The flags of the course, after each command's own: the tag, --dry-run, the engine and the direct send. */
export const SEND_COURSE_FLAGS = {
  tag: TAG_FLAG,
  'dry-run': { type: 'boolean', description: 'Check everything and show the plan; send nothing.' },
  ...ENGINE_FLAGS,
  ...DIRECT_FLAGS,
} as const satisfies FlagSpecs;

export interface PreparedSend {
  target: SendTarget;
  /** Numbers in the plan, after de-duplication. */
  count: number;
  printPlan(delivery: DeliveryPlan): void;
  /** The rows of a batch task: each number with its values. */
  recipients(): Iterable<BatchCsvRow>;
  direct: { plan: SendPlan; request: DirectSendRequest };
}

interface SendFlags {
  resume?: string | undefined;
  'resend-unknown'?: boolean | undefined;
  engine?: EngineChoice | undefined;
  threshold?: number | undefined;
  qps: number;
  journal?: string | undefined;
  'dry-run'?: boolean | undefined;
  'task-name'?: string | undefined;
  yes?: boolean | undefined;
}

/**
 * A --dry-run's plan: in a pipe `{DryRun: true, …lead, SubAccount, Signature, TemplateId, …fields}`, on a
 * terminal the target and then the command's own lines.
 */
export function printDryRun(
  context: CommandContext,
  target: SendTarget,
  plan: {
    lead?: Record<string, unknown>;
    fields: Record<string, unknown>;
    lines: Array<[string, string | number | undefined]>;
  },
): void {
  if (context.json) {
    context.printJson({
      DryRun: true,
      ...plan.lead,
      SubAccount: target.subAccount,
      Signature: target.signature,
      TemplateId: target.templateId,
      ...plan.fields,
    });
    return;
  }
  context.print('Dry run: everything checked, nothing sent.');
  context.print(
    renderKeyValues([
      ['Sub account', target.subAccount],
      ['Signature', target.signature],
      ['Template', target.templateId],
      ...plan.lines,
    ]),
  );
}

export async function runSend(
  context: CommandContext,
  command: { name: string; values: FlagValues; flags: SendFlags },
  prepare: () => Promise<PreparedSend>,
): Promise<ExitCode> {
  const { name, values, flags } = command;
  if (flags.resume !== undefined) {
    refuseBesideResume(values, name);
    return resumeAndReport(context, flags.resume, flags);
  }
  requireResume(values, name);
  const send = await prepare();
  const { delivery, template } = await planEngine(context, send.target, send.count, flags);
  if (flags['dry-run'] === true) {
    send.printPlan(delivery);
    return 0;
  }
  if (delivery.engine === 'batch' && template !== undefined) {
    refuseBesideBatch(flags.journal);
    return sendThroughBatch(context, {
      target: send.target,
      template,
      delivery,
      recipients: send.recipients(),
      count: send.count,
      taskName: flags['task-name'],
      yes: flags.yes,
    });
  }
  if (delivery.forced) context.note(`volc-sms: engine: ${delivery.reason}`);
  return sendDirectAndReport(context, send.target, send.direct.plan, send.direct.request, flags);
}
