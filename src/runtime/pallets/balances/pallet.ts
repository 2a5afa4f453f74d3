// spec: reference-metadata-spec30 Balances (index 10: calls, events, errors, constants)
import { bool, compactU128, u32, u128, vec } from '../../../primitives/codec/describe.js';
import { BadOriginError } from '../../framework/errors.js';
import {
  type CallDispatchInfo,
  call,
  constant,
  definePallet,
  type Origin,
  type Pallet,
} from '../../framework/pallet.js';
import { type AccountId, AccountId32, MultiAddress } from '../../types/substrate.js';
import { lookupAddress } from '../system/accounts.js';
import { PARAMS_T_I } from '../system/declare.js';
import type { NativeCurrency } from './currency.js';
import { balancesErrors, balancesEvents } from './declarations.js';
import { balancesStorage, PALLET } from './storage.js';

export interface BalancesConfig {
  readonly existentialDeposit: bigint;
  readonly maxLocks: number;
  readonly maxReserves: number;
  readonly maxHolds: number;
  readonly maxFreezes: number;
}

/** The reference runtime's values (reference-metadata-spec30 Balances constants). */
export const REFERENCE_BALANCES_CONFIG: BalancesConfig = {
  existentialDeposit: 500n,
  maxLocks: 50,
  maxReserves: 128,
  maxHolds: 0,
  maxFreezes: 0,
};

const dest = { type: MultiAddress, typeName: 'AccountIdLookupOf<T>' };
/** The reference weight of a transfer (Gesell block #2: 295 649 000 / 3 593 minus the base extrinsic weight). */
const TRANSFER_INFO: CallDispatchInfo = { weight: { ref_time: 171_235_000n, proof_size: 3_593n } };
const balance = { type: compactU128, typeName: 'T::Balance' };

const signer = (origin: Origin, call: string): AccountId => {
  if (origin.kind !== 'Signed') throw new BadOriginError(`Balances.${call} needs a signed origin`);
  return origin.who;
};
const root = (origin: Origin, call: string): void => {
  if (origin.kind !== 'Root') throw new BadOriginError(`Balances.${call} needs the Root origin`);
};

/** Declares the Balances pallet (index 10) over `currency`, the native currency other pallets share. */
export const createBalancesPallet = (config: BalancesConfig, currency: NativeCurrency): Pallet =>
  definePallet({
    name: PALLET,
    index: 10,
    callPath: ['pallet_balances', 'pallet', 'Call'],
    params: PARAMS_T_I,
    storage: balancesStorage,
    events: balancesEvents,
    errors: balancesErrors,
    constants: {
      ExistentialDeposit: constant(u128, config.existentialDeposit, [
        'The minimum amount required to keep an account open. MUST BE GREATER THAN ZERO!',
      ]),
      MaxLocks: constant(u32, config.maxLocks, [
        'The maximum number of locks that should exist on an account.',
        'Not strictly enforced, but used for weight estimation.',
      ]),
      MaxReserves: constant(u32, config.maxReserves, [
        'The maximum number of named reserves that can exist on an account.',
      ]),
      MaxHolds: constant(u32, config.maxHolds, [
        'The maximum number of holds that can exist on an account at any time.',
      ]),
      MaxFreezes: constant(u32, config.maxFreezes, [
        'The maximum number of individual freeze locks that can exist on an account at any time.',
      ]),
    },
    calls: {
      transfer_allow_death: call({
        index: 0,
        info: TRANSFER_INFO,
        args: { dest, value: balance },
        docs: ['Transfer some liquid free balance to another account; the sender may be reaped.'],
        dispatch: (env, origin, { dest, value }) =>
          currency.transfer(
            env,
            signer(origin, 'transfer_allow_death'),
            lookupAddress(dest),
            value,
            'Expendable',
          ),
      }),
      set_balance_deprecated: call({
        index: 1,
        args: {
          who: dest,
          new_free: balance,
          old_reserved: balance,
        },
        docs: [
          'Set the regular balance of a given account; it also takes a reserved balance but this must be the',
          "same as the account's current reserved balance.",
        ],
        dispatch: (env, origin, { who, new_free, old_reserved }) => {
          root(origin, 'set_balance_deprecated');
          currency.forceSetBalance(env, lookupAddress(who), new_free, old_reserved);
        },
      }),
      force_transfer: call({
        index: 2,
        args: { source: dest, dest, value: balance },
        docs: [
          'Exactly as `transfer_allow_death`, except the origin must be root and the source account may be',
          'specified.',
        ],
        dispatch: (env, origin, { source, dest, value }) => {
          root(origin, 'force_transfer');
          currency.transfer(env, lookupAddress(source), lookupAddress(dest), value, 'Expendable');
        },
      }),
      transfer_keep_alive: call({
        index: 3,
        info: TRANSFER_INFO,
        args: { dest, value: balance },
        docs: [
          'Same as the `transfer_allow_death` call, but with a check that the transfer will not kill the',
          'origin account.',
        ],
        dispatch: (env, origin, { dest, value }) =>
          currency.transfer(
            env,
            signer(origin, 'transfer_keep_alive'),
            lookupAddress(dest),
            value,
            'Preserve',
          ),
      }),
      transfer_all: call({
        index: 4,
        args: { dest, keep_alive: { type: bool, typeName: 'bool' } },
        docs: ['Transfer the entire transferable balance from the caller account.'],
        dispatch: (env, origin, { dest, keep_alive }) => {
          const who = signer(origin, 'transfer_all');
          const preservation = keep_alive ? 'Preserve' : 'Expendable';
          const all = currency.reducibleBalance(env.state, who, preservation, 'Polite');
          currency.transfer(env, who, lookupAddress(dest), all, preservation);
        },
      }),
      force_unreserve: call({
        index: 5,
        args: { who: dest, amount: { type: u128, typeName: 'T::Balance' } },
        docs: ['Unreserve some balance from a user by force.'],
        dispatch: (env, origin, { who, amount }) => {
          root(origin, 'force_unreserve');
          currency.unreserve(env, lookupAddress(who), amount);
        },
      }),
      upgrade_accounts: call({
        index: 6,
        args: { who: { type: vec(AccountId32), typeName: 'Vec<T::AccountId>' } },
        docs: ['Upgrade a specified account.'],
        dispatch: (env, origin, { who }) => {
          signer(origin, 'upgrade_accounts');
          for (const account of who) currency.ensureUpgraded(env, account);
        },
      }),
      transfer: call({
        index: 7,
        args: { dest, value: balance },
        docs: ['Alias for `transfer_allow_death`, provided only for name-wise compatibility.'],
        dispatch: (env, origin, { dest, value }) =>
          currency.transfer(env, signer(origin, 'transfer'), lookupAddress(dest), value, 'Expendable'),
      }),
      force_set_balance: call({
        index: 8,
        args: { who: dest, new_free: balance },
        docs: ['Set the regular balance of a given account.'],
        dispatch: (env, origin, { who, new_free }) => {
          root(origin, 'force_set_balance');
          currency.forceSetBalance(env, lookupAddress(who), new_free);
        },
      }),
    },
  });
