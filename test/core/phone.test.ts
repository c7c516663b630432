import { describe, expect, it } from 'vitest';
import { maskPhone, maskPhonesInText, normalizePhone, splitPhoneList } from '../../src/core/phone.ts';

describe('normalizePhone', () => {
  it.each([
    ['13800000000', '13800000000'],
    ['+8613800000000', '13800000000'],
    ['8613800000000', '13800000000'],
    ['008613800000000', '13800000000'],
    ['138 0000 0000', '13800000000'],
    ['138-0000-0000', '13800000000'],
    ['+86 (138) 0000-0000', '13800000000'],
    ['19912345678', '19912345678'],
    ['+6598620548', '+6598620548'],
    ['+65 9862 0548', '+6598620548'],
    ['006598620548', '+6598620548'],
    ['+14155552671', '+14155552671'],
    ['+447911123456', '+447911123456'],
  ])('accepts %s as %s', (input, mobile) => {
    expect(normalizePhone(input)).toEqual({ ok: true, mobile });
  });

  it.each([
    ['', 'empty'],
    ['12800000000', 'mainland'],
    ['1380000000', 'mainland'],
    ['138000000001', 'mainland'],
    ['+8612800000000', '+86'],
    ['+861380000000', '+86'],
    ['6598620548', 'E.164'],
    ['+1234', 'international'],
    ['138abc00000', 'digits'],
  ])('rejects %s with a reason', (input, reasonPart) => {
    const result = normalizePhone(input);
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.reason).toContain(reasonPart);
  });
});

describe('maskPhone', () => {
  it('keeps the first 3 and last 4 characters', () => {
    expect(maskPhone('13800000000')).toBe('138****0000');
    expect(maskPhone('+6598620548')).toBe('+65****0548');
    expect(maskPhone('12345')).toBe('****45');
  });
});

describe('splitPhoneList', () => {
  it('splits on commas, semicolons, newlines, whitespace and full-width separators', () => {
    expect(
      splitPhoneList('13800000000, 13900000000;13700000000\n13600000000 13500000000，13400000000；'),
    ).toEqual(['13800000000', '13900000000', '13700000000', '13600000000', '13500000000', '13400000000']);
    expect(splitPhoneList('  ')).toEqual([]);
  });
});

describe('maskPhonesInText', () => {
  it('masks mobiles and E.164 numbers but not longer digit runs such as request ids', () => {
    expect(maskPhonesInText('bad number 13812345678 and +8613812345679, +6598620548')).toBe(
      'bad number 138****5678 and 138****5679, +65****0548',
    );
    expect(maskPhonesInText('request 202404252055144D6C4FB9957172CF8034')).toBe(
      'request 202404252055144D6C4FB9957172CF8034',
    );
  });
});
