// docs/action.md's "Try it against the sandbox" block, run as written by a user outside this repository:
// its steps in order on a stand-in runner. `actions/checkout` of volc-sms/volc-sms yields only what the
// repository commits for users (dist/ and action.yml: no node_modules, no sources); `actions/setup-node`
// puts Node 24 on PATH; `run:` steps run in bash as the runner runs them; `uses: volc-sms/volc-sms@v1` runs
// the Action's bundle with INPUT_* variables. Only the port is changed, to one that is free here.
import { spawn } from 'node:child_process';
import { cpSync, existsSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { createServer, type AddressInfo, type Server } from 'node:net';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { inputVariableName } from '../action/helpers/run-step.ts';
import { readActionMetadata } from '../action/helpers/action-metadata.ts';
import { parseOutputFile } from '../action/helpers/output-file.ts';
import { isAlive } from '../helpers/process-alive.ts';

const ROOT = path.join(import.meta.dirname, '../..');
const DOC = readFileSync(path.join(ROOT, 'docs/action.md'), 'utf8');

interface Step {
  if?: string;
  run?: string;
  uses?: string;
  with?: Record<string, string | number | boolean>;
}

interface StepRun {
  code: number | null;
  stdout: string;
  stderr: string;
  outputs: Record<string, string>;
}

/** The first yaml block after the heading: a list of workflow steps. */
function snippet(heading: string): string {
  const at = DOC.indexOf(heading);
  expect(at, `docs/action.md has no "${heading}"`).toBeGreaterThan(-1);
  const block = /```yaml\n([\s\S]*?)```/.exec(DOC.slice(at));
  expect(block, `no yaml block after "${heading}"`).not.toBeNull();
  return block?.[1] ?? '';
}

function listen(port: number): Promise<Server> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.once('error', reject);
    server.listen(port, '127.0.0.1', () => resolve(server));
  });
}

function run(
  command: string,
  args: string[],
  options: { cwd: string; env: NodeJS.ProcessEnv },
): Promise<StepRun> {
  return new Promise((resolve, reject) => {
    const child = spawn(command, args, { ...options, stdio: ['ignore', 'pipe', 'pipe'] });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (chunk: Buffer) => (stdout += chunk.toString()));
    child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
    const timer = setTimeout(() => child.kill('SIGKILL'), 60_000);
    child.on('error', reject);
    child.on('close', (code) => {
      clearTimeout(timer);
      const outputFile = options.env['GITHUB_OUTPUT'];
      const outputs =
        outputFile && existsSync(outputFile) ? parseOutputFile(readFileSync(outputFile, 'utf8')) : {};
      resolve({ code, stdout, stderr, outputs });
    });
  });
}

const workspace = mkdtempSync(path.join(tmpdir(), 'volc-sms-user-workspace-'));
const runnerTemp = mkdtempSync(path.join(tmpdir(), 'volc-sms-runner-temp-'));
let sandboxPid: number | undefined;
afterAll(() => {
  if (sandboxPid !== undefined && isAlive(sandboxPid)) process.kill(sandboxPid, 'SIGKILL');
});

