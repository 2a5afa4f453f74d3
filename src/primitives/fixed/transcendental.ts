/**
 * substrate-fixed v0.6.0 `transcendental` routines, bit-exact on raw I64F64 / U64F64 bits.
 * spec: ceremonies §2.1 (sin, cos, asin, sqrt, powi), economy §2.4 (exp)
 *
 * Bit-exactness matters more than accuracy here: these feed consensus decisions (min-distance checks, demurrage,
 * the AQB passing test), so every rounding step of the reference is reproduced, including its low-precision π.
 */
import { ArithmeticOverflowError, InvalidInputError } from '../common/errors.js';
import { checkedAdd, checkedDiv, checkedMul, type FixedType, I64F64, ONE } from './fixed.js';

/** U2F126 raw π as stored by the library; it is immediately reduced to I9F23 (23 fractional bits). */
const PI_U2F126 = 0xc90fdaa22168c234c4c6628b80dc1cd1n;
/** The I9F23 constants widened (exactly) to I64F64 raw bits: `c_23 << 41`. */
export const PI = (PI_U2F126 >> 103n) << 41n;
export const TWO_PI = (PI_U2F126 >> 102n) << 41n;
export const FRAC_PI_2 = (PI_U2F126 >> 104n) << 41n;

/** CORDIC gain compensation ≈ 1/1.64676 as raw I64F64. */
const CORDIC_X0 = 0x9b74eda8a01e2000n;

/** `a_i = ARCTAN[i] >> 64` for i = 0..23, as listed in the spec (low bits differ from round(atan(2^-i)·2^64)). */
const ARCTAN: readonly bigint[] = [
  0xc90fdaa22168c000n,
  0x76b19c1586ed3c00n,
  0x3eb6ebf25901ba00n,
  0x1fd5ba9aac2f6e00n,
  0x0ffaaddb967ef500n,
  0x07ff556eea5d8940n,
  0x03ffeaab776e5360n,
  0x01fffd555bbba970n,
  0x00ffffaaaaddddb8n,
  0x007ffff55556eef0n,
  0x003ffffeaaaab778n,
  0x001fffffd55555bcn,
  0x000ffffffaaaaaaen,
  0x0007ffffff555555n,
  0x0003ffffffeaaaaan,
  0x0001fffffffd5555n,
  0x0000ffffffffaaaan,
  0x00007ffffffff555n,
  0x00003ffffffffeaan,
  0x00001fffffffffd5n,
  0x00000ffffffffffan,
  0x000007ffffffffffn,
  0x000003ffffffffffn,
  0x000001ffffffffffn,
];

/** Release-build Rust wraps on I64F64 add/sub overflow; reproduce that for the angle arithmetic. */
const wrapI128 = (bits: bigint): bigint => BigInt.asIntN(128, bits);

/** Ceiling of a non-negative quotient. */
const ceilDiv = (a: bigint, b: bigint): bigint => (a + b - 1n) / b;

/**
 * Sine of an I64F64 angle in radians (24-iteration CORDIC with the library's low-precision π).
 * @example sin(FRAC_PI_2) // ≈ 1.0 (raw close to 2^64)
 */
export function sin(angle: bigint): bigint {
  let a = angle;
  // Closed form of the reference's `while a > PI { a -= TWO_PI }` / `while a < -PI { a += TWO_PI }` loops
  // (TWO_PI_23 is exactly 2·PI_23), so huge angles do not loop 2^60 times.
  if (a > PI) a -= ceilDiv(a - PI, TWO_PI) * TWO_PI;
  else if (a < -PI) a += ceilDiv(-PI - a, TWO_PI) * TWO_PI;

  if (a > FRAC_PI_2) a = FRAC_PI_2 - (a - FRAC_PI_2);
  if (a < -FRAC_PI_2) a = -FRAC_PI_2 - (a + FRAC_PI_2);

  let x = CORDIC_X0;
  let y = 0n;
  let z = a;
  for (let i = 0; i < ARCTAN.length; i++) {
    const s = BigInt(i);
    const ai = ARCTAN[i]!;
    // `>>` on BigInt is the arithmetic (flooring) shift the reference applies to the raw value.
    if (z < 0n) {
      [x, y, z] = [x + (y >> s), y - (x >> s), z + ai];
    } else {
      [x, y, z] = [x - (y >> s), y + (x >> s), z - ai];
    }
  }
  return y;
}

