import { describe, expect, it } from 'vitest';
import { ERROR_CODES, lookupErrorCode } from '../../src/core/errors/error-codes.ts';
import { errorFromApi } from '../../src/core/errors/error-map.ts';
import { AGENT_CODES } from '../../src/core/errors/codes/agent-codes.ts';
import { GATEWAY_CODES } from '../../src/core/errors/codes/gateway-codes.ts';
import { SEND_CODES } from '../../src/core/errors/codes/send-codes.ts';
import {
  isSmsError,
  SmsApiError,
  SmsAuthError,
  SmsInputError,
  SmsNetworkError,
  SmsOutcomeUnknownError,
  SmsRateLimitError,
} from '../../src/core/errors/errors.ts';

// The class each documented code must map to (reference §5); written out so a table edit cannot
// silently change it.
const AUTH = [
  'RE:0000',
  'MissingAuthenticationToken',
  'MissingRequestInfo',
  'MissingSignature',
  'InvalidTimestamp',
  'InvalidAccessKey',
  'InvalidClientTokenId',
  'SignatureDoesNotMatch',
  'LackPolicy',
  'AccessDenied',
  'InvalidAuthorization',
  'InvalidCredential',
  'InvalidSecretToken',
];
const RATE = ['FlowLimitExceeded', 'AccountFlowLimitExceeded'];
const API = [
  ...[
    '0001',
    '0002',
    '0003',
    '0004',
    '0005',
    '0006',
    '0007',
    '0009',
    '0010',
    '0011',
    '0012',
    '0013',
    '0500',
  ].map((n) => `RE:${n}`),
  'VE:0001',
  'VE:0002',
  'VE:0003',
  'VE:0004',
  'ZJ10200',
  'ZJ10202',
  'MissingParameter',
  'ServiceNotFound',
  'InvalidActionOrVersion',
  'InternalError',
  'FailToConnect',
  'InternalServiceTimeout',
  'ServiceUnavailableTemp',
  'MethodNotAllowed',
  ...['1001', '1003', '1007', '1008', '1009', '1015', '1023', '1024', '1027', '1028', '1029', '1030', '1999'],
  'SY:0500',
];

describe('error table', () => {
  it('lists exactly the documented codes', () => {
    expect(Object.keys(ERROR_CODES).sort()).toEqual([...AUTH, ...RATE, ...API].sort());
  });

  it('keeps each code in one section only (a second entry would silently replace the first)', () => {
    const sections = [SEND_CODES, GATEWAY_CODES, AGENT_CODES].map((codes) => Object.keys(codes));
    expect(sections.flat()).toHaveLength(new Set(sections.flat()).size);
  });

  const cases = [
    ...AUTH.map((code) => [code, SmsAuthError, 'ERR_SMS_AUTH'] as const),
    ...RATE.map((code) => [code, SmsRateLimitError, 'ERR_SMS_RATE_LIMIT'] as const),
    ...API.map((code) => [code, SmsApiError, 'ERR_SMS_API'] as const),
  ];
  it.each(cases)('%s → %o', (apiCode, cls, code) => {
    const err = errorFromApi({ status: 200, apiCode, apiMessage: 'server words', requestId: 'REQ-1' });
    expect(err).toBeInstanceOf(cls);
    if (cls === SmsApiError) {
      expect(err).not.toBeInstanceOf(SmsAuthError);
      expect(err).not.toBeInstanceOf(SmsRateLimitError);
    }
    expect(err.code).toBe(code);
    expect(err.apiCode).toBe(apiCode);
    expect(err.requestId).toBe('REQ-1');
    expect(err.message).toContain(apiCode);
    expect(err.message).toContain('server words');
    expect(err.hint).toMatch(/\w.*\.$/);
    // Which codes are transient is the table's column (retry.test.ts pins the documented ones).
    expect(err.retryable).toBe(lookupErrorCode(apiCode)?.retryable === true);
  });

  it('makes the signature hint concrete with the message group', () => {
    const err = errorFromApi({ status: 200, apiCode: 'RE:0004', context: { subAccount: '7384ed01' } });
    expect(err.hint).toContain('volc-sms list_signature --sub-accounts 7384ed01');
    expect(err.hint).toContain('approved and bound to this message group');
    const generic = errorFromApi({ status: 200, apiCode: 'RE:0004' });
    expect(generic.hint).toContain('--sub-accounts <id>');
  });

  it('keeps an unknown code and its message, classed by status', () => {
    const err = errorFromApi({
      status: 200,
      apiCode: 'RE:0042',
      apiMessage: 'Brand new failure',
      requestId: 'R',
    });
    expect(err.constructor).toBe(SmsApiError);
    expect(err.apiCode).toBe('RE:0042');
    expect(err.message).toContain('RE:0042: Brand new failure');
    expect(errorFromApi({ status: 403, apiCode: 'Weird' })).toBeInstanceOf(SmsAuthError);
    expect(errorFromApi({ status: 429, apiCode: 'Weird' })).toBeInstanceOf(SmsRateLimitError);
  });

  it('maps a bare status when the body carried no code', () => {
    expect(errorFromApi({ status: 401 })).toBeInstanceOf(SmsAuthError);
    const limited = errorFromApi({ status: 429, retryAfterMs: 2000 });
    expect(limited).toBeInstanceOf(SmsRateLimitError);
    expect((limited as SmsRateLimitError).retryAfterMs).toBe(2000);
    const failed = errorFromApi({ status: 502 });
    expect(failed.apiCode).toBe('HTTP502');
    expect(failed.retryable).toBe(true);
  });

  it('scrubs keys and numbers the server echoed', () => {
    const err = errorFromApi({
      status: 401,
      apiCode: 'InvalidAccessKey',
      apiMessage: 'The accesskey [AKLTsecretish123] included in the request is invalid. 13812345678',
      secrets: ['AKLTsecretish123'],
    });
    expect(err.message).not.toContain('AKLTsecretish123');
    expect(err.message).toContain('138****5678');
  });
});

describe('isSmsError', () => {
  it('knows every class of the hierarchy, and a copy from another bundle by its code', () => {
    const ours = [
      new SmsInputError('x', []),
      new SmsNetworkError('x'),
      new SmsOutcomeUnknownError('x'),
      new SmsRateLimitError('x', { status: 429, apiCode: 'FlowLimitExceeded', apiMessage: 'x' }),
    ];
    for (const error of ours) expect(isSmsError(error), error.name).toBe(true);
    // What another bundled copy's SmsTimeoutError looks like here: not our class, but our name and code.
    const copy = Object.assign(new Error('x'), { name: 'SmsTimeoutError', code: 'ERR_SMS_TIMEOUT' });
    expect(isSmsError(copy)).toBe(true);
    const system = Object.assign(new Error('x'), { code: 'ECONNRESET' });
    expect(isSmsError(system)).toBe(false);
    expect(isSmsError(Object.assign(new Error('x'), { name: 'SmsInputError' }))).toBe(false);
    expect(isSmsError({ name: 'SmsInputError', code: 'ERR_SMS_INPUT' })).toBe(false); // not an Error
  });
});
