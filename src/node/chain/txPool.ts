// spec: substrate-compat §3.4 (rejection codes and texts, status stream), §9 (pool behaviour)
/**
 * The transaction pool: every submission is validated with the runtime's `validate_transaction` against the
 * best block; valid transactions wait in a ready or a future set, linked by their `provides`/`requires` tags
 * (`CheckNonce` gives `AccountId ++ nonce`), so a future nonce waits until the gap closes. Blocks take ready
 * transactions in dependency order, highest priority first.
 */
import { toHex } from '../../primitives/common/bytes.js';
import { EncointerError } from '../../primitives/common/errors.js';
import {
  describeValidityError,
  type TransactionValidityErrorValue,
  type TransactionValidityValue,
} from '../../runtime/executive/validity.js';
import {
  type Extrinsic,
  ExtrinsicDecodeError,
  extrinsicHash,
} from '../../runtime/extrinsic/uncheckedExtrinsic.js';
import type { SignatureJob } from '../verify/signatureJob.js';

/** Why a submission was refused, with Substrate's author-RPC code (`sc-rpc-api` author errors, base 1000). */
export type PoolErrorKind =
  | 'BadFormat'
  | 'Invalid'
  | 'Unknown'
  | 'TemporarilyBanned'
  | 'AlreadyImported'
  | 'TooLowPriority'
  | 'ImmediatelyDropped';

const CODES: Record<PoolErrorKind, number> = {
  BadFormat: 1001,
  Invalid: 1010,
  Unknown: 1011,
  TemporarilyBanned: 1012,
  AlreadyImported: 1013,
  TooLowPriority: 1014,
  ImmediatelyDropped: 1016,
};

/** A refused submission: `code`/`message`/`data` are what the author RPC answers. */
export class PoolError extends EncointerError {
  readonly code: number;

  constructor(
    readonly kind: PoolErrorKind,
    message: string,
    readonly data?: string,
  ) {
    super(`Pool${kind}`, message, data === undefined ? [] : [data]);
    this.code = CODES[kind];
  }
}

/** A status change of a watched transaction (substrate-compat §3.4 `TransactionStatus`). */
export type TxEvent =
  | { readonly type: 'future' }
  | { readonly type: 'ready' }
  | { readonly type: 'inBlock'; readonly block: Uint8Array; readonly index: number }
  | { readonly type: 'finalized'; readonly block: Uint8Array; readonly index: number }
  | { readonly type: 'usurped'; readonly by: Uint8Array }
  | { readonly type: 'invalid'; readonly error: TransactionValidityErrorValue | undefined }
  | { readonly type: 'dropped' };

export type TxListener = (event: TxEvent) => void;

const TERMINAL = new Set<TxEvent['type']>(['finalized', 'usurped', 'invalid', 'dropped']);

export interface PoolTransaction {
  readonly hash: Uint8Array;
  readonly hashHex: string;
  readonly bytes: Uint8Array;
  readonly extrinsic: Extrinsic;
  /** Signer (hex account id) and nonce, for `system_accountNextIndex`; undefined for unsigned. */
  readonly sender: string | undefined;
  readonly nonce: number | undefined;
  priority: bigint;
  requires: string[];
  provides: string[];
  /** Submission order: the tie-breaker between equal priorities. */
  readonly seq: number;
  ready: boolean;
}

export interface PoolOptions {
  /** Decodes an extrinsic (throws ExtrinsicDecodeError). */
  readonly decode: (bytes: Uint8Array) => Extrinsic;
  /** `validate_transaction` (source External) at the current best block. */
  readonly validate: (xt: Extrinsic) => TransactionValidityValue;
  /**
   * What a signed extrinsic's signature signs at the current best block (undefined for an unsigned one, or one
   * whose signer or era cannot be resolved: `validate` then says why). Used by `submitAsync`.
   */
  readonly signatureJob?: (xt: Extrinsic) => SignatureJob | undefined;
  /**
   * Verifies signatures ahead of `validate` (in parallel, in batches) so that `validate` finds them verified.
   * Without it `submitAsync` is `submit`.
   */
  readonly preverify?: (jobs: readonly SignatureJob[]) => Promise<void>;
  /** At most this many transactions wait (default 8192); more are refused with 1016. */
  readonly maxTransactions?: number;
  /** How many included transaction hashes stay banned from resubmission (default 4096). */
  readonly bannedCapacity?: number;
}

