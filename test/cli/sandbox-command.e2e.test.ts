// `volc-sms sandbox` as a user runs it: starts, prints where it listens, serves the CLI, stops on a signal.
import { spawn } from 'node:child_process';
import type { ChildProcessWithoutNullStreams } from 'node:child_process';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { REPO_ROOT, makeTempHome, parseJson, runCli } from './helpers/cli-process.ts';

let home: { home: string; cleanup: () => Promise<void> };
beforeAll(async () => {
  home = await makeTempHome();
});
afterAll(() => home.cleanup());

/** Starts `volc-sms sandbox` and resolves with its URL once it prints it. */
function startSandboxProcess(
  args: readonly string[],
  entry = 'src/cli/index.ts',
): Promise<{
  child: ChildProcessWithoutNullStreams;
  url: string;
  output: () => { stdout: string; stderr: string };
}> {
  const child = spawn(process.execPath, [path.join(REPO_ROOT, entry), 'sandbox', ...args], {
    cwd: REPO_ROOT,
    env: { PATH: process.env.PATH, HOME: home.home },
  });
  let stdout = '';
  let stderr = '';
  child.stdout.setEncoding('utf8');
  child.stderr.setEncoding('utf8').on('data', (chunk: string) => (stderr += chunk));
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => {
      child.kill('SIGKILL');
      reject(new Error(`the sandbox did not start: ${stderr}`));
    }, 10_000);
    child.stdout.on('data', (chunk: string) => {
      stdout += chunk;
      const url = /listening on (http:\/\/127\.0\.0\.1:\d+)/.exec(stdout)?.[1];
      if (url !== undefined) {
        clearTimeout(timer);
        resolve({ child, url, output: () => ({ stdout, stderr }) });
      }
    });
    child.on('exit', (code) => reject(new Error(`the sandbox exited early (${code}): ${stderr}`)));
  });
}

function exitOf(child: ChildProcessWithoutNullStreams): Promise<number | null> {
  return new Promise((resolve) => child.on('close', (code) => resolve(code)));
}

describe('volc-sms sandbox', () => {
  it('serves the CLI until SIGINT, then closes cleanly with exit 0', async () => {
    const { child, url, output } = await startSandboxProcess(['--port', '0', '--rate-limit', '0']);
    const exited = exitOf(child);
    try {
      expect(output().stdout).toContain(`export VOLC_SMS_ENDPOINT=${url}`);
      const env = {
        VOLC_SMS_ENDPOINT: url,
        VOLCENGINE_ACCESS_KEY: 'AKLTsandbox',
        VOLCENGINE_SECRET_KEY: 'sandbox-secret',
      };
      const run = await runCli(['list_sub_account'], { env, home: home.home });
      expect(run.code).toBe(0);
      expect(parseJson(run)).toHaveProperty('Result.Total', 2);
    } finally {
      child.kill('SIGINT');
    }
    expect(await exited).toBe(0);
    expect(output().stderr).toMatch(/ListSubAccountForAgent 200/);
    expect(output().stderr).toMatch(/Sandbox stopped \(SIGINT\)\.\n$/);
  });

  it('takes its own credentials and faults from flags (SIGTERM stops it too)', async () => {
    const { child, url } = await startSandboxProcess([
      '--port',
      '0',
      '--api-key',
      'my-test-key',
      '--fault',
      'SendSmsForAgent=500x1',
    ]);
    const exited = exitOf(child);
    try {
      const env = { ARK_SKILL_API_BASE: url, ARK_SKILL_API_KEY: 'my-test-key' };
      const send = [
        'send_sms',
        '--sub-account',
        '7384ed01',
        '--signature',
        'VolcOps',
        '--template-id',
        'ST_0004',
      ];
      const run = await runCli([...send, '--mobiles', '13800000000', '--template-param', '{"version":"1"}'], {
        env,
        home: home.home,
      });
      expect(run.code).toBe(5); // a 5xx on a send: may or may not have gone out, never retried
    } finally {
      child.kill('SIGTERM');
    }
    expect(await exited).toBe(0);
  });

  it('names a bad flag value instead of starting', async () => {
    const run = await runCli(['sandbox', '--port', '99999'], { home: home.home });
    expect(run.code).toBe(2);
    expect(run.stderr).toMatch(/--port must be at most 65535/);
  });
});
