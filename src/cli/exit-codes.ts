import { isSmsError } from '../core/index.ts';

/**
 * One exit code per error class, so scripts and agents can branch without parsing text.
 * Unlike the skill's script, an API error is never exit 0. Documented in docs/cli.md.
 */
export const EXIT = {
  ok: 0,
  /** API error answered by the server, unexpected failure, nothing usable (doctor). */
  error: 1,
  /** Bad command line or input: no or unknown command, unknown flag, bad value, invalid phone number, template parameters. */
  usage: 2,
  /** Credentials missing or rejected, bad endpoint or env file. */
  config: 3,
  /** No answer: connection refused or reset, DNS, timeout. */
  network: 4,
  /** A send may or may not have happened; check the send log before sending again. */
  outcomeUnknown: 5,
  /** Some numbers were sent and others were not. */
  partial: 6,
  /** Throttled (HTTP 429): wait and retry. */
  throttled: 7,
} as const;

export type ExitCode = (typeof EXIT)[keyof typeof EXIT];

export function exitCodeFor(error: unknown): ExitCode {
  if (!isSmsError(error)) return EXIT.error;
  switch (error.code) {
    case 'ERR_SMS_INPUT':
      return EXIT.usage;
    case 'ERR_SMS_CONFIG':
    case 'ERR_SMS_AUTH':
      return EXIT.config;
    case 'ERR_SMS_NETWORK':
    case 'ERR_SMS_TIMEOUT':
      return EXIT.network;
    case 'ERR_SMS_OUTCOME_UNKNOWN':
      return EXIT.outcomeUnknown;
    case 'ERR_SMS_RATE_LIMIT':
      return EXIT.throttled;
    default:
      return EXIT.error;
  }
}
