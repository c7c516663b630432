import { mkdtemp, readFile, rm, stat, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { batchCsv, SmsInputError, type BatchCsvRow } from '../../../src/core/index.ts';
import { MobileNumberSet } from '../../../src/core/internal.ts';

const text = async (
  rows: Iterable<BatchCsvRow> | AsyncIterable<BatchCsvRow>,
  variables: string[],
  duplicates?: 'error' | 'skip',
) => {
  const csv = batchCsv(rows, { variables, duplicates });
  let out = '';
  for await (const piece of csv) out += piece;
  return { out, stats: csv.stats };
};

const refused = async (rows: BatchCsvRow[], variables: string[]) => {
  const error = await text(rows, variables).then(
    () => undefined,
    (err: unknown) => err,
  );
  expect(error).toBeInstanceOf(SmsInputError);
  return error as SmsInputError;
};

describe('batchCsv', () => {
  it('writes the header then one row a number, values in template order, quoted where needed', async () => {
    const { out, stats } = await text(
      [
        { mobile: '+86 138-0000-0000', params: { order: 'A1', name: 'Li' } },
        { mobile: '13900000001', params: { name: 'Wang, "Jr"', order: 'B2' } },
        { mobile: '13700000002', params: { name: '王\n五', order: 'C3' } },
      ],
      ['name', 'order'],
    );
    expect(out).toBe(
      'phone,name,order\r\n13800000000,Li,A1\r\n13900000001,"Wang, ""Jr""",B2\r\n13700000002,"王\n五",C3\r\n',
    );
    expect(stats).toEqual({ rows: 3, bytes: Buffer.byteLength(out), duplicates: 0 });
  });

  it('writes `phone` alone for a fixed template, from an async source', async () => {
    async function* numbers() {
      yield { mobile: '13800000000' };
      yield { mobile: '13800000001' };
    }
    expect((await text(numbers(), [])).out).toBe('phone\r\n13800000000\r\n13800000001\r\n');
  });

  it('refuses a repeated number, or skips it when asked (one message for all)', async () => {
    const rows = [{ mobile: '13800000000' }, { mobile: '+8613800000000' }, { mobile: '13800000001' }];
    const error = await refused(rows, []);
    expect(error.message).toBe('batch file: #2 138****0000: repeats an earlier row; give each number once');
    const { out, stats } = await text(rows, [], 'skip');
    expect(out).toBe('phone\r\n13800000000\r\n13800000001\r\n');
    expect(stats.duplicates).toBe(1);
  });

  it('names the row of a bad number, never the full number', async () => {
    const bad = await refused([{ mobile: '13800000000' }, { mobile: '1380000' }], []);
    expect(bad.message).toMatch(/^batch file: #2 /);
    const abroad = await refused([{ mobile: '+6598620548' }], []);
    expect(abroad.message).toBe('batch file: #1 +65****0548: the batch engine takes mainland mobiles only');
    expect(abroad.hint).toMatch(/--engine direct/);
    expect(abroad.message + abroad.hint).not.toContain('98620548');
  });

  it('refuses missing, empty, non-string and unknown variables without repeating a value', async () => {
    const variables = ['code'];
    expect((await refused([{ mobile: '13800000000' }], variables)).message).toMatch(
      /variable "code" has no value/,
    );
    expect((await refused([{ mobile: '13800000000', params: { code: ' ' } }], variables)).message).toMatch(
      /variable "code" is empty/,
    );
    expect(
      (await refused([{ mobile: '13800000000', params: { code: 7 as unknown as string } }], variables))
        .message,
    ).toMatch(/variable "code" is not a string/);
    const extra = await refused(
      [{ mobile: '13800000000', params: { code: '1', secret: 'hunter2' } }],
      variables,
    );
    expect(extra.message).toBe(
      'batch file: #1 138****0000: "secret" is not a variable of the template (its variables: code)',
    );
    expect(extra.message).not.toContain('hunter2');
  });

  it('refuses an empty recipient list and a header that cannot be', async () => {
    expect((await refused([], [])).message).toBe('batch file: a batch task needs at least one recipient');
    expect(() => batchCsv([], { variables: ['phone'] })).toThrow(SmsInputError);
    expect(() => batchCsv([], { variables: ['a', 'a'] })).toThrow(SmsInputError);
  });

  it('stops at the 50 MiB the service takes', async () => {
    const long = 'x'.repeat(1000);
    function* rows() {
      for (let i = 0; i < 60_000; i++)
        yield { mobile: `138${String(i).padStart(8, '0')}`, params: { v: long } };
    }
    const error = await text(rows(), ['v']).catch((err: unknown) => err as SmsInputError);
    expect(error).toBeInstanceOf(SmsInputError);
    expect((error as SmsInputError).message).toBe(
      // 9 header bytes + 51,704 rows of 1,014 fit; the next one would pass 52,428,800.
      "batch file: #51705 138****1704: the file would pass the service's 52428800 bytes (50 MiB)",
    );
  });

  it('gives the same text as a Node stream', async () => {
    const rows = [{ mobile: '13800000000', params: { v: '1' } }];
    let streamed = '';
    for await (const piece of batchCsv(rows, { variables: ['v'] }).toReadable()) streamed += piece;
    expect(streamed).toBe((await text(rows, ['v'])).out);
  });
});

describe('BatchCsv.writeFile', () => {
  it('writes the same text to a new file only this user can read, and refuses an existing one', async () => {
    const dir = await mkdtemp(path.join(tmpdir(), 'batch-csv-'));
    try {
      const file = path.join(dir, 'r.csv');
      function* rows() {
        for (let i = 0; i < 20_000; i++)
          yield { mobile: `138${String(i).padStart(8, '0')}`, params: { v: `值${i}` } };
      }
      const stats = await batchCsv(rows(), { variables: ['v'] }).writeFile(file);
      const written = await readFile(file, 'utf8');
      expect(written).toBe((await text(rows(), ['v'])).out);
      expect(stats).toMatchObject({ rows: 20_000, bytes: Buffer.byteLength(written) });
      expect((await stat(file)).mode & 0o777).toBe(0o600);
      await writeFile(path.join(dir, 'taken.csv'), 'x');
      await expect(
        batchCsv(rows(), { variables: ['v'] }).writeFile(path.join(dir, 'taken.csv')),
      ).rejects.toThrow(/EEXIST/);
    } finally {
      await rm(dir, { recursive: true, force: true });
    }
  });
});

describe('MobileNumberSet', () => {
  it('agrees with a Set over clustered and spread numbers, across growth and the 2^32 boundaries', () => {
    const ours = new MobileNumberSet();
    const reference = new Set<number>();
    let seed = 7;
    const random = () => (seed = (seed * 1103515245 + 12345) % 2 ** 31);
    const values = [2 ** 34, 2 ** 34 - 1, 2 ** 34 + 1, 3 * 2 ** 32];
    for (let i = 0; i < 30_000; i++) values.push(13_800_000_000 + (random() % 40_000));
    for (let i = 0; i < 30_000; i++) values.push(13_000_000_000 + random() * 3 + (random() % 3));
    for (const value of [...values, ...values.slice(0, 100)]) {
      expect(ours.add(value)).toBe(!reference.has(value));
      reference.add(value);
    }
    expect(ours.size).toBe(reference.size);
  });
});
