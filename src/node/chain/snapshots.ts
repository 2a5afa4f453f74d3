// spec: ARCHITECTURE §5 (dev tooling: id-based snapshot/revert of the chain)
/**
 * Snapshots of the dev chain by id (`dev_snapshot` / `dev_revert`). A snapshot names the best block at the time;
 * reverting moves the head back to it (`Chain.setHead`) and undoes the in-place storage writes (`dev_setStorage`)
 * made to that block since. Writes through `setStorage` here are journaled for that purpose while a snapshot exists.
 */
import { toHex } from '../../primitives/common/bytes.js';
import { EncointerError } from '../../primitives/common/errors.js';
import type { ChangeSet } from '../../runtime/framework/state.js';
import type { BlockRecord, Chain } from './chain.js';

/** The snapshot id is unknown, already reverted, or its block left the chain. */
export class SnapshotError extends EncointerError {
  constructor(message: string) {
    super('Snapshot', message);
  }
}

interface Snapshot {
  readonly number: number;
  readonly hashHex: string;
  /** Journal position when taken: later entries are undone on revert. */
  readonly seq: number;
}

interface Patch {
  readonly seq: number;
  readonly number: number;
  /** The values the write replaced (`null` = absent). */
  readonly before: ChangeSet;
}

/**
 * The snapshots of one chain.
 *
 * @example
 * const snapshots = snapshotsOf(chain);
 * const id = snapshots.take();
 * chain.newBlock();
 * snapshots.revert(id); // the head is the block of the snapshot again
 */
export class Snapshots {
  private nextId = 1;
  private seq = 0;
  private readonly taken = new Map<number, Snapshot>();
  private journal: Patch[] = [];

  constructor(private readonly chain: Chain) {}

  /** Records the best block; returns the snapshot's id (1, 2, …). */
  take(): number {
    const id = this.nextId++;
    const best = this.chain.best;
    this.taken.set(id, { number: best.number, hashHex: toHex(best.hash), seq: this.seq });
    return id;
  }

  /** `Chain.setStorage`, journaled so that a revert can undo it. */
  setStorage(changes: ChangeSet): void {
    const best = this.chain.best;
    if (this.taken.size > 0) {
      const state = this.chain.stateAt(best);
      const before: ChangeSet = new Map([...changes.keys()].map((k) => [k, state.get(k) ?? null]));
      this.journal.push({ seq: ++this.seq, number: best.number, before });
    }
    this.chain.setStorage(changes);
  }

  /**
   * Restores snapshot `id`: the head moves back to its block and storage writes made to that block afterwards are
   * undone. The snapshot and every later one are consumed. Throws SnapshotError for an unknown id or when the
   * snapshot's block is no longer on the chain (the head was set below it).
   */
  revert(id: number): BlockRecord {
    const snap = this.taken.get(id);
    if (snap === undefined)
      throw new SnapshotError(`unknown snapshot id ${id} (ids are used up by a revert)`);
    const block = this.chain.blockByNumber(snap.number);
    if (block === undefined || toHex(block.hash) !== snap.hashHex) {
      this.forget(id, snap.seq);
      throw new SnapshotError(`snapshot ${id} (block #${snap.number}) is no longer on the chain`);
    }
    const head = this.chain.setHead(snap.number);
    const undo = this.journal.filter((p) => p.seq > snap.seq && p.number === snap.number).reverse();
    this.forget(id, snap.seq);
    for (const p of undo) this.chain.setStorage(p.before);
    return head;
  }

  private forget(id: number, seq: number): void {
    for (const other of [...this.taken.keys()]) if (other >= id) this.taken.delete(other);
    this.journal = this.taken.size === 0 ? [] : this.journal.filter((p) => p.seq <= seq);
  }
}

const registry = new WeakMap<Chain, Snapshots>();

/** The snapshots of `chain` (one registry per chain). */
export const snapshotsOf = (chain: Chain): Snapshots => {
  let s = registry.get(chain);
  if (s === undefined) {
    s = new Snapshots(chain);
    registry.set(chain, s);
  }
  return s;
};