describe('docs/action.md: try it against the sandbox', () => {
  it('runs as written from a checkout of dist/ alone, and its last step stops the sandbox', async () => {
    const probe = await listen(0);
    const port = (probe.address() as AddressInfo).port;
    await new Promise((resolve) => probe.close(resolve));
    const text = snippet('### Try it against the sandbox');
    expect(text).toContain('8787');
    const steps = parse(text.replaceAll('8787', String(port))) as Step[];
    const defaults = Object.fromEntries(
      Object.entries(readActionMetadata(path.join(ROOT, 'action.yml')).sections['inputs'] ?? {}).flatMap(
        ([name, props]) => (props['default'] === undefined ? [] : [[name, props['default']]]),
      ),
    );
    // A runner's PATH without this project's node: only what setup-node adds.
    let PATH = '/usr/local/sbin:/usr/local/bin:/usr/sbin:/usr/bin:/sbin:/bin';
    let checkout: string | undefined;
    const results: Array<{ step: Step; result: StepRun | 'skipped' | 'simulated' }> = [];
    let failed = false;

    for (const [index, step] of steps.entries()) {
      if (failed && step.if !== 'always()') {
        results.push({ step, result: 'skipped' });
        continue;
      }
      const env: NodeJS.ProcessEnv = {
        PATH,
        HOME: runnerTemp,
        RUNNER_TEMP: runnerTemp,
        GITHUB_WORKSPACE: workspace,
      };
      if (step.uses?.startsWith('actions/setup-node@')) {
        expect(String(step.with?.['node-version'])).toBe('24');
        PATH = `${path.dirname(process.execPath)}:${PATH}`;
        results.push({ step, result: 'simulated' });
      } else if (step.uses?.startsWith('actions/checkout@')) {
        expect(step.with?.['repository']).toBe('volc-sms/volc-sms');
        checkout = path.join(workspace, String(step.with?.['path'] ?? ''));
        cpSync(path.join(ROOT, 'dist'), path.join(checkout, 'dist'), { recursive: true });
        cpSync(path.join(ROOT, 'action.yml'), path.join(checkout, 'action.yml'));
        results.push({ step, result: 'simulated' });
      } else if (step.uses?.startsWith('volc-sms/volc-sms@')) {
        expect(checkout, 'the Action is this checkout').toBeDefined();
        const outputFile = path.join(runnerTemp, `output-${index}`);
        writeFileSync(outputFile, '');
        writeFileSync(path.join(runnerTemp, 'summary'), '');
        env['GITHUB_OUTPUT'] = outputFile;
        env['GITHUB_STEP_SUMMARY'] = path.join(runnerTemp, 'summary');
        for (const [name, value] of Object.entries({ ...defaults, ...step.with }))
          env[inputVariableName(name)] = String(value);
        // The runner runs `runs.main` with its own Node 24, from its download of the same repository.
        const result = await run(process.execPath, [path.join(checkout ?? '', 'dist/action/index.js')], {
          cwd: workspace,
          env,
        });
        results.push({ step, result });
        failed ||= result.code !== 0;
      } else if (step.run !== undefined) {
        // GitHub's default shell for `run:` on Linux.
        const result = await run('bash', ['--noprofile', '--norc', '-eo', 'pipefail', '-c', step.run], {
          cwd: workspace,
          env,
        });
        results.push({ step, result });
        failed ||= result.code !== 0;
        const pidFile = path.join(runnerTemp, 'sandbox.pid');
        if (sandboxPid === undefined && existsSync(pidFile))
          sandboxPid = (JSON.parse(readFileSync(pidFile, 'utf8')) as { pid: number }).pid;
      } else {
        throw new Error(`a step this test cannot run: ${JSON.stringify(step)}`);
      }
    }

    const ran = results.map(({ result }) => (typeof result === 'string' ? result : result.code));
    const [start, send, stop] = results.flatMap(({ result }) => (typeof result === 'string' ? [] : [result]));
    expect(start?.code, `${start?.stdout}${start?.stderr}`).toBe(0);
    expect(start?.stdout).toContain(`export VOLC_SMS_ENDPOINT=http://127.0.0.1:${port}`);
    // The send step fails on purpose, as the doc says: one receipt fails (…7). Both were accepted.
    expect(send?.code).toBe(1);
    expect(send?.outputs).toMatchObject({
      'sent-count': '2',
      'delivered-count': '1',
      'delivery-failed-count': '1',
    });
    expect(stop?.code, `${stop?.stdout}${stop?.stderr}`).toBe(0);
    expect(ran).toEqual(['simulated', 'simulated', 0, 1, 0]);
    // The last step showed what the sandbox served and stopped it: process gone, PID file gone, port free.
    expect(stop?.stdout).toMatch(/POST SendSmsForAgent 200 OK/);
    expect(stop?.stderr).toMatch(/^Sandbox stopped \(pid \d+\)\.\n$/);
    expect(sandboxPid).toBeDefined();
    expect(isAlive(sandboxPid ?? 0)).toBe(false);
    expect(existsSync(path.join(runnerTemp, 'sandbox.pid'))).toBe(false);
    const server = await listen(port);
    await new Promise((resolve) => server.close(resolve));
  }, 120_000);
});
