import { afterAll, beforeAll, beforeEach } from 'vitest';
import { createSmsClient } from '../../src/core/client.ts';
import type { ClientOptions, SmsClient } from '../../src/core/types.ts';
import { startSandbox, type Sandbox, type SandboxOptions } from '../../src/sandbox/index.ts';
import { sandboxAuth } from './sandbox-auth.ts';

/**
 * A sandbox for one test file or describe block (any free port, no rate limit, then `options`): started before
 * its tests, reset to its seed before each test, closed after all. `ready` hands it to the file's variable:
 * `useSandbox((started) => (sandbox = started))`.
 */
export function useSandbox(ready: (sandbox: Sandbox) => void, options: SandboxOptions = {}): void {
  let sandbox: Sandbox | undefined;
  beforeAll(async () => {
    sandbox = await startSandbox({ port: 0, rateLimitQps: 0, ...options });
    ready(sandbox);
  });
  beforeEach(() => sandbox?.admin.reset());
  afterAll(() => sandbox?.close());
}

/**
 * `useSandbox` (with instant receipts) and an AK/SK client for it, closed after all. The client's retry waits
 * are recorded instead of waited: the returned array holds those of the current test. `options` go to the
 * client (engine, timeouts, retries). `ready` hands both to the file's variables:
 * `useSandboxClient((started) => ({ sandbox, client } = started))`.
 */
export function useSandboxClient(
  ready: (started: { sandbox: Sandbox; client: SmsClient }) => void,
  options: Partial<ClientOptions> = {},
): number[] {
  const sleeps: number[] = [];
  let client: SmsClient | undefined;
  useSandbox(
    (sandbox) => {
      client = createSmsClient({
        auth: sandboxAuth(sandbox),
        endpoint: sandbox.url,
        sleep: async (ms) => {
          sleeps.push(ms);
        },
        ...options,
      });
      ready({ sandbox, client });
    },
    { receiptDelayMs: 0 },
  );
  beforeEach(() => {
    sleeps.length = 0;
  });
  afterAll(() => client?.close());
  return sleeps;
}
