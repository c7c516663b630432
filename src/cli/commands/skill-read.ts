import { isGateFailure, normalizeSignature } from '../../core/index.ts';
import type { GateFailure, SmsClient } from '../../core/index.ts';
import type { CommandSpec } from '../command.ts';
import type { CommandContext } from '../context.ts';
import { EXIT, type ExitCode } from '../exit-codes.ts';
import {
  commaList,
  parseFlagValues,
  pageSize,
  text,
  wholeNumber,
  type FlagParse,
  type ParsedFlags,
} from '../flag-values.ts';
import type { FlagSpecs, FlagValues } from '../flags.ts';
import {
  printSkillEnvelope,
  reportSkillFailure,
  runSkillCommand,
  skillSuccess,
} from '../output/skill-envelope.ts';

/** What a read gives: the API's response, or a result worked out locally (`match-template`). */
export interface SkillReadAnswer<R> {
  result: R;
  requestId?: string | undefined;
}

/**
 * The one shape of a skill 1.3 read command (reference §4.2): flags, one typed core call, the result as the
 * envelope's `result` in a pipe, a table on a terminal. A command is a declaration of these parts.
 */
export interface SkillReadSpec<F extends FlagSpecs, R> {
  name: string;
  summary: string;
  description?: readonly string[];
  flags: F;
  examples: readonly string[];
  /**
   * The core call; `name` is the command's, for requireFlag's message. A GateFailure is reported with its
   * own code (`contract_conflict`); a thrown error with the service's.
   */
  read(client: SmsClient, flags: ParsedFlags<F>, name: string): Promise<SkillReadAnswer<R> | GateFailure>;
  /** The envelope's `result` when it differs from the core's (masked phones, content as a digest). */
  envelope?(result: R, flags: ParsedFlags<F>): unknown;
  /**
   * Output of its own before the envelope or table (a file, raw text on stdout); true when that was all
   * there is to print (`batch-template-demo --output -`).
   */
  deliver?(context: CommandContext, result: R, flags: ParsedFlags<F>): Promise<boolean>;
  /** What a terminal shows. */
  show(context: CommandContext, result: R, flags: ParsedFlags<F>): void;
  /**
   * `--all`: the pages streamed instead of one answer (export-send-log.ts), before any other call;
   * undefined when the flags ask for no stream.
   */
  stream?(context: CommandContext, flags: ParsedFlags<F>, values: FlagValues): Promise<ExitCode> | undefined;
}

export function skillReadCommand<F extends FlagSpecs, R>(spec: SkillReadSpec<F, R>): CommandSpec {
  return {
    name: spec.name,
    summary: `${spec.summary} (skill 1.3)`,
    description: [...(spec.description ?? []), 'In a pipe: the skill 1.3 envelope (docs/cli.md).'],
    group: 'api',
    flags: spec.flags,
    examples: spec.examples,
    run: (context, values) =>
      runSkillCommand(
        context,
        spec.name,
        async () => {
          const flags = parseFlagValues(spec.flags, values, spec.name);
          const streamed = spec.stream?.(context, flags, values);
          if (streamed !== undefined) return streamed;
          const response = await spec.read(context.client(), flags, spec.name);
          if (isGateFailure(response)) return reportSkillFailure(context, spec.name, response);
          if (spec.deliver && (await spec.deliver(context, response.result, flags))) return EXIT.ok;
          if (context.json) {
            const result = spec.envelope ? spec.envelope(response.result, flags) : response.result;
            printSkillEnvelope(context, skillSuccess(spec.name, response.requestId, result));
          } else spec.show(context, response.result, flags);
          return EXIT.ok;
        },
        'read',
      ),
  };
}

/** Skill 1.3's paging: `--page` 1–100000 (1), `--page-size` 1–100 (100). */
export const SKILL_PAGING_FLAGS = {
  page: {
    type: 'string',
    value: 'N',
    description: 'Page number, 1–100000 (default 1).',
    parse: wholeNumber(1, 100_000),
    default: 1,
  },
  'page-size': {
    type: 'string',
    value: 'N',
    description: 'Items per page, 1–100 (default 100).',
    parse: pageSize,
    default: 100,
  },
} as const satisfies FlagSpecs;

/**
 * A signature as skill 1.3 reads it (reference §4.2): one outer 【】, [] or ［］ pair removed, then 2–25
 * characters, so `【VolcOps】` finds `VolcOps`. (`batch-list` and `analytics` pass theirs raw.)
 */
export const signatureText: FlagParse<string> = (raw) => {
  const typed = text(raw);
  return 'problem' in typed ? typed : normalizeSignature(typed.value);
};

/** A repeatable signature flag, each one normalised as signatureText. */
export const signatureList: FlagParse<string[]> = (raw) => {
  const items = commaList(raw);
  if ('problem' in items) return items;
  const signatures: string[] = [];
  for (const item of items.value) {
    const parsed = normalizeSignature(item);
    if ('problem' in parsed) return { problem: `"${item}" ${parsed.problem}` };
    signatures.push(parsed.value);
  }
  return { value: signatures };
};

const CHANNEL_TYPES = ['CN_OTP', 'CN_NTC', 'CN_MKT'] as const;
export type ChannelTypeFlag = (typeof CHANNEL_TYPES)[number];

/** `CN_OTP` (verification), `CN_NTC` (notification) or `CN_MKT` (marketing). */
export const channelType: FlagParse<ChannelTypeFlag> = (raw) => {
  const typed = text(raw);
  if ('problem' in typed) return typed;
  const value = typed.value.toUpperCase();
  return (CHANNEL_TYPES as readonly string[]).includes(value)
    ? { value: value as ChannelTypeFlag }
    : { problem: `must be one of ${CHANNEL_TYPES.join(', ')}` };
};
