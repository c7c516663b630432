// The published bin is the ncc bundle dist/cli/index.js (package.json "bin"); this checks that the bundle
// committed with the sources starts and sends. Rebuild with `npm run package:cli` after changing src/cli.
import { existsSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import type { Sandbox } from '../../src/sandbox/index.ts';
import { CLI_VERSION } from '../../src/cli/version.ts';
import { REPO_ROOT, expectNoSecrets, parseJson, runCli, type TempHome } from './helpers/cli-process.ts';
import { akskEnv, CODE_TEMPLATE, sandboxSecrets, useSandboxWithHome } from './helpers/sandbox-env.ts';

const BUNDLE = 'dist/cli/index.js';
let sandbox: Sandbox;
let home: TempHome;
useSandboxWithHome((started) => ({ sandbox, home } = started));

describe('the bundled CLI (dist/cli/index.js)', () => {
  it('exists: the bin of the package', () => {
    expect(existsSync(path.join(REPO_ROOT, BUNDLE)), `${BUNDLE} is missing: run npm run package:cli`).toBe(
      true,
    );
  });

  it('prints its help and version', async () => {
    const help = await runCli(['--help'], { home: home.home, entry: BUNDLE });
    expect(help.code).toBe(0);
    expect(help.stdout).toMatch(/^volc-sms: Volcengine SMS from the terminal/);
    for (const command of ['send_sms', 'list_total_send_count_stat', 'doctor', 'sandbox']) {
      expect(help.stdout).toContain(`  ${command} `);
    }
    const version = await runCli(['--version'], { home: home.home, entry: BUNDLE });
    expect(version.stdout).toBe(`${CLI_VERSION}\n`);
  });

  it('sends through the sandbox', async () => {
    const run = await runCli(
      ['send_sms', ...CODE_TEMPLATE, '--mobiles', '13800000000', '--template-param', '{"code":"8080"}'],
      { env: akskEnv(sandbox), home: home.home, entry: BUNDLE },
    );
    expectNoSecrets(run, sandboxSecrets(sandbox));
    expect(run.code).toBe(0);
    const [messageId] = (parseJson(run) as { Result: { MessageIds: string[] } }).Result.MessageIds;
    expect(sandbox.admin.messages().map((m) => m.messageId)).toEqual([messageId]);
  });
});