/** The order blocks take ready transactions in: higher priority first, then earlier submission. */
const before = (a: PoolTransaction, b: PoolTransaction): boolean =>
  a.priority > b.priority || (a.priority === b.priority && a.seq < b.seq);

export class TransactionPool {
  private readonly txs = new Map<string, PoolTransaction>();
  /** The transaction providing each tag. */
  private readonly providers = new Map<string, PoolTransaction>();
  /** The transactions requiring each tag. */
  private readonly dependents = new Map<string, Set<PoolTransaction>>();
  private readonly watchers = new Map<string, Set<TxListener>>();
  private readonly banned = new Set<string>();
  private readonly readyListeners = new Set<() => void>();
  private readyCount = 0;
  private seq = 0;

  constructor(private readonly options: PoolOptions) {}

  /**
   * Validates and adds a transaction; `listener` (if any) receives its status changes, starting with
   * `ready` or `future`. Throws PoolError with the reason when it is refused.
   *
   * @example
   * const tx = pool.submit(bytes); // PoolError { code: 1010, message: 'Invalid Transaction', data: 'Transaction is outdated' }
   */
  submit(bytes: Uint8Array, listener?: TxListener): PoolTransaction {
    const { extrinsic, hash, hashHex } = this.precheck(bytes);
    return this.admit(extrinsic, hash, hashHex, listener);
  }

  /**
   * `submit`, with the signature verified first by `options.preverify` together with the other submissions of
   * the moment (a worker-thread batch); the rest of validation then runs as in `submit`. Rejects with PoolError.
   *
   * @example
   * const txs = await Promise.all(signed.map((bytes) => pool.submitAsync(bytes))); // one verification batch
   */
  async submitAsync(bytes: Uint8Array, listener?: TxListener): Promise<PoolTransaction> {
    const { extrinsic, hash, hashHex } = this.precheck(bytes);
    const job = this.options.preverify === undefined ? undefined : this.options.signatureJob?.(extrinsic);
    if (job !== undefined) await this.options.preverify!([job]);
    // Meanwhile a block may have included it, or the same bytes may have been admitted.
    this.checkNew(hashHex);
    return this.admit(extrinsic, hash, hashHex, listener);
  }

  /** Adds a status listener for a pooled transaction; returns the function that removes it. */
  watch(hashHex: string, listener: TxListener): () => void {
    let set = this.watchers.get(hashHex);
    if (set === undefined) {
      set = new Set();
      this.watchers.set(hashHex, set);
    }
    set.add(listener);
    return () => {
      set.delete(listener);
      if (set.size === 0) this.watchers.delete(hashHex);
    };
  }

  /** Called whenever some transaction became ready (the instant-seal producer listens). */
  onReady(listener: () => void): () => void {
    this.readyListeners.add(listener);
    return () => {
      this.readyListeners.delete(listener);
    };
  }

  get size(): number {
    return this.txs.size;
  }

  /** Whether some transaction is ready for a block. */
  get hasReady(): boolean {
    return this.readyCount > 0;
  }

  get(hashHex: string): PoolTransaction | undefined {
    return this.txs.get(hashHex);
  }

  /** Every waiting transaction, in submission order. */
  all(): PoolTransaction[] {
    return [...this.txs.values()];
  }

