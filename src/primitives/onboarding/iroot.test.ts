import { fc, test } from '@fast-check/vitest';
import { describe, expect, it } from 'vitest';
import { InvalidInputError } from '../common/errors.js';
import { iroot } from './iroot.js';

describe('iroot: exact floor of the n-th root (economy §9.3)', () => {
  const rows: [x: bigint, n: number, root: bigint][] = [
    [0n, 1, 0n],
    [0n, 5, 0n],
    [1n, 8, 1n],
    [12345678901234567890n, 1, 12345678901234567890n],
    [3n, 2, 1n],
    [4n, 2, 2n],
    [8n, 2, 2n],
    [9n, 2, 3n],
    [26n, 3, 2n],
    [27n, 3, 3n],
    [28n, 3, 3n],
    [255n, 8, 1n],
    [256n, 8, 2n],
    [(1n << 128n) - 1n, 2, (1n << 64n) - 1n],
    [1n << 128n, 2, 1n << 64n],
    [10n ** 24n - 1n, 3, 10n ** 8n - 1n],
    [10n ** 24n, 3, 10n ** 8n],
  ];
  it.each(rows)('iroot(%s, %i) = %s', (x, n, root) => expect(iroot(x, n)).toBe(root));

  it('refuses negative radicands and degrees below 1', () => {
    expect(() => iroot(-1n, 2)).toThrow(InvalidInputError);
    expect(() => iroot(4n, 0)).toThrow(InvalidInputError);
    expect(() => iroot(4n, 1.5)).toThrow(InvalidInputError);
  });

  test.prop([fc.bigInt({ min: 0n, max: 1n << 1600n }), fc.integer({ min: 1, max: 8 })])(
    'r^n ≤ x < (r+1)^n',
    (x, n) => {
      const r = iroot(x, n);
      const k = BigInt(n);
      expect(r >= 0n).toBe(true);
      expect(r ** k <= x).toBe(true);
      expect((r + 1n) ** k > x).toBe(true);
    },
  );

  test.prop([fc.bigInt({ min: 0n, max: 1n << 200n }), fc.integer({ min: 1, max: 8 })])(
    'perfect powers are found exactly',
    (r, n) => {
      expect(iroot(r ** BigInt(n), n)).toBe(r);
    },
  );
});
