// spec: reference-metadata-spec30 Balances (storage: names, hashers, defaults)
/**
 * Balances storage. Account data lives in `System.Account` (the reference runtime's `AccountStore = System`);
 * `Balances.Account` is declared for the metadata only, as in the reference, and stays empty.
 */
import { u128, vec } from '../../../primitives/codec/describe.js';
import { key, storageOf } from '../../framework/storage.js';
import { AccountData, AccountId32 } from '../../types/substrate.js';
import { defaultAccountData } from '../system/storage.js';
import { BalanceLock, IdAmount, ReserveData } from './types.js';

export const PALLET = 'Balances';

const storage = storageOf(PALLET);

export const TotalIssuance = storage.value('TotalIssuance', u128, {
  default: 0n,
  docs: ['The total units issued in the system.'],
  // Read by every withdrawal check and written by every fee burn.
  decodeOnce: true,
});
export const InactiveIssuance = storage.value('InactiveIssuance', u128, {
  default: 0n,
  docs: ['The total units of outstanding deactivated balance in the system.'],
});
export const Account = storage.map('Account', key('Blake2_128Concat', AccountId32), AccountData, {
  default: defaultAccountData(),
  docs: ['The Balances pallet example of storing the balance of an account.'],
});
export const Locks = storage.map('Locks', key('Blake2_128Concat', AccountId32), vec(BalanceLock), {
  default: [],
  docs: ['Any liquidity locks on some account balances.'],
});
export const Reserves = storage.map('Reserves', key('Blake2_128Concat', AccountId32), vec(ReserveData), {
  default: [],
  docs: ['Named reserves on some account balances.'],
});
export const Holds = storage.map('Holds', key('Blake2_128Concat', AccountId32), vec(IdAmount), {
  default: [],
  docs: ['Holds on account balances.'],
});
export const Freezes = storage.map('Freezes', key('Blake2_128Concat', AccountId32), vec(IdAmount), {
  default: [],
  docs: ['Freeze locks on account balances.'],
});

export const balancesStorage = [TotalIssuance, InactiveIssuance, Account, Locks, Reserves, Holds, Freezes];
