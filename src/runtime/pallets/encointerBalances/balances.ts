/**
 * Community-currency balances with lazy demurrage: reads, transfers, issue, burn and the rate.
 * spec: economy §2.3–§2.7
 *
 * Other pallets call these directly (ceremonies issue rewards, communities set the rate and purge, treasuries
 * burn). Amounts are U64F64 bits, rates I64F64 bits, `blockNumber` the block being executed.
 */
import { bytesEqual } from '../../../primitives/common/bytes.js';
import { applyDemurrage, DEFAULT_DEMURRAGE } from '../../../primitives/demurrage/index.js';
import { ONE, saturatingAdd, saturatingSub, U64F64 } from '../../../primitives/fixed/fixed.js';
import type { BalanceEntry, CommunityIdentifier } from '../../../primitives/scale/index.js';
import type { Env } from '../../framework/pallet.js';
import type { StateReader } from '../../framework/state.js';
import type { AccountId } from '../../types/substrate.js';
import { decSufficients, incSufficients } from '../system/accounts.js';
import { balancesErrors, DemurrageRangeError, PALLET } from './errors.js';
import type { BalancesEvent } from './events.js';
import { Balance, DemurragePerBlock, FeeConversionFactor, TotalIssuance } from './storage.js';

export { DEFAULT_DEMURRAGE };

/** `ExistentialDeposit` of both runtimes: 0.000005 CC (U64F64 bits), economy §2.7. */
export const EXISTENTIAL_DEPOSIT = 0x53e2d6238da4n;

const U64F64_MAX = U64F64.max;

const emit = (env: Env, event: BalancesEvent): void => env.deposit(PALLET, event);

/** The entry decayed to `now` (economy §2.4); an entry already at `now` is returned as is. */
export const decayEntry = (entry: BalanceEntry, rate: bigint, now: number): BalanceEntry => {
  const decayed = applyDemurrage(
    { principal: entry.principal, lastUpdate: BigInt(entry.last_update) },
    rate,
    BigInt(now),
  );
  return { principal: decayed.principal, last_update: Number(decayed.lastUpdate) };
};

/** The community's per-block rate: `DemurragePerBlock[cid]` if the key exists (even if 0), else the default. */
export const demurrageRate = (state: StateReader, cid: CommunityIdentifier): bigint =>
  DemurragePerBlock.exists(state, cid) ? DemurragePerBlock.get(state, cid) : DEFAULT_DEMURRAGE;

/** The raw stored entry, without demurrage ((0, 0) when absent). */
export const balanceEntry = (state: StateReader, cid: CommunityIdentifier, who: AccountId): BalanceEntry =>
  Balance.get(state, cid, who);

/** Does `who` have an account (an entry, whatever its value) in community `cid`? */
export const hasAccount = (state: StateReader, cid: CommunityIdentifier, who: AccountId): boolean =>
  Balance.exists(state, cid, who);

/** The entry decayed to `blockNumber` (read-only). */
export const balanceEntryAt = (
  state: StateReader,
  cid: CommunityIdentifier,
  who: AccountId,
  blockNumber: number,
): BalanceEntry => decayEntry(Balance.get(state, cid, who), demurrageRate(state, cid), blockNumber);

/** `who`'s balance at `blockNumber`, demurrage applied (U64F64 bits; 0 without an account). Does not write. */
export const balanceOf = (
  state: StateReader,
  cid: CommunityIdentifier,
  who: AccountId,
  blockNumber: number,
): bigint => balanceEntryAt(state, cid, who, blockNumber).principal;

/** The community's total issuance at `blockNumber`, demurrage applied (U64F64 bits). Does not write. */
export const totalIssuance = (state: StateReader, cid: CommunityIdentifier, blockNumber: number): bigint =>
  decayEntry(TotalIssuance.get(state, cid), demurrageRate(state, cid), blockNumber).principal;

/**
 * `do_transfer` (economy §2.6): moves `amount` from `from` to `to` at the current block, creating the recipient's
 * account (amount must exceed the ED) and removing the sender's when it falls below the ED. Returns `amount`.
 * Throws `NoAccount`, `BalanceTooLow` or `ExistentialDeposit`.
 */
export const transfer = (
  env: Env,
  cid: CommunityIdentifier,
  from: AccountId,
  to: AccountId,
  amount: bigint,
): bigint => {
  const { state, blockNumber } = env;
  // QUIRK: economy §10 item 9 — a zero transfer succeeds without any check, even from a non-existent account.
  if (amount === 0n) {
    emit(env, { tag: 'Transferred', value: [cid, from, to, amount] });
    return amount;
  }
  if (!Balance.exists(state, cid, from)) throw balancesErrors.fail('NoAccount');
  const rate = demurrageRate(state, cid);
  const fromEntry = decayEntry(Balance.get(state, cid, from), rate, blockNumber);
  if (fromEntry.principal < amount) throw balancesErrors.fail('BalanceTooLow');
  if (bytesEqual(from, to)) {
    // QUIRK: economy §10 item 9 — a self-transfer only materialises demurrage and emits nothing.
    Balance.set(state, cid, from, fromEntry);
    return amount;
  }
  if (!Balance.exists(state, cid, to)) {
    if (amount <= EXISTENTIAL_DEPOSIT) throw balancesErrors.fail('ExistentialDeposit');
    incSufficients(env, to);
    emit(env, { tag: 'Endowed', value: { cid, who: to, balance: amount } });
  }
  const toEntry = decayEntry(Balance.get(state, cid, to), rate, blockNumber);
  const fromPrincipal = fromEntry.principal - amount;
  Balance.set(state, cid, from, { principal: fromPrincipal, last_update: blockNumber });
  Balance.set(state, cid, to, {
    principal: saturatingAdd(U64F64, toEntry.principal, amount),
    last_update: blockNumber,
  });
  emit(env, { tag: 'Transferred', value: [cid, from, to, amount] });
  if (fromPrincipal < EXISTENTIAL_DEPOSIT) {
    // QUIRK: economy §10 item 10 — the dust is dropped without reducing the total issuance.
    Balance.remove(state, cid, from);
    decSufficients(env, from);
  }
  return amount;
};

