import { apiCommand, type CommandSpec } from '../command.ts';
import type { CommandContext } from '../context.ts';
import type { ExitCode } from '../exit-codes.ts';
import { parseFlagValues, requireFlag, text, type FlagParse, type ParsedFlags } from '../flag-values.ts';
import type { FlagSpec, FlagSpecs } from '../flags.ts';
import { runSkillCommand } from '../output/skill-envelope.ts';

/**
 * A skill 1.3 command of its own course (batch-precheck, batch-create, batch-cancel, batch-wait): its help,
 * its flags parsed, and whatever it throws ending as the skill's envelope (runSkillCommand). The read and
 * gate commands have their own declarations (skill-read.ts, gate-command.ts).
 */
export interface SkillCommandSpec<F extends FlagSpecs> {
  name: string;
  summary: string;
  description: readonly string[];
  flags: F;
  examples: readonly string[];
  run(context: CommandContext, flags: ParsedFlags<F>): Promise<ExitCode>;
}

export function skillCommand<F extends FlagSpecs>(spec: SkillCommandSpec<F>): CommandSpec {
  return apiCommand(spec, (context, values) =>
    runSkillCommand(context, spec.name, () =>
      spec.run(context, parseFlagValues(spec.flags, values, spec.name)),
    ),
  );
}

/** `--sub-account` and `--task-id`: which batch task a command is about. */
export const TASK_FLAGS = {
  'sub-account': {
    type: 'string',
    required: true,
    value: 'ID',
    description: "The task's message group.",
    parse: text,
  },
  'task-id': {
    type: 'string',
    required: true,
    value: 'ID',
    description: 'The task id batch-create printed.',
    parse: text,
  },
} as const satisfies FlagSpecs;

export const taskRef = (
  flags: { 'sub-account'?: string | undefined; 'task-id'?: string | undefined },
  command: string,
) => ({
  subAccount: requireFlag(flags['sub-account'], '--sub-account', command),
  taskId: requireFlag(flags['task-id'], '--task-id', command),
});

export type TaskRef = ReturnType<typeof taskRef>;
type TextFlag = FlagSpec & { parse: FlagParse<string> };

/** A skill command about one batch task: `--sub-account` and `--task-id` checked, then `run` with the task. */
export function taskCommand<F extends FlagSpecs & Record<keyof typeof TASK_FLAGS, TextFlag>>(
  spec: Omit<SkillCommandSpec<F>, 'run'> & {
    run(context: CommandContext, task: TaskRef, flags: ParsedFlags<F>): Promise<ExitCode>;
  },
): CommandSpec {
  return skillCommand({
    ...spec,
    run: (context, flags) => spec.run(context, taskRef(flags, spec.name), flags),
  });
}
