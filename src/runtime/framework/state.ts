/**
 * Runtime state: a key-value map of SCALE bytes with Substrate's key layout (ARCHITECTURE §3.3), as a stack of
 * overlay layers over a backend. A layer per transaction makes a failing call leave no trace (§3.5); a layer per
 * block lets the node commit or discard a block's changes at once.
 *
 * Keys are carried as lowercase `0x` hex strings: cheap to hash in a Map, and the form RPC uses anyway. Values are
 * grouped by their 32-byte storage-item prefix (twox128(pallet) ++ twox128(item)), so listing a map's entries
 * touches that item only.
 */

const ITEM_PREFIX_HEX_LEN = 2 + 64;

/** The storage-item bucket of a key: its first 32 bytes, or the whole key when shorter (well-known keys). */
const bucketOf = (key: string): string =>
  key.length > ITEM_PREFIX_HEX_LEN ? key.slice(0, ITEM_PREFIX_HEX_LEN) : key;

/** Read access to committed state (the node's database, or a plain in-memory map). */
export interface StateReader {
  get(key: string): Uint8Array | undefined;
  /** Keys that start with `prefix` (hex), in ascending order. */
  keys(prefix: string): string[];
}

/** A set of changes: a value, or `null` for a deletion (a tombstone over lower layers). */
export type ChangeSet = Map<string, Uint8Array | null>;

/** An in-memory backend: a bucketed map. Used by tests, the simulator and as the node's hot cache. */
export class MemoryState implements StateReader {
  private readonly buckets = new Map<string, Map<string, Uint8Array>>();

  constructor(entries: Iterable<[string, Uint8Array]> = []) {
    for (const [k, v] of entries) this.put(k, v);
  }

  get(key: string): Uint8Array | undefined {
    return this.buckets.get(bucketOf(key))?.get(key);
  }

  keys(prefix: string): string[] {
    return sortedKeys(collect(this.buckets, prefix));
  }

  /** Applies a change set (values and tombstones). */
  apply(changes: ChangeSet): void {
    for (const [k, v] of changes) {
      if (v === null) this.remove(k);
      else this.put(k, v);
    }
  }

  /** Every entry, in key order. */
  entries(): [string, Uint8Array][] {
    const all: [string, Uint8Array][] = [];
    for (const bucket of this.buckets.values()) for (const e of bucket) all.push(e);
    return all.sort((a, b) => (a[0] < b[0] ? -1 : a[0] > b[0] ? 1 : 0));
  }

  get size(): number {
    let n = 0;
    for (const bucket of this.buckets.values()) n += bucket.size;
    return n;
  }

  private put(key: string, value: Uint8Array): void {
    const b = bucketOf(key);
    let bucket = this.buckets.get(b);
    if (bucket === undefined) {
      bucket = new Map();
      this.buckets.set(b, bucket);
    }
    bucket.set(key, value);
  }

  private remove(key: string): void {
    const b = bucketOf(key);
    const bucket = this.buckets.get(b);
    if (bucket === undefined) return;
    bucket.delete(key);
    if (bucket.size === 0) this.buckets.delete(b);
  }
}

function collect<V>(buckets: Map<string, Map<string, V>>, prefix: string): Map<string, V> {
  const out = new Map<string, V>();
  const scan = (bucket: Map<string, V>) => {
    for (const [k, v] of bucket) if (k.startsWith(prefix)) out.set(k, v);
  };
  if (prefix.length >= ITEM_PREFIX_HEX_LEN) {
    const bucket = buckets.get(prefix.slice(0, ITEM_PREFIX_HEX_LEN));
    if (bucket !== undefined) scan(bucket);
    // Short well-known keys live in their own buckets and cannot match a prefix this long.
  } else {
    for (const [b, bucket] of buckets) if (b.startsWith(prefix) || prefix.startsWith(b)) scan(bucket);
  }
  return out;
}

const sortedKeys = (m: Map<string, unknown>): string[] => [...m.keys()].sort();

/**
 * One layer of an overlay: its changes by key (point reads, the runtime's hot path: one lookup of a key string
 * whose hash V8 keeps) and the same entries by storage-item bucket (prefix listings touch one item only).
 */
class Layer {
  byKey = new Map<string, Uint8Array | null>();
  buckets = new Map<string, Map<string, Uint8Array | null>>();