  /** The ready transactions in the order a block includes them: dependencies first, then by priority. */
  readyInOrder(): PoolTransaction[] {
    const ready = [...this.txs.values()].filter((t) => t.ready);
    const providedInPool = new Set<string>();
    for (const t of ready) for (const tag of t.provides) providedInPool.add(tag);
    // Kahn's algorithm with a heap: a transaction is unlocked once every tag it requires that a ready pool
    // transaction provides has been emitted.
    const waiting = new Map<PoolTransaction, number>();
    const heap = new TxHeap();
    for (const t of ready) {
      let n = 0;
      for (const tag of t.requires) if (providedInPool.has(tag)) n += 1;
      waiting.set(t, n);
      if (n === 0) heap.push(t);
    }
    const emitted = new Set<string>();
    const out: PoolTransaction[] = [];
    for (let t = heap.pop(); t !== undefined; t = heap.pop()) {
      out.push(t);
      for (const tag of t.provides) {
        if (emitted.has(tag)) continue;
        emitted.add(tag);
        for (const d of this.dependents.get(tag) ?? []) {
          const left = waiting.get(d);
          if (left === undefined) continue;
          let n = 0;
          for (const r of d.requires) if (r === tag) n += 1;
          waiting.set(d, left - n);
          if (left > 0 && left - n === 0) heap.push(d);
        }
      }
    }
    return out;
  }

  /** The next nonce of `sender` counting its ready transactions with consecutive nonces from `chainNonce`. */
  nextNonce(sender: string, chainNonce: number): number {
    const nonces = new Set<number>();
    for (const t of this.txs.values()) if (t.sender === sender && t.nonce !== undefined) nonces.add(t.nonce);
    let n = chainNonce;
    while (nonces.has(n)) n += 1;
    return n;
  }

  /**
   * Transactions a new block included: removed, banned from resubmission for a while, and their watchers told
   * `inBlock` then `finalized` (instant finality).
   */
  included(
    entries: readonly { readonly hashHex: string; readonly index: number }[],
    block: Uint8Array,
  ): void {
    for (const { hashHex, index } of entries) {
      const tx = this.txs.get(hashHex);
      this.ban(hashHex);
      if (tx !== undefined) this.remove(tx);
      this.notify(hashHex, { type: 'inBlock', block, index });
      this.notify(hashHex, { type: 'finalized', block, index });
    }
  }

  /** Removes a transaction the block builder found invalid. */
  reject(tx: PoolTransaction, error: TransactionValidityErrorValue | undefined): void {
    this.drop(tx, { type: 'invalid', error });
  }

  /** Removes every transaction (e.g. on shutdown), telling watchers `dropped`. */
  clear(): void {
    for (const tx of [...this.txs.values()]) this.drop(tx, { type: 'dropped' });
  }

  /**
   * Validates every waiting transaction again (after a new best block): invalid ones leave with `invalid`,
   * future ones whose gap closed become `ready`.
   */
  revalidate(): void {
    const wasReady = this.readySnapshot();
    for (const tx of [...this.txs.values()]) {
      const validity = this.options.validate(tx.extrinsic);
      if (!validity.success) {
        this.drop(tx, { type: 'invalid', error: validity.value });
        continue;
      }
      this.unindex(tx);
      tx.priority = validity.value.priority;
      tx.requires = validity.value.requires.map(toHex);
      tx.provides = validity.value.provides.map(toHex);
      this.index(tx);
    }
    this.recomputeReadiness();
    this.announceNewlyReady(wasReady);
  }

  private precheck(bytes: Uint8Array): { extrinsic: Extrinsic; hash: Uint8Array; hashHex: string } {
    let extrinsic: Extrinsic;
    try {
      extrinsic = this.options.decode(bytes);
    } catch (e) {
      if (e instanceof ExtrinsicDecodeError) {
        throw new PoolError('BadFormat', `Extrinsic has invalid format: ${e.message}`);
      }
      throw e;
    }
    const hash = extrinsicHash(extrinsic.bytes);
    const hashHex = toHex(hash);
    this.checkNew(hashHex);
    return { extrinsic, hash, hashHex };
  }

