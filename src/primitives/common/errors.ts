/**
 * Base class of every error a user of this project can hit. `name` is stable (the pallet error variant where
 * one exists), `message` is one line a person can act on, `details` adds context lines when printed in full.
 */
export class EncointerError extends Error {
  override readonly name: string;
  readonly details: readonly string[];

  constructor(name: string, message: string, details: readonly string[] = []) {
    super(message);
    this.name = name;
    this.details = details;
  }
}

/** Input that does not have the expected shape or range (bad hex, out-of-range number, malformed text). */
export class InvalidInputError extends EncointerError {
  /** The field or argument at fault, e.g. `features[0].geometry.coordinates`. */
  readonly field: string;

  constructor(field: string, message: string) {
    super('InvalidInput', `${field}: ${message}`);
    this.field = field;
  }
}

/** Fixed-point or integer arithmetic left the value range of its type (a `checked_*` operation failed). */
export class ArithmeticOverflowError extends EncointerError {
  constructor(operation: string) {
    super('ArithmeticOverflow', `${operation} overflows its type`);
  }
}
