// spec: ceremonies §0 (SCALE); the errors every described type raises, each naming the type at fault.
import { EncointerError } from '../common/errors.js';

/** A value that its type cannot hold (out-of-range integer, wrong byte length, unknown variant). */
export class EncodeError extends EncointerError {
  /** The type being encoded, e.g. `CommunityIdentifier` or `u32`. */
  readonly typeName: string;

  constructor(typeName: string, message: string) {
    super('EncodeError', `cannot encode ${typeName}: ${message}`);
    this.typeName = typeName;
  }
}

/** Bytes that are not a valid encoding (too short, trailing bytes, bad variant/option/bool byte, non-canonical). */
export class DecodeError extends EncointerError {
  /** The type being decoded, e.g. `ProposalAction`. */
  readonly typeName: string;

  constructor(typeName: string, message: string) {
    super('DecodeError', `cannot decode ${typeName}: ${message}`);
    this.typeName = typeName;
  }
}

/** A bounded vector (`BoundedVec<_, max>`, e.g. `PalletString`) longer than its bound, on encode or decode. */
export class BoundExceededError extends EncointerError {
  readonly typeName: string;
  readonly max: number;
  readonly actual: number;

  constructor(typeName: string, direction: 'encode' | 'decode', max: number, actual: number) {
    super(
      'BoundExceeded',
      `cannot ${direction} ${typeName}: ${actual} elements exceed its bound of ${max}; shorten the input`,
    );
    this.typeName = typeName;
    this.max = max;
    this.actual = actual;
  }
}
