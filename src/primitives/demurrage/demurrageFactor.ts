/**
 * The fraction of a balance that survives `n` blocks of demurrage at per-block rate `r`.
 * spec: economy §2.4 (`demurrage_factor`)
 */
import { ArithmeticOverflowError, InvalidInputError } from '../common/errors.js';
import { I64F64 } from '../fixed/fixed.js';
import { exp } from '../fixed/transcendental.js';

/**
 * `exp(−|r|·n)` as U64F64 bits in [0, 2^64], for a rate given as I64F64 bits. Overflow of `−|r|·n` or of `exp`
 * yields 0 (QUIRK economy §10 item 13: exactly 0 once r·n ≥ 42.7095…).
 * @example demurrageFactor(DEFAULT_DEMURRAGE, 6_151_680n) // 0x80000000000b5fd8n (≈ 0.5)
 */
export function demurrageFactor(rate: bigint, blocks: bigint): bigint {
  if (blocks < 0n) throw new InvalidInputError('blocks', `must not be negative, got ${blocks}`);
  // `mul(−|r|, from_num(n))` is exact on raw bits: (−|r|·n·2^64) >> 64.
  const x = -(rate < 0n ? -rate : rate) * blocks;
  if (x < I64F64.min) return 0n;
  try {
    return exp(x);
  } catch (e) {
    if (e instanceof ArithmeticOverflowError) return 0n;
    throw e;
  }
}
