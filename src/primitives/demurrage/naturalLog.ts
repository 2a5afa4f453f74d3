/**
 * Natural logarithm of a positive rational to arbitrary precision, in BigInt only (no floating point), so that
 * rates derived from it are reproducible bit for bit on every platform.
 * spec: economy §2.3 (rates are `round(r·2^64)` with r built from ln)
 */
import { InvalidInputError } from '../common/errors.js';

/** atanh(p/q)·2^w for 0 ≤ p/q ≤ 1/3, rounded down term by term (error < 2·(terms+1) units). */
const atanhScaled = (p: bigint, q: bigint, w: bigint): bigint => {
  let power = (p << w) / q; // (p/q)^(2k+1) · 2^w
  const p2 = p * p;
  const q2 = q * q;
  let sum = 0n;
  for (let k = 1n; power > 0n; k += 2n) {
    sum += power / k;
    power = (power * p2) / q2;
  }
  return sum;
};

const bitLength = (n: bigint): bigint => BigInt(n.toString(2).length);

/** Internal guard bits: the series' accumulated truncation error stays far below 2^GUARD units. */
const GUARD = 64n;

/**
 * `ln(numerator/denominator) · 2^w`, within 1 unit of the true value (guard bits absorb the series' truncation).
 * Throws InvalidInputError unless both parts are positive.
 * @example lnScaled(2n, 1n, 64n) // 0xb17217f7d1cf79abn or one unit off: ln 2 ≈ 0.693147
 */
export function lnScaled(numerator: bigint, denominator: bigint, w: bigint): bigint {
  if (numerator <= 0n || denominator <= 0n) {
    throw new InvalidInputError('ln', `needs a positive fraction, got ${numerator}/${denominator}`);
  }
  const wg = w + GUARD;
  // ln(a/b) = k·ln 2 + ln(m) with m = a/(b·2^k) in (1/2, 2); ln(m) = 2·atanh((m−1)/(m+1)), |z| < 1/3.
  const k = bitLength(numerator) - bitLength(denominator);
  const a = k < 0n ? numerator << -k : numerator;
  const b = k > 0n ? denominator << k : denominator;
  const z = a - b;
  const lnM = 2n * (z < 0n ? -atanhScaled(-z, a + b, wg) : atanhScaled(z, a + b, wg));
  const ln2 = 2n * atanhScaled(1n, 3n, wg);
  // Arithmetic shift = floor; with the guard bits the total error stays below one unit of 2^-w.
  return (k * ln2 + lnM) >> GUARD;
}
