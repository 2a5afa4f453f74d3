// spec: reference-metadata-spec30 TransactionPayment (storage)
import { type StorageValue, storageOf } from '../../framework/storage.js';
import { FIXED_U128_ONE, FixedU128, Releases } from './types.js';

export const PALLET = 'TransactionPayment';

const storage = storageOf(PALLET);

export const NextFeeMultiplier = storage.value('NextFeeMultiplier', FixedU128, {
  default: FIXED_U128_ONE,
  // Read by every fee computation (twice per applied extrinsic).
  decodeOnce: true,
});
type Release = 'V1Ancient' | 'V2';
export const StorageVersion: StorageValue<Release, { default: Release }> = storage.value(
  'StorageVersion',
  Releases,
  {
    default: 'V1Ancient' as Release,
  },
);
