// spec: substrate-compat §6.2 (System.Account); FRAME frame_system reference counting
/**
 * Account existence and reference counting (`frame_system::{inc,dec}_{providers,consumers,sufficients}`): an account
 * exists while it has a provider or a sufficient reference; it is created with `NewAccount` and reaped (its entry,
 * nonce and balances removed) with `KilledAccount`.
 */
import type { Env } from '../../framework/pallet.js';
import type { StateReader } from '../../framework/state.js';
import type { AccountId, AccountInfoValue, MultiAddressValue } from '../../types/substrate.js';
import { SystemDispatchError } from './dispatchErrors.js';
import { Account } from './storage.js';

export const PALLET = 'System';

/** FRAME's `MaxConsumers` default. */
const MAX_CONSUMERS = 16;

/** The account's info; absent accounts read as the default (substrate-compat §6.2). */
export const accountInfo = (state: StateReader, who: AccountId): AccountInfoValue => Account.get(state, who);

export const accountNonce = (state: StateReader, who: AccountId): number => Account.get(state, who).nonce;

/** An account exists while it has providers or sufficients. */
export const accountExists = (state: StateReader, who: AccountId): boolean => {
  const a = Account.get(state, who);
  return a.providers > 0 || a.sufficients > 0;
};

const created = (env: Env, who: AccountId) =>
  env.deposit(PALLET, { tag: 'NewAccount', value: { account: who } });
const killed = (env: Env, who: AccountId) =>
  env.deposit(PALLET, { tag: 'KilledAccount', value: { account: who } });

/** Adds a provider reference, creating the account (`NewAccount`) when it had none. */
export const incProviders = (env: Env, who: AccountId): 'Created' | 'Incremented' => {
  const a = Account.get(env.state, who);
  if (a.providers === 0 && a.sufficients === 0) {
    Account.set(env.state, who, { ...a, providers: 1 });
    created(env, who);
    return 'Created';
  }
  Account.set(env.state, who, { ...a, providers: a.providers + 1 });
  return 'Incremented';
};

/**
 * Removes a provider reference; reaps the account (`KilledAccount`) when it was the last reference. Throws
 * `ConsumerRemaining` when the last provider would go while consumers remain.
 */
export const decProviders = (env: Env, who: AccountId): 'Reaped' | 'Exists' => {
  if (!Account.exists(env.state, who)) return 'Reaped';
  const a = Account.get(env.state, who);
  const providers = a.providers === 0 ? 1 : a.providers;
  if (providers === 1 && a.consumers === 0 && a.sufficients === 0) {
    Account.remove(env.state, who);
    killed(env, who);
    return 'Reaped';
  }
  if (providers === 1 && a.consumers > 0) throw new SystemDispatchError('ConsumerRemaining');
  Account.set(env.state, who, { ...a, providers: providers - 1 });
  return 'Exists';
};

/** Adds a sufficient reference (community-currency accounts use these), creating the account if needed. */
export const incSufficients = (env: Env, who: AccountId): 'Created' | 'Incremented' => {
  const a = Account.get(env.state, who);
  if (a.providers === 0 && a.sufficients === 0) {
    Account.set(env.state, who, { ...a, sufficients: 1 });
    created(env, who);
    return 'Created';
  }
  Account.set(env.state, who, { ...a, sufficients: a.sufficients + 1 });
  return 'Incremented';
};

/** Removes a sufficient reference; reaps the account when no provider remains. */
export const decSufficients = (env: Env, who: AccountId): 'Reaped' | 'Exists' => {
  if (!Account.exists(env.state, who)) return 'Reaped';
  const a = Account.get(env.state, who);
  if (a.sufficients === 0) return 'Exists';
  if (a.providers === 0 && a.sufficients === 1) {
    Account.remove(env.state, who);
    killed(env, who);
    return 'Reaped';
  }
  Account.set(env.state, who, { ...a, sufficients: a.sufficients - 1 });
  return 'Exists';
};

/** Adds a consumer reference; the account must have a provider. */
export const incConsumers = (env: Env, who: AccountId): void => {
  const a = Account.get(env.state, who);
  if (a.providers === 0) throw new SystemDispatchError('NoProviders');
  if (a.consumers >= MAX_CONSUMERS) throw new SystemDispatchError('TooManyConsumers');
  Account.set(env.state, who, { ...a, consumers: a.consumers + 1 });
};

export const decConsumers = (env: Env, who: AccountId): void => {
  if (!Account.exists(env.state, who)) return;
  const a = Account.get(env.state, who);
  if (a.consumers > 0) Account.set(env.state, who, { ...a, consumers: a.consumers - 1 });
};

/** Whether the account can lose a provider without being left with dangling consumers. */
export const canDecProvider = (state: StateReader, who: AccountId): boolean => {
  const a = Account.get(state, who);
  return a.consumers === 0 || a.providers > 1;
};

/** Increments the nonce (CheckNonce does it for every applied signed extrinsic). */
export const incAccountNonce = (env: Env, who: AccountId): void => {
  const a = Account.get(env.state, who);
  Account.set(env.state, who, { ...a, nonce: (a.nonce + 1) >>> 0 });
};

/** `AccountIdLookup`: only `MultiAddress::Id` resolves (substrate-compat §5.2); others fail with `CannotLookup`. */
export const lookupAddress = (address: MultiAddressValue): AccountId => {
  if (address.tag !== 'Id') throw new SystemDispatchError('CannotLookup');
  return address.value;
};
