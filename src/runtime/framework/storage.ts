/**
 * Storage items declared once (ARCHITECTURE §3.2): name, key hashers, key and value types, default and docs.
 * The Substrate key layout, the typed accessors and the metadata entry all come from the declaration
 * (substrate-compat §6.1).
 */
import { Identity, Twox64Concat, Twox128, Twox256 } from '@polkadot-api/substrate-bindings';
import { decodePrefix, tuple } from '../../primitives/codec/describe.js';
import type { Type } from '../../primitives/codec/types.js';
import { bytesEqual, fromHex, toHex } from '../../primitives/common/bytes.js';
import { blake2_128, blake2_128Concat, blake2_256 } from '../../primitives/common/hashing.js';
import type { OverlayState, StateReader } from './state.js';

export type Hasher =
  | 'Blake2_128'
  | 'Blake2_256'
  | 'Blake2_128Concat'
  | 'Twox128'
  | 'Twox256'
  | 'Twox64Concat'
  | 'Identity';

const hashers: Record<Hasher, { hash: (k: Uint8Array) => Uint8Array; skip: number | undefined }> = {
  Blake2_128: { hash: blake2_128, skip: undefined },
  Blake2_256: { hash: blake2_256, skip: undefined },
  Blake2_128Concat: { hash: blake2_128Concat, skip: 16 },
  Twox128: { hash: Twox128, skip: undefined },
  Twox256: { hash: Twox256, skip: undefined },
  Twox64Concat: { hash: Twox64Concat, skip: 8 },
  Identity: { hash: Identity, skip: 0 },
};

// Hashing dominated storage access (a double-map key is two blake2 hashes, ~5 µs each in JS), and the same key
// parts (the community ceremony, the accounts of one meetup) come back call after call. Hashes are pure, so a
// table of recent ones is always right. Two generations bound it (≤ 2 × HASHED_PARTS_PER_GENERATION entries, ~300 B
// each) while keeping the parts still in use when the younger one fills up.
const HASHED_PARTS_PER_GENERATION = 1 << 16;
/** How many number/string keys an item remembers the full storage key of (then it starts over). */
const SCALAR_KEYS_PER_ITEM = 4096;
/** How many byte keys (accounts) an item remembers the full storage key of, per generation (two are kept). */
const BYTE_KEYS_PER_GENERATION = 1 << 14;
/** How many of the byte keys used last an item compares by identity first. */
const LAST_BYTE_KEYS = 4;
let recentParts = new Map<string, string>();
let olderParts = new Map<string, string>();

const rememberPart = (id: string, hashed: string): void => {
  if (recentParts.size >= HASHED_PARTS_PER_GENERATION) {
    olderParts = recentParts;
    recentParts = new Map();
  }
  recentParts.set(id, hashed);
};

/** `hasher(encoded)` as hex without `0x`. */
const hashPart = (hasher: Hasher, encoded: Uint8Array): string => {
  const input = toHex(encoded);
  if (hasher === 'Identity') return input.slice(2);
  const id = hasher + input;
  let hashed = recentParts.get(id);
  if (hashed !== undefined) return hashed;
  hashed = olderParts.get(id) ?? toHex(hashers[hasher].hash(encoded)).slice(2);
  rememberPart(id, hashed);
  return hashed;
};

/** What the value of an absent key reads as: `Optional` items read `undefined`, `Default` items their default. */
export type Modifier = 'Optional' | 'Default';

/** One key part of a map: its hasher and type. */
export interface KeyPart<K> {
  readonly hasher: Hasher;
  readonly type: Type<K>;
}

export const key = <K>(hasher: Hasher, type: Type<K>): KeyPart<K> => ({ hasher, type });

/** The shape every storage item shares, read by the metadata builder. */
export interface StorageItemInfo {
  readonly prefix: string;
  readonly name: string;
  readonly modifier: Modifier;
  // biome-ignore lint/suspicious/noExplicitAny: items hold values of any type
  readonly value: Type<any>;
  // biome-ignore lint/suspicious/noExplicitAny: key parts are heterogeneous
  readonly keys: readonly KeyPart<any>[];
  /** The encoded default (the metadata `fallback`): empty for `Optional` items with no value, as FRAME does. */
  readonly fallback: Uint8Array;
  readonly docs: readonly string[];
  /** twox128(prefix) ++ twox128(name), hex. */
  readonly itemKey: string;
}

