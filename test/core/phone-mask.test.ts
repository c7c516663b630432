import { createHash, randomUUID } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { maskPhonesInText } from '../../src/core/sending/phone-mask.ts';

describe('maskPhonesInText: every spelling of a number is masked', () => {
  it.each([
    ['13800000000', '138****0000'],
    ['138 0000 0000', '138****0000'],
    ['138-0000-0000', '138****0000'],
    ['138.0000.0000', '138****0000'],
    ['+8613800000000', '138****0000'],
    ['8613800000000', '138****0000'],
    ['008613800000000', '138****0000'],
    ['0086 138 0000 0000', '138****0000'],
    ['+86 138 0000 0000', '138****0000'],
    ['+86-138-0000-0000', '138****0000'],
    ['(+86) 138 0000 0000', '138****0000'],
    ['(+86)13800000000', '138****0000'],
    ['+86 (138) 0000-0000', '138****0000'],
    ['+6598620548', '+65****0548'],
    ['+65 6466 5541', '+65****5541'],
    ['+65-6466-5541', '+65****5541'],
    ['(+65) 6466 5541', '+65****5541'],
    ['0065 6466 5541', '+65****5541'],
    ['006564665541', '+65****5541'],
    ['+1 (415) 555-2671', '+14****2671'],
    ['+44 7911 123456', '+44****3456'],
  ])('%s → %s', (spelling, masked) => {
    expect(maskPhonesInText(`to ${spelling}: failed`)).toBe(`to ${masked}: failed`);
    expect(maskPhonesInText(spelling)).toBe(masked);
  });

  it('masks numbers in prose, lists, JSON text and Chinese text, and next to a short word', () => {
    expect(maskPhonesInText('bad number 13812345678 and +8613812345679, +6598620548')).toBe(
      'bad number 138****5678 and 138****5679, +65****0548',
    );
    expect(maskPhonesInText('{"Mobile":"13800000000"}')).toBe('{"Mobile":"138****0000"}');
    expect(maskPhonesInText('手机号13800000000发送失败')).toBe('手机号138****0000发送失败');
    expect(maskPhonesInText('13800000000,13900000001;138 0000 0002')).toBe(
      '138****0000,139****0001;138****0002',
    );
    // A typed lookup is not an identifier: short runs of letters do not protect a number.
    expect(maskPhonesInText('log a13512345678')).toBe('log a135****5678');
    // A separated international number followed by more digits: the number is the leading groups.
    expect(maskPhonesInText('+65 6466 5541 2 failed')).toBe('+65****5541 2 failed');
    expect(maskPhonesInText('+1 13800000000')).toBe('+1 138****0000');
  });

  it('is idempotent: masked text stays as it is', () => {
    const once = maskPhonesInText('138 0000 0000, +65 6466 5541, 0086 13900000000');
    expect(maskPhonesInText(once)).toBe(once);
    expect(once).toBe('138****0000, +65****5541, 139****0000');
  });
});

describe('maskPhonesInText: identifiers, digests, times and counts are never touched', () => {
  it.each([
    'request 202404252055144D6C4FB9957172CF8034',
    'request 202612021422318E0A0079D68ECC652255',
    'digest ab13812345678cdef0123456789abcdef',
    'sha256 0f13812345678a9b8c7d6e5f4a3b2c1d0e9f8a7b6c5d4e3f2a1b0c9d8e7f6a5b',
    'message 4efcee32-7f06-494d-aa49-a13812345678',
    'message 4EFCEE32-7F06-494D-AA49-13812345678B',
    'sent at 1796192561906 ms',
    'epoch 1796192561',
    'digits 138000000001 and 113800000000',
    'at 2026-12-02 05:00:40 and 2026-12-02T05:00:40+08:00',
    'timestamp 20261202142241',
    'endpoint http://127.0.0.1:18787 and proxy 138.100.100.10:3128',
    'version 1.13.8, count 1380, +1 2026-12-02, UTC+08:00',
    'masked 138****0000 and +65****5541',
    'total 13 sent, 8 delivered, 0000 failed',
  ])('%s', (text) => {
    expect(maskPhonesInText(text)).toBe(text);
  });

  it('leaves every SHA-256 digest and UUID as it is, also those with a mobile-shaped run inside', () => {
    const mobileShaped = /(?<!\d)1[3-9]\d{9}(?!\d)/;
    let shaped = 0;
    for (let i = 0; i < 20_000; i++) {
      const digest = createHash('sha256').update(String(i)).digest('hex');
      if (mobileShaped.test(digest)) shaped++;
      expect(maskPhonesInText(`sha ${digest}.`)).toBe(`sha ${digest}.`);
      expect(maskPhonesInText(digest.toUpperCase())).toBe(digest.toUpperCase());
      const uuid = randomUUID();
      expect(maskPhonesInText(uuid)).toBe(uuid);
    }
    // The sample holds digests that the old pattern (digits only around the number) masked.
    expect(shaped).toBeGreaterThan(20);
  });
});
