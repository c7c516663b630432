import { mkdtemp } from 'node:fs/promises';
import path from 'node:path';
import { expect } from 'vitest';
import type { Sandbox } from '../../../src/sandbox/index.ts';
import { expectNoSecrets, runCli, type CliRun } from './cli-process.ts';
import { akskEnv, sandboxSecrets } from './sandbox-env.ts';

/** The skill 1.3 envelope of one run: on stdout for a success, on stderr for a failure, one line. */
export function envelope(run: CliRun) {
  const line = (run.code === 0 ? run.stdout : run.stderr).trim();
  expect(line.split('\n')).toHaveLength(1);
  return JSON.parse(line) as {
    action: string;
    success: boolean;
    request_id: string | null;
    error: null | { code: string; message: string; outcome_unknown: boolean; retryable: boolean };
    result: Record<string, unknown> & { digest?: string; preview?: Record<string, unknown> };
  };
}

/**
 * A CLI runner for gate tests: the sandbox's credentials, a consent ledger of its own (so no test sees
 * another's previews), and a check that no secret or listed number leaks into the output.
 */
export async function gateCli(sandbox: Sandbox, home: string, numbers: readonly string[] = []) {
  const stateDir = await mkdtemp(path.join(home, 'state-'));
  return async (args: readonly string[], env: Record<string, string> = akskEnv(sandbox)): Promise<CliRun> => {
    const run = await runCli(args, {
      env: { ...env, VOLC_SMS_STATE_DIR: stateDir },
      home,
      timeoutMs: 90_000,
    });
    expectNoSecrets(run, [...sandboxSecrets(sandbox), ...numbers]);
    return run;
  };
}

/**
 * The argv of `batch-launch-submit` for a launch preview's argv (`batch-launch-preview --sub-account …`),
 * the digest that preview printed and the consent phrase typed back.
 */
export function launchSubmitArgs(previewArgs: readonly string[], digest: string, text: string): string[] {
  return [
    'batch-launch-submit',
    ...previewArgs.slice(1),
    '--preview-digest',
    digest,
    '--authorization-text',
    text,
  ];
}

/** Tomorrow at 10:00 in Asia/Shanghai, as ISO 8601 with its offset: a valid batch send time at any hour. */
export function tomorrowAtTen(now = Date.now()): string {
  const shanghai = new Date(now + 8 * 3600_000 + 86_400_000);
  return `${shanghai.toISOString().slice(0, 10)}T10:00:00+08:00`;
}
