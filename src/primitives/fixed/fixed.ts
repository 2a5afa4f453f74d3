/**
 * substrate-fixed `I64F64` and `U64F64` on BigInt (economy §1.1–1.3, ceremonies §2).
 *
 * A fixed-point value is carried as its raw 128-bit integer ("bits"): value = bits / 2^64. Plain `bigint` keeps
 * values cheap to store in SCALE and state; the `FixedType` descriptor says which range applies.
 */
import { ArithmeticOverflowError } from '../common/errors.js';

export const FRAC_BITS = 64n;
/** Raw bits of 1.0 in any type with 64 fractional bits. */
export const ONE = 1n << FRAC_BITS;

export interface FixedType {
  readonly name: 'I64F64' | 'U64F64';
  readonly signed: boolean;
  /** Smallest raw value. */
  readonly min: bigint;
  /** Largest raw value. */
  readonly max: bigint;
}

export const I64F64: FixedType = { name: 'I64F64', signed: true, min: -(1n << 127n), max: (1n << 127n) - 1n };
export const U64F64: FixedType = { name: 'U64F64', signed: false, min: 0n, max: (1n << 128n) - 1n };

export const inRange = (t: FixedType, bits: bigint): boolean => bits >= t.min && bits <= t.max;

const orOverflow = (t: FixedType, bits: bigint, op: string): bigint => {
  if (!inRange(t, bits)) throw new ArithmeticOverflowError(`${t.name} ${op}`);
  return bits;
};
const clamp = (t: FixedType, bits: bigint): bigint => (bits < t.min ? t.min : bits > t.max ? t.max : bits);

/** Truncating integer division (Rust `/` on integers): rounds toward zero. BigInt `/` already does this. */
export const truncDiv = (a: bigint, b: bigint): bigint => a / b;

/** Floor division (toward −∞), as an arithmetic right shift does. */
export const floorDiv = (a: bigint, b: bigint): bigint => {
  const q = a / b;
  return a % b !== 0n && a < 0n !== b < 0n ? q - 1n : q;
};

/** Exact product rounded toward −∞ (arithmetic shift of the 256-bit product). No range check. */
export const mulRaw = (a: bigint, b: bigint): bigint => (a * b) >> FRAC_BITS;

/** Exact quotient `a / b` rounded toward zero. No range check; `b` must not be 0. */
export const divRaw = (a: bigint, b: bigint): bigint => (a << FRAC_BITS) / b;

// Checked operations: throw ArithmeticOverflowError when the result leaves the type (Rust's `checked_*` → None).
export const checkedAdd = (t: FixedType, a: bigint, b: bigint): bigint => orOverflow(t, a + b, 'add');
export const checkedSub = (t: FixedType, a: bigint, b: bigint): bigint => orOverflow(t, a - b, 'sub');
export const checkedMul = (t: FixedType, a: bigint, b: bigint): bigint => orOverflow(t, mulRaw(a, b), 'mul');
export const checkedDiv = (t: FixedType, a: bigint, b: bigint): bigint => {
  if (b === 0n) throw new ArithmeticOverflowError(`${t.name} division by zero`);
  return orOverflow(t, divRaw(a, b), 'div');
};
/** `a · n` for an integer `n`. */
export const checkedMulInt = (t: FixedType, a: bigint, n: bigint): bigint => orOverflow(t, a * n, 'mul_int');
/** `a / n` for an integer `n`, rounded toward zero. */
export const checkedDivInt = (t: FixedType, a: bigint, n: bigint): bigint => {
  if (n === 0n) throw new ArithmeticOverflowError(`${t.name} division by zero`);
  return orOverflow(t, a / n, 'div_int');
};

// Saturating operations clamp to the type's range. Division by zero still fails: it has no saturated value.
export const saturatingAdd = (t: FixedType, a: bigint, b: bigint): bigint => clamp(t, a + b);
export const saturatingSub = (t: FixedType, a: bigint, b: bigint): bigint => clamp(t, a - b);
export const saturatingMul = (t: FixedType, a: bigint, b: bigint): bigint => clamp(t, mulRaw(a, b));
export const saturatingDiv = (t: FixedType, a: bigint, b: bigint): bigint => {
  if (b === 0n) throw new ArithmeticOverflowError(`${t.name} division by zero`);
  return clamp(t, divRaw(a, b));
};

/** `from_num(n)` for an integer `n`. */
export const fromInt = (t: FixedType, n: bigint): bigint => orOverflow(t, n << FRAC_BITS, 'from_num');
/** `to_num::<integer>()` / `lossy_from`: floor (arithmetic shift right by 64). */
export const toIntFloor = (bits: bigint): bigint => bits >> FRAC_BITS;
/** `round_to_zero()` as an integer: truncation toward zero. */
export const toIntTrunc = (bits: bigint): bigint => bits / ONE;

/** Reinterprets raw bits as the 128-bit two's-complement pattern SCALE stores (for I64F64 negatives). */
export const toUnsigned128 = (bits: bigint): bigint => BigInt.asUintN(128, bits);
/** Reads a 128-bit pattern as a signed I64F64 raw value. */
export const fromUnsigned128 = (pattern: bigint): bigint => BigInt.asIntN(128, pattern);
