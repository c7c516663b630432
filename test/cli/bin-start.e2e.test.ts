// How the bins start, as a user starts them: dist/cli/index.js run through its shebang (what npm links as
// `volc-sms`), and both bundles under a Node older than 24.
import { execFileSync, spawn } from 'node:child_process';
import { existsSync } from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { REPO_ROOT, collectRun, makeTempHome, type CliRun, type TempHome } from './helpers/cli-process.ts';

const CLI_BIN = path.join(REPO_ROOT, 'dist/cli/index.js');
const ACTION_BIN = path.join(REPO_ROOT, 'dist/action/index.js');

let home: TempHome;
beforeAll(async () => {
  home = await makeTempHome();
});
afterAll(() => home.cleanup());

/** Runs `file` itself (its shebang picks the `node` first on PATH) or `node file`. */
function run(command: string, args: readonly string[], pathDirs: readonly string[]): Promise<CliRun> {
  const child = spawn(command, args, {
    cwd: home.home,
    env: { PATH: [...pathDirs, process.env.PATH].join(path.delimiter), HOME: home.home },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  return collectRun(child, [command, ...args].join(' '));
}

describe('a missing --env-file, through the bin', () => {
  const node24 = path.dirname(process.execPath);

  it.each([
    [['list_sub_account', '--env-file', 'missing.env']],
    [['--env-file', 'missing.env', 'list_sub_account']],
    [['list_sub_account', '--env-file=missing.env']],
  ])('volc-sms %j: its own error and exit 3, not Node exit 9', async (args) => {
    const result = await run(CLI_BIN, args, [node24]);
    expect(result.stderr).not.toMatch(/not found$/m); // Node's own "node: missing.env: not found"
    expect(result.stderr).toMatch(/^volc-sms: Cannot read the env file .*missing\.env \(ENOENT\)/);
    expect(result.code).toBe(3);
  });
});

// This machine's system Node, when it is older than 24 (Debian's is 20): what a user on it sees.
const OLD_NODE = ['/usr/bin/node', '/usr/local/bin/node'].find((candidate) => {
  if (!existsSync(candidate)) return false;
  const version = execFileSync(candidate, ['--version'], { encoding: 'utf8' }).trim();
  return Number(version.slice(1).split('.')[0]) < 24;
});

describe.skipIf(OLD_NODE === undefined)(`under ${OLD_NODE ?? 'an old Node'}`, () => {
  const oldNode = OLD_NODE as string;

  it.each([[['--help']], [['sandbox', '--port', '0']], [['list_sub_account']]])(
    'volc-sms %j says in one line that Node 24 is needed and how',
    async (args) => {
      const result = await run(oldNode, [CLI_BIN, ...args], []);
      expect(result.code).toBe(1);
      expect(result.stdout).toBe('');
      expect(result.stderr).toMatch(
        /^volc-sms: needs Node\.js 24 or later, this is Node 2\d\.\d+\.\d+\. Install Node 24 \(.*nvm install 24.*\) and run it again\.\n$/,
      );
    },
  );

  it('the shebang bin picks that Node from PATH and says the same', async () => {
    const result = await run(CLI_BIN, ['--version'], [path.dirname(oldNode)]);
    expect(result.code).toBe(1);
    expect(result.stderr).toMatch(/needs Node\.js 24 or later/);
  });

  it("the Action's dist says it as one error annotation", async () => {
    const result = await run(oldNode, [ACTION_BIN], []);
    expect(result.code).toBe(1);
    expect(result.stderr).toBe('');
    expect(result.stdout).toMatch(
      /^::error::volc-sms action needs Node\.js 24 or later, this is Node .*node24.*\n$/,
    );
    expect(result.stdout.split('\n')).toHaveLength(2);
  });
});
