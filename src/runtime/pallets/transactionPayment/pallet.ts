// spec: reference-metadata-spec30 TransactionPayment (index 11) and AssetTxPayment (index 12)
import { option, u8, u128 } from '../../../primitives/codec/describe.js';
import { CommunityIdentifier } from '../../../primitives/scale/index.js';
import { constant, definePallet, type Pallet } from '../../framework/pallet.js';
import type { OverlayState } from '../../framework/state.js';
import { AccountId32 } from '../../types/substrate.js';
import { palletEvents } from '../system/declare.js';
import { ASSET_TX_PAYMENT, TRANSACTION_PAYMENT } from './charge.js';
import { NextFeeMultiplier, StorageVersion } from './storage.js';
import { FIXED_U128_ONE } from './types.js';

const who = { type: AccountId32, typeName: 'T::AccountId' };

export const transactionPaymentEvents = palletEvents(['pallet_transaction_payment', 'pallet', 'Event'], {
  TransactionFeePaid: {
    index: 0,
    fields: {
      who,
      actual_fee: { type: u128, typeName: 'BalanceOf<T>' },
      tip: { type: u128, typeName: 'BalanceOf<T>' },
    },
    docs: [
      'A transaction fee `actual_fee`, of which `tip` was added to the minimum inclusion fee,',
      'has been paid by `who`.',
    ],
  },
});

export const assetTxPaymentEvents = palletEvents(['pallet_asset_tx_payment', 'pallet', 'Event'], {
  AssetTxFeePaid: {
    index: 0,
    fields: {
      who,
      actual_fee: { type: u128, typeName: 'AssetBalanceOf<T>' },
      tip: { type: u128, typeName: 'AssetBalanceOf<T>' },
      asset_id: { type: option(CommunityIdentifier), typeName: 'Option<ChargeAssetIdOf<T>>' },
    },
    docs: [
      'A transaction fee `actual_fee`, of which `tip` was added to the minimum inclusion fee,',
      'has been paid by `who` in an asset `asset_id`.',
    ],
  },
});

export interface TransactionPaymentConfig {
  readonly operationalFeeMultiplier: number;
  /** `FeeMultiplierUpdate`, applied when a block is finalized. */
  readonly nextMultiplier: (current: bigint) => bigint;
}

/** Declares TransactionPayment (index 11): the fee multiplier and the `TransactionFeePaid` event. */
export const createTransactionPaymentPallet = (config: TransactionPaymentConfig): Pallet =>
  definePallet({
    name: TRANSACTION_PAYMENT,
    index: 11,
    storage: [NextFeeMultiplier, StorageVersion],
    events: transactionPaymentEvents,
    constants: {
      OperationalFeeMultiplier: constant(u8, config.operationalFeeMultiplier, [
        'A fee mulitplier for `Operational` extrinsics to compute "virtual tip" to boost their',
        '`priority`',
      ]),
    },
    hooks: {
      onFinalize: (env) => NextFeeMultiplier.mutate(env.state, (m) => config.nextMultiplier(m)),
    },
  });

/** Declares AssetTxPayment (index 12): only the `AssetTxFeePaid` event. */
export const createAssetTxPaymentPallet = (): Pallet =>
  definePallet({ name: ASSET_TX_PAYMENT, index: 12, events: assetTxPaymentEvents });

/** The genesis values of the reference chain spec: multiplier 1.0, storage version V2. */
export const applyTransactionPaymentGenesis = (state: OverlayState): void => {
  NextFeeMultiplier.set(state, FIXED_U128_ONE);
  StorageVersion.set(state, 'V2');
};