  private checkNew(hashHex: string): void {
    if (this.banned.has(hashHex))
      throw new PoolError('TemporarilyBanned', 'Transaction is temporarily banned');
    if (this.txs.has(hashHex))
      throw new PoolError('AlreadyImported', 'Transaction Already Imported', hashHex);
  }

  private admit(
    extrinsic: Extrinsic,
    hash: Uint8Array,
    hashHex: string,
    listener: TxListener | undefined,
  ): PoolTransaction {
    const validity = this.options.validate(extrinsic);
    if (!validity.success) throw rejection(validity.value);
    if (this.txs.size >= (this.options.maxTransactions ?? 8192)) {
      throw new PoolError('ImmediatelyDropped', 'Immediately Dropped', 'the transaction pool is full');
    }
    const valid = validity.value;
    const tx: PoolTransaction = {
      hash,
      hashHex,
      bytes: extrinsic.bytes,
      extrinsic,
      sender: extrinsic.signed?.address.tag === 'Id' ? toHex(extrinsic.signed.address.value) : undefined,
      nonce: extrinsic.signed?.extra.nonce,
      priority: valid.priority,
      requires: valid.requires.map(toHex),
      provides: valid.provides.map(toHex),
      seq: this.seq++,
      ready: false,
    };
    const replaced = this.conflicting(tx);
    for (const old of replaced) {
      if (old.priority >= tx.priority) {
        throw new PoolError(
          'TooLowPriority',
          `Priority is too low: (${old.priority} vs ${tx.priority})`,
          'The transaction has too low priority to replace another transaction already in the pool.',
        );
      }
    }
    for (const old of replaced) this.drop(old, { type: 'usurped', by: hash });
    this.txs.set(hashHex, tx);
    this.index(tx);
    if (listener !== undefined) this.watch(hashHex, listener);
    if (replaced.length > 0) {
      // Dependents of a replaced transaction may change readiness: recompute the whole pool.
      const wasReady = this.readySnapshot();
      this.recomputeReadiness();
      this.emit(tx, tx.ready ? { type: 'ready' } : { type: 'future' });
      this.announceNewlyReady(wasReady, tx);
      return tx;
    }
    // A new transaction changes nothing for the others unless it is ready and unlocks waiting dependents.
    const newlyReady = this.isUnlocked(tx) ? this.markReadyFrom(tx) : [];
    this.emit(tx, tx.ready ? { type: 'ready' } : { type: 'future' });
    for (const t of newlyReady) if (t !== tx) this.emit(t, { type: 'ready' });
    if (newlyReady.length > 0) for (const l of [...this.readyListeners]) l();
    return tx;
  }

  private conflicting(tx: PoolTransaction): PoolTransaction[] {
    const out = new Set<PoolTransaction>();
    for (const tag of tx.provides) {
      const p = this.providers.get(tag);
      if (p !== undefined) out.add(p);
    }
    return [...out];
  }

  /** Every tag `tx` requires is provided by a ready transaction of the pool. */
  private isUnlocked(tx: PoolTransaction): boolean {
    return tx.requires.every((tag) => this.providers.get(tag)?.ready === true);
  }

  /** Marks `start` ready and, transitively, every waiting dependent that it unlocks; returns them in order. */
  private markReadyFrom(start: PoolTransaction): PoolTransaction[] {
    const out: PoolTransaction[] = [];
    const queue = [start];
    this.setReady(start, true);
    for (let i = 0; i < queue.length; i++) {
      const t = queue[i]!;
      out.push(t);
      for (const tag of t.provides) {
        if (this.providers.get(tag) !== t) continue;
        for (const d of this.dependents.get(tag) ?? []) {
          if (d.ready || !this.isUnlocked(d)) continue;
          this.setReady(d, true);
          queue.push(d);
        }
      }
    }
    return out;
  }

  /** A transaction is ready when every tag it requires is provided by a ready transaction of the pool. */
  private recomputeReadiness(): void {
    for (const t of this.txs.values()) this.setReady(t, false);
    for (const t of this.txs.values()) if (!t.ready && this.isUnlocked(t)) this.markReadyFrom(t);
  }

