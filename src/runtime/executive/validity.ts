// spec: substrate-compat §3.4 (InvalidTransaction indices and texts), §7.4 (validate_transaction / apply_extrinsic outputs)
/**
 * Transaction validity, as `sp_runtime::transaction_validity` declares it. Values follow the project convention:
 * enums with data are `{ tag, value }` (so `InvalidTransaction::Stale` is `{ tag: 'Stale', value: undefined }`).
 */
import {
  bool,
  bytes,
  enumType,
  type ResultValue,
  result,
  struct,
  u8,
  u64,
  unit,
  unitEnum,
  vec,
} from '../../primitives/codec/describe.js';
import type { ValueOf } from '../../primitives/codec/types.js';
import { EncointerError } from '../../primitives/common/errors.js';
import { minBigint } from '../pallets/system/bigint.js';
import { DispatchError, type DispatchErrorValue } from '../types/substrate.js';

const path = (name: string) => ['sp_runtime', 'transaction_validity', name];

export const InvalidTransaction = enumType(path('InvalidTransaction'), {
  Call: { index: 0, docs: ['The call of the transaction is not expected.'] },
  Payment: {
    index: 1,
    docs: ['General error to do with the inability to pay some fees (e.g. account balance too low).'],
  },
  Future: {
    index: 2,
    docs: ['General error to do with the transaction not yet being valid (e.g. nonce too high).'],
  },
  Stale: {
    index: 3,
    docs: ['General error to do with the transaction being outdated (e.g. nonce too low).'],
  },
  BadProof: { index: 4, docs: ["General error to do with the transaction's proofs (e.g. signature)."] },
  AncientBirthBlock: { index: 5, docs: ['The transaction birth block is ancient.'] },
  ExhaustsResources: { index: 6, docs: ['The transaction would exhaust the resources of current block.'] },
  Custom: {
    index: 7,
    fields: u8,
    docs: ['Any other custom invalid validity that is not covered by this enum.'],
  },
  BadMandatory: { index: 8, docs: ['An extrinsic with a Mandatory dispatch resulted in Error.'] },
  MandatoryValidation: { index: 9, docs: ['An extrinsic with a mandatory dispatch tried to be validated.'] },
  BadSigner: { index: 10, docs: ['The sending address is disabled or known to be invalid.'] },
});
export type InvalidTransactionValue = ValueOf<typeof InvalidTransaction>;

export const UnknownTransaction = enumType(path('UnknownTransaction'), {
  CannotLookup: {
    index: 0,
    docs: ['Could not lookup some information that is required to validate the transaction.'],
  },
  NoUnsignedValidator: { index: 1, docs: ['No validator found for the given unsigned transaction.'] },
  Custom: {
    index: 2,
    fields: u8,
    docs: ['Any other custom unknown validity that is not covered by this enum.'],
  },
});
export type UnknownTransactionValue = ValueOf<typeof UnknownTransaction>;

export const TransactionValidityError = enumType(path('TransactionValidityError'), {
  Invalid: { index: 0, fields: InvalidTransaction, docs: ['The transaction is invalid.'] },
  Unknown: { index: 1, fields: UnknownTransaction, docs: ['Transaction validity can’t be determined.'] },
});
export type TransactionValidityErrorValue = ValueOf<typeof TransactionValidityError>;

export const TransactionSource = unitEnum(path('TransactionSource'), ['InBlock', 'Local', 'External']);
export type TransactionSourceValue = ValueOf<typeof TransactionSource>;

export const ValidTransaction = struct(path('ValidTransaction'), {
  priority: { type: u64, typeName: 'TransactionPriority' },
  requires: { type: vec(bytes), typeName: 'Vec<TransactionTag>' },
  provides: { type: vec(bytes), typeName: 'Vec<TransactionTag>' },
  longevity: { type: u64, typeName: 'TransactionLongevity' },
  propagate: { type: bool, typeName: 'bool' },
});
export type ValidTransactionValue = ValueOf<typeof ValidTransaction>;

