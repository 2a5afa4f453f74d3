// spec: substrate-compat §5.7/§6.2/§6.3 (events of a transfer, AccountInfo after it); FRAME pallet_balances (fungible era)
/**
 * The native currency: balances kept in `System.Account.data`, the existential deposit, account creation and
 * reaping. Follows pallet_balances of the reference runtime: every account mutation first upgrades old-logic
 * accounts (`Upgraded`), a new account gets a provider (`System.NewAccount`, `Endowed`), and an account that falls
 * below the existential deposit with nothing reserved is reaped (`System.KilledAccount`, then `DustLost` for a
 * non-zero remainder, which is burnt).
 */
import { DispatchArithmeticError, DispatchTokenError } from '../../framework/errors.js';
import type { Env } from '../../framework/pallet.js';
import type { StateReader } from '../../framework/state.js';
import type { AccountId, AccountInfoValue } from '../../types/substrate.js';
import {
  canDecProvider,
  decConsumers,
  decProviders,
  incConsumers,
  incProviders,
} from '../system/accounts.js';
import { maxBigint } from '../system/bigint.js';
import { defaultAccountData, IS_NEW_LOGIC, Account as SystemAccount } from '../system/storage.js';
import { balancesErrors } from './declarations.js';
import { PALLET, TotalIssuance } from './storage.js';

export type AccountData = AccountInfoValue['data'];

/** Whether a withdrawal may take the account below the existential deposit (fungible `Preservation`). */
export type Preservation = 'Expendable' | 'Protect' | 'Preserve';
/** Whether frozen funds may be touched (fungible `Fortitude`). */
export type Fortitude = 'Polite' | 'Force';

const U128_MAX = (1n << 128n) - 1n;

type WithdrawConsequence =
  | { kind: 'Success' }
  | { kind: 'ReducedToZero'; rest: bigint }
  | { kind: 'BalanceLow' | 'WouldDie' | 'Underflow' | 'Frozen' };

const sameData = (a: AccountData, b: AccountData) =>
  a.free === b.free && a.reserved === b.reserved && a.frozen === b.frozen && a.flags === b.flags;

const sameAccount = (a: Uint8Array, b: Uint8Array) => a.length === b.length && a.every((x, i) => x === b[i]);

export interface NativeCurrencyConfig {
  /** The least balance an account must hold to exist (500 in the reference runtime). */
  readonly existentialDeposit: bigint;
}

/**
 * The native-currency operations other pallets and the fee logic call. All of them run inside the caller's
 * storage layer; on a thrown error the caller's transaction discards their writes.
 */
export class NativeCurrency {
  readonly ed: bigint;

  constructor(config: NativeCurrencyConfig) {
    if (config.existentialDeposit <= 0n) throw new Error('the existential deposit must be greater than zero');
    this.ed = config.existentialDeposit;
  }

  /** The account's balances (the default for an absent account). */
  account(state: StateReader, who: AccountId): AccountData {
    return SystemAccount.get(state, who).data;
  }

  free(state: StateReader, who: AccountId): bigint {
    return this.account(state, who).free;
  }

  totalIssuance(state: StateReader): bigint {
    return TotalIssuance.get(state);
  }

  /** Marks an account written by an older balances pallet as new-logic (`Upgraded`); true if it did. */
  ensureUpgraded(env: Env, who: AccountId): boolean {
    const info = SystemAccount.get(env.state, who);
    if (info.data.flags & IS_NEW_LOGIC) return false;
    const data = { ...info.data, flags: info.data.flags | IS_NEW_LOGIC };
    if (data.reserved > 0n && data.frozen === 0n) {
      // Old-logic reserves held no consumer reference; the new logic needs one (and a provider to hold it).
      if (info.providers === 0) {
        data.free = maxBigint(data.free, this.ed);
        incProviders(env, who);
      }
      const now = SystemAccount.get(env.state, who);
      SystemAccount.set(env.state, who, { ...now, consumers: now.consumers + 1 });
    }
    this.storeData(env, who, data);
    env.deposit(PALLET, { tag: 'Upgraded', value: { who } });
    return true;
  }

