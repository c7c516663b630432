import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseOutputFile } from './helpers/output-file.ts';
import { inputVariableName } from './helpers/run-step.ts';

const CALLS = join(import.meta.dirname, 'helpers/runner-io-calls.ts');

/** The production io (@actions/core) in its own process, as the runner runs it: stdout, files, exit code. */
function runIo(calls: unknown[], env: NodeJS.ProcessEnv = {}) {
  const child = spawnSync(process.execPath, [CALLS, JSON.stringify(calls)], {
    env: { PATH: process.env['PATH'], ...env },
    encoding: 'utf8',
  });
  const lines = child.stdout.split('\n');
  const inputsLine = lines.find((line) => line.startsWith('inputs=')) ?? 'inputs={}';
  return {
    code: child.status,
    stderr: child.stderr,
    inputs: JSON.parse(inputsLine.slice('inputs='.length)) as Record<string, string>,
    /** stdout without the probe's own last line and blank lines. */
    written: lines.filter((line) => line !== '' && !line.startsWith('inputs=')),
  };
}

function tempFile(name: string): string {
  const file = join(mkdtempSync(join(tmpdir(), 'volc-sms-io-')), name);
  writeFileSync(file, '');
  return file;
}

describe('runner io (@actions/core)', () => {
  it('reads INPUT_* with the runner name mangling: upper case, spaces to _, dashes kept, trimmed', () => {
    expect(inputVariableName('phone-numbers')).toBe('INPUT_PHONE-NUMBERS');
    expect(inputVariableName('my input')).toBe('INPUT_MY_INPUT');
    const result = runIo(
      [
        ['getInput', 'phone-numbers'],
        ['getInput', 'my input'],
        ['getInput', 'mode'],
      ],
      { 'INPUT_PHONE-NUMBERS': '  13800000000\n', INPUT_PHONE_NUMBERS: 'wrong', INPUT_MY_INPUT: 'x' },
    );
    expect(result.stderr).toBe('');
    expect(result.inputs).toEqual({ 'phone-numbers': '13800000000', 'my input': 'x', mode: '' });
  });

  it('appends outputs to GITHUB_OUTPUT as heredocs that survive multi-line values', () => {
    const file = tempFile('output');
    const result = runIo(
      [
        ['setOutput', 'results', '[{"mobile":"138****0000"}]'],
        ['setOutput', 'multi', 'line one\nline two\n'],
      ],
      { GITHUB_OUTPUT: file },
    );
    const text = readFileSync(file, 'utf8');
    expect(text).toMatch(/^results<<ghadelimiter_[0-9a-f-]{36}\n/);
    expect(parseOutputFile(text)).toEqual({
      results: '[{"mobile":"138****0000"}]',
      multi: 'line one\nline two\n',
    });
    expect(result.written).toEqual([]);
  });

  it('falls back to the set-output command outside a runner', () => {
    const result = runIo([['setOutput', 'sent-count', '2\n']]);
    expect(result.written).toEqual(['::set-output name=sent-count::2%0A']);
  });

  it('appends the job summary to GITHUB_STEP_SUMMARY and ignores it when absent', () => {
    const file = tempFile('summary');
    runIo(
      [
        ['appendSummary', '### one'],
        ['appendSummary', 'two\n'],
      ],
      { GITHUB_STEP_SUMMARY: file },
    );
    expect(readFileSync(file, 'utf8')).toBe('### one\ntwo\n');
    const outside = runIo([['appendSummary', 'ignored']]);
    expect(outside.code).toBe(0);
    expect(outside.stderr).toBe('');
  });

  it('masks with add-mask, escaping so a secret cannot inject a second command', () => {
    const result = runIo([
      ['setSecret', 's3cr%t\n::error::x'],
      ['setSecret', ''],
    ]);
    expect(result.written).toEqual(['::add-mask::s3cr%25t%0A::error::x']);
    expect(result.code).toBe(0);
  });

  it('setFailed prints an error annotation and sets exit code 1; warning does not', () => {
    const warned = runIo([['warning', 'careful']]);
    expect(warned.code).toBe(0);
    expect(warned.written).toEqual(['::warning::careful']);
    const failed = runIo([
      ['warning', 'careful'],
      ['setFailed', 'Invalid input mode: must be send, batch or stats\nsecond line'],
    ]);
    expect(failed.code).toBe(1);
    expect(failed.written).toEqual([
      '::warning::careful',
      '::error::Invalid input mode: must be send, batch or stats%0Asecond line',
    ]);
  });

  it('an annotation title names the input, escaped as a command property', () => {
    const result = runIo([['setFailed', 'must be true or false', { title: 'Invalid input: launch, wait' }]]);
    expect(result.code).toBe(1);
    expect(result.written).toEqual(['::error title=Invalid input%3A launch%2C wait::must be true or false']);
  });
});
