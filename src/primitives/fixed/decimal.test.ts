import { fc, test } from '@fast-check/vitest';
import { describe, expect, it } from 'vitest';
import { InvalidInputError } from '../common/errors.js';
import { formatFixed, parseFixed } from './decimal.js';
import { I64F64, ONE, U64F64 } from './fixed.js';
import { fromF64 } from './float.js';

describe('formatFixed vectors (economy §1.4)', () => {
  it.each([
    // Verified (Rust `serialize_fixed_works`)
    [I64F64, fromF64(I64F64, 18.68087768554687), '18.6808776855468714473'],
    [I64F64, fromF64(I64F64, 0.6808776855468714), '0.6808776855468714473'],
    [I64F64, ONE, '1'],
    // Derived
    [I64F64, 0x1e3f0a8a973n, '0.0000001126760788207'],
    [U64F64, 0x53e2d6238da4n, '0.000005'],
    [U64F64, 0x80000000000b5fd8n, '0.50000000000004040995'],
  ])('%s 0x%s → %s', (t, bits, text) => {
    expect(formatFixed(t, bits)).toBe(text);
    expect(parseFixed(t, text)).toBe(bits);
  });

  it('prints integers without a point, negatives with a sign, and the range ends', () => {
    expect(formatFixed(U64F64, 0n)).toBe('0');
    expect(formatFixed(I64F64, -3n * ONE)).toBe('-3');
    expect(formatFixed(I64F64, -ONE / 2n)).toBe('-0.5');
    expect(formatFixed(I64F64, I64F64.min)).toBe('-9223372036854775808');
    expect(formatFixed(U64F64, U64F64.max)).toBe('18446744073709551615.99999999999999999995');
    expect(formatFixed(U64F64, 1n)).toBe('0.00000000000000000005');
    expect(formatFixed(I64F64, -1n)).toBe('-0.00000000000000000005');
  });

  it('picks the candidate nearest the exact value among equally short ones', () => {
    // 1 raw unit = 5.42101086242752217…e-20: both 0.00000000000000000005 and …06 are 20 digits; 5 is nearer.
    expect(formatFixed(U64F64, 1n)).toBe('0.00000000000000000005');
    // 3 raw units = 1.626303258728256651…e-19: 19 digits cannot round-trip (…01/…02 are ≥ 2.6e-20 away),
    // 20 digits: 0.00000000000000000016 (nearer) vs …17 (also round-trips)
    expect(formatFixed(U64F64, 3n)).toBe('0.00000000000000000016');
  });

  it('rejects values outside the type', () => {
    expect(() => formatFixed(U64F64, -1n)).toThrow(InvalidInputError);
  });
});

describe('parseFixed (economy §1.4)', () => {
  it('rounds the exact rational to nearest, ties to even', () => {
    expect(parseFixed(U64F64, '0.000005')).toBe(0x53e2d6238da4n);
    // 2^-65 is exactly half a unit: ties to even → 0; 3·2^-65 (1.5 units) → 2; a hair above half → 1
    const halfUnit = '0.00000000000000000002710505431213761085018632002174854278564453125';
    const threeHalves = '0.00000000000000000008131516293641283255055896006524562835693359375';
    expect(parseFixed(U64F64, halfUnit)).toBe(0n);
    expect(parseFixed(U64F64, `${halfUnit}1`)).toBe(1n);
    expect(parseFixed(U64F64, halfUnit.replace(/5$/, '4'))).toBe(0n);
    expect(parseFixed(U64F64, threeHalves)).toBe(2n);
    expect(parseFixed(U64F64, threeHalves.replace(/5$/, '4'))).toBe(1n);
    expect(parseFixed(I64F64, `-${halfUnit}`)).toBe(0n);
    expect(parseFixed(I64F64, `-${threeHalves}`)).toBe(-2n);
  });

  it('accepts sign, integer-only and fraction-only forms', () => {
    expect(parseFixed(I64F64, '-1.5')).toBe(-(3n * ONE) / 2n);
    expect(parseFixed(U64F64, '+2')).toBe(2n * ONE);
    expect(parseFixed(U64F64, '007.25000')).toBe(ONE * 7n + ONE / 4n);
    expect(parseFixed(U64F64, '.5')).toBe(ONE / 2n);
    expect(parseFixed(I64F64, '-9223372036854775808')).toBe(I64F64.min);
    expect(parseFixed(I64F64, '0.000048135220872218395')).toBe(887938100361295n); // economy §2.4 rate
  });

  it.each(['', ' 1', '1 ', '.', '-', '1e5', '0x10', '1,5', '1.2.3', 'abc', 'NaN', '--1'])(
    'rejects %j with InvalidInputError naming the input',
    (text) => {
      expect(() => parseFixed(U64F64, text)).toThrow(InvalidInputError);
      expect(() => parseFixed(U64F64, text)).toThrow(JSON.stringify(text));
    },
  );

  it('rejects negatives for U64F64 and out-of-range values', () => {
    expect(() => parseFixed(U64F64, '-1')).toThrow(/unsigned/);
    expect(() => parseFixed(U64F64, '-0')).toThrow(InvalidInputError);
    expect(() => parseFixed(U64F64, '18446744073709551616')).toThrow(/range/);
    expect(parseFixed(U64F64, '18446744073709551615.99999999999999999997')).toBe(U64F64.max);
    // rounds up to 2^64, which does not fit
    expect(() => parseFixed(U64F64, '18446744073709551615.99999999999999999999')).toThrow(/range/);
    expect(() => parseFixed(I64F64, '9223372036854775808')).toThrow(/range/);
    expect(() => parseFixed(I64F64, '-9223372036854775808.00000000000000000003')).toThrow(/range/);
  });

  it('names the field in the error', () => {
    expect(() => parseFixed(U64F64, 'x', 'principal')).toThrow(/^principal: /);
  });
});

