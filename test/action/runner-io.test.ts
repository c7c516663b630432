import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { createRunnerIo, escapeCommandData, inputVariableName } from '../../src/action/runner-io.ts';
import { parseOutputFile } from './helpers/output-file.ts';

function harness(env: NodeJS.ProcessEnv) {
  const written: string[] = [];
  let exitCode: number | undefined;
  const io = createRunnerIo({
    env,
    write: (text) => void written.push(text),
    setExitCode: (code) => {
      exitCode = code;
    },
  });
  return { io, written, exitCode: () => exitCode };
}

describe('runner io', () => {
  it('reads INPUT_* with the runner name mangling: upper case, spaces to _, dashes kept, trimmed', () => {
    expect(inputVariableName('phone-numbers')).toBe('INPUT_PHONE-NUMBERS');
    expect(inputVariableName('my input')).toBe('INPUT_MY_INPUT');
    const { io } = harness({ 'INPUT_PHONE-NUMBERS': '  13800000000\n', INPUT_PHONE_NUMBERS: 'wrong' });
    expect(io.getInput('phone-numbers')).toBe('13800000000');
    expect(io.getInput('mode')).toBe('');
  });

  it('appends outputs to GITHUB_OUTPUT as heredocs that survive multi-line values', () => {
    const dir = mkdtempSync(join(tmpdir(), 'volc-sms-io-'));
    const file = join(dir, 'output');
    writeFileSync(file, '');
    const { io, written } = harness({ GITHUB_OUTPUT: file });
    io.setOutput('results', '[{"mobile":"138****0000"}]');
    io.setOutput('multi', 'line one\nline two\n');
    const text = readFileSync(file, 'utf8');
    expect(text).toMatch(/^results<<ghadelimiter_[0-9a-f-]{36}\n/);
    expect(parseOutputFile(text)).toEqual({
      results: '[{"mobile":"138****0000"}]',
      multi: 'line one\nline two\n',
    });
    expect(written).toEqual([]);
  });

  it('falls back to the set-output command outside a runner', () => {
    const { io, written } = harness({});
    io.setOutput('sent-count', '2\n');
    expect(written).toEqual(['::set-output name=sent-count::2%0A\n']);
  });

  it('appends the job summary to GITHUB_STEP_SUMMARY and ignores it when absent', () => {
    const dir = mkdtempSync(join(tmpdir(), 'volc-sms-io-'));
    const file = join(dir, 'summary');
    const { io } = harness({ GITHUB_STEP_SUMMARY: file });
    io.appendSummary('### one');
    io.appendSummary('two\n');
    expect(readFileSync(file, 'utf8')).toBe('### one\ntwo\n');
    expect(() => harness({}).io.appendSummary('ignored')).not.toThrow();
  });

  it('masks with add-mask, escaping so a secret cannot inject a second command', () => {
    const { io, written } = harness({});
    io.setSecret('s3cr%t\n::error::x');
    io.setSecret('');
    expect(written).toEqual(['::add-mask::s3cr%25t%0A::error::x\n']);
    expect(escapeCommandData('a\r\nb%')).toBe('a%0D%0Ab%25');
  });

  it('setFailed prints an error annotation and sets exit code 1; warning does not', () => {
    const { io, written, exitCode } = harness({});
    io.warning('careful');
    expect(exitCode()).toBeUndefined();
    io.setFailed('Invalid input mode: must be send or stats\nsecond line');
    expect(exitCode()).toBe(1);
    expect(written).toEqual([
      '::warning::careful\n',
      '::error::Invalid input mode: must be send or stats%0Asecond line\n',
    ]);
  });
});
