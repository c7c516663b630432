import { SmsInputError, formatErrorLine, isSmsError, maskPhonesInText } from '../core/index.ts';
import type { SlackMessage } from './blocks.ts';
import { notice } from './blocks.ts';

/** A user-facing error: the field and the fix for input errors, the API's words and request id otherwise. */
export function errorMessage(err: unknown): SlackMessage {
  if (err instanceof SmsInputError || (isSmsError(err) && err.code === 'ERR_SMS_INPUT')) {
    const issues = (err as SmsInputError).issues ?? [];
    const lines =
      issues.length > 0 ? issues.map((issue) => `• \`${issue.field}\`: ${issue.message}`) : [err.message];
    const hint = err.hint === undefined ? '' : `\n${err.hint}`;
    return notice(maskPhonesInText(`:warning: ${lines.join('\n')}${hint}`));
  }
  return notice(maskPhonesInText(`:x: ${formatErrorLine(err)}`));
}