describe('decimal round trip properties (economy §1.4)', () => {
  const u64f64 = fc.bigInt({ min: U64F64.min, max: U64F64.max });
  const i64f64 = fc.bigInt({ min: I64F64.min, max: I64F64.max });
  // Values with few significant bits exercise short outputs and exact ties in the search.
  const shortBits = fc
    .tuple(fc.bigInt({ min: 0n, max: (1n << 40n) - 1n }), fc.integer({ min: 0, max: 87 }))
    .map(([m, s]) => m << BigInt(s));

  test.prop([u64f64])('parse(format(x)) == x for U64F64', (x) => {
    expect(parseFixed(U64F64, formatFixed(U64F64, x))).toBe(x);
  });
  test.prop([i64f64])('parse(format(x)) == x for I64F64', (x) => {
    expect(parseFixed(I64F64, formatFixed(I64F64, x))).toBe(x);
  });
  test.prop([shortBits])('parse(format(x)) == x for short bit patterns', (x) => {
    expect(parseFixed(U64F64, formatFixed(U64F64, x))).toBe(x);
  });

  test.prop([u64f64])('the output is shortest: dropping the last digit never round-trips', (x) => {
    const s = formatFixed(U64F64, x);
    const [int, frac = ''] = s.split('.');
    expect(frac.length).toBeLessThanOrEqual(20);
    expect(frac.endsWith('0')).toBe(false);
    if (frac.length === 0) return;
    // Both neighbours with one digit fewer (truncated, and truncated + 1 ulp) must map elsewhere.
    const k = frac.length - 1;
    const lo = BigInt(int + frac.slice(0, k));
    for (const d of [lo, lo + 1n]) {
      const text = d.toString().padStart(k + 1, '0');
      const candidate = k === 0 ? text : `${text.slice(0, text.length - k)}.${text.slice(text.length - k)}`;
      let parsed: bigint | undefined;
      try {
        parsed = parseFixed(U64F64, candidate);
      } catch {
        parsed = undefined;
      }
      expect(parsed).not.toBe(x);
    }
  });

  test.prop([fc.bigInt({ min: 0n, max: 10n ** 19n }), fc.integer({ min: 0, max: 25 })])(
    'format(parse(s)) is never longer than s (for a canonical decimal s)',
    (digits, k) => {
      const text = digits.toString().padStart(k + 1, '0');
      const s = k === 0 ? text : `${text.slice(0, text.length - k)}.${text.slice(text.length - k)}`;
      const bits = parseFixed(U64F64, s);
      const out = formatFixed(U64F64, bits);
      const fracLen = (v: string) => (v.split('.')[1] ?? '').length;
      expect(fracLen(out)).toBeLessThanOrEqual(fracLen(s));
    },
  );
});
