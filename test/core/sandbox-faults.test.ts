import { describe, expect, it } from 'vitest';
import { SmsOutcomeUnknownError } from '../../src/core/errors/errors.ts';
import type { SmsClient } from '../../src/core/types.ts';
import type { Sandbox } from '../../src/sandbox/index.ts';
import { ENGINES } from '../helpers/engines.ts';
import { sendCode } from '../helpers/seed-requests.ts';
import { useSandboxClient } from '../helpers/use-sandbox.ts';

// The send guarantees against the sandbox's injected faults: every spoiled answer is reported as
// `unknown` and never resent, so the sandbox holds the message at most once; throttles are retried.
describe.each(ENGINES)('client vs sandbox faults (%s engine)', (_name, engine) => {
  let sandbox: Sandbox;
  let client: SmsClient;
  const sleeps = useSandboxClient((started) => ({ sandbox, client } = started), {
    ...engine,
    timeoutMs: 3000,
  });
  const send = () => sendCode(client);

  it.each(['drop-after', 'truncate', 'non-json'] as const)(
    'a send whose answer is spoiled (%s) is unknown and recorded exactly once',
    async (kind) => {
      sandbox.admin.addFault({ action: 'SendSmsForAgent', kind, count: 1 });
      const outcome = await send();
      expect(outcome.recipients[0]?.status).toBe('unknown');
      expect(outcome.recipients[0]?.error).toBeInstanceOf(SmsOutcomeUnknownError);
      expect(sandbox.admin.messages()).toHaveLength(1);
      expect(sleeps).toEqual([]);
    },
  );

  it.each(['status', 'drop-before'] as const)(
    'a send that got %s is unknown and not resent',
    async (kind) => {
      sandbox.admin.addFault({ action: 'SendSmsForAgent', kind, status: 503, count: 1 });
      const outcome = await send();
      expect(outcome.recipients[0]?.status).toBe('unknown');
      expect(sandbox.admin.messages()).toHaveLength(0);
      expect(sleeps).toEqual([]);
    },
  );

  it('a throttled send waits Retry-After, then goes out once', async () => {
    sandbox.admin.addFault({ action: 'SendSmsForAgent', kind: 'throttle', retryAfterSeconds: 1, count: 1 });
    const outcome = await send();
    expect(outcome.recipients[0]?.status).toBe('sent');
    expect(sleeps).toEqual([1000]);
    expect(sandbox.admin.messages().map((m) => m.messageId)).toEqual([outcome.recipients[0]?.messageId]);
  });

  it('a read retries through a 5xx and a dropped connection', async () => {
    sandbox.admin.addFault({ action: 'ListSubAccountForAgent', kind: 'status', status: 502, count: 1 });
    sandbox.admin.addFault({ action: 'ListSubAccountForAgent', kind: 'drop-before', count: 1 });
    const response = await client.listSubAccounts();
    expect(response.attempts).toBe(3);
    expect(response.result.Total).toBe(2);
  });
});