  /** `StoredMap::insert` for System: write the data if the account exists, else drop the entry. */
  private storeData(env: Env, who: AccountId, data: AccountData | undefined): void {
    const info = SystemAccount.get(env.state, who);
    if (info.providers > 0 || info.sufficients > 0) {
      SystemAccount.set(env.state, who, { ...info, data: data ?? defaultAccountData() });
    } else if (SystemAccount.exists(env.state, who)) {
      SystemAccount.remove(env.state, who);
    }
  }

  /**
   * Mutates an account's balances with FRAME's bookkeeping: provider and consumer references follow the
   * balance, a new account is `Endowed`, and dust below the existential deposit is removed (`DustLost`, burnt).
   * Returns `f`'s result. Transactional: if `f` or the bookkeeping throws, nothing is written.
   */
  mutateAccount<R>(env: Env, who: AccountId, f: (account: AccountData, isNew: boolean) => R): R {
    return env.state.transactional(() => {
      this.ensureUpgraded(env, who);
      const stored = SystemAccount.get(env.state, who).data;
      const isNew = sameData(stored, defaultAccountData());
      const account = { ...stored };
      const didProvide = account.free >= this.ed;
      const didConsume = !isNew && (account.reserved > 0n || account.frozen > 0n);
      const result = f(account, isNew);
      const doesProvide = account.free >= this.ed;
      const doesConsume = account.reserved > 0n || account.frozen > 0n;
      if (!didProvide && doesProvide) incProviders(env, who);
      if (didConsume && !doesConsume) decConsumers(env, who);
      if (!didConsume && doesConsume) incConsumers(env, who);
      // May reap the account, so it goes last.
      if (didProvide && !doesProvide) decProviders(env, who);
      let dust: bigint | undefined;
      if (account.free < this.ed && account.reserved === 0n) {
        if (account.free > 0n) dust = account.free;
        this.storeData(env, who, undefined);
      } else {
        this.storeData(env, who, account);
      }
      if (isNew) env.deposit(PALLET, { tag: 'Endowed', value: { account: who, free_balance: account.free } });
      if (dust !== undefined) {
        env.deposit(PALLET, { tag: 'DustLost', value: { account: who, amount: dust } });
        this.burn(env, dust);
      }
      return result;
    });
  }

  /** Removes `amount` from the total issuance (a dropped negative imbalance: fees, dust). */
  burn(env: Env, amount: bigint): void {
    TotalIssuance.mutate(env.state, (t) => (t > amount ? t - amount : 0n));
  }

  /** Adds `amount` to the total issuance (a dropped positive imbalance). */
  mint(env: Env, amount: bigint): void {
    TotalIssuance.mutate(env.state, (t) => (t + amount > U128_MAX ? U128_MAX : t + amount));
  }

  /** What `who` can spend under the given preservation (fungible `reducible_balance`). */
  reducibleBalance(state: StateReader, who: AccountId, preservation: Preservation, force: Fortitude): bigint {
    const info = SystemAccount.get(state, who);
    const a = info.data;
    let untouchable = 0n;
    if (force === 'Polite') untouchable = a.frozen > a.reserved ? a.frozen - a.reserved : 0n;
    const keepProvider =
      preservation === 'Preserve' ||
      (preservation === 'Protect' && a.free > 0n && info.providers === 1) ||
      (preservation === 'Expendable' && a.free > 0n && !canDecProvider(state, who));
    if (keepProvider && untouchable < this.ed) untouchable = this.ed;
    return a.free > untouchable ? a.free - untouchable : 0n;
  }

  private canWithdraw(state: StateReader, who: AccountId, amount: bigint): WithdrawConsequence {
    if (amount === 0n) return { kind: 'Success' };
    if (TotalIssuance.get(state) < amount) return { kind: 'Underflow' };
    const a = this.account(state, who);
    if (a.free < amount) return { kind: 'BalanceLow' };
    const newFree = a.free - amount;
    if (amount > this.reducibleBalance(state, who, 'Expendable', 'Polite')) return { kind: 'Frozen' };
    let success: WithdrawConsequence = { kind: 'Success' };
    if (newFree < this.ed) {
      if (!canDecProvider(state, who)) return { kind: 'WouldDie' };
      success = { kind: 'ReducedToZero', rest: newFree };
    }
    if (newFree + a.reserved < a.frozen) return { kind: 'Frozen' };
    return success;
  }

