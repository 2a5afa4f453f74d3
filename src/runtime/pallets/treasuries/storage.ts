// spec: economy §7 (storage: SwapNativeOptions, SwapAssetOptions); new since spec 30
import { CommunityIdentifier, SwapAssetOption, SwapNativeOption } from '../../../primitives/scale/index.js';
import { key, storageOf } from '../../framework/storage.js';
import { AccountId32 } from '../../types/substrate.js';

export const PALLET = 'EncointerTreasuries';

const storage = storageOf(PALLET);

const NO_DOCS = { docs: [] as string[] };

/** The native swap option of an account in a community; issuing a new one replaces the old. */
export const SwapNativeOptions = storage.doubleMap(
  'SwapNativeOptions',
  key('Blake2_128Concat', CommunityIdentifier),
  key('Blake2_128Concat', AccountId32),
  SwapNativeOption,
  NO_DOCS,
);

/** The asset swap option of an account in a community; issuing a new one replaces the old. */
export const SwapAssetOptions = storage.doubleMap(
  'SwapAssetOptions',
  key('Blake2_128Concat', CommunityIdentifier),
  key('Blake2_128Concat', AccountId32),
  SwapAssetOption,
  NO_DOCS,
);

export const treasuriesStorage = [SwapNativeOptions, SwapAssetOptions];
