import { spawn } from 'node:child_process';
import type { ChildProcessByStdio, ChildProcessWithoutNullStreams } from 'node:child_process';
import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import type { Readable } from 'node:stream';
import { fileURLToPath } from 'node:url';
import { expect } from 'vitest';

export const REPO_ROOT = fileURLToPath(new URL('../../../', import.meta.url));

export interface CliRun {
  code: number | null;
  stdout: string;
  stderr: string;
}

export interface RunOptions {
  /** The child's whole environment besides PATH and HOME: nothing leaks in from the test runner. */
  env?: Record<string, string | undefined>;
  /** Where ~/.openclaw/.env is looked for. Required so a developer's real file is never read. */
  home: string;
  cwd?: string;
  /** `src/cli/index.ts` (default) or the bundle `dist/cli/index.js`. */
  entry?: string;
  timeoutMs?: number;
}

/** Runs the CLI as a real process (Node 24 runs the .ts source directly) and collects its output. */
export function runCli(args: readonly string[], options: RunOptions): Promise<CliRun> {
  const entry = path.join(REPO_ROOT, options.entry ?? 'src/cli/index.ts');
  const child = spawn(process.execPath, [entry, ...args], {
    cwd: options.cwd ?? REPO_ROOT,
    env: { PATH: process.env.PATH, HOME: options.home, ...options.env },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  return collectRun(child, `volc-sms ${args.join(' ')}`, options.timeoutMs);
}

/** A started process's exit code and output once it closes; killed (and the run failed) after `timeoutMs`. */
export function collectRun(
  child: ChildProcessByStdio<null, Readable, Readable>,
  label: string,
  timeoutMs = 40_000,
): Promise<CliRun> {
  let stdout = '';
  let stderr = '';
  child.stdout.setEncoding('utf8').on('data', (chunk: string) => (stdout += chunk));
  child.stderr.setEncoding('utf8').on('data', (chunk: string) => (stderr += chunk));
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => {
      child.kill('SIGKILL');
      reject(new Error(`${label} did not finish in time; stderr: ${stderr}`));
    }, timeoutMs);
    child.on('error', reject);
    child.on('close', (code) => {
      clearTimeout(timer);
      resolve({ code, stdout, stderr });
    });
  });
}

export interface TempHome {
  home: string;
  cleanup: () => Promise<void>;
}

/** A fresh HOME for one test file; `writeOpenclawEnv` puts credentials where the skill keeps them. */
export async function makeTempHome(): Promise<TempHome> {
  const home = await mkdtemp(path.join(tmpdir(), 'volc-sms-cli-'));
  return { home, cleanup: () => rm(home, { recursive: true, force: true }) };
}

export async function writeOpenclawEnv(home: string, lines: readonly string[]): Promise<string> {
  const dir = path.join(home, '.openclaw');
  await mkdir(dir, { recursive: true });
  const file = path.join(dir, '.env');
  await writeFile(file, `${lines.join('\n')}\n`);
  return file;
}

/** No key, secret or full number in anything the CLI printed. */
export function expectNoSecrets(run: CliRun, secrets: readonly string[]): void {
  const output = run.stdout + run.stderr;
  for (const secret of secrets) expect(output).not.toContain(secret);
}

export function parseJson(run: CliRun): Record<string, unknown> {
  try {
    return JSON.parse(run.stdout) as Record<string, unknown>;
  } catch {
    throw new Error(`stdout is not JSON (exit ${run.code}):\n${run.stdout}\nstderr:\n${run.stderr}`);
  }
}

export interface LongRunning {
  child: ChildProcessWithoutNullStreams;
  /** The first match of `ready` in stdout. */
  match: RegExpExecArray;
  output: () => { stdout: string; stderr: string };
  /** Sends the signal and resolves with the exit code. */
  stop: (signal: NodeJS.Signals) => Promise<number | null>;
}

/** Starts a command that runs until a signal (sandbox, slack); resolves once stdout matches `ready`. */
export function startLongRunning(
  args: readonly string[],
  options: RunOptions & { ready: RegExp; stream?: 'stdout' | 'stderr' },
): Promise<LongRunning> {
  const child = spawn(
    process.execPath,
    [path.join(REPO_ROOT, options.entry ?? 'src/cli/index.ts'), ...args],
    {
      cwd: options.cwd ?? REPO_ROOT,
      env: { PATH: process.env.PATH, HOME: options.home, ...options.env },
    },
  );
  const out = { stdout: '', stderr: '' };
  const closed = new Promise<number | null>((resolve) => child.on('close', (code) => resolve(code)));
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => {
      child.kill('SIGKILL');
      reject(new Error(`volc-sms ${args.join(' ')} did not get ready: ${out.stderr}`));
    }, options.timeoutMs ?? 10_000);
    const check = () => {
      const match = options.ready.exec(out[options.stream ?? 'stdout']);
      if (match === null) return;
      clearTimeout(timer);
      resolve({
        child,
        match,
        output: () => ({ ...out }),
        stop: (signal) => {
          child.kill(signal);
          return closed;
        },
      });
    };
    child.stdout.setEncoding('utf8').on('data', (chunk: string) => ((out.stdout += chunk), check()));
    child.stderr.setEncoding('utf8').on('data', (chunk: string) => ((out.stderr += chunk), check()));
    void closed.then((code) => {
      clearTimeout(timer);
      reject(new Error(`volc-sms ${args.join(' ')} exited early (${code}): ${out.stderr}`));
    });
  });
}
