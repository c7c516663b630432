import { describe, expect, it } from 'vitest';
import { SmsInputError } from '../../src/core/index.ts';
import { commaList, pageSize, parseFlagValues, text, wholeNumber } from '../../src/cli/flag-values.ts';
import { parseFlags, splitCommand } from '../../src/cli/flags.ts';
import { thrown } from '../helpers/thrown.ts';

const SPECS = {
  'sub-account': { type: 'string', description: '' },
  page: { type: 'string', description: '' },
  mobiles: { type: 'string', multiple: true, description: '' },
} as const;

const inputError = (run: () => unknown) => thrown(SmsInputError, run);

describe('splitCommand', () => {
  it('finds the command after global flags and their values', () => {
    expect(splitCommand(['--env-file', 'x.env', '--json', 'list_signature', '--page', '2'])).toEqual({
      command: 'list_signature',
      rest: ['--env-file', 'x.env', '--json', '--page', '2'],
    });
  });

  it('reports no command when only flags are given', () => {
    expect(splitCommand(['--help'])).toEqual({ command: undefined, rest: ['--help'] });
  });
});

describe('parseFlags', () => {
  it('accepts command and global flags anywhere', () => {
    const values = parseFlags(
      ['--json', '--sub-account', '7384ed01', '--mobiles', 'a', '--mobiles', 'b'],
      SPECS,
      'x',
    );
    expect(values).toMatchObject({ json: true, 'sub-account': '7384ed01', mobiles: ['a', 'b'] });
  });

  it('names an unknown flag and points at the command help', () => {
    const error = inputError(() => parseFlags(['--sub-acount', 'x'], SPECS, 'send_sms'));
    expect(error.message).toBe('Unknown flag --sub-acount for send_sms: did you mean --sub-account?');
    expect(error.issues[0]?.field).toBe('--sub-acount');
    expect(error.hint).toBe('Run "volc-sms send_sms --help" for its flags.');
  });

  it('explains a missing value, a stray argument and a value starting with a dash', () => {
    expect(inputError(() => parseFlags(['--page'], SPECS, 'x')).message).toBe('Flag --page needs a value');
    expect(inputError(() => parseFlags(['oops'], SPECS, 'x')).message).toMatch(/Unexpected argument "oops"/);
    expect(inputError(() => parseFlags(['--page', '-1'], SPECS, 'x')).message).toMatch(/--page=VALUE/);
    expect(inputError(() => parseFlags(['--json=yes'], SPECS, 'x')).message).toBe(
      'Flag --json does not take a value',
    );
  });
});

describe('parseFlagValues', () => {
  const schema = {
    page: { type: 'string', description: '', parse: pageSize, default: 20 },
    'sub-accounts': { type: 'string', description: '', parse: commaList },
    signature: { type: 'string', description: '', parse: text },
    port: { type: 'string', description: '', parse: wholeNumber(0, 65_535) },
    'dry-run': { type: 'boolean', description: '' },
    mobiles: { type: 'string', multiple: true, description: '' },
  } as const;

  it('types and defaults the values', () => {
    expect(parseFlagValues(schema, { 'sub-accounts': 'a, b,,c' }, 'x')).toEqual({
      page: 20,
      'sub-accounts': ['a', 'b', 'c'],
    });
    expect(parseFlagValues(schema, { page: '100' }, 'x').page).toBe(100);
  });

  it('trims text, keeps switches and repeated flags as given, and leaves global flags to the context', () => {
    const flags = parseFlagValues(
      schema,
      { signature: ' VolcOps ', port: '0', 'dry-run': true, mobiles: ['a', 'b'], json: true },
      'x',
    );
    // Typed by the specs: a number, a string, a boolean, a list.
    const typed: {
      page: number;
      port: number | undefined;
      signature: string | undefined;
      'dry-run': boolean | undefined;
      mobiles: string[] | undefined;
    } = flags;
    expect(typed).toEqual({ page: 20, port: 0, signature: 'VolcOps', 'dry-run': true, mobiles: ['a', 'b'] });
    expect('json' in flags).toBe(false);
  });

  it('names the flag in each problem', () => {
    const error = inputError(() =>
      parseFlagValues(schema, { page: '101', signature: ' ' }, 'list_signature'),
    );
    expect(error.issues.map((issue) => issue.field)).toEqual(['--page', '--signature']);
    expect(error.message).toBe('--page must be at most 100; --signature must not be empty');
    expect(inputError(() => parseFlagValues(schema, { page: 'ten' }, 'x')).message).toBe(
      '--page must be a whole number',
    );
  });
});