  private checkWithdraw(state: StateReader, who: AccountId, amount: bigint, keepNonzero: boolean): void {
    const c = this.canWithdraw(state, who, amount);
    switch (c.kind) {
      case 'BalanceLow':
        throw new DispatchTokenError('FundsUnavailable');
      case 'WouldDie':
        throw new DispatchTokenError('OnlyProvider');
      case 'Underflow':
        throw new DispatchArithmeticError('Underflow');
      case 'Frozen':
        throw new DispatchTokenError('Frozen');
      case 'ReducedToZero':
        if (keepNonzero) throw new DispatchTokenError('NotExpendable');
        return;
      case 'Success':
        return;
    }
  }

  private checkDeposit(state: StateReader, who: AccountId, amount: bigint, minted: boolean): void {
    if (amount === 0n) return;
    if (minted && TotalIssuance.get(state) + amount > U128_MAX) throw new DispatchArithmeticError('Overflow');
    const a = this.account(state, who);
    const newFree = a.free + amount;
    if (newFree > U128_MAX || a.reserved + newFree > U128_MAX) throw new DispatchArithmeticError('Overflow');
    if (newFree < this.ed) throw new DispatchTokenError('BelowMinimum');
  }

  /** Sets the free balance, refusing to take more than is spendable at all (`write_balance`). */
  private writeBalance(env: Env, who: AccountId, amount: bigint): void {
    const maxReduction = this.reducibleBalance(env.state, who, 'Expendable', 'Force');
    this.mutateAccount(env, who, (account) => {
      const reduction = account.free > amount ? account.free - amount : 0n;
      if (reduction > maxReduction) throw balancesErrors.fail('InsufficientBalance');
      account.free = amount;
    });
  }

  /**
   * Moves `amount` from `source` to `dest` (`fungible::Mutate::transfer`): token errors when the source cannot
   * spend it under `preservation` or the destination would end below the existential deposit. Emits `Transfer`.
   *
   * @example
   * currency.transfer(env, alice, bob, 10n ** 12n, 'Preserve'); // transfer_keep_alive
   */
  transfer(env: Env, source: AccountId, dest: AccountId, amount: bigint, preservation: Preservation): void {
    this.checkWithdraw(env.state, source, amount, preservation !== 'Expendable');
    this.checkDeposit(env.state, dest, amount, false);
    if (sameAccount(source, dest)) return;
    this.decreaseBalance(env, source, amount, preservation);
    this.increaseBalance(env, dest, amount);
    env.deposit(PALLET, { tag: 'Transfer', value: { from: source, to: dest, amount } });
  }

  private decreaseBalance(env: Env, who: AccountId, amount: bigint, preservation: Preservation): void {
    const old = this.free(env.state, who);
    const reducible = this.reducibleBalance(env.state, who, preservation, 'Polite');
    const take = amount < reducible ? amount : reducible;
    if (old < take) throw new DispatchTokenError('FundsUnavailable');
    this.writeBalance(env, who, old - take);
  }

  private increaseBalance(env: Env, who: AccountId, amount: bigint): void {
    const old = this.free(env.state, who);
    const next = old + amount > U128_MAX ? U128_MAX : old + amount;
    if (next < this.ed || next === old) return;
    this.writeBalance(env, who, next);
  }

