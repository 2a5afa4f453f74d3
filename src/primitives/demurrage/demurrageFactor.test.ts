import { fc, test } from '@fast-check/vitest';
import { describe, expect, it } from 'vitest';
import { InvalidInputError } from '../common/errors.js';
import { formatFixed } from '../fixed/decimal.js';
import { I64F64, ONE, U64F64 } from '../fixed/fixed.js';
import { demurrageFactor } from './demurrageFactor.js';
import { DEFAULT_DEMURRAGE } from './rate.js';

describe('demurrage factor for the default rate (economy §2.4 table)', () => {
  /** |bits/2^64 − text| < one unit of the last printed digit (the table prints the exact value cut to 20 digits). */
  const nearDecimal = (bits: bigint, text: string): boolean => {
    const [int, frac = ''] = text.split('.');
    const diff = bits * 10n ** BigInt(frac.length) - (BigInt(int + frac) << 64n);
    return (diff < 0n ? -diff : diff) < 1n << 64n;
  };
  it.each([
    ['1', 1n, 0xfffffe1c0f591ff8n, '0.99999988732392752722'],
    ['2', 2n, 0xfffffc381eb5d2c6n, '0.99999977464786775035'],
    ['3', 3n, 0xfffffa542e16186an, '0.99999966197182066937'],
    ['10', 10n, 0xffffed189a1c0f4an, '0.99999887323984658750'],
    ['100', 100n, 0xffff42f643e9a17cn, '0.99998873245559718298'],
    ['14 400 (1 day @6 s)', 14_400n, 0xff95c071655475cen, '0.99837878006413113558'],
    ['100 800 (1 week)', 100_800n, 0xfd1bdea0d92f8d5bn, '0.98870650698625991086'],
    ['432 000 (30 days)', 432_000n, 0xf3d65c268559ccedn, '0.95248962345554062555'],
    ['5 256 000 (365 d)', 5_256_000n, 0x8d97a293e0f5079dn, '0.55309501753159306410'],
    ['6 151 680', 6_151_680n, 0x80000000000b5fd8n, '0.50000000000004040994'],
    ['12 303 360', 12_303_360n, 0x40000000000b5fd6n, '0.25000000000004040984'],
  ])('%s blocks', (_label, n, bits, decimal) => {
    expect(demurrageFactor(DEFAULT_DEMURRAGE, n)).toBe(bits);
    expect(nearDecimal(bits, decimal)).toBe(true);
  });

  it('the §1.4 Display form of the 6 151 680-block factor is 0.50000000000004040995 (table prints …994, cut)', () => {
    expect(formatFixed(U64F64, 0x80000000000b5fd8n)).toBe('0.50000000000004040995');
  });

  it('f(1) equals the closed form floor(2^128 / (2^64 + r + floor(floor(r²/2^64)/2)))', () => {
    const r = DEFAULT_DEMURRAGE;
    expect(demurrageFactor(r, 1n)).toBe((1n << 128n) / (ONE + r + ((r * r) >> 64n) / 2n));
  });

  it('1.0 decays to 0.5 ± 1e-12 after 6 151 680 blocks (Verified)', () => {
    const f = demurrageFactor(DEFAULT_DEMURRAGE, 6_151_680n);
    const diff = f - ONE / 2n;
    expect(diff < 0n ? -diff : diff).toBeLessThan(ONE / 10n ** 12n);
  });

  it('zero blocks or a zero rate give exactly 1.0; the rate sign is ignored', () => {
    expect(demurrageFactor(DEFAULT_DEMURRAGE, 0n)).toBe(ONE);
    expect(demurrageFactor(0n, 1_000_000n)).toBe(ONE);
    expect(demurrageFactor(-DEFAULT_DEMURRAGE, 1n)).toBe(0xfffffe1c0f591ff8n);
    expect(() => demurrageFactor(DEFAULT_DEMURRAGE, -1n)).toThrow(InvalidInputError);
  });
});

describe('overflow and truncation to 0 (economy §2.4; QUIRK economy §10 item 13)', () => {
  const U32_MAX = 0xffff_ffffn;
  it.each([
    ['rate 0.000048135220872218395 over 6 151 680 blocks (x ≈ 296)', 887_938_100_361_295n, 6_151_680n],
    ['rate u32::MAX over u32::MAX blocks', U32_MAX << 64n, U32_MAX],
    ['rate i64::MAX − 1 over 1 block', ((1n << 63n) - 2n) << 64n, 1n],
    ['the most negative rate over 1 block', I64F64.min, 1n],
  ])('%s → 0 (Verified, encointer-node#290)', (_label, rate, n) => {
    expect(demurrageFactor(rate, n)).toBe(0n);
  });

  it('the bound r·n ≥ 42.7095… (raw 0x2ab5a40a0f64ce9a3e) gives 0; just below gives raw 5', () => {
    expect(demurrageFactor(0x2ab5a40a0f64ce9a3en, 1n)).toBe(0n);
    expect(demurrageFactor(0x2ab5a40a0f64ce9a3dn, 1n)).toBe(5n);
    expect(demurrageFactor(40n * ONE, 1n)).toBe(78n); // exp(−40) → raw 78
  });

  it('for the default rate, the factor is 0 from 379 047 042 blocks on', () => {
    expect(demurrageFactor(DEFAULT_DEMURRAGE, 379_047_042n)).toBe(0n);
    expect(demurrageFactor(DEFAULT_DEMURRAGE, 379_047_041n)).toBeGreaterThan(0n);
  });
});

describe('demurrage factor properties', () => {
  const rate = fc.bigInt({ min: 0n, max: ONE });
  const blocks = fc.bigInt({ min: 0n, max: 0xffff_ffffn });
  test.prop([rate, blocks, blocks])('is monotonically non-increasing in blocks', (r, a, b) => {
    const [lo, hi] = a <= b ? [a, b] : [b, a];
    expect(demurrageFactor(r, hi)).toBeLessThanOrEqual(demurrageFactor(r, lo));
  });
  test.prop([rate, blocks])('stays within [0, 1.0]', (r, n) => {
    const f = demurrageFactor(r, n);
    expect(f >= 0n && f <= ONE).toBe(true);
  });
  test.prop([fc.bigInt({ min: 1n, max: 1n << 40n }), fc.bigInt({ min: 0n, max: 1n << 20n })])(
    'is within 1e-15 of Math.exp(−r·n) where the product is representable',
    (r, n) => {
      const f = Number(demurrageFactor(r, n)) / 2 ** 64;
      expect(Math.abs(f - Math.exp((-Number(r) * Number(n)) / 2 ** 64))).toBeLessThan(1e-15);
    },
  );
});
