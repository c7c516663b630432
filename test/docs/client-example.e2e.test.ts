import { execFile } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { promisify } from 'node:util';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startSandbox, type Sandbox } from '../../src/sandbox/index.ts';

const run = promisify(execFile);
const REPO = resolve(import.meta.dirname, '../..');
const TSC = join(REPO, 'node_modules/.bin/tsc');

/** The first ```ts block of docs/client.md: the library example. */
function clientExample(): string {
  const doc = readFileSync(join(REPO, 'docs/client.md'), 'utf8');
  const block = /^```ts\n([\s\S]*?)^```$/m.exec(doc)?.[1];
  if (block === undefined) throw new Error('docs/client.md has no ts code block');
  return block;
}

// The example imports `volc-sms` by name: inside this package, Node and TypeScript resolve that through
// package.json's `exports` (self-reference) to dist/lib, the JS and .d.ts a user of the package gets.
describe("docs/client.md's library example", () => {
  let sandbox: Sandbox;
  let dir: string;
  let home: string;
  let file: string;

  beforeAll(async () => {
    sandbox = await startSandbox({ port: 0, rateLimitQps: 0, receiptDelayMs: 0 });
    mkdirSync(join(REPO, '.tmp'), { recursive: true });
    dir = mkdtempSync(join(REPO, '.tmp', 'client-example-'));
    home = mkdtempSync(join(tmpdir(), 'client-example-home-'));
    file = join(dir, 'example.ts');
    writeFileSync(file, clientExample());
  });
  afterAll(async () => {
    await sandbox?.close();
    rmSync(dir, { recursive: true, force: true });
    rmSync(home, { recursive: true, force: true });
  });

  it('imports the package by its name, not a path into the sources', () => {
    expect(clientExample()).toMatch(/from 'volc-sms';/);
    expect(clientExample()).not.toMatch(/from '\.{1,2}\//);
  });

  it('runs as written against the sandbox and sends to both numbers', async () => {
    const env = {
      PATH: process.env.PATH ?? '',
      HOME: home,
      VOLCENGINE_ACCESS_KEY: sandbox.credentials.accessKeyId,
      VOLCENGINE_SECRET_KEY: sandbox.credentials.secretAccessKey,
      VOLC_SMS_ENDPOINT: sandbox.url,
    };
    const { stdout, stderr } = await run(process.execPath, [file], { env, cwd: dir, timeout: 30_000 });
    expect(stderr).toBe('');
    const received = sandbox.admin.messages();
    expect(received.map((m) => m.mobile).sort()).toEqual(['13800000000', '13900000001']);
    const lines = stdout.trim().split('\n').sort();
    expect(lines).toEqual(received.map((m) => `${m.maskedMobile} sent ${m.messageId}`).sort());
  });

  it('type-checks against the emitted declarations, with their types (not any)', async () => {
    // A consumer's settings: strict, NodeNext, no .ts imports of its own. The appended line must fail to
    // compile: were the declarations not found, `outcome` would be any and nothing would fail.
    const probe = join(dir, 'probe.ts');
    writeFileSync(
      probe,
      `${clientExample()}\nimport type { SendSmsOutcome } from 'volc-sms';\n` +
        `// @ts-expect-error recipients is an array of results, not a number\n` +
        `export const n: number = ({} as SendSmsOutcome).recipients;\n`,
    );
    const flags = ['--noEmit', '--strict', '--module', 'nodenext', '--moduleResolution', 'nodenext'];
    const args = [...flags, '--target', 'es2023', '--types', 'node', '--skipLibCheck', probe];
    const result = await run(TSC, args, { cwd: dir, timeout: 60_000 }).catch(
      (err: { stdout: string }) => err,
    );
    expect(result.stdout).toBe('');
  });
});
