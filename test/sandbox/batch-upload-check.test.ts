// The sandbox's server-side batch file check (batch-csv.ts) on its own, on real files: what an upload
// leaves next to the file, and an upload stored without those facts checked at creation the same way.
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { batchFileCounts, checkStoredUpload, readUploadFacts } from '../../src/sandbox/batch-csv.ts';
import { BusinessError } from '../../src/sandbox/business-error.ts';

const dir = mkdtempSync(join(tmpdir(), 'volc-sms-upload-check-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

async function stored(name: string, text: string) {
  const path = join(dir, name);
  writeFileSync(path, text);
  const paths = { facts: `${path}.facts.json`, rows: `${path}.rows.jsonl` };
  const facts = await checkStoredUpload(path, paths);
  return { facts, paths };
}

const messageOf = (run: () => unknown) => {
  try {
    run();
  } catch (error) {
    expect(error).toBeInstanceOf(BusinessError);
    return (error as Error).message;
  }
  throw new Error('no error');
};

describe('the server-side batch file check', () => {
  it('keeps the header, the counts and the rows to send (phone as 11 digits, first line of a number)', async () => {
    const { facts, paths } = await stored(
      'a.csv',
      '\ufeffphone,version\r\n+8613800000000,"1,0"\r\n8613800000001,1\r\n13800000000,2\r\n13800000002,\r\n13800000003,3',
    );
    expect(facts).toEqual({
      columns: ['phone', 'version'],
      totalCount: 5,
      validCount: 2,
      invalidCount: 2,
      dupCount: 1,
    });
    expect(await readUploadFacts(paths.facts)).toEqual(facts);
    expect(readFileSync(paths.rows, 'utf8')).toBe('["13800000000","1,0"]\n["13800000003","3"]\n');
    expect(batchFileCounts(facts, ['version'])).toEqual({
      totalCount: 5,
      validCount: 2,
      invalidCount: 2,
      dupCount: 1,
    });
  });

  it('a big file waits for the rows file many times without piling listeners on it', async () => {
    // 100,000 rows are ~25 waits for the rows file to drain; a wait that left a listener behind each time
    // passes the stream's limit of 10 and Node warns (MaxListenersExceededWarning).
    const warnings: string[] = [];
    const onWarning = (warning: Error) => void warnings.push(warning.name);
    process.on('warning', onWarning);
    try {
      const lines = ['phone,version'];
      for (let i = 0; i < 100_000; i++) lines.push(`139${String(i).padStart(8, '0')},v`);
      const { facts } = await stored('big.csv', `${lines.join('\n')}\n`);
      expect(facts.validCount).toBe(100_000);
      await new Promise((resolve) => setImmediate(resolve));
    } finally {
      process.off('warning', onWarning);
    }
    expect(warnings).not.toContain('MaxListenersExceededWarning');
  });

  it('holds the stored header to the template, and names a file that cannot be sent', async () => {
    const { facts } = await stored('b.csv', 'phone,version\n13800000000,1\n');
    expect(messageOf(() => batchFileCounts(facts, ['name']))).toMatch(
      /header is "phone,version"; it must be "phone,name"/,
    );
    const none = await stored('c.csv', 'phone,version\n861380000000,1\n');
    expect(messageOf(() => batchFileCounts(none.facts, ['version']))).toMatch(
      /no row can be sent: 1 invalid, 0 repeated numbers/,
    );
    const xlsx = await stored('d.csv', 'PK\u0003\u0004rest');
    expect(xlsx.facts.columns).toBeUndefined();
    expect(messageOf(() => batchFileCounts(xlsx.facts, ['version']))).toMatch(/XLSX/);
    const empty = await stored('e.csv', '');
    expect(messageOf(() => batchFileCounts(empty.facts, ['version']))).toMatch(/no header/);
  });

  it('an upload without facts has none to read', async () => {
    expect(await readUploadFacts(join(dir, 'missing.facts.json'))).toBeUndefined();
  });
});
