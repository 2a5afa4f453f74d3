/**
 * The state of the best block as a `StateReader`: SQLite's `state` table behind a bounded read-through cache.
 * The cache holds values and known absences of recently read keys (least recently used entries are evicted);
 * key listings always come from SQLite, which keeps them sorted.
 */
import type { ChangeSet, StateReader } from '../../runtime/framework/state.js';
import type { ChainStore } from './chainStore.js';

/** The default number of cached keys: enough for a dev chain's hot set, a few tens of MB at most. */
export const DEFAULT_CACHE_ENTRIES = 100_000;

const ABSENT = null;

export class BestState implements StateReader {
  // Insertion order is recency: a hit re-inserts the key at the end.
  private readonly cache = new Map<string, Uint8Array | typeof ABSENT>();

  constructor(
    private readonly store: ChainStore,
    private readonly capacity: number = DEFAULT_CACHE_ENTRIES,
  ) {}

  get(key: string): Uint8Array | undefined {
    const cached = this.cache.get(key);
    if (cached !== undefined) {
      this.cache.delete(key);
      this.cache.set(key, cached);
      return cached ?? undefined;
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
    for (const [k, v] of changes) if (this.cache.has(k)) this.remember(k, v);
  }

  /** Forgets everything (after a revert). */
  clear(): void {
    this.cache.clear();
  }

  get cachedEntries(): number {
    return this.cache.size;
  }

  private remember(key: string, value: Uint8Array | typeof ABSENT): void {
    this.cache.delete(key);
    this.cache.set(key, value);
    if (this.cache.size > this.capacity) {
      const oldest = this.cache.keys().next().value;
      if (oldest !== undefined) this.cache.delete(oldest);
    }
  }
}
