/**
 * The state of the best block as a `StateReader`: SQLite's `state` table behind a bounded read-through cache.
 * The cache holds values and known absences of recently read keys in two generations: reads fill the young one,
 * a hit in the old one promotes the key, and when the young generation is full it becomes the old one and the
 * previous old one is dropped. That approximates least-recently-used eviction without re-inserting a key on every
 * hit (the node reads the same account keys several times per transaction). Key listings always come from SQLite,
 * which keeps them sorted.
 */
import type { ChangeSet, StateReader } from '../../runtime/framework/state.js';
import type { ChainStore } from './chainStore.js';

/** The default number of cached keys: enough for a dev chain's hot set, a few tens of MB at most. */
export const DEFAULT_CACHE_ENTRIES = 100_000;

const ABSENT = null;

type Cached = Uint8Array | typeof ABSENT;

export class BestState implements StateReader {
  private young = new Map<string, Cached>();
  private old = new Map<string, Cached>();
  private readonly generation: number;

  constructor(
    private readonly store: ChainStore,
    private readonly capacity: number = DEFAULT_CACHE_ENTRIES,
  ) {
    this.generation = Math.max(1, Math.floor(capacity / 2));
  }

  get(key: string): Uint8Array | undefined {
    const young = this.young.get(key);
    if (young !== undefined) return young ?? undefined;
    const old = this.old.get(key);
    if (old !== undefined) {
      this.remember(key, old);
      return old ?? undefined;
    }
    const value = this.store.stateGet(key);
    this.remember(key, value ?? ABSENT);
    return value;
  }

  keys(prefix: string): string[] {
    return this.store.stateKeys(prefix);
  }

  /** Up to `count` keys under `prefix` strictly after `startKey` (SQL paging, without listing the whole prefix). */
  keysPaged(prefix: string, count: number, startKey: string): string[] {
    return this.store.stateKeysPaged(prefix, count, startKey);
  }

  /** Brings the cache in line with changes just committed to the database. */
  applyCommitted(changes: ChangeSet): void {
    for (const [k, v] of changes) {
      if (this.young.has(k)) this.young.set(k, v);
      if (this.old.has(k)) this.old.set(k, v);
    }
  }

  /** Forgets everything (after a revert). */
  clear(): void {
    this.young.clear();
    this.old.clear();
  }

  get cachedEntries(): number {
    return this.young.size + this.old.size;
  }

  private remember(key: string, value: Cached): void {
    if (this.young.size >= this.generation) {
      // Both generations together stay within the capacity (a capacity of 1 keeps no old generation).
      this.old = 2 * this.generation <= this.capacity ? this.young : new Map();
      this.young = new Map();
    }
    this.young.set(key, value);
  }
}
