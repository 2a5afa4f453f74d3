/**
 * Decimal text ↔ fixed (substrate-fixed `FromStr` / `Display`, used by RPC JSON and CLI output).
 * spec: economy §1.4
 */
import { InvalidInputError } from '../common/errors.js';
import { type FixedType, FRAC_BITS, inRange } from './fixed.js';

const DECIMAL = /^([+-]?)(\d*)(?:\.(\d*))?$/;

/** Rounds `num / den` (num ≥ 0, den > 0) to the nearest integer, ties to even. */
const divHalfEven = (num: bigint, den: bigint): bigint => {
  const q = num / den;
  const twiceRem = 2n * (num - q * den);
  return twiceRem > den || (twiceRem === den && (q & 1n) === 1n) ? q + 1n : q;
};

/**
 * Parses a decimal string (`[+-]digits[.digits]`, no exponent, no spaces) to raw bits of `t`: the exact rational
 * value rounded to the nearest multiple of 2^-64, ties to even. Throws InvalidInputError naming the input when the
 * text is malformed, negative for U64F64, or out of range.
 * @example parseFixed(U64F64, '0.000005') // 0x53e2d6238da4n
 */
export function parseFixed(t: FixedType, text: string, field = 'decimal'): bigint {
  const m = DECIMAL.exec(text);
  const intDigits = m?.[2] ?? '';
  const fracDigits = m?.[3] ?? '';
  if (!m || intDigits.length + fracDigits.length === 0) {
    throw new InvalidInputError(field, `${JSON.stringify(text)} is not a decimal number like "12.345"`);
  }
  const negative = m[1] === '-';
  if (negative && !t.signed) {
    throw new InvalidInputError(field, `${JSON.stringify(text)} is negative, but ${t.name} is unsigned`);
  }
  const numerator = BigInt(intDigits + fracDigits || '0');
  const magnitude = divHalfEven(numerator << FRAC_BITS, 10n ** BigInt(fracDigits.length));
  const bits = negative ? -magnitude : magnitude;
  if (!inRange(t, bits)) {
    throw new InvalidInputError(field, `${JSON.stringify(text)} is outside the ${t.name} range`);
  }
  return bits;
}

/** Does `digits / 10^k` parse back to `magnitude` (non-negative raw bits)? */
const roundTrips = (digits: bigint, k: number, magnitude: bigint): boolean =>
  divHalfEven(digits << FRAC_BITS, 10n ** BigInt(k)) === magnitude;

/** Renders `digits / 10^k` without trailing zeros or a trailing point. */
const render = (digits: bigint, k: number): string => {
  if (k === 0) return digits.toString();
  const s = digits.toString().padStart(k + 1, '0');
  const int = s.slice(0, s.length - k);
  const frac = s.slice(s.length - k).replace(/0+$/, '');
  return frac === '' ? int : `${int}.${frac}`;
};

/**
 * Shortest decimal string that {@link parseFixed} maps back to `bits`; among equally short candidates the one
 * nearest the exact value. Integers print without a point. (An exact tie between two shortest candidates cannot
 * occur — it would need a value whose expansion already round-trips with fewer digits — the even digit is a guard.)
 * @example formatFixed(I64F64, 0x80000000000b5fd8n) // '0.50000000000004040995'
 */
export function formatFixed(t: FixedType, bits: bigint): string {
  if (!inRange(t, bits))
    throw new InvalidInputError('bits', `0x${bits.toString(16)} is outside the ${t.name} range`);
  const negative = bits < 0n;
  const magnitude = negative ? -bits : bits;
  // The exact expansion has at most 64 fractional digits, so the loop always ends by k = 64.
  for (let k = 0; k <= 64; k++) {
    const scaled = magnitude * 10n ** BigInt(k); // = value · 10^k · 2^64
    const lo = scaled >> FRAC_BITS;
    const exact = lo << FRAC_BITS === scaled;
    const candidates = exact ? [lo] : [lo, lo + 1n];
    const fitting = candidates.filter((d) => roundTrips(d, k, magnitude));
    if (fitting.length === 0) continue;
    let best = fitting[0]!;
    if (fitting.length === 2) {
      const dLo = scaled - (lo << FRAC_BITS);
      const dHi = ((lo + 1n) << FRAC_BITS) - scaled;
      best = dLo < dHi ? lo : dHi < dLo ? lo + 1n : (lo & 1n) === 0n ? lo : lo + 1n;
    }
    return (negative ? '-' : '') + render(best, k);
  }
  throw new Error('unreachable: every fixed value has an exact decimal expansion');
}
