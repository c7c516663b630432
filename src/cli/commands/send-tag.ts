import { SmsInputError } from '../../core/index.ts';
import type { CommandContext } from '../context.ts';
import { textUpTo } from '../flag-values.ts';
import type { FlagSpec } from '../flags.ts';

export const TAG_FLAG = {
  type: 'string',
  value: 'TEXT',
  description: 'Classic API only: a tag of up to 512 characters, echoed in receipts.',
  parse: textUpTo(512),
} as const satisfies FlagSpec;

/** The agent API has no Tag field; dropping the flag silently would lose what the user asked for. */
export function checkedTag(context: CommandContext, tag: string | undefined): { tag?: string } {
  if (tag === undefined) return {};
  if (context.config().options.api !== 'classic') {
    const message = '--tag is a field of the classic API only; add --api classic or leave it out';
    throw new SmsInputError(message, [{ field: '--tag', message }]);
  }
  return { tag };
}
