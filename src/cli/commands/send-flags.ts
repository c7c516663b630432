import { SmsInputError } from '../../core/index.ts';
import type { CommandContext } from '../context.ts';
import { text, textUpTo } from '../flag-values.ts';
import type { FlagSpec, FlagSpecs } from '../flags.ts';

// The flags send_sms and send_batch_sms share.

/** Where a send goes from: the skill's three required flags. */
export const SEND_TARGET_FLAGS = {
  'sub-account': {
    type: 'string',
    required: true,
    value: 'ID',
    description: 'Message group id (from list_sub_account).',
    parse: text,
  },
  signature: {
    type: 'string',
    required: true,
    value: 'TEXT',
    description: 'Approved signature bound to the group (list_signature).',
    parse: text,
  },
  'template-id': {
    type: 'string',
    required: true,
    value: 'ID',
    description: 'Approved template id (list_sms_template).',
    parse: text,
  },
} as const satisfies FlagSpecs;

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
