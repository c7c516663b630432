import { expect } from 'vitest';
import type { Sandbox } from '../../../src/sandbox/index.ts';
import { expectNoSecrets, runCli, type CliRun } from './cli-process.ts';
import { akskEnv, sandboxSecrets } from './sandbox-env.ts';

/** The skill 1.3 envelope (reference §4.1) as a test reads it. */
export interface SkillEnvelope {
  action: string;
  success: boolean;
  request_id: string | null;
  error: null | { code: string; message: string; outcome_unknown: boolean; retryable: boolean };
  result: Record<string, unknown> & { List?: Array<Record<string, unknown>>; Total?: number };
}

/**
 * Runs skill 1.3 commands through the real bin against a sandbox. `cli` checks that no secret and none of
 * `fullNumbers` appears in the output; `read` expects a success (exit 0, one line of sorted-key JSON on
 * stdout, nothing on stderr); `fail` an `argument_error`-style failure envelope on stderr with `exit`.
 */
export function skillCli(sandbox: () => Sandbox, home: () => string, fullNumbers: readonly string[] = []) {
  async function cli(args: readonly string[], env = akskEnv(sandbox())): Promise<CliRun> {
    const run = await runCli(args, { env, home: home() });
    expectNoSecrets(run, [...sandboxSecrets(sandbox()), ...fullNumbers]);
    return run;
  }

  async function read(args: readonly string[], env = akskEnv(sandbox())): Promise<SkillEnvelope> {
    const run = await cli(args, env);
    expect(run.stderr).toBe('');
    expect(run.code).toBe(0);
    const line = run.stdout.trim();
    expect(line.split('\n')).toHaveLength(1);
    const envelope = JSON.parse(line) as SkillEnvelope;
    expect(Object.keys(envelope)).toEqual(['action', 'error', 'request_id', 'result', 'success']);
    expect(envelope).toMatchObject({ action: args[0], success: true, error: null });
    return envelope;
  }

  async function fail(
    args: readonly string[],
    code: string,
    exit = 2,
    env = akskEnv(sandbox()),
  ): Promise<SkillEnvelope> {
    const run = await cli(args, env);
    expect(run.stdout).toBe('');
    expect(run.code).toBe(exit);
    const envelope = JSON.parse(run.stderr.trim()) as SkillEnvelope;
    expect(envelope).toMatchObject({ action: args[0], success: false, result: null });
    expect(envelope.error?.code).toBe(code);
    return envelope;
  }

  return { cli, read, fail };
}