export interface ItemOptions<V> {
  /** A default makes the item `Default` (ValueQuery); without one it is `Optional`. */
  readonly default?: V;
  readonly docs?: readonly string[];
  /**
   * Decode each stored value once: reads of the same stored bytes return one deeply frozen value (for items read
   * many times per transaction, such as `System.Account`). A write remembers the value it encoded for its bytes, so
   * the read after a write decodes nothing: that value is frozen in place, and must be exactly what decoding its
   * bytes gives (a fresh object with the type's fields only, as `{ ...current, nonce }` is). Only for values
   * without byte arrays, which cannot be frozen.
   */
  readonly decodeOnce?: boolean;
}

/** Freezes plain objects and arrays all the way down (bigints, numbers and strings are immutable already). */
const deepFreeze = <T>(value: T): T => {
  if (typeof value !== 'object' || value === null || Object.isFrozen(value)) return value;
  if (ArrayBuffer.isView(value)) throw new TypeError('a value holding byte arrays cannot be decoded once');
  for (const v of Object.values(value)) deepFreeze(v);
  return Object.freeze(value);
};

const itemKeyOf = (prefix: string, name: string): string =>
  toHex(Twox128(new TextEncoder().encode(prefix))) + toHex(Twox128(new TextEncoder().encode(name))).slice(2);

// biome-ignore lint/suspicious/noExplicitAny: key parts are heterogeneous
const info = <V>(prefix: string, name: string, value: Type<V>, keys: KeyPart<any>[], o: ItemOptions<V>) => ({
  prefix,
  name,
  value,
  keys,
  // `'default' in o`, not `o.default !== undefined`: a unit value `()` is a legitimate default (fallback 0x).
  modifier: ('default' in o ? 'Default' : 'Optional') as Modifier,
  fallback: 'default' in o ? value.enc(o.default as V) : Uint8Array.of(0),
  docs: o.docs ?? [],
  itemKey: itemKeyOf(prefix, name),
});

/** The value read for a key: `V` for Default items, `V | undefined` for Optional ones. */
type Read<V, D> = D extends { default: V } ? V : V | undefined;

abstract class Item<V, D extends ItemOptions<V>> implements StorageItemInfo {
  readonly prefix: string;
  readonly name: string;
  readonly modifier: Modifier;
  readonly value: Type<V>;
  // biome-ignore lint/suspicious/noExplicitAny: key parts are heterogeneous
  readonly keys: readonly KeyPart<any>[];
  readonly fallback: Uint8Array;
  readonly docs: readonly string[];
  readonly itemKey: string;
  protected readonly defaultValue: V | undefined;
  /** Decoded values by the stored bytes they came from (`decodeOnce` items). */
  private readonly decoded: WeakMap<Uint8Array, V> | undefined;

  // biome-ignore lint/suspicious/noExplicitAny: key parts are heterogeneous
  constructor(prefix: string, name: string, value: Type<V>, keys: KeyPart<any>[], options: D) {
    const i = info(prefix, name, value, keys, options);
    this.prefix = i.prefix;
    this.name = i.name;
    this.modifier = i.modifier;
    this.value = i.value;
    this.keys = i.keys;
    this.fallback = i.fallback;
    this.docs = i.docs;
    this.itemKey = i.itemKey;
    this.defaultValue = options.decodeOnce === true ? deepFreeze(options.default) : options.default;
    this.decoded = options.decodeOnce === true ? new WeakMap() : undefined;
  }

  protected readAt(state: StateReader, k: string): Read<V, D> {
    const raw = state.get(k);
    if (raw === undefined) return this.defaultValue as Read<V, D>;
    if (this.decoded === undefined) return this.value.dec(raw) as Read<V, D>;
    // Stored values are never written to in place (a write stores new bytes), so the bytes object is the key.
    let value = this.decoded.get(raw);
    if (value === undefined) {
      value = deepFreeze(this.value.dec(raw));
      this.decoded.set(raw, value);
    }
    return value as Read<V, D>;
  }

  /** Encodes a value for `k`'s slot (for `decodeOnce` items, remembering the value as the decoding of its bytes). */
  protected writeAt(state: OverlayState, k: string, value: V): void {
    const bytes = this.value.enc(value);
    this.decoded?.set(bytes, deepFreeze(value));
    state.set(k, bytes);
  }

