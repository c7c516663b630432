import type { ApiResponse, SmsClient } from '../../core/index.ts';
import { apiCommand, type CommandSpec } from '../command.ts';
import type { CommandContext } from '../context.ts';
import type { ExitCode } from '../exit-codes.ts';
import { commaList, parseFlagValues, type ParsedFlags } from '../flag-values.ts';
import type { FlagSpecs, FlagValues } from '../flags.ts';

/**
 * The one shape of the older skill's commands (`list_sub_account`, `list_signature`, …, and the classic
 * verification-code pair): flags, one typed core call, the service's envelope as it came in a pipe (skill
 * 1.2 printed the raw answer), a table on a terminal. A command is a declaration of these parts, as skill-read.ts's are for skill 1.3.
 */
export interface ClassicCommandSpec<F extends FlagSpecs, R> {
  name: string;
  summary: string;
  description: readonly string[];
  flags: F;
  examples: readonly string[];
  /** The core call; the context for what it reads besides the flags (time zone, the clock, notes). */
  read(client: SmsClient, flags: ParsedFlags<F>, context: CommandContext): Promise<ApiResponse<R>>;
  /** What a pipe gets; default the service's envelope unchanged. */
  json?(response: ApiResponse<R>): unknown;
  /** What a terminal shows. */
  show(context: CommandContext, result: R, flags: ParsedFlags<F>, response: ApiResponse<R>): void;
  /** The exit code of an answer (a wrong code is exit 1); default 0. */
  exit?(result: R): ExitCode;
  /** `--all`: the pages streamed instead of one page (export-send-log.ts); undefined when not asked. */
  stream?(context: CommandContext, flags: ParsedFlags<F>, values: FlagValues): Promise<ExitCode> | undefined;
}

export function classicCommand<F extends FlagSpecs, R>(spec: ClassicCommandSpec<F, R>): CommandSpec {
  return apiCommand(spec, async (context, values) => {
    const flags = parseFlagValues(spec.flags, values, spec.name);
    const streamed = spec.stream?.(context, flags, values);
    if (streamed !== undefined) return streamed;
    const response = await spec.read(context.client(), flags, context);
    if (context.json) context.printJson(spec.json ? spec.json(response) : response.raw);
    else spec.show(context, response.result, flags, response);
    return spec.exit?.(response.result) ?? 0;
  });
}

/** `--sub-accounts IDS` and its alias `--sub-account`: the group filter of the list commands. */
export const GROUPS_FILTER_FLAGS = (what: string) =>
  ({
    'sub-accounts': {
      type: 'string',
      value: 'IDS',
      description: `Only ${what} (comma list).`,
      parse: commaList,
    },
    'sub-account': {
      type: 'string',
      value: 'ID',
      description: 'Same as --sub-accounts.',
      alias: true,
      parse: commaList,
    },
  }) as const satisfies FlagSpecs;

/** Both spellings of the group filter together; undefined when neither was given. */
export function groupsFilter(flags: {
  'sub-accounts'?: string[] | undefined;
  'sub-account'?: string[] | undefined;
}): string[] | undefined {
  const groups = [...(flags['sub-accounts'] ?? []), ...(flags['sub-account'] ?? [])];
  return groups.length > 0 ? groups : undefined;
}
