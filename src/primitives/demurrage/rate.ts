/**
 * Per-block demurrage rates (I64F64 raw bits) from economic targets.
 * spec: economy §2.3
 */
import { InvalidInputError } from '../common/errors.js';
import { ONE } from '../fixed/fixed.js';
import { lnScaled } from './naturalLog.js';

/**
 * `DefaultDemurrage` of the dev and Kusama runtimes: `round(ln 2 / 6 151 680 · 2^64)`.
 * QUIRK: economy §10 item 1 — derived for 5 s blocks and a 356-day year; with 6 s blocks the half-life is ≈ 427 days.
 */
export const DEFAULT_DEMURRAGE = 0x1e3f0a8a973n;

/** `round(ln(den/num) / periodBlocks · 2^64)`, retrying with more precision when close to a rounding boundary. */
const roundedRate = (numerator: bigint, denominator: bigint, periodBlocks: bigint): bigint => {
  for (let guard = 64n; guard <= 4096n; guard *= 2n) {
    // L ≈ −ln(q) · 2^(64+guard), within 1 unit; rate bits = L / (P · 2^guard).
    const l = lnScaled(denominator, numerator, 64n + guard);
    const d = periodBlocks << guard;
    const q = l / d;
    const twiceRem = 2n * (l - q * d);
    // The 1-unit error of L cannot move the result across the half-way point unless it is this close.
    if (twiceRem - d > 2n) return q + 1n;
    if (d - twiceRem > 2n) return q;
  }
  throw new Error('unreachable: ln of a rational ≠ 1 is irrational, so it is never exactly half-way');
};

const requirePositive = (field: string, n: bigint): void => {
  if (n <= 0n) throw new InvalidInputError(field, `must be a positive number of blocks, got ${n}`);
};

/**
 * Rate (I64F64 bits) that keeps `numerator/denominator` of a balance after `periodBlocks` blocks:
 * `round(−ln(q) / P · 2^64)`. Throws InvalidInputError unless 0 < q ≤ 1 and the rate is ≤ 1 (the `set_demurrage`
 * limit).
 * @example rateFromRetainedFraction({ numerator: 93n, denominator: 100n }, 432_000n) // 0x2d18072234cn (7 %/month)
 */
export function rateFromRetainedFraction(
  retained: { numerator: bigint; denominator: bigint },
  periodBlocks: bigint,
): bigint {
  const { numerator, denominator } = retained;
  requirePositive('periodBlocks', periodBlocks);
  if (numerator <= 0n || denominator <= 0n || numerator > denominator) {
    throw new InvalidInputError('retained', `must be a fraction in (0, 1], got ${numerator}/${denominator}`);
  }
  const rate = roundedRate(numerator, denominator, periodBlocks);
  if (rate > ONE) {
    throw new InvalidInputError('retained', `implies a rate above 1 per block, which set_demurrage rejects`);
  }
  return rate;
}

/**
 * Rate (I64F64 bits) that halves a balance every `halfLifeBlocks` blocks: `round(ln 2 / H · 2^64)`.
 * @example rateFromHalfLife(6_151_680n) // DEFAULT_DEMURRAGE
 */
export function rateFromHalfLife(halfLifeBlocks: bigint): bigint {
  requirePositive('halfLifeBlocks', halfLifeBlocks);
  return rateFromRetainedFraction({ numerator: 1n, denominator: 2n }, halfLifeBlocks);
}
