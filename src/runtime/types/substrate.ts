/**
 * Substrate's own types, with the scale-info paths real clients special-case (substrate-compat §7.5–7.6,
 * reference-metadata-spec30 type appendix). Declared once (the protocol-level ones in primitives/scale/common.ts)
 * and shared by every pallet.
 */

import { _void } from 'scale-ts';
import {
  bool,
  bytes,
  compactU64,
  enumType,
  fixedBytes,
  makeType,
  newtype,
  str,
  struct,
  tuple,
  u8,
  u32,
  u64,
  u128,
  unit,
  unitEnum,
  vec,
} from '../../primitives/codec/describe.js';
import type { ValueOf } from '../../primitives/codec/types.js';
import {
  AccountId as AccountId32,
  EcdsaSignature,
  Ed25519Signature,
  H256,
  I64F64,
  MultiSignature,
  Sr25519Signature,
  U64F64,
} from '../../primitives/scale/common.js';

// Declared once in the protocol primitives (clients recognise `AccountId32` only if the lookup has exactly one).
export {
  AccountId32,
  EcdsaSignature,
  Ed25519Signature,
  H256,
  I64F64,
  MultiSignature,
  Sr25519Signature,
  U64F64,
};
export type AccountId = Uint8Array;

export type MultiSignatureValue = ValueOf<typeof MultiSignature>;

export const MultiAddress = enumType(
  ['sp_runtime', 'multiaddress', 'MultiAddress'],
  {
    Id: { index: 0, fields: AccountId32 },
    // `Compact<()>` encodes as nothing; only its metadata shape matters.
    Index: { index: 1, fields: makeType(_void, () => ({ tag: 'compact', value: unit })) },
    Raw: { index: 2, fields: bytes },
    Address32: { index: 3, fields: fixedBytes(32) },
    Address20: { index: 4, fields: fixedBytes(20) },
  },
  {
    params: [
      { name: 'AccountId', type: AccountId32 },
      { name: 'AccountIndex', type: unit },
    ],
  },
);
export type MultiAddressValue = ValueOf<typeof MultiAddress>;

export const Weight = struct(['sp_weights', 'weight_v2', 'Weight'], {
  ref_time: compactU64,
  proof_size: compactU64,
});
export type WeightValue = ValueOf<typeof Weight>;

export const DispatchClass = unitEnum(
  ['frame_support', 'dispatch', 'DispatchClass'],
  ['Normal', 'Operational', 'Mandatory'],
);
export const Pays = unitEnum(['frame_support', 'dispatch', 'Pays'], ['Yes', 'No']);
export const DispatchInfo = struct(['frame_support', 'dispatch', 'DispatchInfo'], {
  weight: Weight,
  class: DispatchClass,
  pays_fee: Pays,
});
export type DispatchInfoValue = ValueOf<typeof DispatchInfo>;

export const ModuleError = struct(['sp_runtime', 'ModuleError'], { index: u8, error: fixedBytes(4) });
export const TokenError = unitEnum(
  ['sp_runtime', 'TokenError'],
  [
    'FundsUnavailable',
    'OnlyProvider',
    'BelowMinimum',
    'CannotCreate',
    'UnknownAsset',
    'Frozen',
    'Unsupported',
    'CannotCreateHold',
    'NotExpendable',
    'Blocked',
  ],
);
export const ArithmeticError = unitEnum(
  ['sp_arithmetic', 'ArithmeticError'],
  ['Underflow', 'Overflow', 'DivisionByZero'],
);
export const TransactionalError = unitEnum(['sp_runtime', 'TransactionalError'], ['LimitReached', 'NoLayer']);
export const DispatchError = enumType(['sp_runtime', 'DispatchError'], {
  Other: { index: 0 },
  CannotLookup: { index: 1 },
  BadOrigin: { index: 2 },
  Module: { index: 3, fields: ModuleError },
  ConsumerRemaining: { index: 4 },
  NoProviders: { index: 5 },
  TooManyConsumers: { index: 6 },
  Token: { index: 7, fields: TokenError },
  Arithmetic: { index: 8, fields: ArithmeticError },
  Transactional: { index: 9, fields: TransactionalError },
  Exhausted: { index: 10 },
  Corruption: { index: 11 },
  Unavailable: { index: 12 },
  RootNotAllowed: { index: 13 },
});
export type DispatchErrorValue = ValueOf<typeof DispatchError>;

export const Phase = enumType(['frame_system', 'Phase'], {
  ApplyExtrinsic: { index: 0, fields: u32 },
  Finalization: { index: 1 },
  Initialization: { index: 2 },
});
export type PhaseValue = ValueOf<typeof Phase>;

export const RuntimeVersion = struct(['sp_version', 'RuntimeVersion'], {
  spec_name: str,
  impl_name: str,
  authoring_version: u32,
  spec_version: u32,
  impl_version: u32,
  apis: vec(tuple(fixedBytes(8), u32)),
  transaction_version: u32,
  state_version: u8,
});
export type RuntimeVersionValue = ValueOf<typeof RuntimeVersion>;

export const ExtraFlags = newtype(['pallet_balances', 'types', 'ExtraFlags'], u128);
export const AccountData = struct(
  ['pallet_balances', 'types', 'AccountData'],
  { free: u128, reserved: u128, frozen: u128, flags: ExtraFlags },
  { params: [{ name: 'Balance', type: u128 }] },
);
export const AccountInfo = struct(
  ['frame_system', 'AccountInfo'],
  { nonce: u32, consumers: u32, providers: u32, sufficients: u32, data: AccountData },
  {
    params: [
      { name: 'Nonce', type: u32 },
      { name: 'AccountData', type: AccountData },
    ],
  },
);
export type AccountInfoValue = ValueOf<typeof AccountInfo>;

/** Plain values reused across pallets. */
export { bool, u32, u64, u128 };
