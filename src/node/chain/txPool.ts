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
  /** At most this many transactions wait (default 8192); more are refused with 1016. */
  readonly maxTransactions?: number;
  /** How many included transaction hashes stay banned from resubmission (default 4096). */
  readonly bannedCapacity?: number;
}

export class TransactionPool {
  private readonly txs = new Map<string, PoolTransaction>();
  private readonly watchers = new Map<string, Set<TxListener>>();
  private readonly banned = new Set<string>();
  private readonly readyListeners = new Set<() => void>();
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
    if (this.banned.has(hashHex))
      throw new PoolError('TemporarilyBanned', 'Transaction is temporarily banned');
    if (this.txs.has(hashHex))
      throw new PoolError('AlreadyImported', 'Transaction Already Imported', hashHex);
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
    if (listener !== undefined) this.watch(hashHex, listener);
    const before = this.readySnapshot();
    this.recomputeReadiness();
    this.emit(tx, tx.ready ? { type: 'ready' } : { type: 'future' });
    this.announceNewlyReady(before, tx);
    return tx;
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
    const providedInPool = new Set(ready.flatMap((t) => t.provides));
    const emitted = new Set<string>();
    const done = new Set<PoolTransaction>();
    const out: PoolTransaction[] = [];
    const unlocked = (t: PoolTransaction) =>
      t.requires.every((tag) => emitted.has(tag) || !providedInPool.has(tag));
    while (out.length < ready.length) {
      let best: PoolTransaction | undefined;
      for (const t of ready) {
        if (done.has(t) || !unlocked(t)) continue;
        if (
          best === undefined ||
          t.priority > best.priority ||
          (t.priority === best.priority && t.seq < best.seq)
        )
          best = t;
      }
      if (best === undefined) break;
      done.add(best);
      out.push(best);
      for (const tag of best.provides) emitted.add(tag);
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
      if (tx !== undefined) this.txs.delete(hashHex);
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
    const before = this.readySnapshot();
    for (const tx of [...this.txs.values()]) {
      const validity = this.options.validate(tx.extrinsic);
      if (!validity.success) {
        this.drop(tx, { type: 'invalid', error: validity.value });
        continue;
      }
      tx.priority = validity.value.priority;
      tx.requires = validity.value.requires.map(toHex);
      tx.provides = validity.value.provides.map(toHex);
    }
    this.recomputeReadiness();
    this.announceNewlyReady(before);
  }

  private conflicting(tx: PoolTransaction): PoolTransaction[] {
    const tags = new Set(tx.provides);
    return [...this.txs.values()].filter((t) => t.provides.some((p) => tags.has(p)));
  }

  /** A transaction is ready when every tag it requires is provided by a ready transaction of the pool. */
  private recomputeReadiness(): void {
    const providers = new Map<string, PoolTransaction>();
    for (const t of this.txs.values()) for (const tag of t.provides) providers.set(tag, t);
    const memo = new Map<PoolTransaction, boolean>();
    const isReady = (t: PoolTransaction, depth: number): boolean => {
      const known = memo.get(t);
      if (known !== undefined) return known;
      memo.set(t, false); // breaks cycles
      const ok =
        depth < 10_000 &&
        t.requires.every((tag) => {
          const p = providers.get(tag);
          return p !== undefined && isReady(p, depth + 1);
        });
      memo.set(t, ok);
      return ok;
    };
    for (const t of this.txs.values()) t.ready = isReady(t, 0);
  }

  private readySnapshot(): Set<PoolTransaction> {
    return new Set([...this.txs.values()].filter((t) => t.ready));
  }

  private announceNewlyReady(before: Set<PoolTransaction>, except?: PoolTransaction): void {
    let any = false;
    for (const t of this.txs.values()) {
      if (!t.ready || before.has(t)) continue;
      any = true;
      if (t !== except) this.emit(t, { type: 'ready' });
    }
    if (any) for (const l of [...this.readyListeners]) l();
  }

  private drop(tx: PoolTransaction, event: TxEvent): void {
    this.txs.delete(tx.hashHex);
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

/** The author-RPC error for a validity error (substrate-compat §3.4). */
export const rejection = (error: TransactionValidityErrorValue): PoolError =>
  error.tag === 'Invalid'
    ? new PoolError('Invalid', 'Invalid Transaction', describeValidityError(error))
    : new PoolError('Unknown', 'Unknown Transaction Validity', describeValidityError(error));