/** Cosine of an I64F64 angle: `sin(angle + FRAC_PI_2)` with the low-precision constant. */
export function cos(angle: bigint): bigint {
  return sin(wrapI128(angle + FRAC_PI_2));
}

/**
 * Arcsine as the reference library implements it: the identity.
 * QUIRK: ceremonies §10 item 2 — "only valid for very small angles"; haversine distances cap at 2R.
 */
export function asin(x: bigint): bigint {
  return x;
}

/**
 * Newton square root (64 iterations) on raw bits of `t` (I64F64 or U64F64).
 * Throws ArithmeticOverflowError for negative input or when inverting a small `x` overflows (raw x ≤ 2 in I64F64,
 * raw x = 1 in U64F64); callers map that to 0 where the spec says so.
 */
export function sqrt(t: FixedType, x: bigint): bigint {
  if (x < 0n) throw new ArithmeticOverflowError(`${t.name} sqrt of a negative number`);
  if (x === 0n || x === ONE) return x;
  const inverted = x < ONE;
  const v = inverted ? checkedDiv(t, ONE, x) : x;
  const two = 2n * ONE;
  let l = checkedAdd(t, checkedDiv(t, v, two), ONE);
  for (let i = 0; i < 64; i++) {
    l = checkedDiv(t, checkedAdd(t, l, checkedDiv(t, v, l)), two);
  }
  return inverted ? checkedDiv(t, ONE, l) : l;
}

/**
 * Integer power `x^n` on raw bits of `t` by repeated floor-multiplication; throws ArithmeticOverflowError on overflow.
 * `x == 0` gives 0 for every `n` (checked first, as for `powi(x, 2)` in the spec).
 * The spec only pins down n = 2; for n = 0 this returns 1.0, for n < 0 it first takes `1/x` (checked).
 */
export function powi(t: FixedType, x: bigint, n: number): bigint {
  if (!Number.isInteger(n) || Math.abs(n) > 0x7fff_ffff) {
    throw new InvalidInputError('powi exponent', `must be an i32 integer, got ${n}`);
  }
  if (x === 0n) return 0n;
  if (n === 0) return ONE;
  const base = n < 0 ? checkedDiv(t, ONE, x) : x;
  let acc = base;
  // Once the floored product reaches 0 it stays 0, so stop early instead of looping up to 2^31 times.
  for (let i = 1; i < Math.abs(n) && acc !== 0n; i++) acc = checkedMul(t, acc, base);
  return acc;
}

/**
 * `e^x` for I64F64 `x ≤ 0` (domain of every protocol use: demurrage). Truncated Taylor series of `e^{-x}`
 * (terms i = 2..63, floor-mul, trunc-div, checked) then `1/result`.
 * Throws ArithmeticOverflowError when a checked step fails (|x| ≥ 42.7095…; QUIRK economy §10 item 13), and
 * InvalidInputError for x > 0, which the spec does not define (the library has an unreproducible low-precision
 * shortcut for x == 1).
 */
export function exp(x: bigint): bigint {
  if (x > 0n) throw new InvalidInputError('exp argument', 'only x ≤ 0 is supported (economy §2.4)');
  if (x === 0n) return ONE;
  const t = I64F64;
  const y = -x;
  if (y > t.max) throw new ArithmeticOverflowError('I64F64 exp negation');
  let result = checkedAdd(t, y, ONE);
  let term = y;
  for (let i = 2n; i <= 63n; i++) {
    term = checkedMul(t, term, y);
    term = checkedDiv(t, term, i * ONE);
    result = checkedAdd(t, result, term);
  }
  return checkedDiv(t, ONE, result);
}
