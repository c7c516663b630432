import { startSandbox, type Sandbox, type SandboxOptions } from '../../../src/sandbox/index.ts';
import { signedCall, type RawResponse, type SignedCallOptions } from './sandbox-http.ts';

/**
 * A sandbox on an injected clock (starting at `startMs`) with the rate limit off, and a `call` that
 * signs at the sandbox's own time, so tests can move time with `sandbox.admin.advanceClock`.
 */
export interface ClockedSandbox {
  sandbox: Sandbox;
  call(action: string, body: unknown, options?: SignedCallOptions): Promise<RawResponse>;
}

export async function startClockedSandbox(
  startMs: number,
  options: SandboxOptions = {},
): Promise<ClockedSandbox> {
  const sandbox = await startSandbox({ port: 0, rateLimitQps: 0, clock: () => startMs, ...options });
  return {
    sandbox,
    call: (action, body, callOptions = {}) =>
      signedCall(sandbox, action, body, { date: new Date(sandbox.admin.now()), ...callOptions }),
  };
}
