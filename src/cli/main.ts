import { SmsInputError, formatErrorLine } from '../core/index.ts';
import { COMMANDS, findCommand } from './commands/index.ts';
import { CommandContext } from './context.ts';
import type { Env, GlobalOptions } from './context.ts';
import { EXIT, exitCodeFor } from './exit-codes.ts';
import { parseFlags, splitCommand } from './flags.ts';
import type { FlagValues } from './flags.ts';
import { renderCommandHelp, renderMainHelp } from './help.ts';
import type { CliIo } from './io.ts';
import { envelopeOf } from './output/envelope.ts';
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
    if (command === undefined) {
      // Like the skill's script: the error and the list of commands, exit 1.
      io.stderr.write(
        `volc-sms: unknown command "${name}". Commands: ${COMMANDS.map((c) => c.name).join(', ')}.\n` +
          'Run "volc-sms --help" for details.\n',
      );
      return EXIT.error;
    }
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

function helpFor(name: string | undefined, io: CliIo): number {
  const command = name === undefined ? undefined : findCommand(name);
  if (name !== undefined && command === undefined) {
    io.stderr.write(`volc-sms: unknown command "${name}". Run "volc-sms --help".\n`);
    return EXIT.error;
  }
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

/** `30`, `30s` and `1.5s` are seconds; `500ms` milliseconds. */
function parseTimeout(text: string, command: string): number {
  const match = /^(\d+(?:\.\d+)?)(ms|s)?$/.exec(text.trim());
  const ms = match === null ? NaN : Number(match[1]) * (match[2] === 'ms' ? 1 : 1000);
  if (!(ms > 0))
    throw flagError('--timeout', `--timeout must be a positive duration like 30s, not "${text}"`, command);
  return Math.round(ms);
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