/** `TransactionValidity` = `Result<ValidTransaction, TransactionValidityError>`. */
export const TransactionValidity = result(ValidTransaction, TransactionValidityError);
export type TransactionValidityValue = ResultValue<ValidTransactionValue, TransactionValidityErrorValue>;

/** `DispatchResult` = `Result<(), DispatchError>` (also the `sudo_result` of Sudo's events). */
export const DispatchResult = result(unit, DispatchError);

/** `ApplyExtrinsicResult` = `Result<Result<(), DispatchError>, TransactionValidityError>`. */
export const ApplyExtrinsicResult = result(DispatchResult, TransactionValidityError);
export type DispatchOutcome = ResultValue<undefined, DispatchErrorValue>;
export type ApplyExtrinsicResultValue = ResultValue<DispatchOutcome, TransactionValidityErrorValue>;

const U64_MAX = (1n << 64n) - 1n;

/** FRAME's `ValidTransaction::default()`: what an extension that has nothing to say contributes. */
export const defaultValidTransaction = (): ValidTransactionValue => ({
  priority: 0n,
  requires: [],
  provides: [],
  longevity: U64_MAX,
  propagate: true,
});

/** `ValidTransaction::combine_with`: priorities add (saturating), tags concatenate, the shortest longevity wins. */
export const combineValidity = (
  a: ValidTransactionValue,
  b: ValidTransactionValue,
): ValidTransactionValue => ({
  priority: a.priority + b.priority > U64_MAX ? U64_MAX : a.priority + b.priority,
  requires: [...a.requires, ...b.requires],
  provides: [...a.provides, ...b.provides],
  longevity: minBigint(a.longevity, b.longevity),
  propagate: a.propagate && b.propagate,
});

type InvalidTag = InvalidTransactionValue['tag'];

/** Thrown inside validation and pre-dispatch to stop at the first failing check; never escapes the executive. */
export class TransactionValidityException extends EncointerError {
  constructor(readonly error: TransactionValidityErrorValue) {
    super('TransactionValidityError', `transaction is not valid: ${describeValidityError(error)}`);
  }
}

/** `Invalid(<kind>)` for the variants without data. */
export const invalid = (kind: Exclude<InvalidTag, 'Custom'>): TransactionValidityException =>
  new TransactionValidityException({
    tag: 'Invalid',
    value: { tag: kind, value: undefined } as InvalidTransactionValue,
  });

/** `Unknown(<kind>)` for the variants without data. */
export const unknown = (kind: 'CannotLookup' | 'NoUnsignedValidator'): TransactionValidityException =>
  new TransactionValidityException({ tag: 'Unknown', value: { tag: kind, value: undefined } });

// Substrate's texts (substrate-compat §3.4), shown by the author RPC as error data.
const INVALID_TEXT: Record<InvalidTag, string> = {
  Call: 'Transaction call is not expected',
  Payment: 'Inability to pay some fees (e.g. account balance too low)',
  Future: 'Transaction will be valid in the future',
  Stale: 'Transaction is outdated',
  BadProof: 'Transaction has a bad signature',
  AncientBirthBlock: 'Transaction has an ancient birth block',
  ExhaustsResources: 'Transaction would exhaust the block limits',
  Custom: 'InvalidTransaction custom error',
  BadMandatory: 'A call was labelled as mandatory, but resulted in an Error.',
  MandatoryValidation: 'Transaction dispatch is mandatory; transactions must not be validated.',
  BadSigner: 'Invalid signing address',
};

/** The text Substrate's author RPC puts in the error data (`Custom error: n` for custom errors). */
export const describeValidityError = (error: TransactionValidityErrorValue): string => {
  if (error.tag === 'Invalid') {
    return error.value.tag === 'Custom'
      ? `Custom error: ${error.value.value}`
      : INVALID_TEXT[error.value.tag];
  }
  return error.value.tag === 'Custom' ? `Custom error: ${error.value.value}` : error.value.tag;
};
