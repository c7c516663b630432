import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { run } from '../../../src/action/main.ts';
import type { ActionDeps } from '../../../src/action/main.ts';
import { SANDBOX_CREDENTIALS, startSandbox } from '../../../src/sandbox/index.ts';
import type { Sandbox } from '../../../src/sandbox/index.ts';
import { recordingIo } from './recording-io.ts';
import type { RecordingIo } from './recording-io.ts';

export { SANDBOX_CREDENTIALS };

/** A sandbox on a free loopback port with fast receipts and no rate limit (tests send in bursts). */
export function startActionSandbox(): Promise<Sandbox> {
  return startSandbox({ port: 0, receiptDelayMs: 150, rateLimitQps: 0 });
}

/** The inputs of a send to the sandbox with AK/SK, as a workflow's `with:` block would give them. */
export function sendInputs(sandbox: Sandbox, overrides: Record<string, string> = {}): Record<string, string> {
  return {
    mode: 'send',
    'access-key-id': SANDBOX_CREDENTIALS.accessKeyId,
    'secret-access-key': SANDBOX_CREDENTIALS.secretAccessKey,
    endpoint: sandbox.url,
    'sub-account': '7384ed01',
    signature: '火山引擎',
    'template-id': 'ST_0001',
    'template-param': '{"code":"123456"}',
    'phone-numbers': '13800000000',
    ...overrides,
  };
}

/** run() with a recording io, an empty environment and a home without ~/.openclaw/.env. */
export async function runAction(
  inputs: Record<string, string>,
  deps: Partial<Omit<ActionDeps, 'io'>> = {},
): Promise<RecordingIo> {
  const io = recordingIo(inputs);
  await run({
    io,
    env: {},
    homeDir: mkdtempSync(join(tmpdir(), 'volc-sms-home-')),
    pollIntervalMs: 100,
    ...deps,
  });
  return io;
}

/** Numbers that do not end in 6, 7 or 9, so the sandbox delivers them. */
export function deliverableNumbers(count: number, prefix = '1390000'): string[] {
  const numbers: string[] = [];
  for (let n = 0; numbers.length < count; n++) {
    const candidate = `${prefix}${String(n).padStart(4, '0')}`;
    if (!/[679]$/.test(candidate)) numbers.push(candidate);
  }
  return numbers;
}

/** True when a full mainland number (11 digits, 1[3-9]…) appears anywhere in the text. */
export function containsFullNumber(text: string, numbers: readonly string[]): string | undefined {
  return numbers.find((number) => text.includes(number));
}