  write(key: string, bucket: string, value: Uint8Array | null): void {
    this.byKey.set(key, value);
    let entries = this.buckets.get(bucket);
    if (entries === undefined) {
      entries = new Map();
      this.buckets.set(bucket, entries);
    }
    entries.set(key, value);
  }

  /** Takes over `upper`'s changes (a committed nested layer). */
  absorb(upper: Layer): void {
    if (this.byKey.size === 0) {
      // Nothing here yet (a call's layer around its first balance mutation): take the upper layer's maps as they are.
      this.byKey = upper.byKey;
      this.buckets = upper.buckets;
      return;
    }
    for (const [k, v] of upper.byKey) this.byKey.set(k, v);
    for (const [b, entries] of upper.buckets) {
      const own = this.buckets.get(b);
      if (own === undefined) this.buckets.set(b, entries);
      else for (const [k, v] of entries) own.set(k, v);
    }
  }
}

/**
 * State as seen by the runtime while it executes: committed state below, then a stack of change layers.
 * `transactional` runs a function in a new layer and keeps its changes only if it returns normally.
 * The state below must not change while an overlay over it is in use (a block builds on a fixed parent state).
 */
export class OverlayState implements StateReader {
  private readonly layers: Layer[] = [new Layer()];
  /** Per storage-item bucket: a stamp that changes whenever the bucket's content may have (see `derived`). */
  private readonly stamps = new Map<string, number>();
  private clock = 0;
  private readonly memos = new Map<string, { stamp: number; value: unknown }>();

  constructor(private readonly base: StateReader) {}

  /**
   * A value computed from the entries of one storage item only (e.g. a community's whole location list), kept
   * until a write to that item, or the discarding of a layer that wrote to it, may have changed it. Turns
   * queries that would decode a whole item on every call into one decode per change. `compute` must read nothing
   * outside the item, and the value it returns is shared: it must not be mutated.
   */
  derived<T>(itemKey: string, id: string, compute: () => T): T {
    const bucket = bucketOf(itemKey);
    const stamp = this.stamps.get(bucket) ?? 0;
    const memoKey = `${bucket}:${id}`;
    const memo = this.memos.get(memoKey);
    if (memo !== undefined && memo.stamp === stamp) return memo.value as T;
    const value = compute();
    this.memos.set(memoKey, { stamp, value });
    return value;
  }

  get(key: string): Uint8Array | undefined {
    for (let i = this.layers.length - 1; i >= 0; i--) {
      const v = this.layers[i]!.byKey.get(key);
      if (v !== undefined) return v ?? undefined;
    }
    return this.base.get(key);
  }

  set(key: string, value: Uint8Array): void {
    this.write(key, value);
  }

  delete(key: string): void {
    this.write(key, null);
  }

  /** Deletes every key under `prefix` (e.g. all entries of a map for one first key). Returns how many. */
  clearPrefix(prefix: string): number {
    const keys = this.keys(prefix);
    for (const k of keys) this.write(k, null);
    return keys.length;
  }

  keys(prefix: string): string[] {
    const merged = new Map<string, boolean>();
    for (const k of this.base.keys(prefix)) merged.set(k, true);
    for (const layer of this.layers)
      for (const [k, v] of collect(layer.buckets, prefix)) merged.set(k, v !== null);
    return [...merged]
      .filter(([, present]) => present)
      .map(([k]) => k)
      .sort();
  }

  /** Runs `fn` in a new layer: its writes are kept if it returns, and discarded if it throws. */
  transactional<T>(fn: () => T): T {
    this.layers.push(new Layer());
    let ok = false;
    try {
      const result = fn();
      ok = true;
      return result;
    } finally {
      const top = this.layers.pop()!;
      if (ok) this.layers[this.layers.length - 1]!.absorb(top);
      else for (const b of top.buckets.keys()) this.touch(b);
    }
  }

  /** All changes made so far relative to the base, flattened (what a block commits). */
  changes(): ChangeSet {
    const out: ChangeSet = new Map();
    for (const layer of this.layers)
      for (const bucket of layer.buckets.values()) for (const [k, v] of bucket) out.set(k, v);
    return out;
  }

  private write(key: string, value: Uint8Array | null): void {
    const b = bucketOf(key);
    this.touch(b);
    this.layers[this.layers.length - 1]!.write(key, b, value);
  }

  private touch(bucket: string): void {
    if (this.memos.size > 0) this.stamps.set(bucket, ++this.clock);
  }
}
