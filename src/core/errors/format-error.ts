import { isSmsApiError, isSmsError } from './errors.ts';
import { redact } from '../config/redact.ts';

/** An error reduced to what a user needs: the same words in the CLI, the Action and Slack. */
export interface ErrorDescription {
  /** `ERR_SMS_*`, or `ERR_UNEXPECTED` for anything outside the hierarchy. */
  code: string;
  apiCode?: string | undefined;
  message: string;
  hint?: string | undefined;
  requestId?: string | undefined;
}

/** Describes any thrown value; unknown errors keep their message (redacted), never their stack. */
export function describeError(err: unknown): ErrorDescription {
  if (isSmsError(err)) {
    const description: ErrorDescription = { code: err.code, message: err.message };
    if (isSmsApiError(err)) description.apiCode = err.apiCode;
    if (err.hint) description.hint = err.hint;
    if (err.requestId) description.requestId = err.requestId;
    return description;
  }
  const message = err instanceof Error ? err.message : String(err);
  return { code: 'ERR_UNEXPECTED', message: redact(message || 'Unexpected error') };
}

/** One line: the message, then the request id and the hint when present. */
export function formatErrorLine(err: unknown): string {
  const d = describeError(err);
  let line = d.message;
  if (d.requestId) line += ` (request id ${d.requestId})`;
  if (d.hint) line += `${/[.?!]$/.test(line) ? '' : '.'} Hint: ${d.hint}`;
  return line;
}
