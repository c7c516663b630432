// Where credentials come from (never flags), and what --verbose shows (never secrets).
import { writeFile } from 'node:fs/promises';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import type { Sandbox } from '../../src/sandbox/index.ts';
import {
  expectNoSecrets,
  makeTempHome,
  parseJson,
  runCli,
  writeOpenclawEnv,
  type TempHome,
} from './helpers/cli-process.ts';
import { runMain } from './helpers/in-process.ts';
import { akskEnv, gatewayEnv, sandboxSecrets, useSandboxWithHome } from './helpers/sandbox-env.ts';

let sandbox: Sandbox;
let home: TempHome;
useSandboxWithHome((started) => ({ sandbox, home } = started));

async function cli(args: readonly string[], env: Record<string, string>, homeDir = home.home) {
  const run = await runCli(args, { env, home: homeDir });
  expectNoSecrets(run, sandboxSecrets(sandbox));
  return run;
}

const groupsOf = (run: { stdout: string }) =>
  (parseJson(run as never) as { Result: { List: Array<{ SubAccount: string }> } }).Result.List.map(
    (g) => g.SubAccount,
  );

describe('credentials from files', () => {
  it("reads $HOME/.openclaw/.env when the environment has none (the skill's file)", async () => {
    const own = await makeTempHome();
    try {
      const gateway = gatewayEnv(sandbox);
      await writeOpenclawEnv(own.home, [
        `export ARK_SKILL_API_KEY="${gateway.ARK_SKILL_API_KEY}"`,
        `ARK_SKILL_API_BASE=${gateway.ARK_SKILL_API_BASE}`,
      ]);
      const run = await cli(['list_sub_account'], {}, own.home);
      expect(run.code).toBe(0);
      expect(groupsOf(run)).toContain('7384ed01');
    } finally {
      await own.cleanup();
    }
  });

  it('reads --env-file (relative to the working directory)', async () => {
    const aksk = akskEnv(sandbox);
    const file = path.join(home.home, 'sms.env');
    await writeFile(
      file,
      Object.entries(aksk)
        .map(([key, value]) => `${key}=${value}`)
        .join('\n'),
    );
    const run = await runCli(['--env-file', 'sms.env', 'list_sub_account'], {
      env: {},
      home: home.home,
      cwd: home.home,
    });
    expect(run.code).toBe(0);
    expect(groupsOf(run)).toContain('77da1acf');
  });

  it('a missing --env-file is a config error (exit 3) naming the file', async () => {
    // In process: Node itself reads a `--env-file` argument even after the script name and exits 9 when
    // the file is missing, before any of our code runs (nodejs/node#54232; noted in docs/cli.md).
    const run = await runMain(['list_sub_account', '--env-file', '/nonexistent/sms.env'], {
      HOME: home.home,
    });
    expect(run.code).toBe(3);
    expect(run.stdout).toBe('');
    expect(run.stderr).toMatch(/^volc-sms: Cannot read the env file \/nonexistent\/sms\.env.*Hint: /);
  });

  it('the environment wins over the file; --endpoint wins over VOLC_SMS_ENDPOINT', async () => {
    await writeOpenclawEnv(home.home, [
      'VOLCENGINE_ACCESS_KEY=AKLTfromfile',
      'VOLCENGINE_SECRET_KEY=from-file',
    ]);
    const env = { ...akskEnv(sandbox), VOLC_SMS_ENDPOINT: 'http://127.0.0.1:9' };
    const run = await cli(['list_sub_account', '--endpoint', sandbox.url], env);
    expect(run.code).toBe(0);
  });
});

describe('--verbose', () => {
  it('prints one line per attempt with method, URL, status, request id and time; no secret', async () => {
    const run = await cli(['list_signature', '--verbose'], akskEnv(sandbox));
    expect(run.code).toBe(0);
    expect(run.stderr).toMatch(
      /^volc-sms: POST http:\/\/127\.0\.0\.1:\d+\/\?Action=ListSignatureForAgent&Version=2026-01-01 → HTTP 200 \(attempt 1, \d+ ms, request id \d{14}[0-9A-F]{20}\)\n$/,
    );
    expect(run.stderr).not.toMatch(/HMAC|Signature=|Authorization/i);
  });

  it('shows the retries of a throttled read', async () => {
    sandbox.admin.addFault({
      action: 'ListSubAccountForAgent',
      kind: 'throttle',
      retryAfterSeconds: 0,
      count: 1,
    });
    const run = await cli(['list_sub_account', '--verbose'], gatewayEnv(sandbox));
    expect(run.code).toBe(0);
    const lines = run.stderr.trimEnd().split('\n');
    expect(lines).toHaveLength(2);
    expect(lines[0]).toMatch(/→ HTTP 429 \(attempt 1, .*retrying in \d+ ms\)$/);
    expect(lines[1]).toMatch(/→ HTTP 200 \(attempt 2, /);
  });
});

describe('--timeout', () => {
  it('gives up on a slow server: exit 4 for a read', async () => {
    sandbox.admin.addFault({ action: 'ListSubAccountForAgent', kind: 'latency', latencyMs: 3000 });
    try {
      const started = Date.now();
      const run = await cli(['list_sub_account', '--timeout', '200ms'], akskEnv(sandbox));
      expect(run.code).toBe(4);
      expect(run.stderr).toMatch(/^volc-sms: .*Hint: /);
      expect(Date.now() - started).toBeLessThan(5000);
    } finally {
      sandbox.admin.clearFaults();
    }
  });

  it('rejects a timeout that is not a duration', async () => {
    const run = await cli(['list_sub_account', '--timeout', 'soon'], akskEnv(sandbox));
    expect(run.code).toBe(2);
    expect(run.stderr).toMatch(/--timeout must be a duration such as 30, 30s, 500ms or 2m, not "soon"/);
  });
});
