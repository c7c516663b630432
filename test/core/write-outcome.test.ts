// The outcome rule for writes, over every code of the error table, against the sandbox's injected error
// envelopes: a send ends "rejected" (status failed) only when the answer proves it was not processed, and
// then the sandbox holds nothing; every other answer ends "unknown". Never "rejected" with a recorded send.
import { describe, expect, it } from 'vitest';
import { ERROR_CODES } from '../../src/core/errors/error-codes.ts';
import { SmsApiError, SmsInputError, SmsOutcomeUnknownError } from '../../src/core/errors/errors.ts';
import type { SendSmsOutcome, SmsClient } from '../../src/core/types.ts';
import type { Sandbox } from '../../src/sandbox/index.ts';
import { sendCode } from '../helpers/seed-requests.ts';
import { useSandboxClient } from '../helpers/use-sandbox.ts';

const MAX_RETRIES = 2;
let sandbox: Sandbox;
let client: SmsClient;
const sleeps = useSandboxClient((started) => ({ sandbox, client } = started), {
  timeoutMs: 3000,
  maxRetries: MAX_RETRIES,
});
const send = () => sendCode(client);

type Verdict = 'rejected' | 'unknown';

/** What the user is told, checked against what the sandbox holds: the invariant of the whole rule. */
function verdictOf(outcome: SendSmsOutcome): Verdict {
  const [recipient] = outcome.recipients;
  const recorded = sandbox.admin.messages().length;
  expect(outcome.recipients).toHaveLength(1);
  expect(recipient?.status).not.toBe('sent');
  // Whatever the answer, the send went out at most once: nothing is resent on an error envelope.
  expect(recorded).toBeLessThanOrEqual(1);
  if (recipient?.status === 'failed') {
    expect(recorded, 'reported rejected, but the sandbox recorded the send').toBe(0);
    return 'rejected';
  }
  expect(recipient?.status).toBe('unknown');
  expect(recipient?.error).toBeInstanceOf(SmsOutcomeUnknownError);
  expect(recipient?.error?.hint).toContain('volc-sms list_sms_send_log --sub-account 7384ed01');
  return 'unknown';
}

describe('a send answered with each code of the error table', () => {
  const verdicts = new Map<string, Verdict>();

  it.each(Object.keys(ERROR_CODES))('%s', async (code) => {
    let afterProcessing = true;
    try {
      sandbox.admin.addFault({ action: 'SendSmsForAgent', kind: 'error-after', code, count: 1 });
    } catch (err) {
      // The sandbox answers such a code only before processing, as the service does.
      expect(err).toBeInstanceOf(SmsInputError);
      expect((err as Error).message).toContain(`use error:${code}`);
      // Every attempt gets it, so a retried throttle ends rejected too.
      sandbox.admin.addFault({ action: 'SendSmsForAgent', kind: 'error', code, count: 1 + MAX_RETRIES });
      afterProcessing = false;
    }
    const outcome = await send();
    const verdict = verdictOf(outcome);
    verdicts.set(code, verdict);
    if (afterProcessing) {
      expect(verdict, 'a code the sandbox may answer after sending must leave the outcome unknown').toBe(
        'unknown',
      );
      expect(sandbox.admin.messages()).toHaveLength(1);
      expect(outcome.recipients[0]?.error?.message).toContain(code);
    } else {
      expect(verdict).toBe('rejected');
      expect((outcome.recipients[0]?.error as SmsApiError).apiCode).toBe(code);
    }
    // Only a throttle is retried, and only because it proves nothing was processed.
    const throttled = ERROR_CODES[code as keyof typeof ERROR_CODES].kind === 'rate-limit';
    expect(sleeps).toHaveLength(throttled ? MAX_RETRIES : 0);
  });

  it('puts the codes of the issue where the reference says', () => {
    for (const code of ['RE:0500', 'SY:0500', 'InternalServiceTimeout', 'InternalError', '1999'])
      expect(verdicts.get(code), code).toBe('unknown');
    for (const code of ['RE:0003', 'RE:0004', 'RE:0005', 'RE:0010', 'SignatureDoesNotMatch', 'ZJ10200'])
      expect(verdicts.get(code), code).toBe('rejected');
  });
});

describe('answers that are not a rejection the table knows', () => {
  it.each([
    ['a code the table does not know, after sending', { kind: 'error-after', code: 'RE:0042' }],
    ['an HTML 400 after sending', { kind: 'non-json', status: 400 }],
    ['an HTML 401 after sending', { kind: 'non-json', status: 401 }],
    ['an HTML 429 after sending (no throttle envelope)', { kind: 'non-json', status: 429 }],
    ['RE:0500 at HTTP 500 after sending', { kind: 'error-after', code: 'RE:0500', status: 500 }],
    [
      'InternalServiceTimeout at HTTP 200 after sending',
      { kind: 'error-after', code: 'InternalServiceTimeout', status: 200 },
    ],
  ] as const)('%s: unknown, not retried', async (_name, fault) => {
    sandbox.admin.addFault({ action: 'SendSmsForAgent', ...fault, count: 1 });
    expect(verdictOf(await send())).toBe('unknown');
    expect(sandbox.admin.messages()).toHaveLength(1);
    expect(sleeps).toEqual([]);
  });

  it("the gateway's throttle envelope is retried, and the send goes out once", async () => {
    sandbox.admin.addFault({
      action: 'SendSmsForAgent',
      kind: 'error',
      code: 'AccountFlowLimitExceeded',
      count: 1,
    });
    const outcome = await send();
    expect(outcome.recipients[0]?.status).toBe('sent');
    expect(sleeps).toHaveLength(1);
    expect(sandbox.admin.messages()).toHaveLength(1);
  });
});
