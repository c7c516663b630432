import { EXIT } from './exit-codes.ts';

/** The exit-code table as printed by `volc-sms --help` (docs/cli.md has the same table). */
export const EXIT_CODE_HELP: readonly string[] = [
  `  ${EXIT.ok}  success`,
  `  ${EXIT.error}  API error, or nothing usable (doctor)`,
  `  ${EXIT.usage}  bad command, flag or input (names the flag or the number)`,
  `  ${EXIT.config}  credentials missing or rejected, bad endpoint or env file`,
  `  ${EXIT.network}  no answer: connection failed or timed out`,
  `  ${EXIT.outcomeUnknown}  a send may or may not have happened: check the send log before resending`,
  `  ${EXIT.partial}  partial failure: some numbers were sent, others were not`,
  `  ${EXIT.throttled}  throttled (HTTP 429): wait and retry`,
];
