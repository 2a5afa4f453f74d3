// spec: economy §6.7 (is_passing: minimum turnout, then adaptive quorum biasing in U64F64)
import { ArithmeticOverflowError, EncointerError, InvalidInputError } from '../common/errors.js';
import { checkedAdd, checkedDiv, checkedMul, FRAC_BITS, fromInt, ONE, U64F64 } from '../fixed/fixed.js';
import { sqrt } from '../fixed/transcendental.js';

const U128_MAX = (1n << 128n) - 1n;

/** The AQB arithmetic failed (democracy error `AQBError`); only reachable with a minimum turnout of 0. */
export class AQBError extends EncointerError {
  constructor(reason: string) {
    super('AQBError', `adaptive quorum biasing cannot be computed: ${reason}`);
  }
}

export interface Tally {
  /** Size of the electorate (`electorate_size`, u128). */
  readonly electorate: bigint;
  /** Votes cast (u128). */
  readonly turnout: bigint;
  /** Aye votes (u128). */
  readonly ayes: bigint;
}

const u128 = (field: string, v: bigint): bigint => {
  if (v < 0n || v > U128_MAX) throw new InvalidInputError(field, `${v} is not a u128`);
  return v;
};

/** `floor(turnout·1000 / electorate)`, or 0 for an empty electorate. */
export function turnoutPermille(electorate: bigint, turnout: bigint): bigint {
  if (electorate === 0n) return 0n;
  // The reference multiplies without a check; a release build wraps modulo 2^128 (needs turnout > 3.4·10^35).
  return BigInt.asUintN(128, turnout * 1000n) / electorate;
}

/**
 * The AQB threshold `√e·√t / (√e/√t + 1)` as U64F64 raw bits; ayes must strictly exceed it.
 * Throws AQBError where a checked step of the reference fails (e.g. turnout 0).
 * @example aqbThreshold(100n, 100n) // 50n << 64n
 */
export function aqbThreshold(electorate: bigint, turnout: bigint): bigint {
  try {
    const se = sqrt(U64F64, fromInt(U64F64, u128('electorate', electorate)));
    const st = sqrt(U64F64, fromInt(U64F64, u128('turnout', turnout)));
    const num = checkedMul(U64F64, se, st);
    const den = checkedAdd(U64F64, checkedDiv(U64F64, se, st), ONE);
    return checkedDiv(U64F64, num, den);
  } catch (e) {
    if (e instanceof ArithmeticOverflowError)
      throw new AQBError(`${e.message} (electorate ${electorate}, turnout ${turnout})`);
    throw e;
  }
}

/**
 * Whether a proposal with this tally is passing: turnout at least `minTurnoutPermille` ‰ of the electorate, and
 * ayes above the AQB threshold (positive turnout bias). Throws AQBError where the reference does.
 * @example isPassing({ electorate: 100n, turnout: 10n, ayes: 8n }, 20n) // true
 */
export function isPassing({ electorate, turnout, ayes }: Tally, minTurnoutPermille: bigint): boolean {
  u128('electorate', electorate);
  u128('turnout', turnout);
  u128('ayes', ayes);
  if (minTurnoutPermille < 0n)
    throw new InvalidInputError('minTurnoutPermille', `${minTurnoutPermille} is negative`);
  if (turnoutPermille(electorate, turnout) < minTurnoutPermille) return false;
  const threshold = aqbThreshold(electorate, turnout);
  // QUIRK: economy §10 item 15 — √e is rounded down, so √e·√e < e for non-squares and a 50/50 tie at full
  // turnout can pass; reproduced by doing the comparison on the fixed-point threshold.
  // Exact comparison of `ayes` as a fixed value; ayes ≤ turnout, and turnout ≥ 2^64 already failed above.
  return ayes << FRAC_BITS > threshold;
}
