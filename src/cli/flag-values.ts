import { z } from 'zod';
import { SmsInputError } from '../core/index.ts';
import type { InputIssue } from '../core/index.ts';
import type { FlagValues } from './flags.ts';

/**
 * Typed flag values. Flags arrive as strings; each command describes what it accepts as a zod schema keyed
 * by flag name, and every problem is reported against the flag as the user typed it (`--page-size`).
 */

export const wholeNumberFlag = (min: number, max: number) =>
  z
    .string()
    .trim()
    .regex(/^\d+$/, 'must be a whole number')
    .transform(Number)
    .pipe(z.number().int().min(min, `must be at least ${min}`).max(max, `must be at most ${max}`));

export const pageFlag = wholeNumberFlag(1, 1_000_000);
/** The agent actions accept 1–100 per page. */
export const pageSizeFlag = wholeNumberFlag(1, 100);

/** `a,b, c` → ['a','b','c']; repeated flags are joined first. Empty items are dropped. */
export const commaListFlag = z.union([z.string(), z.array(z.string())]).transform((value) =>
  [value]
    .flat()
    .flatMap((item) => item.split(','))
    .map((item) => item.trim())
    .filter((item) => item !== ''),
);

export const textFlag = z.string().trim().min(1, 'must not be empty');

export function parseFlagValues<Schema extends z.ZodType>(
  schema: Schema,
  values: FlagValues,
  command: string,
): z.output<Schema> {
  const parsed = schema.safeParse(values);
  if (parsed.success) return parsed.data;
  const issues: InputIssue[] = parsed.error.issues.map((issue) => {
    const flag = `--${String(issue.path[0] ?? 'arguments')}`;
    const message =
      issue.code === 'invalid_type' && issue.input === undefined ? 'is required' : issue.message;
    return { field: flag, message: `${flag} ${message}` };
  });
  throw new SmsInputError(issues.map((issue) => issue.message).join('; '), issues, {
    hint: `Run "volc-sms ${command} --help" for its flags.`,
  });
}

/** A required flag that may be given under two names (the skill's and the seed document's). */
export function requireFlag(value: string | undefined, flag: string, command: string): string {
  if (value !== undefined && value.trim() !== '') return value.trim();
  const message = `${flag} is required`;
  throw new SmsInputError(message, [{ field: flag, message }], {
    hint: `Run "volc-sms ${command} --help" for an example.`,
  });
}
