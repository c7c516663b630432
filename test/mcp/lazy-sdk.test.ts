// Agents start the CLI once per call: the MCP SDK must load only for `volc-sms mcp`, never for the other
// commands (or their help). A module-load trace of the real process says which files it read.
import { spawn } from 'node:child_process';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { REPO_ROOT } from '../cli/helpers/cli-process.ts';

const TRACE = path.join(REPO_ROOT, 'test/mcp/fixtures/trace-loads.mjs');

function loadedModules(args: string[]): Promise<string[]> {
  const child = spawn(
    process.execPath,
    ['--import', TRACE, path.join(REPO_ROOT, 'src/cli/index.ts'), ...args],
    {
      env: {
        PATH: process.env.PATH,
        HOME: REPO_ROOT,
        VOLCENGINE_ACCESS_KEY: 'AKLTtrace',
        VOLCENGINE_SECRET_KEY: 'trace-secret',
      },
      stdio: ['pipe', 'pipe', 'pipe'],
    },
  );
  child.stdin.end(); // `mcp` on stdio stops when its input ends
  let stderr = '';
  child.stderr.setEncoding('utf8').on('data', (chunk: string) => (stderr += chunk));
  child.stdout.resume();
  return new Promise((resolve, reject) => {
    const timer = setTimeout(
      () => (child.kill('SIGKILL'), reject(new Error(`timed out: ${stderr}`))),
      30_000,
    );
    child.on('close', () => {
      clearTimeout(timer);
      resolve([...stderr.matchAll(/^loaded (\S+)$/gm)].map((m) => m[1] as string));
    });
  });
}

const sdk = (urls: string[]) => urls.filter((url) => url.includes('@modelcontextprotocol'));

describe('the MCP SDK is loaded on demand', () => {
  it('not by --version, another command or the help of mcp itself', async () => {
    for (const args of [['--version'], ['send-preview', '--help'], ['mcp', '--help']]) {
      const urls = await loadedModules(args);
      expect(urls.length, args.join(' ')).toBeGreaterThan(20);
      expect(sdk(urls), args.join(' ')).toEqual([]);
    }
  }, 90_000);

  it('by volc-sms mcp (so the trace above would have seen it)', async () => {
    expect(sdk(await loadedModules(['mcp'])).length).toBeGreaterThan(5);
  }, 60_000);
});
