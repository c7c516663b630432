// `volc-sms sandbox --detach` / `--stop` as a CI job uses them: one step starts it in the background and
// returns once it listens, later steps send to it, a last step stops it, and nothing is left behind.
import { spawn } from 'node:child_process';
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { createServer, type AddressInfo, type Server } from 'node:net';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { isAlive } from '../helpers/process-alive.ts';
import { makeTempHome, runCli, type CliRun } from './helpers/cli-process.ts';
import { CODE_TEMPLATE } from './helpers/sandbox-env.ts';

let home: { home: string; cleanup: () => Promise<void> };
const started: number[] = [];
beforeAll(async () => {
  home = await makeTempHome();
});
afterAll(async () => {
  // A failed test must not leave a sandbox running.
  for (const pid of started) if (isAlive(pid)) process.kill(pid, 'SIGKILL');
  await home.cleanup();
});

const SANDBOX_ENV = { VOLCENGINE_ACCESS_KEY: 'AKLTsandbox', VOLCENGINE_SECRET_KEY: 'sandbox-secret' };
const cli = (args: string[], env: Record<string, string> = {}): Promise<CliRun> =>
  runCli(args, { home: home.home, env, timeoutMs: 30_000 });

function listen(port: number): Promise<Server> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.once('error', reject);
    server.listen(port, '127.0.0.1', () => resolve(server));
  });
}

async function freePort(): Promise<number> {
  const server = await listen(0);
  const { port } = server.address() as AddressInfo;
  await new Promise((resolve) => server.close(resolve));
  return port;
}

const pidFileIn = (name: string) => path.join(home.home, name);

describe('volc-sms sandbox --detach / --stop', () => {
  it('starts in the background, serves sends, and --stop leaves the port free and the process gone', async () => {
    const pidFile = pidFileIn('sandbox.pid');
    const log = pidFileIn('sandbox.log');
    const port = await freePort();
    const start = await cli([
      'sandbox',
      '--detach',
      '--pid-file',
      pidFile,
      '--log',
      log,
      '--port',
      String(port),
      '--receipt-delay',
      '0',
    ]);
    expect(start.code, start.stderr).toBe(0);
    const url = `http://127.0.0.1:${port}`;
    expect(start.stdout).toContain(`export VOLC_SMS_ENDPOINT=${url}`);
    const { pid, url: written } = JSON.parse(readFileSync(pidFile, 'utf8')) as { pid: number; url: string };
    started.push(pid);
    expect(written).toBe(url);
    expect(start.stderr).toContain(
      `Sandbox running in the background (pid ${pid}); stop it with: volc-sms sandbox --stop --pid-file ${pidFile}`,
    );
    // The command that started it has exited (runCli waited for it); the sandbox has not.
    expect(isAlive(pid)).toBe(true);
    await expect(listen(port)).rejects.toThrow(/EADDRINUSE/);

    const send = await cli(
      ['send_sms', ...CODE_TEMPLATE, '--mobiles', '13800000000', '--template-param', '{"code":"4711"}'],
      { ...SANDBOX_ENV, VOLC_SMS_ENDPOINT: url },
    );
    expect(send.code, send.stderr).toBe(0);

    const again = await cli(['sandbox', '--detach', '--pid-file', pidFile, '--port', '0']);
    expect(again.code).toBe(2);
    expect(again.stderr).toContain(`names a sandbox that is running (pid ${pid}, ${url})`);

    const stop = await cli(['sandbox', '--stop', '--pid-file', pidFile]);
    expect(stop.code, stop.stderr).toBe(0);
    expect(stop.stderr).toBe(`Sandbox stopped (pid ${pid}).\n`);
    expect(isAlive(pid)).toBe(false);
    expect(existsSync(pidFile)).toBe(false);
    const server = await listen(port); // the port is free again
    await new Promise((resolve) => server.close(resolve));
    const served = readFileSync(log, 'utf8');
    expect(served).toMatch(/POST SendSmsForAgent 200 OK/);
    expect(served).toMatch(/Sandbox stopped \(SIGTERM\)\.\n$/);

    const twice = await cli(['sandbox', '--stop', '--pid-file', pidFile]);
    expect(twice.code).toBe(0);
    expect(twice.stderr).toBe(`No sandbox to stop: ${pidFile} does not exist.\n`);
  }, 90_000); // six CLI processes on a shared machine

  it('a sandbox that cannot listen: --detach exits with its error, and writes no PID file', async () => {
    const busy = await listen(0);
    const { port } = busy.address() as AddressInfo;
    const pidFile = pidFileIn('busy.pid');
    try {
      const start = await cli(['sandbox', '--detach', '--pid-file', pidFile, '--port', String(port)]);
      expect(start.code).toBe(1);
      expect(start.stderr).toMatch(
        new RegExp(`^volc-sms: the sandbox stopped before it listened \\(exit 1\\): .*EADDRINUSE.*${port}`),
      );
      expect(existsSync(pidFile)).toBe(false);
    } finally {
      await new Promise((resolve) => busy.close(resolve));
    }
  });

  it('--stop removes a PID file whose process is gone, without signalling anyone', async () => {
    const gone = spawn(process.execPath, ['-e', '']);
    await new Promise((resolve) => gone.on('exit', resolve));
    const pidFile = pidFileIn('stale.pid');
    writeFileSync(pidFile, JSON.stringify({ pid: gone.pid, url: 'http://127.0.0.1:1' }));
    const stop = await cli(['sandbox', '--stop', '--pid-file', pidFile]);
    expect(stop.code).toBe(0);
    expect(stop.stderr).toBe(`No sandbox was running (pid ${gone.pid} is gone); removed ${pidFile}.\n`);
    expect(existsSync(pidFile)).toBe(false);
  });

  it('names what is missing or wrong, exit 2', async () => {
    const detach = await cli(['sandbox', '--detach']);
    expect([detach.code, detach.stderr]).toEqual([
      2,
      'volc-sms: --detach needs --pid-file FILE. Hint: Add --pid-file, e.g. --detach --pid-file /tmp/sandbox.pid.\n',
    ]);
    const garbage = pidFileIn('garbage.pid');
    writeFileSync(garbage, 'not json');
    const stop = await cli(['sandbox', '--stop', '--pid-file', garbage]);
    expect(stop.code).toBe(2);
    expect(stop.stderr).toContain(`--pid-file ${garbage} is not a PID file written by \`volc-sms sandbox\``);
  });
});
