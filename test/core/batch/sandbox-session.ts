import { afterAll, beforeAll, beforeEach } from 'vitest';
import { createSmsClient, type SmsClient } from '../../../src/core/index.ts';
import { startSandbox, type Sandbox, type SandboxOptions } from '../../../src/sandbox/index.ts';
import { sandboxAuth } from '../../helpers/sandbox-auth.ts';

/** A real pause that ends early, without an error, when the signal aborts (as the entry points' sleeps do). */
export const sleep = (ms: number, signal?: AbortSignal) =>
  new Promise<void>((resolve) => {
    const timer = setTimeout(resolve, ms);
    signal?.addEventListener('abort', () => {
      clearTimeout(timer);
      resolve();
    });
  });

export interface SandboxSession {
  readonly sandbox: Sandbox;
  readonly client: SmsClient;
  /** Requests of `action` the sandbox logged since the test began. */
  reads(action: string): number;
}

/** One sandbox (unthrottled) and a client for the file's tests; its log and faults cleared before each. */
export function useSandbox(options: Omit<SandboxOptions, 'port' | 'log'>): SandboxSession {
  let sandbox: Sandbox | undefined;
  let client: SmsClient | undefined;
  const log: string[] = [];
  beforeAll(async () => {
    sandbox = await startSandbox({ port: 0, rateLimitQps: 0, ...options, log: (line) => log.push(line) });
    client = createSmsClient({ auth: sandboxAuth(sandbox), endpoint: sandbox.url, timeoutMs: 3000 });
  });
  afterAll(async () => {
    await client?.close();
    await sandbox?.close();
  });
  beforeEach(() => {
    sandbox?.admin.reset();
    log.length = 0;
  });
  return {
    get sandbox() {
      if (sandbox === undefined) throw new Error('the sandbox starts in beforeAll');
      return sandbox;
    },
    get client() {
      if (client === undefined) throw new Error('the client starts in beforeAll');
      return client;
    },
    reads: (action) => log.filter((line) => line.includes(` ${action} `)).length,
  };
}