  private setReady(tx: PoolTransaction, ready: boolean): void {
    if (tx.ready === ready) return;
    tx.ready = ready;
    this.readyCount += ready ? 1 : -1;
  }

  private readySnapshot(): Set<PoolTransaction> {
    return new Set([...this.txs.values()].filter((t) => t.ready));
  }

  private announceNewlyReady(wasReady: Set<PoolTransaction>, except?: PoolTransaction): void {
    let any = false;
    for (const t of this.txs.values()) {
      if (!t.ready || wasReady.has(t)) continue;
      any = true;
      if (t !== except) this.emit(t, { type: 'ready' });
    }
    if (any) for (const l of [...this.readyListeners]) l();
  }

  private index(tx: PoolTransaction): void {
    for (const tag of tx.provides) this.providers.set(tag, tx);
    for (const tag of tx.requires) {
      let set = this.dependents.get(tag);
      if (set === undefined) {
        set = new Set();
        this.dependents.set(tag, set);
      }
      set.add(tx);
    }
  }

  private unindex(tx: PoolTransaction): void {
    for (const tag of tx.provides) if (this.providers.get(tag) === tx) this.providers.delete(tag);
    for (const tag of tx.requires) {
      const set = this.dependents.get(tag);
      set?.delete(tx);
      if (set?.size === 0) this.dependents.delete(tag);
    }
  }

  /** Takes a transaction out of the pool; dependents keep their readiness until the next recomputation. */
  private remove(tx: PoolTransaction): void {
    if (this.txs.get(tx.hashHex) !== tx) return;
    this.txs.delete(tx.hashHex);
    this.unindex(tx);
    this.setReady(tx, false);
  }

  private drop(tx: PoolTransaction, event: TxEvent): void {
    this.remove(tx);
    this.notify(tx.hashHex, event);
  }

  private emit(tx: PoolTransaction, event: TxEvent): void {
    this.notify(tx.hashHex, event);
  }

  private notify(hashHex: string, event: TxEvent): void {
    const set = this.watchers.get(hashHex);
    if (set === undefined) return;
    for (const l of [...set]) l(event);
    if (TERMINAL.has(event.type)) this.watchers.delete(hashHex);
  }

  private ban(hashHex: string): void {
    this.banned.delete(hashHex);
    this.banned.add(hashHex);
    if (this.banned.size > (this.options.bannedCapacity ?? 4096)) {
      const oldest = this.banned.values().next().value;
      if (oldest !== undefined) this.banned.delete(oldest);
    }
  }
}

/** A binary heap of transactions, the one to include first on top. */
class TxHeap {
  private readonly items: PoolTransaction[] = [];

  push(t: PoolTransaction): void {
    const a = this.items;
    a.push(t);
    let i = a.length - 1;
    while (i > 0) {
      const parent = (i - 1) >> 1;
      if (!before(a[i]!, a[parent]!)) break;
      [a[i], a[parent]] = [a[parent]!, a[i]!];
      i = parent;
    }
  }

  pop(): PoolTransaction | undefined {
    const a = this.items;
    const top = a[0];
    const last = a.pop();
    if (a.length === 0 || last === undefined) return top;
    a[0] = last;
    let i = 0;
    for (;;) {
      const l = 2 * i + 1;
      const r = l + 1;
      let m = i;
      if (l < a.length && before(a[l]!, a[m]!)) m = l;
      if (r < a.length && before(a[r]!, a[m]!)) m = r;
      if (m === i) break;
      [a[i], a[m]] = [a[m]!, a[i]!];
      i = m;
    }
    return top;
  }
}

/** The author-RPC error for a validity error (substrate-compat §3.4). */
export const rejection = (error: TransactionValidityErrorValue): PoolError =>
  error.tag === 'Invalid'
    ? new PoolError('Invalid', 'Invalid Transaction', describeValidityError(error))
    : new PoolError('Unknown', 'Unknown Transaction Validity', describeValidityError(error));
