// spec: reference-metadata-spec30 type appendix (FixedU128, Releases, RuntimeDispatchInfo, FeeDetails, InclusionFee)
import { newtype, option, struct, u128, unitEnum } from '../../../primitives/codec/describe.js';
import type { ValueOf } from '../../../primitives/codec/types.js';
import { DispatchClass, Weight } from '../../types/substrate.js';

/** `sp_arithmetic::FixedU128`: a u128 with 18 decimal places (1.0 = 10^18). */
export const FixedU128 = newtype(['sp_arithmetic', 'fixed_point', 'FixedU128'], {
  type: u128,
  typeName: 'u128',
});
export const FIXED_U128_ONE = 10n ** 18n;

export const Releases = unitEnum(['pallet_transaction_payment', 'Releases'], ['V1Ancient', 'V2']);

export const InclusionFee = struct(
  ['pallet_transaction_payment', 'types', 'InclusionFee'],
  {
    base_fee: { type: u128, typeName: 'Balance' },
    len_fee: { type: u128, typeName: 'Balance' },
    adjusted_weight_fee: { type: u128, typeName: 'Balance' },
  },
  { params: [{ name: 'Balance', type: u128 }] },
);
export type InclusionFeeValue = ValueOf<typeof InclusionFee>;

export const FeeDetails = struct(
  ['pallet_transaction_payment', 'types', 'FeeDetails'],
  {
    inclusion_fee: { type: option(InclusionFee), typeName: 'Option<InclusionFee<Balance>>' },
    tip: { type: u128, typeName: 'Balance' },
  },
  { params: [{ name: 'Balance', type: u128 }] },
);
export type FeeDetailsValue = ValueOf<typeof FeeDetails>;

export const RuntimeDispatchInfo = struct(
  ['pallet_transaction_payment', 'types', 'RuntimeDispatchInfo'],
  {
    weight: { type: Weight, typeName: 'Weight' },
    class: { type: DispatchClass, typeName: 'DispatchClass' },
    partial_fee: { type: u128, typeName: 'Balance' },
  },
  {
    params: [
      { name: 'Balance', type: u128 },
      { name: 'Weight', type: Weight },
    ],
  },
);
export type RuntimeDispatchInfoValue = ValueOf<typeof RuntimeDispatchInfo>;
