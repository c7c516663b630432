import { describe, expect, it } from 'vitest';
import { maskPhone, normalizePhone, splitPhoneList } from '../../src/core/sending/phone.ts';

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

describe('normalizePhone: what is wrong, in words that survive masking', () => {
  it.each([
    ['+4915112345678901', '16 digits: a phone number has at most 15 (E.164)'],
    ['0044207946095812345', '17 digits: a phone number has at most 15 (E.164)'],
    ['1380000000', '10 digits: not an 11-digit mainland mobile (1[3-9]…)'],
    ['12800000000', '11 digits starting 12: mainland mobiles start 13–19'],
    ['+86138000000', '+86 and 9 digits: a +86 number must be an 11-digit mobile starting 13–19'],
    ['+65986205481234', '14 digits: not a valid international number for SG (E.164)'],
  ])('%s → %s', (input, reason) => {
    const result = normalizePhone(input);
    expect(result.ok).toBe(false);
    expect(!result.ok && result.reason).toContain(reason);
  });
  it('15 digits are still fine where the country allows them', () => {
    expect(normalizePhone('+14155552671')).toEqual({ ok: true, mobile: '+14155552671' });
  });
});