  /**
   * `Currency::withdraw` (used for fees): takes `amount` from the free balance and emits `Withdraw`; the amount
   * leaves the total issuance only when the caller burns it. `KeepAlive` refuses to reap the account.
   */
  withdraw(env: Env, who: AccountId, amount: bigint, liveness: 'KeepAlive' | 'AllowDeath'): void {
    if (amount === 0n) return;
    this.mutateAccount(env, who, (account) => {
      if (account.free < amount) throw balancesErrors.fail('InsufficientBalance');
      const newFree = account.free - amount;
      const wouldKill = newFree < this.ed && account.free >= this.ed;
      if (liveness === 'KeepAlive' && wouldKill) throw balancesErrors.fail('Expendability');
      if (newFree < this.account(env.state, who).frozen) throw balancesErrors.fail('LiquidityRestrictions');
      account.free = newFree;
      env.deposit(PALLET, { tag: 'Withdraw', value: { who, amount } });
    });
  }

  /** `Currency::deposit_into_existing` (fee refunds): fails with `DeadAccount` for an account that does not exist. */
  depositIntoExisting(env: Env, who: AccountId, amount: bigint): void {
    if (amount === 0n) return;
    this.mutateAccount(env, who, (account, isNew) => {
      if (isNew) throw balancesErrors.fail('DeadAccount');
      if (account.free + amount > U128_MAX) throw new DispatchArithmeticError('Overflow');
      account.free += amount;
      env.deposit(PALLET, { tag: 'Deposit', value: { who, amount } });
    });
  }

  /**
   * `Currency::deposit_creating`: mints `amount` into `who` (creating the account), increasing the total issuance.
   * Below the existential deposit for a new account it fails with `ExistentialDeposit`.
   */
  depositCreating(env: Env, who: AccountId, amount: bigint): void {
    if (amount === 0n) return;
    this.mutateAccount(env, who, (account, isNew) => {
      if (amount < this.ed && isNew) throw balancesErrors.fail('ExistentialDeposit');
      if (account.free + amount > U128_MAX) throw new DispatchArithmeticError('Overflow');
      account.free += amount;
      env.deposit(PALLET, { tag: 'Deposit', value: { who, amount } });
    });
    this.mint(env, amount);
  }

  /** `ReservableCurrency::reserve`: moves `amount` from free to reserved (`Reserved`). */
  reserve(env: Env, who: AccountId, amount: bigint): void {
    if (amount === 0n) return;
    const frozen = this.account(env.state, who).frozen;
    this.mutateAccount(env, who, (account) => {
      if (account.free < amount) throw balancesErrors.fail('InsufficientBalance');
      account.free -= amount;
      account.reserved += amount;
      if (account.free < frozen) throw balancesErrors.fail('LiquidityRestrictions');
    });
    env.deposit(PALLET, { tag: 'Reserved', value: { who, amount } });
  }

  /** `ReservableCurrency::unreserve`: moves up to `amount` back to free (`Unreserved`); returns what was left over. */
  unreserve(env: Env, who: AccountId, amount: bigint): bigint {
    if (amount === 0n) return 0n;
    const a = this.account(env.state, who);
    if (a.free + a.reserved === 0n) return amount;
    const actual = this.mutateAccount(env, who, (account) => {
      const moved = account.reserved < amount ? account.reserved : amount;
      account.reserved -= moved;
      account.free = account.free + moved > U128_MAX ? U128_MAX : account.free + moved;
      return moved;
    });
    env.deposit(PALLET, { tag: 'Unreserved', value: { who, amount: actual } });
    return amount - actual;
  }

  /**
   * Sets the free balance by force (`force_set_balance`): below the existential deposit it becomes 0 (reaping an
   * account with nothing reserved); the total issuance follows. Emits `BalanceSet`.
   */
  forceSetBalance(env: Env, who: AccountId, newFree: bigint, expectReserved?: bigint): void {
    const free = newFree < this.ed ? 0n : newFree;
    const old = this.mutateAccount(env, who, (account) => {
      if (expectReserved !== undefined && account.reserved !== expectReserved) {
        throw new DispatchTokenError('Unsupported');
      }
      const previous = account.free;
      account.free = free;
      return previous;
    });
    if (free > old) this.mint(env, free - old);
    else if (free < old) this.burn(env, old - free);
    env.deposit(PALLET, { tag: 'BalanceSet', value: { who, free } });
  }
}
