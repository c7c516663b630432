import { spawn } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { readActionMetadata } from './action-metadata.ts';
import { parseOutputFile } from './output-file.ts';

/**
 * The committed bundle run exactly as the runner runs it: `node dist/action/index.js` with Node 24, INPUT_*
 * for the `with:` block plus action.yml defaults, GITHUB_OUTPUT and GITHUB_STEP_SUMMARY files. After a
 * source change, `npm run package:action` first (CI's check-dist job enforces it).
 */
const ROOT = join(import.meta.dirname, '../../..');
const BUNDLE = join(ROOT, 'dist/action/index.js');
const defaults = Object.fromEntries(
  Object.entries(readActionMetadata(join(ROOT, 'action.yml')).sections['inputs'] ?? {}).flatMap(
    // A `${{ … }}` default is the runner's to expand; a test gives the value itself when it needs one.
    ([name, props]) =>
      props['default'] === undefined || props['default'].includes('${{') ? [] : [[name, props['default']]],
  ),
);

/** `INPUT_` + name upper-cased, spaces to `_`, dashes kept: how the runner passes a `with:` entry. */
export function inputVariableName(name: string): string {
  return `INPUT_${name.replace(/ /g, '_').toUpperCase()}`;
}

export interface StepResult {
  code: number | null;
  stdout: string;
  stderr: string;
  outputs: Record<string, string>;
  summary: string;
  /** stdout without the `::add-mask::` commands, which the runner consumes and never prints. */
  printed: string;
}

export function runStep(
  inputs: Record<string, string>,
  extraEnv: NodeJS.ProcessEnv = {},
): Promise<StepResult> {
  const dir = mkdtempSync(join(tmpdir(), 'volc-sms-step-'));
  const outputFile = join(dir, 'output');
  const summaryFile = join(dir, 'summary');
  writeFileSync(outputFile, '');
  writeFileSync(summaryFile, '');
  const env: NodeJS.ProcessEnv = {
    PATH: process.env['PATH'],
    HOME: dir,
    GITHUB_OUTPUT: outputFile,
    GITHUB_STEP_SUMMARY: summaryFile,
    ...extraEnv,
  };
  for (const [name, value] of Object.entries({ ...defaults, ...inputs }))
    env[inputVariableName(name)] = value;
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [BUNDLE], { env, stdio: ['ignore', 'pipe', 'pipe'] });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (chunk: Buffer) => (stdout += chunk.toString()));
    child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
    child.on('error', reject);
    child.on('close', (code) =>
      resolve({
        code,
        stdout,
        stderr,
        outputs: parseOutputFile(readFileSync(outputFile, 'utf8')),
        summary: readFileSync(summaryFile, 'utf8'),
        printed: stdout
          .split('\n')
          .filter((line) => !line.startsWith('::add-mask::'))
          .join('\n'),
      }),
    );
  });
}
