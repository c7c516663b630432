import type { CommandContext } from './context.ts';
import type { FlagSpecs, FlagValues } from './flags.ts';

/** One CLI command: its flags and help (rendered by help.ts) and what it does. */
export interface CommandSpec {
  name: string;
  /** One line, shown in `volc-sms --help`. */
  summary: string;
  /** Lines shown under the usage line of the command's --help. */
  description?: readonly string[] | undefined;
  flags: FlagSpecs;
  /** Command lines as a user would type them; the skill's own examples where it has them. */
  examples: readonly string[];
  /** Tools (doctor, sandbox, slack) are listed apart from the API commands. */
  group: 'api' | 'tool';
  run(context: CommandContext, values: FlagValues): Promise<number>;
}

/** The help of an API command, as the declarations (classic-read.ts, skill-read.ts, …) take it. */
export type CommandHelp = Pick<CommandSpec, 'name' | 'summary' | 'description' | 'flags' | 'examples'>;

/** An API command from its help and what it does. */
export const apiCommand = (help: CommandHelp, run: CommandSpec['run']): CommandSpec => ({
  name: help.name,
  summary: help.summary,
  description: help.description,
  group: 'api',
  flags: help.flags,
  examples: help.examples,
  run,
});
