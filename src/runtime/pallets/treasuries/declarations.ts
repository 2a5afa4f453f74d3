// spec: economy §7 (events, errors in declaration order); new since spec 30, so field type names are ours
import type { ValueOf } from '../../../primitives/codec/types.js';
import { AssetKind, CommunityIdentifier, NativeBalance } from '../../../primitives/scale/index.js';
import { defineErrors, defineEvents } from '../../framework/pallet.js';
import { AccountId32 } from '../../types/substrate.js';
import { PALLET } from './storage.js';

export { PALLET };

const path = (name: string) => ['pallet_encointer_treasuries', 'pallet', name];

/** `pallet_encointer_treasuries::Error`, in declaration order (economy §7). */
export const treasuriesErrors = defineErrors(PALLET, path('Error'), [
  ['NoValidSwapOption', 'no valid swap option for this account and community'],
  ['SwapRateNotDefined', 'the swap option has no exchange rate'],
  ['SwapOverflow', 'the swap amount overflows the fixed-point exchange'],
  ['InsufficientNativeFunds', 'the treasury has too little native balance for this swap'],
  ['InsufficientAllowance', 'the swap exceeds the allowance of the option'],
  ['PayoutError', 'the asset payout failed'],
]);

const account = { type: AccountId32, typeName: 'T::AccountId' };
const balance = { type: NativeBalance, typeName: 'BalanceOf<T>' };
const cid = { type: CommunityIdentifier, typeName: 'CommunityIdentifier' };
const assetId = { type: AssetKind, typeName: 'T::AssetKind' };

/** `pallet_encointer_treasuries::Event` (named fields). */
export const treasuriesEvents = defineEvents(path('Event'), {
  SpentNative: {
    index: 0,
    fields: { treasury: account, beneficiary: account, amount: balance },
    docs: ['treasury spent native tokens'],
  },
  SpentAsset: {
    index: 1,
    fields: { treasury: account, beneficiary: account, asset_id: assetId, amount: balance },
    docs: ['treasury spent assets'],
  },
  GrantedSwapNativeOption: {
    index: 2,
    fields: { cid, who: account },
    docs: ['a native swap option was granted'],
  },
  GrantedSwapAssetOption: {
    index: 3,
    fields: { cid, who: account, asset_id: assetId },
    docs: ['an asset swap option was granted'],
  },
});

export type TreasuriesEvent = ValueOf<typeof treasuriesEvents>;
