import {
  ConsentLedger,
  defaultLedgerDir,
  fileLedgerStore,
  isGateAnswer,
  isGateFailure,
  previewDigestFields,
} from '../../core/index.ts';
import type {
  GateAnswer,
  GateCalls,
  GateContext,
  GatePreview,
  GateSubmitInput,
  GateSubmitted,
} from '../../core/index.ts';
import type { CommandSpec } from '../command.ts';
import type { CommandContext } from '../context.ts';
import { EXIT, type ExitCode } from '../exit-codes.ts';
import { parseFlagValues, requireFlag, text, type ParsedFlags } from '../flag-values.ts';
import type { FlagSpecs } from '../flags.ts';
import {
  printSkillEnvelope,
  reportSkillFailure,
  runSkillCommand,
  skillSuccess,
} from '../output/skill-envelope.ts';
import { renderKeyValues, type KeyValues } from '../output/table.ts';

/**
 * A `<name>-preview` / `<name>-submit` pair declared once over the core's one gate (signature, template,
 * batch launch): the flags, how they make the request, how a preview reads on a terminal. The JSON in a
 * pipe, the ledger, exit codes and what a refusal says are the same for every pair.
 */

/** The gate's context for a CLI process: the configured client and the ledger under the state directory. */
export function gateContext(context: CommandContext): GateContext {
  return {
    client: context.client(),
    ledger: new ConsentLedger(fileLedgerStore(defaultLedgerDir(context.env), () => context.now())),
    now: () => context.now(),
  };
}

export const PREVIEW_DIGEST_FLAG = {
  'preview-digest': {
    type: 'string',
    required: true,
    value: 'DIGEST',
    description: 'The digest the preview printed for these exact flags.',
    parse: text,
  },
  reconciled: {
    type: 'boolean',
    description: 'After an outcome_unknown: you checked (the command it named) and the write is absent.',
  },
} as const satisfies FlagSpecs;

export interface GatePair<F extends FlagSpecs, S extends FlagSpecs, Request, Summary> extends GateCalls<
  Request,
  Summary
> {
  name: string;
  /** The write's action (the core gate's), reported when the call itself failed. */
  action: string;
  summary: { preview: string; submit: string };
  description: { preview: readonly string[]; submit: readonly string[] };
  /** The flags of the preview; the submit takes them too. */
  flags: F;
  /** What the submit takes besides (the digest flags are added). */
  submitFlags: S;
  example: string;
  /** What the submit's example adds after `--preview-digest DIGEST` (the send's second digest). */
  submitExample?: string | undefined;
  request(values: ParsedFlags<F>, command: string): Request;
  /** The submit's consent beyond the digest (the launch phrase). */
  authorization?(values: ParsedFlags<F & S>, command: string): Partial<GateSubmitInput<Summary>>;
  /** The preview's `result` in a pipe (the skill's shape); by default `{ preview: summary }`. */
  previewResult?(summary: Summary): Record<string, unknown>;
  /** The summary's key/value lines on a terminal; the digest's line follows them. */
  previewLines(summary: Summary): KeyValues;
  /** A line printed under them (the launch's consent phrase). */
  previewNote?(summary: Summary): string;
  /** The line after them: what to run once the user approved; by default the submit with the digest. */
  nextStep?(preview: GatePreview<Summary>, request: Request): string;
  /** What to check first when an earlier submit of the request has an unknown outcome. */
  pendingCheck?: string | undefined;
  printSubmitted(context: CommandContext, submitted: GateSubmitted<Summary>): void;
}

/** An application's submit on a terminal: the id it got and its status, or what the reconciling read found. */
export const printApplied =
  (idKey: 'applyId' | 'templateId') =>
  <S>(context: CommandContext, submitted: GateSubmitted<S>): void => {
    const result = submitted.result as Record<string, unknown>;
    context.print(
      submitted.reconciled
        ? `The application was found after a lost answer: ${JSON.stringify(result)}`
        : `Applied (request id ${submitted.requestId ?? '-'}): ${idKey} ${String(result[idKey] ?? '-')}, status ${String(result.status ?? '-')}`,
    );
  };

