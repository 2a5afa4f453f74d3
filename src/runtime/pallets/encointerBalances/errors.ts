// spec: economy §2.8 (errors), §2.3 (set_demurrage range check)
import { EncointerError } from '../../../primitives/common/errors.js';
import { defineErrors } from '../../framework/pallet.js';

export const PALLET = 'EncointerBalances';

/** `pallet_encointer_balances::Error`, in reference order (the index is the wire value). */
export const balancesErrors = defineErrors(
  PALLET,
  ['pallet_encointer_balances', 'pallet', 'Error'],
  [
    ['BalanceTooLow', 'the balance is too low to perform this action'],
    ['TotalIssuanceOverflow', 'the total issuance would overflow'],
    ['NoAccount', 'Account to alter does not exist in community'],
    ['ExistentialDeposit', 'Balance too low to create an account'],
  ],
);

/**
 * `set_demurrage` rejects a rate outside [0, 1] with the reference's `RangeError` (`LessThanZero`, or `TooHigh`
 * with `limit: 1`); the communities pallet maps it to its own `InvalidDemurrage`.
 */
export class DemurrageRangeError extends EncointerError {
  constructor(
    readonly kind: 'LessThanZero' | 'TooHigh',
    readonly rate: bigint,
  ) {
    super(
      `RangeError.${kind}`,
      kind === 'LessThanZero'
        ? `demurrage rate (I64F64 bits ${rate}) is negative; use a rate between 0 and 1 per block`
        : `demurrage rate (I64F64 bits ${rate}) exceeds the limit of 1 per block`,
    );
  }

  /** The upper bound of `TooHigh` (1.0); undefined for `LessThanZero`. */
  get limit(): number | undefined {
    return this.kind === 'TooHigh' ? 1 : undefined;
  }
}
