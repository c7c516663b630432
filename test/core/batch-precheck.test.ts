// The batch file rules (reference §3.3) of the core's streamed precheck: its CSV reader, its duplicate
// set past the point where it grows, and every defect named with its line.
import { describe, expect, it } from 'vitest';
import { precheckBatchCsv } from '../../src/core/index.ts';
import type { BatchPrecheck } from '../../src/core/index.ts';

/** A batch file fed in small chunks, so cells and quotes straddle chunk boundaries. */
async function check(
  text: string | Uint8Array,
  variableNames: string[] = ['version'],
  chunk = 7,
): Promise<BatchPrecheck> {
  const bytes = typeof text === 'string' ? new TextEncoder().encode(text) : text;
  async function* stream() {
    for (let i = 0; i < bytes.length; i += chunk) yield bytes.subarray(i, i + chunk);
  }
  return precheckBatchCsv({ stream: stream(), name: 'numbers.csv' }, { variableNames });
}

describe('precheckBatchCsv', () => {
  it('reads quotes, doubled quotes, newlines inside quotes, CRLF and a BOM', async () => {
    const result = await check(
      '\ufeffphone,version\r\n13800000000,"1,2"\r\n"+8613800000001","say ""hi""\nnow"\r\n13800000002,3',
    );
    expect(result).toMatchObject({ ok: true, issueCount: 0 });
    expect(result.report).toMatchObject({
      columns: ['phone', 'version'],
      totalCount: 3,
      validCount: 3,
      dupCount: 0,
    });
    expect(result.report.fileSha256).toMatch(/^[0-9a-f]{64}$/);
  });

  it('names each defect with its line, masks numbers, and counts them all', async () => {
    const rows = [
      'phone,version',
      '13800000000,1',
      '8613800000001,1',
      '1380000000,1',
      '13800000000,2',
      ',',
      '13800000003,',
      '13800000004,1,2',
    ];
    const result = await check(rows.join('\n'));
    expect(result.ok).toBe(false);
    expect(result.issues).toEqual([
      {
        field: 'line 3 phone',
        message: '"861****0001" is not a mainland mobile (1[3-9] and 9 digits, +86 allowed)',
      },
      {
        field: 'line 4 phone',
        message: '"138****0000" is not a mainland mobile (1[3-9] and 9 digits, +86 allowed)',
      },
      { field: 'line 5 phone', message: '138****0000 is on an earlier line too' },
      { field: 'line 6 row', message: 'is blank' },
      { field: 'line 7 version', message: 'is empty' },
      { field: 'line 8 row', message: 'has 3 cells, the header 2' },
    ]);
    expect(result.report).toMatchObject({ totalCount: 7, validCount: 1, invalidCount: 5, dupCount: 1 });
    expect(JSON.stringify(result)).not.toContain('13800000000');
  });

  it('refuses a header other than phone and the variables in order, and a file with no rows', async () => {
    expect((await check('phone,name,version\n13800000000,a,b', ['version', 'name'])).issues[0]).toEqual({
      field: 'line 1 header',
      message: 'is "phone,name,version", the template needs "phone,version,name"',
    });
    expect((await check('phone,version\n')).issues[0]?.message).toContain(
      'none: the file needs 1 to 1,000,000 numbers',
    );
  });

  it('refuses broken CSV with its line, XLSX and bytes that are not UTF-8', async () => {
    await expect(check('phone,version\n13800000000,"open\n13800000001,2')).rejects.toThrow(
      /line 2: a quote is never closed/,
    );
    await expect(check('phone,version\n13800000000,a"b')).rejects.toThrow(
      /line 2: a quote inside an unquoted cell/,
    );
    await expect(check(new Uint8Array([0x50, 0x4b, 0x03, 0x04, 0, 0]))).rejects.toThrow(/XLSX/);
    await expect(check(new Uint8Array([0x70, 0x68, 0x6f, 0x6e, 0x65, 0x0a, 0xff, 0xfe]), [])).rejects.toThrow(
      /not UTF-8/,
    );
  });

  it('finds a duplicate among 200,000 numbers, past the point where its set grows', async () => {
    const lines = ['phone'];
    for (let i = 0; i < 200_000; i++) lines.push(`139${String(i * 37).padStart(8, '0')}`);
    lines.push(lines[150_001] as string);
    const result = await check(lines.join('\n'), [], 1 << 16);
    expect(result.report).toMatchObject({ totalCount: 200_001, validCount: 200_000, dupCount: 1 });
    expect(result.issues).toEqual([
      { field: 'line 200002 phone', message: expect.stringMatching(/is on an earlier line too$/) },
    ]);
  });
});
