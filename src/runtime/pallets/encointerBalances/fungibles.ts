/**
 * The `fungibles` view of community currencies: asset id = cid, balance = u128 with 18 decimals (economy §1.5).
 * Fee payment in CC (fees.ts) goes through it, as the reference's `FungiblesAdapter` does.
 * spec: economy §2.10
 */
import { fixedToU128, u128ToFixed } from '../../../primitives/fixed/balanceConverter.js';
import { U64F64 } from '../../../primitives/fixed/fixed.js';
import type { CommunityIdentifier } from '../../../primitives/scale/index.js';
import type { Env } from '../../framework/pallet.js';
import type { StateReader } from '../../framework/state.js';
import type { AccountId } from '../../types/substrate.js';
import { balanceOf, totalIssuance } from './balances.js';
import { Balance, TotalIssuance } from './storage.js';

/** `DepositConsequence` of `can_deposit`. */
export type DepositConsequence = 'Success' | 'UnknownAsset' | 'Overflow';
/** `WithdrawConsequence` of `can_withdraw` (the variants this implementation can return). */
export type WithdrawConsequence = 'Success' | 'UnknownAsset' | 'Underflow' | 'BalanceLow';

/** `total_issuance(cid)` in 18-decimal units, demurrage applied. */
export const fungibleTotalIssuance = (
  state: StateReader,
  cid: CommunityIdentifier,
  blockNumber: number,
): bigint => fixedToU128(totalIssuance(state, cid, blockNumber));

/** `balance`/`total_balance`/`reducible_balance` in 18-decimal units (preservation and fortitude ignored). */
export const fungibleBalance = (
  state: StateReader,
  cid: CommunityIdentifier,
  who: AccountId,
  blockNumber: number,
): bigint => fixedToU128(balanceOf(state, cid, who, blockNumber));

/** `asset_exists(cid)`: the demurraged total issuance is positive. */
export const assetExists = (state: StateReader, cid: CommunityIdentifier, blockNumber: number): boolean =>
  totalIssuance(state, cid, blockNumber) > 0n;

/** `minimum_balance(cid)`: always 0 (the CC existential deposit is not exposed to `fungibles`). */
export const MINIMUM_BALANCE = 0n;

/**
 * `can_deposit(cid, who, x)`. QUIRK: economy §10 item 11 — the total is checked on its stored, non-demurraged
 * principal.
 */
export const canDeposit = (
  state: StateReader,
  cid: CommunityIdentifier,
  who: AccountId,
  amount: bigint,
  blockNumber: number,
): DepositConsequence => {
  if (!TotalIssuance.exists(state, cid)) return 'UnknownAsset';
  const x = u128ToFixed(amount);
  if (TotalIssuance.get(state, cid).principal + x > U64F64.max) return 'Overflow';
  if (balanceOf(state, cid, who, blockNumber) + x > U64F64.max) return 'Overflow';
  return 'Success';
};

/**
 * `can_withdraw(cid, who, x)`. QUIRK: economy §10 item 11 — `Underflow` compares with the stored, non-demurraged
 * total principal.
 */
export const canWithdraw = (
  state: StateReader,
  cid: CommunityIdentifier,
  who: AccountId,
  amount: bigint,
  blockNumber: number,
): WithdrawConsequence => {
  if (!TotalIssuance.exists(state, cid)) return 'UnknownAsset';
  if (fixedToU128(TotalIssuance.get(state, cid).principal) < amount) return 'Underflow';
  if (amount === 0n) return 'Success';
  if (fungibleBalance(state, cid, who, blockNumber) < amount) return 'BalanceLow';
  return 'Success';
};

/** `write_balance(cid, who, x)`: stores `(from_u128(x), now)`; creates the entry without a system reference. */
export const writeBalance = (env: Env, cid: CommunityIdentifier, who: AccountId, amount: bigint): void => {
  Balance.set(env.state, cid, who, { principal: u128ToFixed(amount), last_update: env.blockNumber });
};

/** `set_total_issuance(cid, x)`: stores `(from_u128(x), now)`. */
export const setFungibleTotalIssuance = (env: Env, cid: CommunityIdentifier, amount: bigint): void => {
  TotalIssuance.set(env.state, cid, { principal: u128ToFixed(amount), last_update: env.blockNumber });
};

/** Dropping a `Credit` of `amount` (funds withdrawn and not resolved): the total issuance shrinks by it. */
export const decreaseIssuance = (env: Env, cid: CommunityIdentifier, amount: bigint): void => {
  const total = fungibleTotalIssuance(env.state, cid, env.blockNumber);
  setFungibleTotalIssuance(env, cid, total > amount ? total - amount : 0n);
};

/** Dropping a `Debt` of `amount`: the total issuance grows by it (saturating at u128). */
export const increaseIssuance = (env: Env, cid: CommunityIdentifier, amount: bigint): void => {
  const U128_MAX = (1n << 128n) - 1n;
  const sum = fungibleTotalIssuance(env.state, cid, env.blockNumber) + amount;
  setFungibleTotalIssuance(env, cid, sum > U128_MAX ? U128_MAX : sum);
};

/**
 * `decrease_balance(Exact)`: the balance becomes `from_u128(to_u128(balance_now) − x)` (QUIRK: economy §10 item 12,
 * the round trip loses up to ~1e-18 CC). Returns false, writing nothing, when the balance is short.
 */
export const decreaseFungibleBalance = (
  env: Env,
  cid: CommunityIdentifier,
  who: AccountId,
  amount: bigint,
): boolean => {
  const current = fungibleBalance(env.state, cid, who, env.blockNumber);
  if (current < amount) return false;
  writeBalance(env, cid, who, current - amount);
  return true;
};

/** `resolve(who, credit)`: deposits `x` unless `can_deposit` refuses; returns whether it was deposited. */
export const resolveFungible = (
  env: Env,
  cid: CommunityIdentifier,
  who: AccountId,
  amount: bigint,
): boolean => {
  if (amount === 0n) return true;
  if (canDeposit(env.state, cid, who, amount, env.blockNumber) !== 'Success') return false;
  writeBalance(env, cid, who, fungibleBalance(env.state, cid, who, env.blockNumber) + amount);
  return true;
};
