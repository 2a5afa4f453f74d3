// spec: ceremonies §6.6 (demurrage must be 0 ≤ d ≤ 1), §9.11; economy §2.3
import { EncointerError } from '../common/errors.js';
import { ONE } from '../fixed/fixed.js';

/** `RangeError` of the reference's demurrage check; `limit` is the integer bound that was exceeded. */
export type DemurrageRangeError =
  | { readonly tag: 'LessThanZero' }
  | { readonly tag: 'TooHigh'; readonly limit: bigint };

/** The demurrage rate is outside [0, 1] (communities error `InvalidDemurrage`). */
export class InvalidDemurrageError extends EncointerError {
  readonly reason: DemurrageRangeError;

  constructor(reason: DemurrageRangeError, bits: bigint) {
    const why = reason.tag === 'LessThanZero' ? 'is below 0' : `exceeds ${reason.limit}`;
    super(
      'InvalidDemurrage',
      `demurrage rate (I64F64 bits ${bits}) ${why}; it must be between 0 and 1 per block`,
    );
    this.reason = reason;
  }
}

/** Checks a per-block demurrage rate given as I64F64 raw bits: 0 ≤ rate ≤ 1, else throws InvalidDemurrageError. */
export function validateDemurrage(bits: bigint): void {
  if (bits < 0n) throw new InvalidDemurrageError({ tag: 'LessThanZero' }, bits);
  if (bits > ONE) throw new InvalidDemurrageError({ tag: 'TooHigh', limit: 1n }, bits);
}
