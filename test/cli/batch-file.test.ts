import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { SmsInputError } from '../../src/core/index.ts';
import { batchFromCsv, batchFromJson, readBatchFile } from '../../src/cli/batch-file.ts';
import { parseCsv } from '../../src/cli/csv.ts';
import { thrown } from '../helpers/thrown.ts';

let dir: string;
beforeAll(async () => {
  dir = await mkdtemp(path.join(tmpdir(), 'volc-sms-batch-'));
});
afterAll(() => rm(dir, { recursive: true, force: true }));

const inputError = (run: () => unknown) => thrown(SmsInputError, run);

describe('parseCsv', () => {
  it('reads quoted fields with separators, quotes and newlines; skips blank lines', () => {
    expect(
      parseCsv('\uFEFFmobile,name\r\n13800000000,"Li, Lei"\n\n13900000001,"say ""hi""\nthere"\n'),
    ).toEqual([
      ['mobile', 'name'],
      ['13800000000', 'Li, Lei'],
      ['13900000001', 'say "hi"\nthere'],
    ]);
  });

  it('detects tab and semicolon separated exports', () => {
    expect(parseCsv('mobile\tcode\n13800000000\t1234')).toEqual([
      ['mobile', 'code'],
      ['13800000000', '1234'],
    ]);
    expect(parseCsv('phone;code\n13800000000;1234')).toEqual([
      ['phone', 'code'],
      ['13800000000', '1234'],
    ]);
  });
});

describe('batch files', () => {
  it('CSV: the header names the phone column and the template variables', () => {
    expect(batchFromCsv('name,mobile\nLi,13800000000\nWang,13900000001\n', 'f.csv')).toEqual([
      { mobile: '13800000000', params: { name: 'Li' } },
      { mobile: '13900000001', params: { name: 'Wang' } },
    ]);
  });

  it('CSV: names a missing phone column and rows of the wrong width', () => {
    expect(inputError(() => batchFromCsv('who,code\nLi,1', 'f.csv')).message).toMatch(
      /names no phone column/,
    );
    const error = inputError(() => batchFromCsv('mobile,code\n13800000000\n13900000001,1,2\n', 'f.csv'));
    expect(error.message).toBe(
      '--file f.csv: line 2 has 1 fields, the header 2; line 3 has 3 fields, the header 2',
    );
  });

  it('JSON: mobile and params per message; values must be strings', () => {
    expect(batchFromJson('[{"mobile":"13800000000","params":{"code":"1234"}}]', 'f.json')).toEqual([
      { mobile: '13800000000', params: { code: '1234' } },
    ]);
    const error = inputError(() =>
      batchFromJson('[{"mobile":"13800000000","params":{"code":1234}}]', 'f.json'),
    );
    expect(error.message).toMatch(/message 1 params\.code: values must be strings/);
    expect(inputError(() => batchFromJson('[]', 'f.json')).message).toMatch(/holds no messages/);
    expect(inputError(() => batchFromJson('{"mobile":"1"}', 'f.json')).message).toMatch(
      /must be a JSON array/,
    );
    const several = inputError(() =>
      batchFromJson('[{"mobile":""},{"phone":"1"},"x",{"mobile":"1","params":[1]},{"mobile":2}]', 'f.json'),
    );
    expect(several.issues.map((issue) => issue.message)).toEqual([
      'message 1 mobile: must not be empty',
      'message 2: unknown field "phone" (only mobile, params)',
      'message 3: must be an object {"mobile": "…", "params": {…}}',
      'message 4 params: must be an object of template values',
      'message 5 mobile: must be a string',
    ]);
    expect(inputError(() => batchFromJson('[{"mobile"', 'f.json')).message).toMatch(/is not valid JSON/);
  });

  it('picks the format by content or extension and names a missing file', async () => {
    const json = path.join(dir, 'list.txt');
    await writeFile(json, ' [{"mobile":"13800000000"}]');
    expect(await readBatchFile(json)).toEqual([{ mobile: '13800000000', params: {} }]);
    const csv = path.join(dir, 'list.csv');
    await writeFile(csv, 'mobile,code\n13800000000,42\n');
    expect(await readBatchFile(csv)).toEqual([{ mobile: '13800000000', params: { code: '42' } }]);
    await expect(readBatchFile(path.join(dir, 'nope.csv'), 'nope.csv')).rejects.toThrow(
      '--file nope.csv: no such file',
    );
  });
});

describe('CSV through csv-parse', () => {
  it('an unclosed quote is refused with the line it opens on, not read as one long field', () => {
    const text = 'mobile,code\n13800000000,1111\n\n13900000001,"2222\n13700000002,3333\n13600000003,4444\n';
    const error = inputError(() => batchFromCsv(text, 'team.csv'));
    expect(error.message).toMatch(/^--file team\.csv: line 4: a quoted field opens here and never closes/);
    expect(error.issues[0]?.field).toBe('--file:4');
  });

  it('text after a closing quote is refused with its line', () => {
    const error = inputError(() => batchFromCsv('mobile,name\n13800000000,"Li" Lei\n', 'x.csv'));
    expect(error.message).toMatch(/line 2: text after a closing quote/);
  });

  it('rows keep the line they start on, also after a field with newlines', () => {
    const text = 'mobile,note\n13800000000,"two\nlines"\n13900000001\n';
    const error = inputError(() => batchFromCsv(text, 'x.csv'));
    expect(error.message).toContain('line 4 has 1 fields, the header 2');
  });

  it('the separator is found outside quotes in the header', () => {
    expect(parseCsv('"mobile,number";code\n13800000000;1234')).toEqual([
      ['mobile,number', 'code'],
      ['13800000000', '1234'],
    ]);
  });

  it('a stray quote inside an unquoted field is text (O"Brien)', () => {
    expect(parseCsv('mobile,name\n13800000000,O"Brien\n')).toEqual([
      ['mobile', 'name'],
      ['13800000000', 'O"Brien'],
    ]);
  });
});
