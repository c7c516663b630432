import { describe, expect, it } from 'vitest';
import { renderTable } from '../../src/cli/output/table.ts';
import { displayWidth, padToWidth, truncateToWidth } from '../../src/cli/output/text-width.ts';

// Terminal cells as a terminal draws them (string-width): what a table's alignment rests on.
const red = (text: string) => `\u001b[31m${text}\u001b[39m`;
const link = (text: string) => `\u001b]8;;https://example.com\u0007${text}\u001b]8;;\u0007`;

describe('display width', () => {
  it.each([
    ['ASCII', 'VolcOps', 7],
    ['CJK', '火山引擎', 8],
    ['fullwidth punctuation', '【火山】', 8],
    ['an emoji', '👍', 2],
    ['an emoji with its variation selector', '❤️', 2],
    ['a ZWJ sequence', '👩‍💻', 2],
    ['a flag', '🇨🇳', 2],
    ['a skin tone', '👋🏽', 2],
    ['a combining accent', 'e\u0301', 1],
    ['a colour code around CJK', red('火山'), 4],
    ['a hyperlink (OSC 8)', link('docs'), 4],
    ['nothing', '', 0],
  ])('counts %s', (_, text, cells) => {
    expect(displayWidth(text)).toBe(cells);
  });

  it('pads to a width in cells', () => {
    expect(padToWidth('👍', 4)).toBe('👍  ');
    expect(padToWidth(red('ok'), 4)).toBe(`${red('ok')}  `);
  });
});

describe('truncateToWidth', () => {
  it('cuts whole clusters only, with an ellipsis', () => {
    expect(truncateToWidth('您的验证码是123456', 9)).toBe('您的验证…');
    expect(truncateToWidth('ab👩‍💻cd', 4)).toBe('ab…');
    expect(truncateToWidth('ab👩‍💻cd', 5)).toBe('ab👩‍💻…');
    expect(truncateToWidth('🇨🇳🇨🇳🇨🇳', 5)).toBe('🇨🇳🇨🇳…');
    expect(truncateToWidth('short', 9)).toBe('short');
  });

  it('keeps every ANSI code, so a colour still ends after the cut', () => {
    expect(truncateToWidth(red('您的验证码是'), 9)).toBe(`\u001b[31m您的验证…\u001b[39m`);
    expect(displayWidth(truncateToWidth(red('您的验证码是'), 9))).toBe(9);
  });
});

describe('tables with emoji, CJK and colour', () => {
  it('aligns every column on cells, not on string length', () => {
    const text = renderTable(
      [
        { header: 'Signature', value: (row: { s: string; n: number }) => row.s },
        { header: 'Count', value: (row) => row.n },
      ],
      [
        { s: '火山引擎', n: 1 },
        { s: '🚀 Launch', n: 2 },
        { s: '👩‍💻 Dev', n: 3 },
        { s: red('Alert'), n: 4 },
      ],
    );
    const lines = text.trimEnd().split('\n');
    // The second column starts at the same cell on every line.
    const starts = lines.map((line) => displayWidth(line.slice(0, line.search(/[0-9A-Z]+$/))));
    expect(new Set(starts).size).toBe(1);
    expect(lines[0]).toBe('SIGNATURE  COUNT');
  });
});
