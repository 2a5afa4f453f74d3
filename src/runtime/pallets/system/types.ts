// spec: reference-metadata-spec30 type appendix (Digest, DigestItem, Header, EventRecord, BlockWeights, BlockLength,
// RuntimeDbWeight, LastRuntimeUpgradeInfo, PerDispatchClass); substrate-compat §5.1, §6.3
/** frame_system's own types, declared at the reference paths. */
import * as scale from 'scale-ts';
import {
  bytes,
  compactU32,
  enumType,
  fixedBytes,
  makeType,
  option,
  str,
  struct,
  u32,
  u64,
  vec,
} from '../../../primitives/codec/describe.js';
import type { Field, Type, ValueOf } from '../../../primitives/codec/types.js';
import { H256, Phase, Weight } from '../../types/substrate.js';

/**
 * A variant's unnamed fields as FRAME declares them (`PreRuntime(ConsensusEngineId, Vec<u8>)`): metadata lists each
 * field with its Rust type name; the value is a tuple array.
 */
const unnamed = <A, B>(a: [Type<A>, string], b: [Type<B>, string]): Type<[A, B]> =>
  makeType(scale.Tuple(a[0].codec, b[0].codec) as unknown as scale.Codec<[A, B]>, () => ({
    tag: 'composite',
    value: [a, b].map(([type, typeName]): Field => ({ name: undefined, type, typeName, docs: [] })),
  }));

const engineAndData = () => unnamed([fixedBytes(4), 'ConsensusEngineId'], [bytes, 'Vec<u8>']);

/** A digest item; variant indices are not contiguous (substrate-compat §5.1). */
export const DigestItem = enumType(['sp_runtime', 'generic', 'digest', 'DigestItem'], {
  PreRuntime: { index: 6, fields: engineAndData() },
  Consensus: { index: 4, fields: engineAndData() },
  Seal: { index: 5, fields: engineAndData() },
  Other: {
    index: 0,
    fields: makeType(bytes.codec, () => ({
      tag: 'composite',
      value: [{ name: undefined, type: bytes, typeName: 'Vec<u8>', docs: [] }],
    })),
  },
  RuntimeEnvironmentUpdated: { index: 8 },
});
export type DigestItemValue = ValueOf<typeof DigestItem>;

export const Digest = struct(['sp_runtime', 'generic', 'digest', 'Digest'], {
  logs: { type: vec(DigestItem), typeName: 'Vec<DigestItem>' },
});
export type DigestValue = ValueOf<typeof Digest>;

/** The block header; its blake2_256 is the block hash (substrate-compat §5.1). */
export const Header = struct(
  ['sp_runtime', 'generic', 'header', 'Header'],
  {
    parent_hash: { type: H256, typeName: 'Hash::Output' },
    number: { type: compactU32, typeName: 'Number' },
    state_root: { type: H256, typeName: 'Hash::Output' },
    extrinsics_root: { type: H256, typeName: 'Hash::Output' },
    digest: { type: Digest, typeName: 'Digest' },
  },
  {
    params: [
      { name: 'Number', type: u32 },
      { name: 'Hash', type: undefined },
    ],
  },
);
export type HeaderValue = ValueOf<typeof Header>;

export const LastRuntimeUpgradeInfo = struct(['frame_system', 'LastRuntimeUpgradeInfo'], {
  spec_version: { type: compactU32, typeName: 'codec::Compact<u32>' },
  spec_name: { type: str, typeName: 'sp_runtime::RuntimeString' },
});
export type LastRuntimeUpgradeInfoValue = ValueOf<typeof LastRuntimeUpgradeInfo>;

const perDispatchClassCache = new WeakMap<object, Type<unknown>>();
/** `frame_support::dispatch::PerDispatchClass<T>`. */
export const perDispatchClass = <T>(inner: Type<T>): Type<{ normal: T; operational: T; mandatory: T }> => {
  let t = perDispatchClassCache.get(inner);
  if (t === undefined) {
    t = struct(
      ['frame_support', 'dispatch', 'PerDispatchClass'],
      {
        normal: { type: inner, typeName: 'T' },
        operational: { type: inner, typeName: 'T' },
        mandatory: { type: inner, typeName: 'T' },
      },
      { params: [{ name: 'T', type: inner }] },
    ) as Type<unknown>;
    perDispatchClassCache.set(inner, t);
  }
  return t as Type<{ normal: T; operational: T; mandatory: T }>;
};

export const PerDispatchClassWeight = perDispatchClass(Weight);
export type PerDispatchClassWeightValue = ValueOf<typeof PerDispatchClassWeight>;

export const WeightsPerClass = struct(['frame_system', 'limits', 'WeightsPerClass'], {
  base_extrinsic: { type: Weight, typeName: 'Weight' },
  max_extrinsic: { type: option(Weight), typeName: 'Option<Weight>' },
  max_total: { type: option(Weight), typeName: 'Option<Weight>' },
  reserved: { type: option(Weight), typeName: 'Option<Weight>' },
});

export const BlockWeights = struct(['frame_system', 'limits', 'BlockWeights'], {
  base_block: { type: Weight, typeName: 'Weight' },
  max_block: { type: Weight, typeName: 'Weight' },
  per_class: { type: perDispatchClass(WeightsPerClass), typeName: 'PerDispatchClass<WeightsPerClass>' },
});
export type BlockWeightsValue = ValueOf<typeof BlockWeights>;

export const BlockLength = struct(['frame_system', 'limits', 'BlockLength'], {
  max: { type: perDispatchClass(u32), typeName: 'PerDispatchClass<u32>' },
});
export type BlockLengthValue = ValueOf<typeof BlockLength>;

export const RuntimeDbWeight = struct(['sp_weights', 'RuntimeDbWeight'], {
  read: { type: u64, typeName: 'u64' },
  write: { type: u64, typeName: 'u64' },
});
export type RuntimeDbWeightValue = ValueOf<typeof RuntimeDbWeight>;

export type DispatchClassName = 'Normal' | 'Operational' | 'Mandatory';
export const classKey = (c: DispatchClassName) =>
  c === 'Normal' ? 'normal' : c === 'Operational' ? 'operational' : ('mandatory' as const);

const eventRecordCache = new WeakMap<object, Type<unknown>>();

/** One record of `System.Events`: phase, event, topics. */
export interface EventRecordValue<E = { tag: string; value: unknown }> {
  phase: ValueOf<typeof Phase>;
  event: E;
  topics: Uint8Array[];
}

/**
 * `frame_system::EventRecord<RuntimeEvent, H256>` for a runtime's event enum. Its first parameter is how
 * polkadot-js finds the event type (substrate-compat §7.5), so the parameters must be the real types.
 */
export const eventRecordType = (eventType: Type<unknown>): Type<EventRecordValue> => {
  let t = eventRecordCache.get(eventType);
  if (t === undefined) {
    t = struct(
      ['frame_system', 'EventRecord'],
      {
        phase: { type: Phase, typeName: 'Phase' },
        event: { type: eventType, typeName: 'E' },
        topics: { type: vec(H256), typeName: 'Vec<T>' },
      },
      {
        params: [
          { name: 'E', type: eventType },
          { name: 'T', type: H256 },
        ],
      },
    ) as Type<unknown>;
    eventRecordCache.set(eventType, t);
  }
  return t as Type<EventRecordValue>;
};
