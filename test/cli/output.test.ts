import { describe, expect, it } from 'vitest';
import { mobilesFromText, splitMobilesFlag } from '../../src/cli/mobiles-file.ts';
import { formatRate, maskedMobile, pagingFooter, reviewStatus } from '../../src/cli/output/format.ts';
import { renderKeyValues, renderTable } from '../../src/cli/output/table.ts';
import { displayWidth, truncateToWidth } from '../../src/cli/output/text-width.ts';

describe('tables', () => {
  it('aligns columns by display width, CJK counting double', () => {
    const text = renderTable(
      [
        { header: 'Signature', value: (row: { s: string; n?: number }) => row.s },
        { header: 'Count', value: (row) => row.n },
      ],
      [{ s: '火山引擎', n: 3 }, { s: 'VolcOps' }],
    );
    expect(text).toBe('SIGNATURE  COUNT\n火山引擎   3\nVolcOps    -\n');
  });

  it('cuts long text to the column limit with an ellipsis', () => {
    expect(displayWidth('您的验证码是')).toBe(12);
    expect(truncateToWidth('您的验证码是123456', 9)).toBe('您的验证…');
    expect(truncateToWidth('short', 9)).toBe('short');
  });

  it('aligns key/value labels', () => {
    expect(
      renderKeyValues([
        ['Sent', 3],
        ['Delivered', undefined],
      ]),
    ).toBe('Sent:       3\nDelivered:  -\n');
  });
});

describe('formatting', () => {
  it('masks numbers that are not masked yet and keeps masked ones', () => {
    expect(maskedMobile('13800000000')).toBe('138****0000');
    expect(maskedMobile('138****0000')).toBe('138****0000');
    expect(maskedMobile('')).toBeUndefined();
  });

  it('shows rates, statuses and paging', () => {
    expect(formatRate(0.875)).toBe('87.5%');
    expect(reviewStatus(3)).toBe('approved');
    expect(reviewStatus('9')).toBe('9');
    expect(pagingFooter(20, 45, 1, 20, 'signatures')).toBe(
      'Signatures 1–20 of 45 (page 1). Next page: --page 2.',
    );
    expect(pagingFooter(5, 45, 3, 20, 'signatures')).toBe('Signatures 41–45 of 45 (page 3).');
    expect(pagingFooter(0, 0, 1, 20, 'signatures')).toBe('No signatures found.');
  });
});

describe('mobiles files', () => {
  it('reads one number per line, skipping blanks and comments', () => {
    expect(mobilesFromText('13800000000\n\n# team\n+86 139 0000 0001\r\n')).toEqual([
      '13800000000',
      '+86 139 0000 0001',
    ]);
  });

  it('takes the named column of a CSV and skips its header', () => {
    expect(mobilesFromText('\uFEFFname,phone\nAda,13800000000\n"Bo","13900000001"\n')).toEqual([
      '13800000000',
      '13900000001',
    ]);
    expect(mobilesFromText('手机号\n13800000000')).toEqual(['13800000000']);
  });

  it('keeps the first row when it holds a number', () => {
    expect(mobilesFromText('13800000000,Ada\n13900000001,Bo')).toEqual(['13800000000', '13900000001']);
  });
});

describe('--mobiles', () => {
  it('splits on commas and keeps a number written with spaces whole', () => {
    expect(splitMobilesFlag('+86 138 0013 8000, 13900000001;13700000002')).toEqual([
      '+86 138 0013 8000',
      '13900000001',
      '13700000002',
    ]);
  });

  it('splits space-separated numbers when the whole is not one number', () => {
    expect(splitMobilesFlag('13800000000 13900000001，13700000002')).toEqual([
      '13800000000',
      '13900000001',
      '13700000002',
    ]);
  });
});

describe('mobiles files with quoted CSV fields', () => {
  it('keeps a quoted name with a comma in its own column', () => {
    expect(mobilesFromText('name,mobile\n"Li, Lei",13800000000\n')).toEqual(['13800000000']);
  });
});
