import { fc, test } from '@fast-check/vitest';
import { describe, expect, it } from 'vitest';
import { fromHex } from '../common/bytes.js';
import { RandomNumberGenerator } from '../random/rng.js';
import {
  checkedCeilDivision,
  checkedModInv,
  findPrimeBelow,
  findRandomCoprimeBelow,
  gcd,
  isPrime,
} from './numberTheory.js';

const ENCOINTER_SEED = fromHex('0xc99e635ccf5cb922349838610c360563af999e2d9bf9232c10241216bdf1c70e');

describe('number-theory helpers (ceremonies §9.2)', () => {
  it.each([
    [0n, false],
    [1n, false],
    [2n, true],
    [3n, true],
    [113n, true],
    [114n, false],
    [115n, false],
  ])('is_prime(%s) = %s', (n, expected) => {
    expect(isPrime(n)).toBe(expected);
  });

  it.each([
    [0n, 2n],
    [1n, 2n],
    [5n, 5n],
    [10n, 7n],
    [118n, 113n],
    [113n, 113n],
    [29n, 29n],
    [6n, 5n],
    [2n, 2n],
    [28n, 23n],
    [11n, 11n],
    [14n, 13n],
    [39n, 37n],
  ])('find_prime_below(%s) = %s', (n, expected) => {
    expect(findPrimeBelow(n)).toBe(expected);
  });

  it('QUIRK 3: find_prime_below is inclusive and returns 2 for n ≤ 2', () => {
    expect(findPrimeBelow(113n)).toBe(113n);
    expect(findPrimeBelow(3n)).toBe(3n);
    expect(findPrimeBelow(0n)).toBe(2n);
  });

  it.each([
    [2n, 7n, 4n],
    [69n, 113n, 95n],
    [111n, 113n, 56n],
  ])('checked_mod_inv(%s, %s) = %s', (a, m, expected) => {
    expect(checkedModInv(a, m)).toBe(expected);
  });

  it('checked_mod_inv fails outside i64 instead of overflowing', () => {
    expect(checkedModInv(1n << 63n, 7n)).toBeUndefined();
  });

  it.each([
    [2n, 7n, 1n],
    [0n, 1n, 0n],
    [3n, 9n, 3n],
    [8n, 36n, 4n],
    [8n, 1n, 1n],
  ])('gcd(%s, %s) = %s', (a, b, expected) => {
    expect(gcd(a, b)).toBe(expected);
  });

  it.each([
    [6n, 4n, 2n],
    [12n, 3n, 4n],
    [0n, 0n, undefined],
  ])('checked_ceil_division(%s, %s) = %s', (a, b, expected) => {
    expect(checkedCeilDivision(a, b)).toBe(expected);
  });

  it('checked_ceil_division fails on u64 overflow', () => {
    expect(checkedCeilDivision((1n << 64n) - 1n, 2n)).toBeUndefined();
  });

  test.prop([fc.uint8Array({ minLength: 32, maxLength: 32 })])(
    'find_random_coprime_below(i) is coprime to i for every i in 2..100, whatever the seed',
    (seed) => {
      const rng = new RandomNumberGenerator(seed);
      for (let i = 2n; i < 100n; i++) {
        const x = findRandomCoprimeBelow(i, rng);
        expect(x >= 1n && x < i).toBe(true);
        expect(gcd(x, i)).toBe(1n);
      }
    },
  );
});

describe('find_random_coprime_below with the encointer seed (ceremonies §9.1 derived)', () => {
  it('10 → 7, then on the same RNG 12 → 1, 2 → 1, 1 → 0', () => {
    const rng = new RandomNumberGenerator(ENCOINTER_SEED);
    expect(findRandomCoprimeBelow(10n, rng)).toBe(7n);
    expect(findRandomCoprimeBelow(12n, rng)).toBe(1n);
    expect(findRandomCoprimeBelow(2n, rng)).toBe(1n);
    expect(findRandomCoprimeBelow(1n, rng)).toBe(0n);
  });

  it('QUIRK 4: it draws the full permutation (ub − 1 picks) even when the first element is coprime', () => {
    const rng = new RandomNumberGenerator(ENCOINTER_SEED);
    findRandomCoprimeBelow(10n, rng);
    // picks pick_usize(8) … pick_usize(0): 8 one-byte draws, and pick_usize(0) takes none
    expect(rng.offset).toBe(8);
  });

  it('ub ≤ 2 consumes no randomness', () => {
    const rng = new RandomNumberGenerator(ENCOINTER_SEED);
    findRandomCoprimeBelow(0n, rng);
    findRandomCoprimeBelow(2n, rng);
    expect(rng.offset).toBe(0);
  });
});

describe('number-theory properties (ceremonies §4)', () => {
  const smallPrimes = [2n, 3n, 5n, 7n, 11n, 13n, 17n, 19n, 23n, 29n, 31n, 37n, 41n, 43n, 47n];

  test.prop([fc.bigInt({ min: 0n, max: 5000n })])(
    'is_prime agrees with trial division by small primes',
    (n) => {
      const composite = smallPrimes.some((p) => p < n && n % p === 0n);
      if (n < 2n) expect(isPrime(n)).toBe(false);
      else if (composite) expect(isPrime(n)).toBe(false);
      else if (n < 47n * 47n) expect(isPrime(n)).toBe(true);
    },
  );

  test.prop([fc.bigInt({ min: 3n, max: 100_000n })])(
    'find_prime_below(n) is a prime ≤ n with none between',
    (n) => {
      const p = findPrimeBelow(n);
      expect(p <= n && isPrime(p)).toBe(true);
      for (let q = p + 1n; q <= n; q++) expect(isPrime(q)).toBe(false);
    },
  );

  test.prop([fc.constantFrom(7n, 113n, 2753n, 7919n), fc.bigInt({ min: 1n, max: 7918n })])(
    'checked_mod_inv gives a true inverse modulo a prime',
    (m, a0) => {
      const a = (a0 % (m - 1n)) + 1n;
      const inv = checkedModInv(a, m)!;
      expect(inv >= 0n && inv < m).toBe(true);
      expect((a * inv) % m).toBe(1n);
    },
  );
});
