/**
 * IEEE double ↔ fixed conversions (`from_num(f64)` and a display-only `to_num::<f64>`).
 * spec: economy §1.3 (`from_num(f64)`), ceremonies §2
 */
import { ArithmeticOverflowError, InvalidInputError } from '../common/errors.js';
import { type FixedType, inRange } from './fixed.js';

/** Rounds `n / 2^shift` (n ≥ 0, shift ≥ 1) to the nearest integer, ties to even. */
const roundShiftHalfEven = (n: bigint, shift: bigint): bigint => {
  const q = n >> shift;
  const rem = n - (q << shift);
  const half = 1n << (shift - 1n);
  return rem > half || (rem === half && (q & 1n) === 1n) ? q + 1n : q;
};

/**
 * `from_num(f64)`: the double's exact binary value rounded to the nearest multiple of 2^-64 (ties to even).
 * Throws InvalidInputError for NaN/±Infinity, ArithmeticOverflowError if the result leaves `t`'s range.
 * @example fromF64(U64F64, 0.1) // 0x1999999999999a00n
 */
export function fromF64(t: FixedType, x: number): bigint {
  if (!Number.isFinite(x)) throw new InvalidInputError('fromF64', `${x} is not a finite number`);
  if (x === 0) return 0n;
  const view = new DataView(new ArrayBuffer(8));
  view.setFloat64(0, x);
  const raw = view.getBigUint64(0);
  const negative = raw >> 63n === 1n;
  const biasedExp = Number((raw >> 52n) & 0x7ffn);
  const fraction = raw & ((1n << 52n) - 1n);
  // value = mantissa · 2^exponent, exactly.
  const mantissa = biasedExp === 0 ? fraction : fraction | (1n << 52n);
  const exponent = BigInt((biasedExp === 0 ? 1 : biasedExp) - 1075);
  const shift = exponent + 64n; // raw bits = mantissa · 2^shift
  const magnitude = shift >= 0n ? mantissa << shift : roundShiftHalfEven(mantissa, -shift);
  const bits = negative ? -magnitude : magnitude;
  if (!inRange(t, bits)) throw new ArithmeticOverflowError(`${t.name} from_num(${x})`);
  return bits;
}

/** Nearest double to `bits / 2^64`. For display only: it loses precision beyond ~53 significant bits. */
export function toF64(bits: bigint): number {
  // Number(bigint) rounds to nearest; dividing by a power of two is then exact (results here are never subnormal).
  return Number(bits) / 2 ** 64;
}
