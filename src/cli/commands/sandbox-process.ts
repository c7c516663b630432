import { spawn } from 'node:child_process';
import { closeSync, openSync, readFileSync } from 'node:fs';
import { readFile, rm, writeFile } from 'node:fs/promises';
import { setTimeout as sleep } from 'node:timers/promises';
import { SmsInputError } from '../../core/index.ts';
import type { CliProcess } from '../io.ts';

/**
 * A sandbox that outlives the command that started it (`volc-sms sandbox --detach`), and the PID file
 * that lets a later command stop it (`volc-sms sandbox --stop`). CI steps need both: `cmd &` in one step
 * and `kill $!` in another do not work (`$!` is gone, and `npx … &` is npm's PID, not the sandbox's).
 */

/** What the PID file holds: written by the sandbox once it listens, removed when it stops. */
export interface PidFileContent {
  pid: number;
  url: string;
}

const START_TIMEOUT_MS = 15_000;
const STOP_TIMEOUT_MS = 10_000;
const POLL_MS = 50;

/** The PID file's content, or undefined when there is none; an unreadable one is an input error. */
export async function readPidFile(file: string): Promise<PidFileContent | undefined> {
  let text: string;
  try {
    text = await readFile(file, 'utf8');
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return undefined;
    throw pidFileError(file, `cannot be read (${(error as NodeJS.ErrnoException).code ?? 'error'})`);
  }
  try {
    const content = JSON.parse(text) as Partial<PidFileContent>;
    if (Number.isInteger(content.pid) && typeof content.url === 'string') return content as PidFileContent;
  } catch {
    // Reported below like any other content.
  }
  throw pidFileError(file, 'is not a PID file written by `volc-sms sandbox`');
}

export function writePidFile(file: string, content: PidFileContent): Promise<void> {
  return writeFile(file, `${JSON.stringify(content)}\n`);
}

/** Removes the PID file only while it still names this process (a newer sandbox may have taken it). */
export async function removePidFile(file: string, pid: number): Promise<void> {
  const content = await readPidFile(file).catch(() => undefined);
  if (content?.pid === pid) await rm(file, { force: true });
}

function pidFileError(file: string, problem: string): SmsInputError {
  return new SmsInputError(`--pid-file ${file} ${problem}.`, [{ field: 'pid-file', message: problem }], {
    hint: 'Give the file a sandbox started with --pid-file wrote, or remove it.',
  });
}

function isAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
  } catch (error) {
    // EPERM: it exists, but belongs to someone else.
    return (error as NodeJS.ErrnoException).code === 'EPERM';
  }
  // A process that has exited but was not reaped yet (a zombie: state Z in /proc) is gone all the same.
  try {
    const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
    return stat.slice(stat.lastIndexOf(')') + 2, stat.lastIndexOf(')') + 3) !== 'Z';
  } catch {
    return true;
  }
}

/**
 * Whether `pid` is still a volc-sms sandbox, not a process that reused the number of one that died
 * without removing its PID file. Where /proc is missing (macOS), a live PID is taken at its word.
 */
async function isSandboxProcess(pid: number): Promise<boolean> {
  if (!isAlive(pid)) return false;
  const commandLine = await readFile(`/proc/${pid}/cmdline`, 'utf8').catch(() => undefined);
  return commandLine === undefined || commandLine.split('\0').includes('sandbox');
}

/** The running sandbox a PID file names, or undefined (no file, or a stale one). */
export async function runningSandbox(file: string): Promise<PidFileContent | undefined> {
  const content = await readPidFile(file);
  return content && (await isSandboxProcess(content.pid)) ? content : undefined;
}

/**
 * Starts `args` (a `sandbox` command line with --pid-file) as a detached copy of this CLI and resolves
 * once it listens, i.e. once it has written the PID file. Its output goes to `logFile`, else nowhere
 * after start-up; if it exits first, its exit code and what it printed are the rejection.
 */
export async function startDetached(
  self: CliProcess,
  args: readonly string[],
  pidFile: string,
  logFile: string | undefined,
): Promise<PidFileContent> {
  const log = logFile === undefined ? undefined : openSync(logFile, 'a');
  const output = log ?? 'pipe';
  // `--` ends Node's options, so nothing in `args` can be read as one.
  const child = spawn(self.execPath, [...self.execArgv, '--', self.entry, ...args], {
    detached: true,
    stdio: ['ignore', output, output],
  });
  if (log !== undefined) closeSync(log);
  let printed = '';
  child.stdout?.on('data', (chunk: Buffer) => (printed += chunk.toString()));
  child.stderr?.on('data', (chunk: Buffer) => (printed += chunk.toString()));
  let exited: number | undefined;
  child.once('exit', (code, signal) => (exited = code ?? (signal ? 1 : 0)));
  const spawnFailed = new Promise<never>((_, reject) => child.once('error', reject));
  spawnFailed.catch(() => undefined);
  try {
    const deadline = Date.now() + START_TIMEOUT_MS;
    for (;;) {
      await Promise.race([sleep(POLL_MS), spawnFailed]);
      const content = await readPidFile(pidFile).catch(() => undefined);
      if (content !== undefined && content.pid === child.pid) return content;
      if (exited !== undefined) {
        const what = logFile === undefined ? printed.trim() : `see ${logFile}`;
        throw new DetachedStartError(exited, what);
      }
      if (Date.now() > deadline) {
        child.kill('SIGTERM');
        throw new DetachedStartError(1, `it did not listen within ${START_TIMEOUT_MS / 1000} s`);
      }
    }
  } finally {
    // The sandbox keeps running on its own: this process neither waits for it nor keeps its pipes.
    child.stdout?.destroy();
    child.stderr?.destroy();
    child.unref();
  }
}

/** The detached sandbox exited (or never listened): its exit code, and what it said. */
export class DetachedStartError extends Error {
  override name = 'DetachedStartError';
  readonly exitCode: number;
  constructor(exitCode: number, detail: string) {
    super(detail);
    this.exitCode = exitCode;
  }
}

export type StopResult =
  | { stopped: true; pid: number; forced: boolean }
  | { stopped: false; reason: 'no-file' | 'stale'; pid?: number };

/**
 * Stops the sandbox a PID file names: SIGTERM, a wait until the process is gone (SIGKILL after 10 s),
 * and the file removed. Nothing running is not an error: a CI clean-up step runs whatever happened.
 */
export async function stopSandbox(pidFile: string): Promise<StopResult> {
  const content = await readPidFile(pidFile);
  if (content === undefined) return { stopped: false, reason: 'no-file' };
  if (!(await isSandboxProcess(content.pid))) {
    await rm(pidFile, { force: true });
    return { stopped: false, reason: 'stale', pid: content.pid };
  }
  process.kill(content.pid, 'SIGTERM');
  let forced = false;
  if (!(await exitedWithin(content.pid, STOP_TIMEOUT_MS))) {
    forced = true;
    process.kill(content.pid, 'SIGKILL');
    await exitedWithin(content.pid, 2_000);
  }
  await rm(pidFile, { force: true });
  return { stopped: true, pid: content.pid, forced };
}

async function exitedWithin(pid: number, ms: number): Promise<boolean> {
  const deadline = Date.now() + ms;
  while (isAlive(pid)) {
    if (Date.now() > deadline) return false;
    await sleep(POLL_MS);
  }
  return true;
}