/** An early answer (a task already started): a success reported by the command, as the skill does. */
function printAnswer(context: CommandContext, command: string, answer: GateAnswer): ExitCode {
  if (context.json) printSkillEnvelope(context, skillSuccess(command, undefined, answer.answer));
  else
    context.print(
      Object.entries(answer.answer)
        .map(([k, v]) => `${k}: ${String(v)}`)
        .join('\n'),
    );
  return EXIT.ok;
}

export function gateCommands<F extends FlagSpecs, S extends FlagSpecs, R, Summary>(
  pair: GatePair<F, S, R, Summary>,
): [CommandSpec, CommandSpec] {
  const previewName = `${pair.name}-preview`;
  const submitName = `${pair.name}-submit`;
  // The digest first, then what else the submit takes, then --reconciled.
  const submitFlags = {
    ...pair.flags,
    'preview-digest': PREVIEW_DIGEST_FLAG['preview-digest'],
    ...pair.submitFlags,
    reconciled: PREVIEW_DIGEST_FLAG.reconciled,
  };
  const previewCommand: CommandSpec = {
    name: previewName,
    summary: pair.summary.preview,
    description: pair.description.preview,
    group: 'api',
    flags: pair.flags,
    examples: [`volc-sms ${previewName} ${pair.example}`],
    run: (context, values) =>
      runSkillCommand(context, previewName, async () => {
        const request = pair.request(parseFlagValues(pair.flags, values, previewName), previewName);
        const outcome = await pair.preview(gateContext(context), request);
        if (isGateFailure(outcome)) return reportSkillFailure(context, previewName, outcome);
        if (isGateAnswer(outcome)) return printAnswer(context, previewName, outcome);
        if (!context.json) {
          context.print(renderKeyValues([...pair.previewLines(outcome.preview), ['Digest', outcome.digest]]));
          const note = pair.previewNote?.(outcome.preview);
          if (note !== undefined) context.print(note);
          if (outcome.pendingSubmit !== undefined)
            context.note(
              `volc-sms: an earlier submit of this same ${pair.pendingCheck ?? 'request has an unknown outcome; check first.'}`,
            );
          context.print(
            pair.nextStep?.(outcome, request) ??
              `Nothing was sent. After the user approves, run ${submitName} with the same flags and --preview-digest ${outcome.digest}`,
          );
          return EXIT.ok;
        }
        const result = {
          ...(pair.previewResult?.(outcome.preview) ?? { preview: outcome.preview }),
          ...previewDigestFields(outcome),
        };
        printSkillEnvelope(context, skillSuccess(previewName, undefined, result));
        return EXIT.ok;
      }),
  };
  const submitCommand: CommandSpec = {
    name: submitName,
    summary: pair.summary.submit,
    description: pair.description.submit,
    group: 'api',
    flags: submitFlags,
    examples: [
      `volc-sms ${submitName} ${pair.example} \\\n    --preview-digest DIGEST${pair.submitExample ?? ''}`,
    ],
    run: (context, values) =>
      runSkillCommand(context, submitName, async () => {
        const flags = parseFlagValues(submitFlags, values, submitName);
        const request = pair.request(flags as ParsedFlags<F>, submitName);
        const outcome = await pair.submit(gateContext(context), request, {
          previewDigest: requireFlag(
            flags['preview-digest'] as string | undefined,
            '--preview-digest',
            submitName,
          ),
          reconciled: flags.reconciled === true,
          ...pair.authorization?.(flags as ParsedFlags<F & S>, submitName),
        });
        // As the skill: a failed call reports the action, a refusal before it the command.
        if (isGateFailure(outcome))
          return reportSkillFailure(context, outcome.attempted ? pair.action : submitName, outcome);
        if (isGateAnswer(outcome)) return printAnswer(context, submitName, outcome);
        if (context.json) {
          // A reconciled write and an early answer are the command's own results (reference §4.1).
          const action = outcome.reconciled || isEarly(outcome.result) ? submitName : outcome.action;
          printSkillEnvelope(context, skillSuccess(action, outcome.requestId, outcome.result));
        } else pair.printSubmitted(context, outcome);
        return EXIT.ok;
      }),
  };
  return [previewCommand, submitCommand];
}

const isEarly = (result: unknown) =>
  typeof result === 'object' && result !== null && 'alreadyStarted' in result;
