// spec: reference-metadata-spec30 System (index 0: calls, events, errors, constants); substrate-compat §6.4, §8
import { bytes, lazy, mapType, tuple, u16, u32, vec } from '../../../primitives/codec/describe.js';
import type { Type } from '../../../primitives/codec/types.js';
import { toHex } from '../../../primitives/common/bytes.js';
import { blake2_256 } from '../../../primitives/common/hashing.js';
import { BadOriginError, DispatchOtherError } from '../../framework/errors.js';
import {
  type CallDispatchInfo,
  call,
  constant,
  definePallet,
  type Origin,
  type Pallet,
} from '../../framework/pallet.js';
import type { Runtime } from '../../framework/runtime.js';
import {
  AccountId32,
  DispatchError,
  DispatchInfo,
  H256,
  RuntimeVersion,
  type RuntimeVersionValue,
  u64,
} from '../../types/substrate.js';
import { PALLET } from './accounts.js';
import { palletErrors, palletEvents } from './declare.js';
import { systemStorage } from './storage.js';
import {
  BlockLength,
  type BlockLengthValue,
  BlockWeights,
  type BlockWeightsValue,
  RuntimeDbWeight,
  type RuntimeDbWeightValue,
} from './types.js';

export const systemEvents = palletEvents(['frame_system', 'pallet', 'Event'], {
  ExtrinsicSuccess: {
    index: 0,
    fields: { dispatch_info: { type: DispatchInfo, typeName: 'DispatchInfo' } },
    docs: ['An extrinsic completed successfully.'],
  },
  ExtrinsicFailed: {
    index: 1,
    fields: {
      dispatch_error: { type: DispatchError, typeName: 'DispatchError' },
      dispatch_info: { type: DispatchInfo, typeName: 'DispatchInfo' },
    },
    docs: ['An extrinsic failed.'],
  },
  CodeUpdated: { index: 2, docs: ['`:code` was updated.'] },
  NewAccount: {
    index: 3,
    fields: { account: { type: AccountId32, typeName: 'T::AccountId' } },
    docs: ['A new account was created.'],
  },
  KilledAccount: {
    index: 4,
    fields: { account: { type: AccountId32, typeName: 'T::AccountId' } },
    docs: ['An account was reaped.'],
  },
  Remarked: {
    index: 5,
    fields: {
      sender: { type: AccountId32, typeName: 'T::AccountId' },
      hash: { type: H256, typeName: 'T::Hash' },
    },
    docs: ['On on-chain remark happened.'],
  },
});

export const systemErrors = palletErrors(
  PALLET,
  ['frame_system', 'pallet', 'Error'],
  [
    [
      'InvalidSpecName',
      'The name of specification does not match between the current runtime and the new runtime.',
    ],
    [
      'SpecVersionNeedsToIncrease',
      'The specification version is not allowed to decrease between the current runtime and the new runtime.',
    ],
    ['FailedToExtractRuntimeVersion', 'Failed to extract the runtime version from the new runtime.'],
    ['NonDefaultComposite', 'Suicide called when the account has non-default composite data.'],
    ['NonZeroRefCount', 'There is a non-zero reference count preventing the account from being purged.'],
    ['CallFiltered', 'The origin filter prevent the call to be dispatched.'],
  ],
);

/** The key of the heap-pages well-known entry (`:heappages`). */
const HEAP_PAGES_KEY = toHex(new TextEncoder().encode(':heappages'));

export interface SystemConfig {
  /** The runtime version; read lazily, because its API list is complete only once every API is registered. */
  readonly version: () => RuntimeVersionValue;
  readonly ss58Prefix: number;
  readonly blockHashCount: number;
  readonly blockWeights: BlockWeightsValue;
  readonly blockLength: BlockLengthValue;
  readonly dbWeight: RuntimeDbWeightValue;
  /** The assembled runtime (its event enum types `System.Events`). */
  readonly runtime: () => Runtime;
}

const root = (origin: Origin, what: string) => {
  if (origin.kind !== 'Root') throw new BadOriginError(`System.${what} needs the Root origin`);
};

/** `System.Version` is encoded when metadata is built, so the constant resolves the version then. */
const lazyVersion: Type<() => RuntimeVersionValue> = mapType(
  RuntimeVersion,
  (get: () => RuntimeVersionValue) => get(),
  (v: RuntimeVersionValue) => () => v,
);

/** Declares the System pallet (index 0). */
/** Root-only maintenance calls are Operational, as in FRAME, with a flat weight. */
const ROOT_MAINTENANCE_INFO: CallDispatchInfo = {
  weight: { ref_time: 100_000_000n, proof_size: 0n },
  class: 'Operational',
};

