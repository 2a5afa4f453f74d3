// spec: reference-metadata-spec30 type appendix (BalanceLock, Reasons, ReserveData, IdAmount, BalanceStatus)
import { fixedBytes, struct, u128, unit, unitEnum } from '../../../primitives/codec/describe.js';
import type { ValueOf } from '../../../primitives/codec/types.js';

export const Reasons = unitEnum(['pallet_balances', 'types', 'Reasons'], ['Fee', 'Misc', 'All']);

export const BalanceLock = struct(
  ['pallet_balances', 'types', 'BalanceLock'],
  {
    id: { type: fixedBytes(8), typeName: 'LockIdentifier' },
    amount: { type: u128, typeName: 'Balance' },
    reasons: { type: Reasons, typeName: 'Reasons' },
  },
  { params: [{ name: 'Balance', type: u128 }] },
);
export type BalanceLockValue = ValueOf<typeof BalanceLock>;

export const ReserveData = struct(
  ['pallet_balances', 'types', 'ReserveData'],
  {
    id: { type: fixedBytes(8), typeName: 'ReserveIdentifier' },
    amount: { type: u128, typeName: 'Balance' },
  },
  {
    params: [
      { name: 'ReserveIdentifier', type: fixedBytes(8) },
      { name: 'Balance', type: u128 },
    ],
  },
);

export const IdAmount = struct(
  ['pallet_balances', 'types', 'IdAmount'],
  {
    id: { type: unit, typeName: 'Id' },
    amount: { type: u128, typeName: 'Balance' },
  },
  {
    params: [
      { name: 'Id', type: unit },
      { name: 'Balance', type: u128 },
    ],
  },
);

export const BalanceStatus = unitEnum(
  ['frame_support', 'traits', 'tokens', 'misc', 'BalanceStatus'],
  ['Free', 'Reserved'],
);
