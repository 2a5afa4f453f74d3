// spec: reference-metadata-spec30 Sudo (index 5: calls, events, errors, storage)
/**
 * Sudo: one key account may dispatch any call as Root (`sudo`) or as any signed account (`sudo_as`). The inner
 * call runs in its own storage layer; its outcome is reported in `Sudid` / `SudoAsDone`, and the sudo call
 * itself succeeds (the key pays no fee for it: see the executive's dispatch info).
 */

import type { ResultValue } from '../../../primitives/codec/describe.js';
import { lazy, option } from '../../../primitives/codec/describe.js';
import { DispatchResult } from '../../executive/validity.js';
import { BadOriginError } from '../../framework/errors.js';
import {
  call,
  definePallet,
  type Env,
  type Origin,
  type Pallet,
  ROOT,
  type RuntimeCallValue,
  signed,
} from '../../framework/pallet.js';
import type { Runtime } from '../../framework/runtime.js';
import type { OverlayState } from '../../framework/state.js';
import { storageOf } from '../../framework/storage.js';
import {
  type AccountId,
  AccountId32,
  type DispatchErrorValue,
  MultiAddress,
  Weight,
} from '../../types/substrate.js';
import { lookupAddress } from '../system/accounts.js';
import { palletErrors, palletEvents } from '../system/declare.js';
import { dispatchErrorOf } from '../system/dispatchErrors.js';

export const PALLET = 'Sudo';

export const Key = storageOf(PALLET).value('Key', AccountId32, {
  docs: ['The `AccountId` of the sudo key.'],
});

export const sudoEvents = palletEvents(['pallet_sudo', 'pallet', 'Event'], {
  Sudid: {
    index: 0,
    fields: { sudo_result: { type: DispatchResult, typeName: 'DispatchResult' } },
    docs: ['A sudo just took place. \\[result\\]'],
  },
  KeyChanged: {
    index: 1,
    fields: { old_sudoer: { type: option(AccountId32), typeName: 'Option<T::AccountId>' } },
    docs: ['The \\[sudoer\\] just switched identity; the old key is supplied if one existed.'],
  },
  SudoAsDone: {
    index: 2,
    fields: { sudo_result: { type: DispatchResult, typeName: 'DispatchResult' } },
    docs: ['A sudo just took place. \\[result\\]'],
  },
});

export const sudoErrors = palletErrors(
  PALLET,
  ['pallet_sudo', 'pallet', 'Error'],
  [['RequireSudo', 'Sender must be the Sudo account']],
);

export interface SudoConfig {
  /** The assembled runtime: its call enum is the argument type, and it names nested dispatch errors. */
  readonly runtime: () => Runtime;
}

export interface SudoGenesis {
  readonly key: AccountId | undefined;
}

export const applySudoGenesis = (state: OverlayState, genesis: SudoGenesis): void => {
  if (genesis.key !== undefined) Key.set(state, genesis.key);
};

const sameAccount = (a: Uint8Array, b: Uint8Array) => a.length === b.length && a.every((x, i) => x === b[i]);

/** Declares the Sudo pallet (index 5). */
export const createSudoPallet = (config: SudoConfig): Pallet => {
  const runtimeCall = {
    type: lazy(() => config.runtime().callType),
    typeName: 'Box<<T as Config>::RuntimeCall>',
  };
  const who = { type: MultiAddress, typeName: 'AccountIdLookupOf<T>' };

  const ensureSudo = (env: Env, origin: Origin): void => {
    if (origin.kind !== 'Signed') throw new BadOriginError('Sudo calls need a signed origin');
    const key = Key.get(env.state);
    if (key === undefined || !sameAccount(key, origin.who)) throw sudoErrors.fail('RequireSudo');
  };

  /** Dispatches the inner call in its own layer and reports its outcome instead of failing. */
  const dispatchInner = (
    env: Env,
    origin: Origin,
    inner: RuntimeCallValue,
  ): ResultValue<undefined, DispatchErrorValue> => {
    try {
      env.state.transactional(() => env.dispatch(origin, inner));
      return { success: true, value: undefined };
    } catch (e) {
      const error = dispatchErrorOf(config.runtime(), e);
      if (error === undefined) throw e;
      return { success: false, value: error };
    }
  };

  return definePallet({
    name: PALLET,
    index: 5,
    callPath: ['pallet_sudo', 'pallet', 'Call'],
    storage: [Key],
    events: sudoEvents,
    errors: sudoErrors,
    calls: {
      sudo: call({
        index: 0,
        args: { call: runtimeCall },
        docs: ['Authenticates the sudo key and dispatches a function call with `Root` origin.'],
        dispatch: (env, origin, args) => {
          ensureSudo(env, origin);
          const sudo_result = dispatchInner(env, ROOT, args.call as RuntimeCallValue);
          env.deposit(PALLET, { tag: 'Sudid', value: { sudo_result } });
        },
      }),
      sudo_unchecked_weight: call({
        index: 1,
        args: { call: runtimeCall, weight: { type: Weight, typeName: 'Weight' } },
        docs: [
          'Authenticates the sudo key and dispatches a function call with `Root` origin.',
          'This function does not check the weight of the call, and instead allows the',
          'Sudo user to specify the weight of the call.',
        ],
        dispatch: (env, origin, args) => {
          ensureSudo(env, origin);
          const sudo_result = dispatchInner(env, ROOT, args.call as RuntimeCallValue);
          env.deposit(PALLET, { tag: 'Sudid', value: { sudo_result } });
        },
      }),
      set_key: call({
        index: 2,
        args: { new: who },
        docs: [
          'Authenticates the current sudo key and sets the given AccountId (`new`) as the new sudo',
          'key.',
        ],
        dispatch: (env, origin, args) => {
          ensureSudo(env, origin);
          const next = lookupAddress(args.new);
          env.deposit(PALLET, { tag: 'KeyChanged', value: { old_sudoer: Key.get(env.state) } });
          Key.set(env.state, next);
        },
      }),
      sudo_as: call({
        index: 3,
        args: { who, call: runtimeCall },
        docs: [
          'Authenticates the sudo key and dispatches a function call with `Signed` origin from',
          'a given account.',
        ],
        dispatch: (env, origin, args) => {
          ensureSudo(env, origin);
          const target = lookupAddress(args.who);
          const sudo_result = dispatchInner(env, signed(target), args.call as RuntimeCallValue);
          env.deposit(PALLET, { tag: 'SudoAsDone', value: { sudo_result } });
        },
      }),
    },
  });
};