  // The same account or block number is looked up many times per transaction: its full key is remembered per item.
  // The byte keys used last are remembered by identity with a copy of their content (a key mutated in place is
  // looked up anew): one account is read ~25 times in a row. Any other byte key is looked up by content (its hex
  // costs less than encoding, hashing and joining the key again), in two generations that bound the table.
  private readonly lastByteKeys: { array: Uint8Array; copy: Uint8Array; key: string }[] = [];
  private nextByteKey = 0;
  private recentByteKeys = new Map<string, string>();
  private olderByteKeys = new Map<string, string>();
  private scalarKeys = new Map<number | bigint | string, string>();

  /** `keyOf([k])`, remembered. */
  protected keyOf1(k: unknown): string {
    if (k instanceof Uint8Array) {
      for (const last of this.lastByteKeys) if (last.array === k && bytesEqual(last.copy, k)) return last.key;
      const key = this.byteKeyOf(k);
      this.lastByteKeys[this.nextByteKey] = { array: k, copy: k.slice(), key };
      this.nextByteKey = (this.nextByteKey + 1) % LAST_BYTE_KEYS;
      return key;
    }
    if (typeof k === 'number' || typeof k === 'bigint' || typeof k === 'string') {
      let key = this.scalarKeys.get(k);
      if (key === undefined) {
        key = this.keyOf([k]);
        if (this.scalarKeys.size >= SCALAR_KEYS_PER_ITEM) this.scalarKeys = new Map();
        this.scalarKeys.set(k, key);
      }
      return key;
    }
    return this.keyOf([k]);
  }

  private byteKeyOf(k: Uint8Array): string {
    const hex = toHex(k);
    let key = this.recentByteKeys.get(hex);
    if (key !== undefined) return key;
    key = this.olderByteKeys.get(hex) ?? this.keyOf([k]);
    if (this.recentByteKeys.size >= BYTE_KEYS_PER_GENERATION) {
      this.olderByteKeys = this.recentByteKeys;
      this.recentByteKeys = new Map();
    }
    this.recentByteKeys.set(hex, key);
    return key;
  }

  /** Appends hashed key parts to the item key. */
  protected keyOf(parts: readonly unknown[]): string {
    let out = this.itemKey;
    parts.forEach((p, i) => {
      const part = this.keys[i]!;
      out += hashPart(part.hasher, part.type.enc(p));
    });
    return out;
  }

  /** Decodes the key parts after `skipParts` known parts from a full storage key (reversible hashers only). */
  protected decodeKeyParts(fullKey: string, skipParts: number): unknown[] {
    const bytes = fromHex(fullKey);
    let at = 32;
    const out: unknown[] = [];
    this.keys.forEach((part, i) => {
      const { skip } = hashers[part.hasher];
      if (skip === undefined) {
        throw new Error(
          `${this.prefix}.${this.name}: key part ${i} uses ${part.hasher}, which cannot be decoded`,
        );
      }
      at += skip;
      const [value, used] = decodePrefix(part.type, bytes.subarray(at));
      at += used;
      if (i >= skipParts) out.push(value);
    });
    return out;
  }
}

/** A single value (`StorageValue`). */
export class StorageValue<V, D extends ItemOptions<V> = ItemOptions<V>> extends Item<V, D> {
  key(): string {
    return this.itemKey;
  }
  get(state: StateReader): Read<V, D> {
    return this.readAt(state, this.itemKey);
  }
  exists(state: StateReader): boolean {
    return state.get(this.itemKey) !== undefined;
  }
  set(state: OverlayState, value: V): void {
    this.writeAt(state, this.itemKey, value);
  }
  remove(state: OverlayState): void {
    state.delete(this.itemKey);
  }
  /** Reads, transforms and writes back. */
  mutate(state: OverlayState, fn: (current: Read<V, D>) => V): V {
    const next = fn(this.get(state));
    this.set(state, next);
    return next;
  }
}

