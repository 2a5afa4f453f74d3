// spec: ceremonies §4
/** Number-theory helpers of the assignment maths, on u64 `bigint`s (i64 for the modular inverse). */
import { type RandomNumberGenerator, randomPermutation } from '../random/rng.js';
import { U64_MAX } from './types.js';

const I64_MIN = -(1n << 63n);
const I64_MAX = (1n << 63n) - 1n;
const inI64 = (x: bigint): boolean => x >= I64_MIN && x <= I64_MAX;

/** `ceil(a / b)` as `(a + b − 1) / b`; `undefined` if `b == 0` or `a + b` overflows u64. */
export const checkedCeilDivision = (a: bigint, b: bigint): bigint | undefined => {
  if (b === 0n || a + b > U64_MAX) return undefined;
  return (a + b - 1n) / b;
};

/** Primality by trial division over 6k ± 1. */
export const isPrime = (n: bigint): boolean => {
  if (n <= 3n) return n > 1n;
  if (n % 2n === 0n || n % 3n === 0n) return false;
  if (n < 25n) return true;
  for (let i = 5n; i * i <= n; i += 6n) {
    if (n % i === 0n || n % (i + 2n) === 0n) return false;
  }
  return true;
};

/**
 * The largest prime ≤ n, and 2 for every n ≤ 2.
 * QUIRK: ceremonies §10 item 3 — inclusive despite the name, so a prime n is returned as is.
 */
export const findPrimeBelow = (n: bigint): bigint => {
  if (n <= 2n) return 2n;
  for (let c = n % 2n === 0n ? n - 1n : n; c > 2n; c -= 2n) if (isPrime(c)) return c;
  return 2n;
};

/** Greatest common divisor; 0 if either argument is 0 (not the usual gcd(0, n) = n). */
export const gcd = (a: bigint, b: bigint): bigint => {
  if (a === 0n || b === 0n) return 0n;
  // The reference subtracts repeatedly; remainders reach the same fixed point much faster.
  let [x, y] = [a, b];
  while (y !== 0n) [x, y] = [y, x % y];
  return x;
};

/**
 * A random x in [1, ub) coprime to ub, or 0 for ub ≤ 1 and 1 for ub = 2 (no draws then).
 * QUIRK: ceremonies §10 item 4 — always draws the whole permutation of 1..ub−1 (ub − 1 picks), then scans it.
 */
export const findRandomCoprimeBelow = (upperBound: bigint, rng: RandomNumberGenerator): bigint => {
  if (upperBound <= 1n) return 0n;
  if (upperBound === 2n) return 1n;
  const candidates = Array.from({ length: Number(upperBound - 1n) }, (_, k) => BigInt(k + 1));
  const permuted = randomPermutation(candidates, rng)!;
  return permuted.find((x) => gcd(upperBound, x) === 1n) ?? 1n;
};

/**
 * Modular inverse of `a` mod `m` by the extended Euclid algorithm on i64 with truncating `/` and `%`, then
 * shifted to ≥ 0 by adding `m`. `undefined` where the reference's checked i64 maths fails. Only a true inverse
 * when gcd(a, m) = 1.
 */
export const checkedModInv = (a: bigint, m: bigint): bigint | undefined => {
  if (!inI64(a) || !inI64(m)) return undefined;
  let [r0, r1] = [m, a];
  let [x0, x1] = [0n, 1n];
  while (r1 !== 0n) {
    const q = r0 / r1;
    const next = x0 - q * x1;
    if (!inI64(q) || !inI64(q * x1) || !inI64(next)) return undefined;
    [x0, x1] = [x1, next];
    [r0, r1] = [r1, r0 % r1];
  }
  if (x0 < 0n) {
    // Adding a non-positive m would never terminate (reference: overflow).
    if (m <= 0n) return undefined;
    x0 += ((-x0 + m - 1n) / m) * m;
  }
  return x0;
};
