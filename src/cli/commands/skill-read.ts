import type { ApiResponse, SmsClient } from '../../core/index.ts';
import type { CommandSpec } from '../command.ts';
import type { CommandContext } from '../context.ts';
import { EXIT } from '../exit-codes.ts';
import { parseFlagValues, pageSize, wholeNumber, type ParsedFlags } from '../flag-values.ts';
import type { FlagSpecs } from '../flags.ts';
import { printSkillEnvelope, runSkillCommand, skillSuccess } from '../output/skill-envelope.ts';

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
  /** The core call; `name` is the command's, for requireFlag's message. */
  read(client: SmsClient, flags: ParsedFlags<F>, name: string): Promise<ApiResponse<R>>;
  /** The envelope's `result` when it differs from the core's (masked phones, content as a digest). */
  envelope?(result: R): unknown;
  /** What a terminal shows. */
  show(context: CommandContext, result: R, flags: ParsedFlags<F>): void;
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
      runSkillCommand(context, spec.name, async () => {
        const flags = parseFlagValues(spec.flags, values, spec.name);
        const response = await spec.read(context.client(), flags, spec.name);
        if (context.json) {
          const result = spec.envelope ? spec.envelope(response.result) : response.result;
          printSkillEnvelope(context, skillSuccess(spec.name, response.requestId, result));
        } else spec.show(context, response.result, flags);
        return EXIT.ok;
      }),
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
