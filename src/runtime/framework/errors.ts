/**
 * Dispatch failures. A pallet throws one of these; the runtime turns it into the `DispatchError` value clients
 * decode (a module error is `{ index: pallet index, error: [variant, 0, 0, 0] }`: substrate-compat §6.3).
 */
import { EncointerError } from '../../primitives/common/errors.js';

/** A pallet's own error variant, e.g. `EncointerCeremonies.RewardsAlreadyIssued`. */
export class PalletError extends EncointerError {
  constructor(
    readonly pallet: string,
    readonly variant: string,
    readonly errorIndex: number,
    docs: string,
  ) {
    super(variant, `${pallet}.${variant}${docs ? `: ${docs}` : ''}`);
  }
}

/** The origin may not make this call (not signed, not root, not the configured authority). */
export class BadOriginError extends EncointerError {
  constructor(message = 'the origin may not dispatch this call') {
    super('BadOrigin', message);
  }
}

/** An arithmetic failure (`DispatchError::Arithmetic`). */
export class DispatchArithmeticError extends EncointerError {
  constructor(readonly kind: 'Underflow' | 'Overflow' | 'DivisionByZero') {
    super(`Arithmetic.${kind}`, `arithmetic ${kind.toLowerCase()}`);
  }
}

/** A token failure (`DispatchError::Token`), e.g. spending more than one has. */
export class DispatchTokenError extends EncointerError {
  constructor(
    readonly kind:
      | 'FundsUnavailable'
      | 'OnlyProvider'
      | 'BelowMinimum'
      | 'CannotCreate'
      | 'UnknownAsset'
      | 'Frozen'
      | 'Unsupported'
      | 'CannotCreateHold'
      | 'NotExpendable'
      | 'Blocked',
  ) {
    super(`Token.${kind}`, `token error: ${kind}`);
  }
}

/** Any other dispatch failure without a more specific kind (`DispatchError::Other`). */
export class DispatchOtherError extends EncointerError {
  constructor(message: string) {
    super('Other', message);
  }
}