/** A map with one key (`StorageMap`). */
export class StorageMap<K, V, D extends ItemOptions<V> = ItemOptions<V>> extends Item<V, D> {
  key(k: K): string {
    return this.keyOf1(k);
  }
  get(state: StateReader, k: K): Read<V, D> {
    return this.readAt(state, this.key(k));
  }
  exists(state: StateReader, k: K): boolean {
    return state.get(this.key(k)) !== undefined;
  }
  set(state: OverlayState, k: K, value: V): void {
    this.writeAt(state, this.key(k), value);
  }
  remove(state: OverlayState, k: K): void {
    state.delete(this.key(k));
  }
  mutate(state: OverlayState, k: K, fn: (current: Read<V, D>) => V): V {
    const next = fn(this.get(state, k));
    this.set(state, k, next);
    return next;
  }
  /** Every entry, in storage-key order (not key order: hashers scramble it). */
  entries(state: StateReader): [K, V][] {
    return state
      .keys(this.itemKey)
      .map((full) => [this.decodeKeyParts(full, 0)[0] as K, this.value.dec(state.get(full)!)]);
  }
  keysOf(state: StateReader): K[] {
    return state.keys(this.itemKey).map((full) => this.decodeKeyParts(full, 0)[0] as K);
  }
  clear(state: OverlayState): number {
    return state.clearPrefix(this.itemKey);
  }
}

/** A map with two keys (`StorageDoubleMap`): entries can be listed and cleared by the first key. */
export class StorageDoubleMap<K1, K2, V, D extends ItemOptions<V> = ItemOptions<V>> extends Item<V, D> {
  key(k1: K1, k2: K2): string {
    return this.keyOf([k1, k2]);
  }
  prefixKey(k1: K1): string {
    return this.keyOf1(k1);
  }
  get(state: StateReader, k1: K1, k2: K2): Read<V, D> {
    return this.readAt(state, this.key(k1, k2));
  }
  exists(state: StateReader, k1: K1, k2: K2): boolean {
    return state.get(this.key(k1, k2)) !== undefined;
  }
  set(state: OverlayState, k1: K1, k2: K2, value: V): void {
    this.writeAt(state, this.key(k1, k2), value);
  }
  remove(state: OverlayState, k1: K1, k2: K2): void {
    state.delete(this.key(k1, k2));
  }
  mutate(state: OverlayState, k1: K1, k2: K2, fn: (current: Read<V, D>) => V): V {
    const next = fn(this.get(state, k1, k2));
    this.set(state, k1, k2, next);
    return next;
  }
  /** Entries under the first key, as (second key, value). */
  entriesOf(state: StateReader, k1: K1): [K2, V][] {
    return state
      .keys(this.prefixKey(k1))
      .map((full) => [this.decodeKeyParts(full, 1)[0] as K2, this.value.dec(state.get(full)!)]);
  }
  /** Every entry as (first key, second key, value). */
  entries(state: StateReader): [K1, K2, V][] {
    return state.keys(this.itemKey).map((full) => {
      const [k1, k2] = this.decodeKeyParts(full, 0) as [K1, K2];
      return [k1, k2, this.value.dec(state.get(full)!)];
    });
  }
  clearPrefix(state: OverlayState, k1: K1): number {
    return state.clearPrefix(this.prefixKey(k1));
  }
}

/** Declares the storage items of one pallet under its prefix (usually the pallet name). */
export const storageOf = (prefix: string) => ({
  value: <V, D extends ItemOptions<V> = ItemOptions<V>>(name: string, type: Type<V>, options?: D) =>
    new StorageValue<V, D>(prefix, name, type, [], options ?? ({} as D)),
  map: <K, V, D extends ItemOptions<V> = ItemOptions<V>>(
    name: string,
    k: KeyPart<K>,
    type: Type<V>,
    options?: D,
  ) => new StorageMap<K, V, D>(prefix, name, type, [k], options ?? ({} as D)),
  doubleMap: <K1, K2, V, D extends ItemOptions<V> = ItemOptions<V>>(
    name: string,
    k1: KeyPart<K1>,
    k2: KeyPart<K2>,
    type: Type<V>,
    options?: D,
  ) => new StorageDoubleMap<K1, K2, V, D>(prefix, name, type, [k1, k2], options ?? ({} as D)),
});

/** The metadata key type of an item: the bare key type for one hasher, a tuple of key types for several. */
// biome-ignore lint/suspicious/noExplicitAny: key types are heterogeneous
export const metadataKeyType = (item: StorageItemInfo): Type<any> | undefined => {
  if (item.keys.length === 0) return undefined;
  if (item.keys.length === 1) return item.keys[0]!.type;
  return tuple(...item.keys.map((k) => k.type));
};
