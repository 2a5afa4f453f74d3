// spec: economy §2.2 (storage), reference-metadata-spec30 EncointerBalances (names, hashers, defaults)
import { u128 } from '../../../primitives/codec/describe.js';
import { BalanceEntry, CommunityIdentifier } from '../../../primitives/scale/index.js';
import { key, storageOf } from '../../framework/storage.js';
import { AccountId32, I64F64 } from '../../types/substrate.js';

const storage = storageOf('EncointerBalances');

const ZERO_ENTRY: BalanceEntry = { principal: 0n, last_update: 0 };

/** The community's total issuance, decaying like a balance (raw entry; read through `totalIssuance`). */
export const TotalIssuance = storage.map(
  'TotalIssuance',
  key('Blake2_128Concat', CommunityIdentifier),
  BalanceEntry,
  {
    default: ZERO_ENTRY,
  },
);
/** Raw balance entries; the presence of a key (not its value) is what makes an account exist in a community. */
export const Balance = storage.doubleMap(
  'Balance',
  key('Blake2_128Concat', CommunityIdentifier),
  key('Blake2_128Concat', AccountId32),
  BalanceEntry,
  { default: ZERO_ENTRY },
);
/** Per-block demurrage rate (I64F64 bits). A ValueQuery whose *absence* means `DefaultDemurrage` (economy §2.3). */
export const DemurragePerBlock = storage.map(
  'DemurragePerBlock',
  key('Blake2_128Concat', CommunityIdentifier),
  I64F64,
  { default: 0n },
);
/** Fee conversion factor in 1/kKSM (economy §3.2); set at genesis and by the CeremonyMaster. */
export const FeeConversionFactor = storage.value('FeeConversionFactor', u128, { default: 0n });

export const encointerBalancesStorage = [TotalIssuance, Balance, DemurragePerBlock, FeeConversionFactor];
