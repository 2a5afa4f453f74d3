import { fc, test } from '@fast-check/vitest';
import { describe, expect, it } from 'vitest';
import { ArithmeticOverflowError, InvalidInputError } from '../common/errors.js';
import type { OnboardingExponent } from '../scale/onboarding.js';
import { InvalidExponentError } from './errors.js';
import { DEFAULT_ONBOARDING_EXPONENT, isValidExponent, validateExponent } from './exponent.js';
import { communityWeight } from './weight.js';

const ONE = 1n << 64n;

/** The spec prints weights cut after the digits shown (7.36806299728… → "7.3680629972"). */
function truncatedDecimal(bits: bigint, fracDigits: number): string {
  const frac = ((bits & (ONE - 1n)) * 10n ** BigInt(fracDigits)) >> 64n;
  return `${bits >> 64n}.${frac.toString().padStart(fracDigits, '0')}`;
}

describe('worked-example weights (economy §9.12)', () => {
  // [community, N, α = 1/2, α = 1, α = 0, α = 1/3 as printed]
  const rows: [string, bigint, bigint, bigint, bigint, string][] = [
    ['C1', 400n, 20n, 400n, 1n, '7.3680629972'],
    ['C2', 100n, 10n, 100n, 1n, '4.6415888336'],
    ['C3', 25n, 5n, 25n, 1n, '2.9240177382'],
    ['C4', 9n, 3n, 9n, 1n, '2.0800838230'],
  ];
  it.each(rows)('%s (N = %s)', (_name, n, half, one, zero, third) => {
    expect(communityWeight(n, [1, 2])).toBe(half * ONE);
    expect(communityWeight(n, [1, 1])).toBe(one * ONE);
    expect(communityWeight(n, [0, 1])).toBe(zero * ONE);
    expect(truncatedDecimal(communityWeight(n, [1, 3]), 10)).toBe(third);
  });

  it('C1 at α = 1/3 is 0x75e396068304be1e3', () => {
    expect(communityWeight(400n, [1, 3])).toBe(0x75e396068304be1e3n);
  });

  it('C5 (N = 0) weighs nothing at any α', () => {
    for (const e of [
      [1, 2],
      [1, 1],
      [0, 1],
      [1, 3],
    ] as OnboardingExponent[])
      expect(communityWeight(0n, e)).toBe(0n);
  });
});

describe('more weight vectors, α = 1/2 (economy §9.12)', () => {
  const rows: [bigint, bigint][] = [
    [2n, 0x16a09e667f3bcc908n],
    [400n, 20n * ONE],
  ];
  it.each(rows)('N = %s → %s', (n, w) => expect(communityWeight(n, DEFAULT_ONBOARDING_EXPONENT)).toBe(w));

  it('N = 2 is within 2^-64 below √2 = 1.41421356237309504880…', () => {
    const w = communityWeight(2n, [1, 2]);
    const sqrt2 = 141421356237309504880n; // · 10^-20
    const diff = sqrt2 * ONE - w * 10n ** 20n; // (√2 − w/2^64) · 2^64 · 10^20, up to the printed precision
    expect(diff > 0n && diff < 10n ** 20n).toBe(true);
  });
});

describe('exponent constraints (economy §9.4, §9.6 InvalidExponent)', () => {
  const valid: [number, number][] = [
    [0, 1],
    [1, 1],
    [1, 2],
    [1, 3],
    [2, 3],
    [0, 8],
    [3, 8],
    [8, 8],
  ];
  const invalid: [number, number][] = [
    [1, 0],
    [0, 0],
    [2, 1],
    [1, 9],
    [9, 8],
    [-1, 2],
    [1.5, 2],
    [1, 2.5],
  ];
  it.each(valid)('%i/%i is allowed', (num, den) => {
    expect(isValidExponent([num, den])).toBe(true);
    expect(() => validateExponent([num, den])).not.toThrow();
  });
  it.each(invalid)('%s/%s is InvalidExponent', (num, den) => {
    expect(isValidExponent([num, den])).toBe(false);
    expect(() => communityWeight(4n, [num, den])).toThrow(InvalidExponentError);
  });
  it('defaults to 1/2', () => expect(DEFAULT_ONBOARDING_EXPONENT).toEqual([1, 2]));
});

describe('weights overflow (economy §9.10)', () => {
  it('N < 2^64 keeps w < 2^128 even at α = 1', () => {
    const n = ONE - 1n;
    expect(communityWeight(n, [1, 1])).toBe(n * ONE);
    expect(communityWeight(n, [1, 1]) < 1n << 128n).toBe(true);
  });
  it('N = 2^64 at α = 1 would not fit a u128', () => {
    expect(() => communityWeight(ONE, [1, 1])).toThrow(ArithmeticOverflowError);
  });
  it('the largest u128 count still has a √-weight', () => {
    expect(communityWeight((1n << 128n) - 1n, [1, 2])).toBe((1n << 128n) - 1n);
  });
  it('refuses counts that are not u128', () => {
    expect(() => communityWeight(-1n, [1, 2])).toThrow(InvalidInputError);
    expect(() => communityWeight(1n << 128n, [1, 2])).toThrow(InvalidInputError);
  });
});

const exponentArb = fc
  .integer({ min: 1, max: 8 })
  .chain((den) => fc.tuple(fc.integer({ min: 0, max: den }), fc.constant(den)));
const countArb = fc.bigInt({ min: 0n, max: (1n << 63n) - 1n });

describe('weight properties (economy §9.3)', () => {
  test.prop([countArb, exponentArb])('non-negative and the floor of N^α · 2^64', (n, [num, den]) => {
    const w = communityWeight(n, [num, den]);
    expect(w >= 0n).toBe(true);
    if (n === 0n) return;
    const target = n ** BigInt(num) * 2n ** (64n * BigInt(den));
    expect(w ** BigInt(den) <= target).toBe(true);
    expect((w + 1n) ** BigInt(den) > target).toBe(true);
  });

  test.prop([countArb, exponentArb, fc.integer({ min: 2, max: 4 })])(
    'unreduced fractions give the same weight as reduced ones (k·num / k·den)',
    (n, [num, den], k) => {
      fc.pre(den * k <= 8);
      expect(communityWeight(n, [num * k, den * k])).toBe(communityWeight(n, [num, den]));
    },
  );

  test.prop([countArb, countArb, exponentArb])('non-decreasing in N', (a, b, e) => {
    const [lo, hi] = a <= b ? [a, b] : [b, a];
    expect(communityWeight(lo, e) <= communityWeight(hi, e)).toBe(true);
  });

  test.prop([fc.bigInt({ min: 1n, max: (1n << 63n) - 1n }), exponentArb, exponentArb])(
    'non-decreasing in α for N ≥ 1, between 1 (α = 0) and N (α = 1)',
    (n, a, b) => {
      const [lo, hi] = a[0] * b[1] <= b[0] * a[1] ? [a, b] : [b, a];
      expect(communityWeight(n, lo) <= communityWeight(n, hi)).toBe(true);
      expect(communityWeight(n, [0, 1])).toBe(ONE);
      expect(communityWeight(n, [1, 1])).toBe(n * ONE);
    },
  );

  test.prop([fc.bigInt({ min: 1n, max: (1n << 63n) - 1n }), fc.integer({ min: 1, max: 8 })])(
    'α = 0 gives every eligible community weight exactly 1.0, whatever the denominator',
    (n, den) => {
      expect(communityWeight(n, [0, den])).toBe(ONE);
    },
  );
});
