/**
 * Reading the state of older blocks. Every canonical block's state is readable: the best state with, per key,
 * the value from before the first later block that changed it. The undo sets of the last `window` blocks stay
 * in memory (default 64 blocks, the window of cheap reads, reverts and chainHead pins); older blocks are read
 * through the `state_diffs` table. Memory therefore grows with the window, never with the chain's length.
 */
import { EncointerError } from '../../primitives/common/errors.js';
import type { ChangeSet, StateReader } from '../../runtime/framework/state.js';
import type { BestState } from './bestState.js';
import type { ChainStore } from './chainStore.js';

/** How many recent blocks keep their undo set in memory. */
export const DEFAULT_STATE_WINDOW = 64;

/** The block asked for is not (or no longer) on the stored chain. */
export class StateUnavailableError extends EncointerError {
  constructor(message: string) {
    super('StateUnavailable', message);
  }
}

export class StateHistory {
  /** number → the values before that block (`null` = absent), for the last `window` blocks. */
  private readonly undo = new Map<number, ChangeSet>();
  private bestNumber: number;

  constructor(
    private readonly store: ChainStore,
    readonly best: BestState,
    bestNumber: number,
    private readonly window: number = DEFAULT_STATE_WINDOW,
  ) {
    this.bestNumber = bestNumber;
  }

  /** Records a committed block: `undo` holds each changed key's value before it. */
  pushBlock(number: number, undo: ChangeSet): void {
    this.bestNumber = number;
    this.undo.set(number, undo);
    this.undo.delete(number - this.window);
  }

  /** After a revert to `number`: forget the undo sets of the removed blocks. */
  revertTo(number: number): void {
    for (const n of [...this.undo.keys()]) if (n > number) this.undo.delete(n);
    this.bestNumber = number;
  }

  /** Adds an in-place change of the best block (dev `setStorage`): `undo` holds the values it replaced. */
  patchBest(undo: ChangeSet): void {
    const layer = this.undo.get(this.bestNumber);
    if (layer === undefined) return;
    for (const [k, v] of undo) if (!layer.has(k)) layer.set(k, v);
  }

  /**
   * A reader of block `number`'s state. It stays bound to that block while the chain grows (a reader taken at the
   * best block keeps answering for it after newer blocks), as long as the block stays on the chain.
   */
  at(number: number): StateReader & { keysPaged(prefix: string, count: number, startKey: string): string[] } {
    return {
      get: (key) => this.valueAt(key, this.checked(number)),
      keys: (prefix) => this.keysAt(prefix, this.checked(number)),
      keysPaged: (prefix, count, startKey) =>
        this.checked(number) === this.bestNumber
          ? this.best.keysPaged(prefix, count, startKey)
          : this.keysAt(prefix, number)
              .filter((k) => k > startKey)
              .slice(0, count),
    };
  }

  private checked(number: number): number {
    if (number > this.bestNumber || number < 0)
      throw new StateUnavailableError(`block #${number} is not on the chain (best is #${this.bestNumber})`);
    return number;
  }

  /** Whether blocks number+1..best all have their undo set in memory (the map holds a contiguous range). */
  private inWindow(number: number): boolean {
    return this.undo.has(number + 1);
  }

  private valueAt(key: string, number: number): Uint8Array | undefined {
    if (number === this.bestNumber) return this.best.get(key);
    if (this.inWindow(number)) {
      for (let n = number + 1; n <= this.bestNumber; n++) {
        const layer = this.undo.get(n)!;
        if (layer.has(key)) return layer.get(key) ?? undefined;
      }
      return this.best.get(key);
    }
    const earlier = this.store.prevAfter(key, number);
    return earlier === undefined ? this.best.get(key) : earlier.prev;
  }

  private keysAt(prefix: string, number: number): string[] {
    if (number === this.bestNumber) return this.best.keys(prefix);
    const candidates = new Set(this.best.keys(prefix));
    if (this.inWindow(number)) {
      for (let n = number + 1; n <= this.bestNumber; n++) {
        for (const k of this.undo.get(n)!.keys()) if (k.startsWith(prefix)) candidates.add(k);
      }
    } else {
      for (const k of this.store.diffKeysAfter(prefix, number)) candidates.add(k);
    }
    return [...candidates].filter((k) => this.valueAt(k, number) !== undefined).sort();
  }
}
