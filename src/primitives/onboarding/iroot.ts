// spec: economy §9.3 (w_c = iroot(N^num · 2^(64·den), den): floor of the den-th root, exact on integers)
import { InvalidInputError } from '../common/errors.js';

const bitLength = (x: bigint): number => x.toString(2).length;

/**
 * `floor(x^(1/n))` for `x ≥ 0`, `n ≥ 1`, exactly (integer Newton iteration from above).
 * @example iroot(27n, 3) // 3n; iroot(26n, 3) // 2n
 */
export function iroot(x: bigint, n: number): bigint {
  if (x < 0n)
    throw new InvalidInputError('x', `${x} is negative; only non-negative integers have a real root`);
  if (!Number.isInteger(n) || n < 1)
    throw new InvalidInputError('n', `root degree ${n} must be an integer ≥ 1`);
  if (n === 1 || x < 2n) return x;
  const k = BigInt(n);
  // 2^ceil(bits/n) ≥ the real root, and integer Newton steps from above decrease to the floor and then stop.
  let r = 1n << BigInt(Math.ceil(bitLength(x) / n));
  for (;;) {
    const next = ((k - 1n) * r + x / r ** (k - 1n)) / k;
    if (next >= r) return r;
    r = next;
  }
}
