/**
 * `EncointerBalanceConverter`: U64F64 community-currency amounts ↔ 18-decimal u128 ("fungible") integers.
 * spec: economy §1.5
 */
import { InvalidInputError } from '../common/errors.js';
import { FRAC_BITS, ONE, U64F64 } from './fixed.js';

/** 10^18: one CC in the fungible (u128) unit. */
export const UNIT = 10n ** 18n;
const U128_MAX = (1n << 128n) - 1n;
/** 2^64/10^18 truncated to 62 fractional bits, then widened to U64F64: the reference's lossy conversion factor. */
const CONVERSION_FACTOR = ((1n << 126n) / UNIT) * 4n;

const requireU128 = (field: string, x: bigint): void => {
  if (x < 0n || x > U128_MAX) throw new InvalidInputError(field, `${x} is not a u128`);
};

/**
 * U64F64 bits → u128 with 18 decimals: `int·10^18 + floor(frac·10^18 / 2^64)` (never exceeds the exact value).
 * @example fixedToU128(0x1999999999999a00n) // 100_000_000_000_000_005n (0.1 from f64)
 */
export function fixedToU128(bits: bigint): bigint {
  if (bits < U64F64.min || bits > U64F64.max) {
    throw new InvalidInputError('balance', `0x${bits.toString(16)} is not a U64F64 value`);
  }
  const int = bits >> FRAC_BITS;
  const frac = bits & (ONE - 1n);
  return int * UNIT + ((frac * UNIT) >> FRAC_BITS);
}

/**
 * u128 with 18 decimals → U64F64 bits, in the reference's two parts (low 64 bits exactly, high bits through a
 * truncated factor, so large amounts lose a little). Saturates at the U64F64 maximum.
 * @example u128ToFixed(10n ** 18n) // 1n << 64n
 */
export function u128ToFixed(x: bigint): bigint {
  requireU128('amount', x);
  const low = x & (ONE - 1n);
  // May exceed 1.0: `low` goes up to 2^64 − 1 ≈ 18.4 · 10^18.
  const fracPart = (low << FRAC_BITS) / UNIT;
  const intPart = (x >> FRAC_BITS) * CONVERSION_FACTOR;
  // The spec saturates `int_part`; the final sum is saturated too so no u128 input can leave the type.
  const sum = fracPart + (intPart > U128_MAX ? U128_MAX : intPart);
  return sum > U128_MAX ? U128_MAX : sum;
}
