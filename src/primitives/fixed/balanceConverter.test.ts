import { fc, test } from '@fast-check/vitest';
import { describe, expect, it } from 'vitest';
import { InvalidInputError } from '../common/errors.js';
import { fixedToU128, UNIT, u128ToFixed } from './balanceConverter.js';
import { ONE, U64F64 } from './fixed.js';
import { fromF64 } from './float.js';

describe('u128 → U64F64 → u128 vectors (economy §1.5)', () => {
  it.each([
    [100_000_000_000n, 0x1ad7f29abcan, '0.0000000999999999999482205', 99_999_999_999n],
    [10n ** 18n, 0x10000000000000000n, '1', 10n ** 18n],
    [10n ** 17n, 0x1999999999999999n, '0.0999999999999999999674', 99_999_999_999_999_999n],
    [12_500_011_800_000_000n, 0x3333365e16fecd8n, '0.0125000117999999999472', 12_500_011_799_999_999n],
    [
      123_456_000_000_000_000_000n,
      0x7b74bc6a7ef9db22bcn,
      '123.4559999999999999988',
      123_455_999_999_999_999_998n,
    ],
  ])('%s → 0x%s (%s…) → %s', (x, bits, decimalPrefix, back) => {
    expect(u128ToFixed(x)).toBe(bits);
    expect(fixedToU128(bits)).toBe(back);
    // The spec's decimal column is a truncated exact expansion: the exact value lies within its last digit.
    const [int, frac = ''] = decimalPrefix.split('.');
    const lo = BigInt(int + frac) << 64n;
    const scaled = bits * 10n ** BigInt(frac.length);
    expect(scaled - lo >= 0n && scaled - lo < ONE).toBe(true);
  });
});

describe('U64F64 (from f64) → u128 vectors (economy §1.5)', () => {
  it.each([
    [1.0, 0x10000000000000000n, 1_000_000_000_000_000_000n],
    [0.1, 0x1999999999999a00n, 100_000_000_000_000_005n],
    [123.456, 0x7b74bc6a7ef9dc0000n, 123_456_000_000_000_003_069n],
    [50.1, 0x3219999999999a0000n, 50_100_000_000_000_001_421n],
  ])('%s = 0x%s → %s', (f, bits, u) => {
    expect(fromF64(U64F64, f)).toBe(bits);
    expect(fixedToU128(bits)).toBe(u);
  });
});

describe('balance converter edges (economy §1.5)', () => {
  it('keeps the low 64 bits exact even when their fractional part exceeds 1.0', () => {
    // 2^64 − 1 fungible units = 18.446744073709551615 CC, computed entirely from `low`.
    expect(u128ToFixed((1n << 64n) - 1n)).toBe((((1n << 64n) - 1n) << 64n) / UNIT);
  });
  it('saturates at the U64F64 maximum and rejects non-u128 input', () => {
    expect(u128ToFixed((1n << 128n) - 1n)).toBe(U64F64.max);
    expect(fixedToU128(U64F64.max)).toBe(18_446_744_073_709_551_615_999_999_999_999_999_999n);
    expect(() => u128ToFixed(-1n)).toThrow(InvalidInputError);
    expect(() => u128ToFixed(1n << 128n)).toThrow(InvalidInputError);
    expect(() => fixedToU128(-1n)).toThrow(InvalidInputError);
  });
  it('the high part goes through the truncated factor floor(2^126/10^18)·4 (lossy)', () => {
    // 2^64 fungible units: exact would be 2^128/10^18 raw; the truncated factor gives less.
    const viaFactor = ((1n << 126n) / UNIT) * 4n;
    expect(u128ToFixed(1n << 64n)).toBe(viaFactor);
    const lost = (1n << 128n) / UNIT - viaFactor;
    expect(lost >= 1n && lost < 4n).toBe(true);
  });
});

describe('balance converter round trips (economy §1.5, §10 item 12)', () => {
  // Below this, u128ToFixed does not saturate (x < 10^18 · 2^64, i.e. the whole U64F64 range).
  const amount = fc.bigInt({ min: 0n, max: UNIT * (1n << 64n) - 1n });
  test.prop([amount])(
    'u128 → fixed → u128 never gains and loses at most ⌈(4·(x>>64)+1)·10^18/2^64⌉ + 1',
    (x) => {
      const back = fixedToU128(u128ToFixed(x));
      expect(back).toBeLessThanOrEqual(x);
      const rawLoss = 4n * (x >> 64n) + 1n;
      expect(x - back).toBeLessThanOrEqual(((rawLoss * UNIT) >> 64n) + 2n);
    },
  );
  test.prop([amount])('amounts below 2^64 units (≈ 18.4 CC) lose at most 1 unit', (x) => {
    const small = x & ((1n << 64n) - 1n);
    const back = fixedToU128(u128ToFixed(small));
    expect(small - back >= 0n && small - back <= 1n).toBe(true);
  });
  test.prop([fc.bigInt({ min: 0n, max: U64F64.max })])(
    'fixed → u128 → fixed never gains and loses at most 19 + 4·(u>>64) + 1 raw units',
    (bits) => {
      const u = fixedToU128(bits);
      const back = u128ToFixed(u);
      expect(back).toBeLessThanOrEqual(bits);
      expect(bits - back).toBeLessThanOrEqual(20n + 4n * (u >> 64n));
    },
  );
  test.prop([fc.bigInt({ min: 0n, max: U64F64.max }), fc.bigInt({ min: 0n, max: U64F64.max })])(
    'fixedToU128 is monotonic',
    (a, b) => {
      const [lo, hi] = a <= b ? [a, b] : [b, a];
      expect(fixedToU128(lo)).toBeLessThanOrEqual(fixedToU128(hi));
    },
  );
});
