// spec: reference-metadata-spec30 System (storage: names, hashers, defaults); substrate-compat §6.2–6.4
import { bool, bytes, tuple, u32, vec } from '../../../primitives/codec/describe.js';
import type { Type } from '../../../primitives/codec/types.js';
import { key, type StorageItemInfo, storageOf } from '../../framework/storage.js';
import { AccountId32, AccountInfo, type AccountInfoValue, H256, Phase } from '../../types/substrate.js';
import { Digest, eventRecordType, LastRuntimeUpgradeInfo, PerDispatchClassWeight } from './types.js';

/** `pallet_balances::ExtraFlags` bit marking an account as migrated to the fungible-era logic. */
export const IS_NEW_LOGIC = 1n << 127n;

/** `AccountData::default()`: zero balances, flags = IS_NEW_LOGIC (so the metadata fallback ends in `0x80`). */
export const defaultAccountData = (): AccountInfoValue['data'] => ({
  free: 0n,
  reserved: 0n,
  frozen: 0n,
  flags: IS_NEW_LOGIC,
});

/** `AccountInfo::default()`: what an absent `System.Account` entry reads as (substrate-compat §6.2). */
export const defaultAccountInfo = (): AccountInfoValue => ({
  nonce: 0,
  consumers: 0,
  providers: 0,
  sufficients: 0,
  data: defaultAccountData(),
});

const ZERO_HASH = new Uint8Array(32);
const ZERO_WEIGHT = { ref_time: 0n, proof_size: 0n };

const storage = storageOf('System');

export const Account = storage.map('Account', key('Blake2_128Concat', AccountId32), AccountInfo, {
  default: defaultAccountInfo(),
  docs: ['The full account information for a particular account ID.'],
  // Read about 25 times per transfer.
  decodeOnce: true,
});
export const ExtrinsicCount = storage.value('ExtrinsicCount', u32, {
  docs: ['Total extrinsics count for the current block.'],
});
export const BlockWeight = storage.value('BlockWeight', PerDispatchClassWeight, {
  default: { normal: ZERO_WEIGHT, operational: ZERO_WEIGHT, mandatory: ZERO_WEIGHT },
  docs: ['The current weight for the block.'],
  // Read and written by every extrinsic.
  decodeOnce: true,
});
export const AllExtrinsicsLen = storage.value('AllExtrinsicsLen', u32, {
  docs: ['Total length (in bytes) for all extrinsics put together, for the current block.'],
  decodeOnce: true,
});
export const BlockHash = storage.map('BlockHash', key('Twox64Concat', u32), H256, {
  default: ZERO_HASH,
  docs: ['Map of block numbers to block hashes.'],
});
export const ExtrinsicData = storage.map('ExtrinsicData', key('Twox64Concat', u32), bytes, {
  default: new Uint8Array(),
  docs: ["Extrinsics data for the current block (maps an extrinsic's index to its data)."],
});
export const BlockNumber = storage.value('Number', u32, {
  default: 0,
  docs: ['The current block number being processed. Set by `execute_block`.'],
});
export const ParentHash = storage.value('ParentHash', H256, {
  default: ZERO_HASH,
  docs: ['Hash of the previous block.'],
});
export const DigestOf = storage.value('Digest', Digest, {
  default: { logs: [] },
  docs: ['Digest of the current block, also part of the block header.'],
});
export const EventCount = storage.value('EventCount', u32, {
  default: 0,
  docs: ['The number of events in the `Events<T>` list.'],
});
export const EventTopics = storage.map('EventTopics', key('Blake2_128Concat', H256), vec(tuple(u32, u32)), {
  default: [],
  docs: [
    'Mapping between a topic (represented by T::Hash) and a vector of indexes',
    'of events in the `<Events<T>>` list.',
  ],
});
export const LastRuntimeUpgrade = storage.value('LastRuntimeUpgrade', LastRuntimeUpgradeInfo, {
  docs: ['Stores the `spec_version` and `spec_name` of when the last runtime upgrade happened.'],
});
export const UpgradedToU32RefCount = storage.value('UpgradedToU32RefCount', bool, {
  default: false,
  docs: ['True if we have upgraded so that `type RefCount` is `u32`. False (default) if not.'],
});
export const UpgradedToTripleRefCount = storage.value('UpgradedToTripleRefCount', bool, {
  default: false,
  docs: [
    'True if we have upgraded so that AccountInfo contains three types of `RefCount`. False',
    '(default) if not.',
  ],
});
export const ExecutionPhase = storage.value('ExecutionPhase', Phase, {
  docs: ['The execution phase of the block.'],
});

/**
 * `System.Events` for a runtime's event enum. The executive writes its raw bytes (it keeps the block's records
 * encoded in memory); the declaration gives the metadata entry and typed reads.
 */
export const eventsItem = (eventType: Type<unknown>) =>
  storage.value('Events', vec(eventRecordType(eventType)), {
    default: [],
    docs: ['Events deposited for the current block.'],
  });

/** The key of `System.Events` (the same for every runtime). */
export const EVENTS_KEY = '0x26aa394eea5630e07c48ae0c9558cef780d41e5e16056765bc8461851072c9d7';

/** The storage items in reference order, with `Events` for the given event enum. */
export const systemStorage = (eventType: Type<unknown>): StorageItemInfo[] => [
  Account,
  ExtrinsicCount,
  BlockWeight,
  AllExtrinsicsLen,
  BlockHash,
  ExtrinsicData,
  BlockNumber,
  ParentHash,
  DigestOf,
  eventsItem(eventType),
  EventCount,
  EventTopics,
  LastRuntimeUpgrade,
  UpgradedToU32RefCount,
  UpgradedToTripleRefCount,
  ExecutionPhase,
];
