import { describe, expect, it } from 'vitest';
import {
  SmsApiError,
  SmsAuthError,
  SmsConfigError,
  SmsError,
  SmsInputError,
  SmsNetworkError,
  SmsOutcomeUnknownError,
  SmsRateLimitError,
  SmsResponseValidationError,
  SmsTimeoutError,
} from '../../src/core/index.ts';
import { EXIT_CODE_HELP } from '../../src/cli/exit-code-help.ts';
import { EXIT, exitCodeFor } from '../../src/cli/exit-codes.ts';

const api = { status: 200, apiCode: 'RE:0004', apiMessage: 'x' };

describe('exit codes', () => {
  it.each([
    ['an API error', new SmsApiError('x', api), EXIT.error],
    ['a response that is not the documented shape', new SmsResponseValidationError('x'), EXIT.error],
    ['a bare SmsError', new SmsError('x'), EXIT.error],
    ['something outside the hierarchy', new TypeError('x'), EXIT.error],
    ['a non-Error throw', 'boom', EXIT.error],
    ['bad input', new SmsInputError('x', [{ field: '--page', message: 'x' }]), EXIT.usage],
    ['missing credentials', new SmsConfigError('x'), EXIT.config],
    [
      'rejected credentials',
      new SmsAuthError('x', { ...api, status: 401, apiCode: 'SignatureDoesNotMatch' }),
      EXIT.config,
    ],
    ['no answer', new SmsNetworkError('x'), EXIT.network],
    ['a timeout', new SmsTimeoutError('x'), EXIT.network],
    ['an unknown send outcome', new SmsOutcomeUnknownError('x'), EXIT.outcomeUnknown],
    [
      'throttling',
      new SmsRateLimitError('x', { ...api, status: 429, apiCode: 'FlowLimitExceeded' }),
      EXIT.throttled,
    ],
  ])('%s → %i', (_what, error, code) => {
    expect(exitCodeFor(error)).toBe(code);
  });

  it('are all distinct and all listed in the help', () => {
    const codes = Object.values(EXIT);
    expect(new Set(codes).size).toBe(codes.length);
    expect(EXIT_CODE_HELP.map((line) => Number(line.trim().split(' ')[0]))).toEqual(codes);
  });
});
