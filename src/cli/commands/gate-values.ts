import { requireFlag } from '../flag-values.ts';

/** A parsed flag the command needs: its value, or the one-line "--flag is required" error. */
export function requiredValue<T>(value: T | undefined, flag: string, command: string): T {
  if (value === undefined) requireFlag(undefined, flag, command);
  return value as T;
}