/** `transfer_all`: transfers `from`'s whole demurraged balance at the current block (economy §2.6). */
export const transferAll = (env: Env, cid: CommunityIdentifier, from: AccountId, to: AccountId): bigint =>
  transfer(env, cid, from, to, balanceOf(env.state, cid, from, env.blockNumber));

/**
 * Mints `amount` to `who` and the total issuance (ceremony rewards), emitting `Issued`. A new account gets its
 * system reference but no `Endowed` event and no ED check. Throws `TotalIssuanceOverflow`.
 */
export const issue = (env: Env, cid: CommunityIdentifier, who: AccountId, amount: bigint): void => {
  const { state, blockNumber } = env;
  // The reference increments before the overflow check; callers in hooks ignore the error, so this can persist.
  if (!Balance.exists(state, cid, who)) incSufficients(env, who);
  const rate = demurrageRate(state, cid);
  const entry = decayEntry(Balance.get(state, cid, who), rate, blockNumber);
  const total = decayEntry(TotalIssuance.get(state, cid), rate, blockNumber);
  const newTotal = total.principal + amount;
  if (newTotal > U64F64_MAX) throw balancesErrors.fail('TotalIssuanceOverflow');
  TotalIssuance.set(state, cid, { principal: newTotal, last_update: blockNumber });
  Balance.set(state, cid, who, {
    principal: saturatingAdd(U64F64, entry.principal, amount),
    last_update: blockNumber,
  });
  emit(env, { tag: 'Issued', value: [cid, who, amount] });
};

/**
 * Destroys `amount` of `who`'s balance and the total issuance, emitting `Burned`. Throws `BalanceTooLow`.
 * QUIRK: economy §10 item 10 — no account check or removal: burning 0 from a non-account writes an empty entry.
 */
export const burn = (env: Env, cid: CommunityIdentifier, who: AccountId, amount: bigint): void => {
  const { state, blockNumber } = env;
  const rate = demurrageRate(state, cid);
  const entry = decayEntry(Balance.get(state, cid, who), rate, blockNumber);
  const total = decayEntry(TotalIssuance.get(state, cid), rate, blockNumber);
  if (entry.principal < amount) throw balancesErrors.fail('BalanceTooLow');
  Balance.set(state, cid, who, { principal: entry.principal - amount, last_update: blockNumber });
  TotalIssuance.set(state, cid, {
    principal: saturatingSub(U64F64, total.principal, amount),
    last_update: blockNumber,
  });
  emit(env, { tag: 'Burned', value: [cid, who, amount] });
};

/**
 * Sets the community's per-block demurrage rate (I64F64 bits). Throws DemurrageRangeError unless 0 ≤ r ≤ 1.
 * QUIRK: economy §10 item 14 — the new rate applies retroactively to every entry not touched since.
 */
export const setDemurrage = (env: Env, cid: CommunityIdentifier, rate: bigint): void => {
  if (rate < 0n) throw new DemurrageRangeError('LessThanZero', rate);
  if (rate > ONE) throw new DemurrageRangeError('TooHigh', rate);
  DemurragePerBlock.set(env.state, cid, rate);
};

/** Removes every balance, the total issuance and the rate of `cid` (community purge; no events, no refs). */
export const purgeBalances = (env: Env, cid: CommunityIdentifier): void => {
  Balance.clearPrefix(env.state, cid);
  TotalIssuance.remove(env.state, cid);
  DemurragePerBlock.remove(env.state, cid);
};

/** `remove_account`: deletes an account whose balance is below the ED. Throws `NoAccount` or `ExistentialDeposit`. */
export const removeAccount = (env: Env, cid: CommunityIdentifier, who: AccountId): void => {
  if (!Balance.exists(env.state, cid, who)) throw balancesErrors.fail('NoAccount');
  if (balanceOf(env.state, cid, who, env.blockNumber) >= EXISTENTIAL_DEPOSIT) {
    throw balancesErrors.fail('ExistentialDeposit');
  }
  Balance.remove(env.state, cid, who);
  decSufficients(env, who);
};

/** Stores the fee conversion factor and emits `FeeConversionFactorUpdated` (economy §2.6). */
export const setFeeConversionFactor = (env: Env, factor: bigint): void => {
  FeeConversionFactor.set(env.state, factor);
  emit(env, { tag: 'FeeConversionFactorUpdated', value: [factor] });
};

/** The current fee conversion factor (economy §3.2). */
export const feeConversionFactor = (state: StateReader): bigint => FeeConversionFactor.get(state);