export const createSystemPallet = (config: SystemConfig): Pallet =>
  definePallet({
    name: PALLET,
    index: 0,
    callPath: ['frame_system', 'pallet', 'Call'],
    // The runtime (and its event enum) is assembled after the pallets, hence `lazy`.
    storage: systemStorage(lazy(() => config.runtime().eventType)),
    events: systemEvents,
    errors: systemErrors,
    constants: {
      BlockWeights: constant(BlockWeights, config.blockWeights, [
        'Block & extrinsics weights: base values and limits.',
      ]),
      BlockLength: constant(BlockLength, config.blockLength, ['The maximum length of a block (in bytes).']),
      BlockHashCount: constant(u32, config.blockHashCount, [
        'Maximum number of block number to block hash mappings to keep (oldest pruned first).',
      ]),
      DbWeight: constant(RuntimeDbWeight, config.dbWeight, [
        'The weight of runtime database operations the runtime can invoke.',
      ]),
      Version: constant(lazyVersion, config.version, ["Get the chain's current version."]),
      SS58Prefix: constant(u16, config.ss58Prefix, ['The designated SS58 prefix of this chain.']),
    },
    calls: {
      remark: call({
        index: 0,
        args: { remark: { type: bytes, typeName: 'Vec<u8>' } },
        docs: ['Make some on-chain remark.'],
        dispatch: () => {},
      }),
      set_heap_pages: call({
        index: 1,
        info: ROOT_MAINTENANCE_INFO,
        args: { pages: { type: u64, typeName: 'u64' } },
        docs: ["Set the number of pages in the WebAssembly environment's heap."],
        dispatch: (env, origin, { pages }) => {
          root(origin, 'set_heap_pages');
          // Recorded for tools that read it; this runtime has no WebAssembly heap.
          env.state.set(HEAP_PAGES_KEY, u64.enc(pages));
        },
      }),
      set_code: call({
        index: 2,
        info: ROOT_MAINTENANCE_INFO,
        args: { code: { type: bytes, typeName: 'Vec<u8>' } },
        docs: ['Set the new runtime code.'],
        dispatch: (_env, origin) => {
          root(origin, 'set_code');
          // A TypeScript runtime cannot load WebAssembly: the new code's version can never be read.
          throw systemErrors.fail('FailedToExtractRuntimeVersion');
        },
      }),
      set_code_without_checks: call({
        index: 3,
        info: ROOT_MAINTENANCE_INFO,
        args: { code: { type: bytes, typeName: 'Vec<u8>' } },
        docs: ['Set the new runtime code without doing any checks of the given `code`.'],
        dispatch: (_env, origin) => {
          root(origin, 'set_code_without_checks');
          throw new DispatchOtherError('this runtime is TypeScript and cannot switch to WebAssembly code');
        },
      }),
      set_storage: call({
        index: 4,
        info: ROOT_MAINTENANCE_INFO,
        args: { items: { type: vec(tuple(bytes, bytes)), typeName: 'Vec<KeyValue>' } },
        docs: ['Set some items of storage.'],
        dispatch: (env, origin, { items }) => {
          root(origin, 'set_storage');
          for (const [k, v] of items) env.state.set(toHex(k), v);
        },
      }),
      kill_storage: call({
        index: 5,
        info: ROOT_MAINTENANCE_INFO,
        args: { keys: { type: vec(bytes), typeName: 'Vec<Key>' } },
        docs: ['Kill some items from storage.'],
        dispatch: (env, origin, { keys }) => {
          root(origin, 'kill_storage');
          for (const k of keys) env.state.delete(toHex(k));
        },
      }),
      kill_prefix: call({
        index: 6,
        info: ROOT_MAINTENANCE_INFO,
        args: { prefix: { type: bytes, typeName: 'Key' }, subkeys: { type: u32, typeName: 'u32' } },
        docs: ['Kill all storage items with a key that starts with the given prefix.'],
        dispatch: (env, origin, { prefix }) => {
          root(origin, 'kill_prefix');
          env.state.clearPrefix(toHex(prefix));
        },
      }),
      remark_with_event: call({
        index: 7,
        args: { remark: { type: bytes, typeName: 'Vec<u8>' } },
        docs: ['Make some on-chain remark and emit event.'],
        dispatch: (env, origin, { remark }) => {
          if (origin.kind !== 'Signed')
            throw new BadOriginError('System.remark_with_event needs a signed origin');
          env.deposit(PALLET, { tag: 'Remarked', value: { sender: origin.who, hash: blake2_256(remark) } });
        },
      }),
    },
  });
