import { SmsInputError } from '../core/index.ts';
import type { InputIssue } from '../core/index.ts';
import type { FlagSpec, FlagSpecs, FlagValues, RawFlagValue } from './flags.ts';

/**
 * Typed flag values. Flags arrive as strings (booleans for switches, arrays for repeatable flags); a flag's
 * spec may carry a `parse` that turns the text into its value or says what is wrong, and a `default`. Every
 * problem is reported against the flag as the user typed it (`--page-size must be at most 100`).
 *
 * Plain functions rather than zod schemas: every CLI call starts a process, and loading zod plus a schema
 * per command costs more than the rest of the start-up (agents call the CLI in loops).
 */

/** A flag's value, or what is wrong with it (completing "--flag …"). */
export type FlagParse<T> = (raw: RawFlagValue) => { value: T } | { problem: string };

const asText = (raw: RawFlagValue): string =>
  Array.isArray(raw) ? (raw.at(-1) ?? '') : typeof raw === 'string' ? raw : String(raw);

/** Trimmed text that must not be empty. */
export const text: FlagParse<string> = (raw) => {
  const value = asText(raw).trim();
  return value === '' ? { problem: 'must not be empty' } : { value };
};

/** Text of at most `max` characters, as typed. */
export const textUpTo =
  (max: number): FlagParse<string> =>
  (raw) => {
    const value = asText(raw);
    return value.length > max ? { problem: `must be at most ${max} characters` } : { value };
  };

/** A whole number from `min` to `max`. */
export const wholeNumber =
  (min: number, max: number): FlagParse<number> =>
  (raw) => {
    const digits = asText(raw).trim();
    if (!/^\d+$/.test(digits)) return { problem: 'must be a whole number' };
    const value = Number(digits);
    if (value < min) return { problem: `must be at least ${min}` };
    if (value > max) return { problem: `must be at most ${max}` };
    return { value };
  };

const pageNumber = wholeNumber(1, 1_000_000);
/** The agent actions accept 1–100 per page. */
export const pageSize = wholeNumber(1, 100);

/** `--page` and `--page-size`, as every list command of the skill takes them. */
export function pagingFlags<Size extends number>(defaultSize: Size) {
  return {
    page: {
      type: 'string',
      value: 'N',
      description: 'Page number (default 1).',
      parse: pageNumber,
      default: 1,
    },
    'page-size': {
      type: 'string',
      value: 'N',
      description: `Items per page, 1–100 (default ${defaultSize}).`,
      parse: pageSize,
      default: defaultSize,
    },
  } as const;
}

/** A TCP port to listen on; 0 lets the system pick a free one. */
export const portFlag = (description: string) =>
  ({ type: 'string', value: 'PORT', description, parse: wholeNumber(0, 65_535) }) as const;

/** The address a server listens on: loopback unless the user names another. */
export const hostFlag = (description: string) =>
  ({ type: 'string', value: 'HOST', description, parse: text, default: '127.0.0.1' }) as const;

/** `a,b, c` → ['a','b','c']; repeated flags are joined first. Empty items are dropped. */
export const commaList: FlagParse<string[]> = (raw) => ({
  value: [raw]
    .flat()
    .flatMap((item) => String(item).split(','))
    .map((item) => item.trim())
    .filter((item) => item !== ''),
});

/** What parseFlagValues gives for one spec: the parsed type, else the raw one; `undefined` unless defaulted. */
type Parsed<S extends FlagSpec> = S extends { parse: FlagParse<infer T> }
  ? T
  : S extends { type: 'boolean' }
    ? boolean
    : S extends { multiple: true }
      ? string[]
      : string;
export type ParsedFlags<F extends FlagSpecs> = {
  -readonly [K in keyof F]: F[K] extends { default: unknown } ? Parsed<F[K]> : Parsed<F[K]> | undefined;
};

/**
 * The command's flags, parsed and defaulted. Flags the user left out are `undefined` unless the spec has a
 * default; global flags in `values` are left to the context.
 * @throws SmsInputError naming every bad flag at once
 */
export function parseFlagValues<F extends FlagSpecs>(
  specs: F,
  values: FlagValues,
  command: string,
): ParsedFlags<F> {
  const parsed: Record<string, unknown> = {};
  const issues: InputIssue[] = [];
  for (const [name, spec] of Object.entries(specs)) {
    const raw = values[name];
    if (raw === undefined) {
      parsed[name] = spec.default;
      continue;
    }
    if (!spec.parse) {
      parsed[name] = raw;
      continue;
    }
    const result = spec.parse(raw);
    if ('value' in result) parsed[name] = result.value;
    else issues.push({ field: `--${name}`, message: `--${name} ${result.problem}` });
  }
  if (issues.length > 0) {
    throw new SmsInputError(issues.map((issue) => issue.message).join('; '), issues, {
      hint: `Run "volc-sms ${command} --help" for its flags.`,
    });
  }
  return parsed as ParsedFlags<F>;
}

/** A required flag that may be given under two names (the skill's and the seed document's). */
export function requireFlag(value: string | undefined, flag: string, command: string): string {
  if (value !== undefined && value.trim() !== '') return value.trim();
  const message = `${flag} is required`;
  throw new SmsInputError(message, [{ field: flag, message }], {
    hint: `Run "volc-sms ${command} --help" for an example.`,
  });
}
