// spec: economy §9.3 (community weight w_c = floor(N_c^α · 2^64) as U64F64 bits), §9.10 (weights overflow)
import { ArithmeticOverflowError, InvalidInputError } from '../common/errors.js';
import { FRAC_BITS } from '../fixed/fixed.js';
import type { OnboardingExponent } from '../scale/onboarding.js';
import { validateExponent } from './exponent.js';
import { iroot } from './iroot.js';

const U128_MAX = (1n << 128n) - 1n;

/**
 * Weight of a community with `reputables` distinct reputables under α = num/den: `floor(N^(num/den) · 2^64)` as
 * raw U64F64 bits, computed as `iroot(N^num · 2^(64·den), den)`. A community without reputables weighs 0.
 * Throws InvalidExponentError, InvalidInputError (N not a u128) or ArithmeticOverflowError (weight ≥ 2^128).
 * @example communityWeight(400n, [1, 2]) // 20n << 64n
 */
export function communityWeight(reputables: bigint, exponent: OnboardingExponent): bigint {
  validateExponent(exponent);
  if (reputables < 0n || reputables > U128_MAX)
    throw new InvalidInputError('reputables', `${reputables} is not a u128 count`);
  // Ineligible (§9.10): weight 0, also for α = 0 where the formula would give 0^0 = 1.
  if (reputables === 0n) return 0n;
  const [num, den] = exponent;
  const w = iroot((reputables ** BigInt(num)) << (FRAC_BITS * BigInt(den)), den);
  // Only reachable for N ≥ 2^64 (§9.10: N_c < 2^64 keeps w_c < 2^128).
  if (w > U128_MAX) throw new ArithmeticOverflowError(`onboarding weight of ${reputables}^(${num}/${den})`);
  return w;
}
