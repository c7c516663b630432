import {
  canonicalJson,
  describeError,
  formatErrorLine,
  isSmsError,
  redact,
  toGateFailure,
} from '../../core/index.ts';
import type { GateFailure } from '../../core/index.ts';
import type { CommandContext } from '../context.ts';
import { exitCodeFor, type ExitCode } from '../exit-codes.ts';

/**
 * The skill 1.3 envelope (reference §4.1) for its kebab-case commands: one line of compact JSON with
 * sorted keys and raw non-ASCII, on stdout for a success and on stderr for a failure, so an agent prompt
 * written for `sms_cli.py` reads ours. Exit codes stay the project's (docs/cli.md): non-zero on every
 * failure, as the skill's. Results arrive masked; digests, ids and keys are never masked (§5.1's gotcha).
 */

export interface SkillEnvelope {
  action: string;
  error: null | { code: string; message: string; outcome_unknown: boolean; retryable: boolean };
  request_id: string | null;
  result: unknown;
  success: boolean;
}

export function skillSuccess(action: string, requestId: string | undefined, result: unknown): SkillEnvelope {
  return { action, error: null, request_id: requestId ?? null, result, success: true };
}

export function skillFailure(action: string, failure: GateFailure): SkillEnvelope {
  const described = describeError(failure.error);
  // Messages never carry a full number or a secret: the core builds them masked; this is the last guard.
  const message = redact(described.hint ? `${described.message}. ${described.hint}` : described.message);
  return {
    action,
    error: {
      code: failure.code,
      message,
      outcome_unknown: failure.code === 'outcome_unknown',
      retryable: failure.retryable,
    },
    request_id: described.requestId ?? null,
    result: failure.changed === undefined ? null : { changed: failure.changed },
    success: false,
  };
}

export function printSkillEnvelope(context: CommandContext, envelope: SkillEnvelope): void {
  const stream = envelope.success ? context.io.stdout : context.io.stderr;
  stream.write(`${canonicalJson(envelope)}\n`);
}

/** A failure in either mode: the envelope in a pipe, the one-line error on a terminal. */
export function reportSkillFailure(context: CommandContext, action: string, failure: GateFailure): ExitCode {
  if (context.json) printSkillEnvelope(context, skillFailure(action, failure));
  else context.note(`volc-sms: ${formatErrorLine(failure.error)}`);
  return exitCodeFor(failure.error);
}

/**
 * Runs a skill 1.3 command so that whatever it throws (a bad flag, missing credentials) still ends as the
 * envelope, as the skill's `argument_error`/`credential_error`, never as a stack trace. A plain read
 * (`stage: 'read'`) reports the service's own code, a compound command's query `resource_query_failed`.
 */
export async function runSkillCommand(
  context: CommandContext,
  action: string,
  body: () => Promise<ExitCode>,
  stage: 'check' | 'read' = 'check',
): Promise<ExitCode> {
  try {
    return await body();
  } catch (error) {
    const failure = toGateFailure(error, stage);
    const code = isSmsError(error) && error.code === 'ERR_SMS_INPUT' ? 'argument_error' : failure.code;
    return reportSkillFailure(context, action, { ...failure, code });
  }
}
