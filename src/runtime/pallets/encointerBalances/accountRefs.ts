/**
 * The system-account reference a community-currency account holds (economy §2.7): creating a CC account calls
 * `frame_system::inc_sufficients` (which emits `System.NewAccount` for a new system account) and removing one calls
 * `dec_sufficients`. The System pallet provides these; the runtime installs them once (see
 * `createEncointerBalancesPallet`), because `issue`/`transfer` are also called directly by other pallets.
 */
import type { Env } from '../../framework/pallet.js';
import type { AccountId } from '../../types/substrate.js';

export interface AccountRefs {
  /** `frame_system::inc_sufficients(who)`. */
  incSufficients(env: Env, who: AccountId): void;
  /** `frame_system::dec_sufficients(who)` (may reap the system account). */
  decSufficients(env: Env, who: AccountId): void;
}

/** No System pallet: CC accounts are kept without system references (pallet unit tests, the simulator). */
export const NO_ACCOUNT_REFS: AccountRefs = { incSufficients: () => {}, decSufficients: () => {} };

let installed: AccountRefs = NO_ACCOUNT_REFS;

/** Installs the System pallet's sufficients bookkeeping for every balances operation in this process. */
export const installAccountRefs = (refs: AccountRefs): void => {
  installed = refs;
};

/** The installed bookkeeping. */
export const accountRefs = (): AccountRefs => installed;
