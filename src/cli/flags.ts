import { parseArgs } from 'node:util';
import { SmsInputError } from '../core/index.ts';
import type { FlagParse } from './flag-values.ts';
import { closestName } from './suggest.ts';

/** What node:util's parseArgs gives for one flag. */
export type RawFlagValue = string | boolean | string[];

export interface FlagSpec {
  type: 'string' | 'boolean';
  /** Placeholder shown in help (`--page N`). */
  value?: string | undefined;
  description: string;
  multiple?: boolean | undefined;
  short?: string | undefined;
  /** Shown without brackets in the usage line (checked by the command, which may accept an alias). */
  required?: boolean | undefined;
  /** Listed under its own heading as an alias kept for the skill's wording; still fully supported. */
  alias?: boolean | undefined;
  /** Turns the text into the command's value (flag-values.ts); without it the value is passed as typed. */
  parse?: FlagParse<unknown> | undefined;
  /** The value when the flag is left out. */
  default?: unknown;
}

export type FlagSpecs = Readonly<Record<string, FlagSpec>>;
export type FlagValues = Record<string, RawFlagValue | undefined>;

/** Accepted by every command, before or after the command name. Never a flag for a secret. */
export const GLOBAL_FLAGS = {
  'env-file': {
    type: 'string',
    value: 'FILE',
    description: 'Read credentials from FILE when the environment has none (default ~/.openclaw/.env).',
  },
  endpoint: { type: 'string', value: 'URL', description: 'API base URL (default from VOLC_SMS_ENDPOINT).' },
  api: {
    type: 'string',
    value: 'agent|classic',
    description: 'API dialect (default from VOLC_SMS_API: agent).',
  },
  json: {
    type: 'boolean',
    description: 'Print the JSON response (the default when stdout is not a terminal).',
  },
  verbose: { type: 'boolean', description: 'Print each HTTP attempt to stderr (no secrets).' },
  timeout: {
    type: 'string',
    value: 'SECONDS',
    description: 'Per-request timeout, 100ms to 10m (e.g. 30, 30s, 500ms, 2m).',
  },
  debug: { type: 'boolean', description: 'Print stack traces of unexpected errors (also VOLC_SMS_DEBUG=1).' },
  help: { type: 'boolean', short: 'h', description: 'Show help.' },
} as const satisfies FlagSpecs;

/** Global flags that consume the next token, so the command name can be found before parsing. */
const GLOBAL_VALUE_FLAGS = new Set(
  Object.entries(GLOBAL_FLAGS)
    .filter(([, spec]) => spec.type === 'string')
    .map(([name]) => `--${name}`),
);

/** Finds the command: the first token that is neither a flag nor the value of a global flag. */
export function splitCommand(argv: readonly string[]): { command: string | undefined; rest: string[] } {
  for (let index = 0; index < argv.length; index += 1) {
    const token = argv[index] ?? '';
    if (token === '--') break;
    if (!token.startsWith('-')) {
      return { command: token, rest: [...argv.slice(0, index), ...argv.slice(index + 1)] };
    }
    if (GLOBAL_VALUE_FLAGS.has(token)) index += 1;
  }
  return { command: undefined, rest: [...argv] };
}

function helpHint(command: string | undefined): string {
  return command === undefined ? 'Run "volc-sms --help".' : `Run "volc-sms ${command} --help" for its flags.`;
}

/**
 * Parses `args` strictly against the command's flags plus the global ones. node:util's errors become an
 * SmsInputError that names the flag and points at the command's help.
 */
export function parseFlags(
  args: readonly string[],
  specs: FlagSpecs,
  command: string | undefined,
): FlagValues {
  const all: FlagSpecs = { ...GLOBAL_FLAGS, ...specs };
  const options = Object.fromEntries(
    Object.entries(all).map(([name, spec]) => [
      name,
      {
        type: spec.type,
        ...(spec.multiple ? { multiple: true } : {}),
        ...(spec.short === undefined ? {} : { short: spec.short }),
      },
    ]),
  );
  try {
    return parseArgs({ args: [...args], options, strict: true, allowPositionals: false })
      .values as FlagValues;
  } catch (error) {
    throw toInputError(error, command, Object.keys(all));
  }
}

function toInputError(error: unknown, command: string | undefined, known: readonly string[]): SmsInputError {
  const code = (error as { code?: string }).code;
  const message = error instanceof Error ? error.message : String(error);
  const flag = /'(-{1,2}[^' ]+)/.exec(message)?.[1] ?? '';
  const where = command === undefined ? '' : ` for ${command}`;
  let text: string;
  if (code === 'ERR_PARSE_ARGS_UNKNOWN_OPTION') {
    const meant = flag.startsWith('--') ? closestName(flag.slice(2), known) : undefined;
    text = `Unknown flag ${flag}${where}${meant === undefined ? '' : `: did you mean --${meant}?`}`;
  } else if (code === 'ERR_PARSE_ARGS_UNEXPECTED_POSITIONAL') {
    const argument = /'([^']*)'/.exec(message)?.[1] ?? '';
    text = `Unexpected argument "${argument}"${where}; values go after their flag (--flag value)`;
  } else if (code === 'ERR_PARSE_ARGS_INVALID_OPTION_VALUE' && /argument missing/.test(message)) {
    text = `Flag ${flag} needs a value`;
  } else if (code === 'ERR_PARSE_ARGS_INVALID_OPTION_VALUE' && /ambiguous/.test(message)) {
    text = `The value of ${flag} starts with "-"; write it as ${flag}=VALUE`;
  } else if (code === 'ERR_PARSE_ARGS_INVALID_OPTION_VALUE') {
    text = `Flag ${flag} does not take a value`;
  } else text = message.split('\n')[0] ?? message;
  return new SmsInputError(text, [{ field: flag || 'arguments', message: text }], {
    hint: helpHint(command),
  });
}
