import { describe, expect, it } from 'vitest';
import { SmsApiError, SmsInputError } from '../../src/core/errors/errors.ts';
import { describeError, formatErrorLine } from '../../src/core/errors/format-error.ts';
import { redact, redactJson } from '../../src/core/config/redact.ts';

describe('redact', () => {
  it('removes listed secrets, signatures, Bearer tokens and credentials', () => {
    const text =
      'sk=sandbox-secret Authorization: HMAC-SHA256 Credential=AKLTsandbox/20260101/cn-north-1/volcSMS/request, ' +
      'SignedHeaders=x-date, Signature=0242ffad48792db00314c66fce7486397b5750b13d13befa07712208d73cd7c5 ' +
      'Authorization: Bearer sandbox-api-key X-Security-Token: sts-token-value to 13800000000';
    const out = redact(text, ['sandbox-secret', '', undefined, 'ab']);
    for (const secret of [
      'sandbox-secret',
      'AKLTsandbox',
      '0242ffad48792db',
      'sandbox-api-key',
      'sts-token-value',
    ]) {
      expect(out).not.toContain(secret);
    }
    expect(out).toContain('138****0000');
    expect(out).toContain('SignedHeaders=x-date');
  });

  it('ignores secrets too short to be keys', () => {
    expect(redact('a b c', ['a'])).toBe('a b c');
  });
});

describe('describeError / formatErrorLine', () => {
  it('describes an API error with code, request id and hint', () => {
    const err = new SmsApiError('Signature error (RE:0004)', {
      status: 200,
      apiCode: 'RE:0004',
      apiMessage: '',
      requestId: 'REQ123',
      hint: 'Check the signature.',
    });
    expect(describeError(err)).toEqual({
      code: 'ERR_SMS_API',
      apiCode: 'RE:0004',
      message: 'Signature error (RE:0004)',
      hint: 'Check the signature.',
      requestId: 'REQ123',
    });
    expect(formatErrorLine(err)).toBe(
      'Signature error (RE:0004) (request id REQ123). Hint: Check the signature.',
    );
  });

  it('describes input errors and foreign errors without stacks', () => {
    const input = new SmsInputError('mobiles: 2 invalid numbers', [{ field: 'mobiles', message: 'x' }]);
    expect(formatErrorLine(input)).toBe('mobiles: 2 invalid numbers');
    expect(describeError(new TypeError('boom Bearer abcdef'))).toEqual({
      code: 'ERR_UNEXPECTED',
      message: 'boom Bearer ***',
    });
    expect(formatErrorLine('plain')).toBe('plain');
  });
});

describe('redactJson', () => {
  it('scrubs every string of a parsed envelope and leaves numbers and structure alone', () => {
    const envelope = {
      ResponseMetadata: {
        RequestId: 'r1',
        Error: { Code: 'X', Message: 'key sk-very-secret for 13800000000' },
      },
      Result: { List: [{ Mobile: '13800000000', SendTime: 1713951918107 }] },
    };
    expect(redactJson(envelope, ['sk-very-secret'])).toEqual({
      ResponseMetadata: { RequestId: 'r1', Error: { Code: 'X', Message: 'key *** for 138****0000' } },
      Result: { List: [{ Mobile: '138****0000', SendTime: 1713951918107 }] },
    });
  });
});
