import { SmsInputError, checkDuration, formatErrorLine } from '../core/index.ts';
import { COMMANDS, findCommand } from './commands/index.ts';
import { CommandContext } from './context.ts';
import type { Env, GlobalOptions } from './context.ts';
import { EXIT, exitCodeFor } from './exit-codes.ts';
import { parseFlags, splitCommand } from './flags.ts';
import type { FlagValues } from './flags.ts';
import { renderCommandHelp, renderMainHelp } from './help.ts';
import type { CliIo } from './io.ts';
import { envelopeOf } from './output/envelope.ts';
import { closestName } from './suggest.ts';
import { CLI_VERSION } from './version.ts';

/**
 * The whole CLI as a function: arguments, environment and io in, exit code out. Nothing here reads
 * process.env or exits the process, so tests and the demo run it in process.
 */
export async function main(argv: readonly string[], env: Env, io: CliIo): Promise<number> {
  const { command: name, rest } = splitCommand(argv);
  let debug = isTruthy(env.VOLC_SMS_DEBUG) || argv.includes('--debug');
  let context: CommandContext | undefined;
  try {
    if (name === undefined) return topLevel(rest, io);
    if (name === 'help') return helpFor(rest[0], io);
    const command = findCommand(name);
    if (command === undefined) return unknownCommand(name, io);
    const values = parseFlags(rest, command.flags, command.name);
    if (values.help === true) {
      io.stdout.write(renderCommandHelp(command));
      return EXIT.ok;
    }
    const global = globalOptions(values, command.name);
    debug ||= global.debug;
    context = new CommandContext(io, env, global);
    return await command.run(context, values);
  } catch (error) {
    return reportError(error, io, context, debug);
  } finally {
    await context?.close().catch(() => undefined);
  }
}

function topLevel(rest: readonly string[], io: CliIo): number {
  const values = parseFlags(rest, { version: { type: 'boolean', short: 'V', description: '' } }, undefined);
  if (values.version === true) {
    io.stdout.write(`${CLI_VERSION}\n`);
    return EXIT.ok;
  }
  if (values.help === true) {
    io.stdout.write(renderMainHelp(COMMANDS));
    return EXIT.ok;
  }
  io.stderr.write(renderMainHelp(COMMANDS));
  io.stderr.write('\nvolc-sms: no command given.\n');
  return EXIT.usage;
}

/** The error, the closest command and the list of commands; a usage error like no command at all. */
function unknownCommand(name: string, io: CliIo): number {
  const names = COMMANDS.map((c) => c.name);
  const meant = closestName(name, names);
  io.stderr.write(
    `volc-sms: unknown command "${name}"${meant === undefined ? '' : `: did you mean "${meant}"?`} ` +
      `Commands: ${names.join(', ')}.\nRun "volc-sms --help" for details.\n`,
  );
  return EXIT.usage;
}

function helpFor(name: string | undefined, io: CliIo): number {
  const command = name === undefined ? undefined : findCommand(name);
  if (name !== undefined && command === undefined) return unknownCommand(name, io);
  io.stdout.write(command === undefined ? renderMainHelp(COMMANDS) : renderCommandHelp(command));
  return EXIT.ok;
}

function globalOptions(values: FlagValues, command: string): GlobalOptions {
  const api = values.api as string | undefined;
  if (api !== undefined && api !== 'agent' && api !== 'classic') {
    throw flagError('--api', `--api must be "agent" or "classic", not "${api}"`, command);
  }
  return {
    envFile: values['env-file'] as string | undefined,
    endpoint: values.endpoint as string | undefined,
    api,
    json: values.json === true,
    verbose: values.verbose === true,
    timeoutMs: values.timeout === undefined ? undefined : parseTimeout(values.timeout as string, command),
    debug: values.debug === true,
  };
}

// Shorter than a round trip cannot succeed; longer than 10 minutes is a typo (and past 2^31 ms Node's
// timers fire at once, which read as "no answer").
const TIMEOUT_RULES = {
  defaultUnit: 's',
  units: ['ms', 's', 'm'],
  minMs: 100,
  maxMs: 600_000,
  examples: '30, 30s, 500ms or 2m',
} as const;

/** `30`, `30s` and `1.5s` are seconds; `500ms` milliseconds; `2m` minutes; 100 ms to 10 minutes. */
function parseTimeout(text: string, command: string): number {
  const result = checkDuration(text, TIMEOUT_RULES);
  if (!result.ok) throw flagError('--timeout', `--timeout ${result.problem}`, command);
  return result.ms;
}

function flagError(field: string, message: string, command: string): SmsInputError {
  return new SmsInputError(message, [{ field, message }], { hint: `Run "volc-sms ${command} --help".` });
}

function reportError(error: unknown, io: CliIo, context: CommandContext | undefined, debug: boolean): number {
  // In JSON mode the envelope the server sent still goes to stdout, as the skill's callers expect.
  const envelope = envelopeOf(error);
  if (context?.json === true && envelope !== undefined) context.printJson(envelope);
  io.stderr.write(`volc-sms: ${formatErrorLine(error)}\n`);
  if (debug && error instanceof Error && error.stack !== undefined) io.stderr.write(`${error.stack}\n`);
  return exitCodeFor(error);
}

function isTruthy(value: string | undefined): boolean {
  return value !== undefined && value !== '' && value !== '0' && value.toLowerCase() !== 'false';
}
