// spec: substrate-compat §5.1 (header, hash), §5.5 (System.BlockHash), §6.3 (events per block), §9 (pool, notifications
// after commit); ARCHITECTURE §5
/**
 * The dev chain: builds blocks with the runtime's executive on top of the best block, commits each block to the
 * database in one transaction, and only then tells the pool's watchers and the chain's listeners. Every block is
 * final at once (instant finality), so best = finalized.
 */
import { bytesEqual, fromHex, toHex } from '../../primitives/common/bytes.js';
import { EncointerError } from '../../primitives/common/errors.js';
import { blake2_256 } from '../../primitives/common/hashing.js';
import { verifyMultiSignature } from '../../runtime/crypto/verify.js';
import type { EncointerRuntime } from '../../runtime/encointerRuntime.js';
import type { BuiltEventRecord, TransactionValidator } from '../../runtime/executive/executive.js';
import { encodeHeader } from '../../runtime/executive/header.js';
import type { TransactionValidityErrorValue } from '../../runtime/executive/validity.js';
import { type Extrinsic, extrinsicHash, signingPayload } from '../../runtime/extrinsic/uncheckedExtrinsic.js';
import { type ChangeSet, OverlayState } from '../../runtime/framework/state.js';
import { BlockHash, DigestOf } from '../../runtime/pallets/system/storage.js';
import type { HeaderValue } from '../../runtime/pallets/system/types.js';
import { Now } from '../../runtime/pallets/timestamp/timestamp.js';
import type { RuntimeVersionValue } from '../../runtime/types/substrate.js';
import { BestState, DEFAULT_CACHE_ENTRIES } from '../storage/bestState.js';
import { type BlockRecord, type ChainStore, ChainStoreError, type EventRow } from '../storage/chainStore.js';
import { nextStateRoot } from '../storage/stateCommitment.js';
import { diffAgainst, newValues, previousValues, type StateDiff } from '../storage/stateDiff.js';
import { DEFAULT_STATE_WINDOW, StateHistory } from '../storage/stateHistory.js';
import type { SignatureJob } from '../verify/signatureJob.js';
import { VerifiedSignatures } from '../verify/verifiedSignatures.js';
import type { BatchVerifier } from '../verify/verifierPool.js';
import { Clock } from './clock.js';
import { Emitter } from './emitter.js';
import { buildGenesis } from './genesis.js';
import { CODE_KEY, runtimeCode } from './runtimeCode.js';
import { type PoolTransaction, TransactionPool, type TxListener } from './txPool.js';

export type { BlockRecord } from '../storage/chainStore.js';

/** A block just added to the chain, with what it changed. */
export interface ImportedBlock {
  readonly block: BlockRecord;
  readonly parent: BlockRecord;
  readonly extrinsics: readonly Uint8Array[];
  /** The keys the block changed, with their new values (`null` = removed). */
  readonly changes: ChangeSet;
  /** Whether `:code` changed in this block (a runtime upgrade for clients). */
  readonly runtimeChanged: boolean;
}

export type ChainEvents = {
  /** A new best (and finalized) block, after it is committed. */
  block: [ImportedBlock];
  /** The head moved back (`setHead`): blocks above `head` are gone. */
  reorg: [{ readonly head: BlockRecord; readonly changes: ChangeSet }];
  /** The best block's state was changed in place (`setStorage`). */
  storage: [{ readonly block: BlockRecord; readonly changes: ChangeSet }];
};

export interface ChainOptions {
  readonly runtime: EncointerRuntime;
  readonly store: ChainStore;
  /** How far timestamps advance per block, in ms (default: the preset's block time). */
  readonly blockTimeMs?: bigint;
  /** The first block's timestamp (default: the wall clock when it is built). */
  readonly startTime?: () => bigint;
  /** How many recent blocks keep their state undo sets in memory (default 64). */
  readonly stateWindow?: number;
  /** How many state entries the best-state cache holds (default 100 000). */
  readonly cacheEntries?: number;
  readonly maxPoolTransactions?: number;
  /**
   * Verifies signatures in parallel batches (a node's worker pool). Without it every signature is verified on
   * this thread; either way each valid signature is verified once and remembered for the pool and the block.
   */
  readonly signatureVerifier?: BatchVerifier;
}

export interface NewBlockOptions {
  /** Extrinsics to apply before the pool's (those that fail validity are skipped). */
  readonly transactions?: readonly Uint8Array[];
  /** The block's timestamp (default: the clock's next). */
  readonly timestamp?: bigint;
  /** Leave the pool's transactions out. */
  readonly skipPool?: boolean;
}

/** A block could not be built (the timestamp inherent failed, or the runtime broke). */
export class BlockBuildError extends EncointerError {
  constructor(message: string) {
    super('BlockBuild', message);
  }
}

/** The block hash or number asked for is not on the chain. */
export class UnknownBlockError extends EncointerError {
  constructor(what: string) {
    super('UnknownBlock', `UnknownBlock: block ${what} is not on the chain`);
  }
}

const META_PRESET = 'preset';
const META_GENESIS = 'genesis_hash';
const META_CLOCK = 'clock_travel';
const RECENT_BLOCKS = 256;
/** Transactions tried after the first one that did not fit the block (Substrate's `MAX_SKIPPED_TRANSACTIONS`). */
const MAX_SKIPPED_TRANSACTIONS = 8;

/**
 * The chain core used by the RPC server, the CLI and in-process tests.
 *
 * @example
 * const chain = Chain.open({ runtime: createEncointerRuntime('dev'), store: ChainStore.open(':memory:') });
 * chain.submit(signedTransferBytes);
 * const block = chain.newBlock(); // includes the transfer
 */
export class Chain {
  readonly runtime: EncointerRuntime;
  readonly store: ChainStore;
  readonly pool: TransactionPool;
  readonly clock: Clock;
  readonly events = new Emitter<ChainEvents>();
  readonly genesis: BlockRecord;
  /** Signatures verified so far: the pool's re-validation and the block builder do not verify them again. */
  readonly verifiedSignatures = new VerifiedSignatures();
  private readonly signatureVerifier: BatchVerifier | undefined;
  private immortalAdditional: Uint8Array | undefined;
  /** Validates against the best state; made anew whenever the best state changes. */
  private bestValidator: TransactionValidator | undefined;
  private readonly bestState: BestState;
  private readonly history: StateHistory;
  private readonly code: Uint8Array;
  private readonly recent = new Map<string, BlockRecord>();
  private head: BlockRecord;
  private building = false;

  private constructor(options: ChainOptions, genesis: BlockRecord, head: BlockRecord) {
    this.runtime = options.runtime;
    this.store = options.store;
    this.genesis = genesis;
    this.head = head;
    this.code = runtimeCode(options.runtime);
    this.bestState = new BestState(options.store, options.cacheEntries ?? DEFAULT_CACHE_ENTRIES);
    this.history = new StateHistory(
      options.store,
      this.bestState,
      head.number,
      options.stateWindow ?? DEFAULT_STATE_WINDOW,
    );
    const preset = options.runtime.preset;
    const travelled = options.store.getMeta(META_CLOCK);
    this.clock = new Clock({
      stepMs: options.blockTimeMs ?? preset.blockTimeMs,
      minimumPeriodMs: preset.blockTimeMs / 2n,
      ...(options.startTime === undefined ? {} : { startTime: options.startTime }),
      ...(travelled === undefined || travelled === '' ? {} : { travelled: BigInt(travelled) }),
    });
    const executive = options.runtime.executive;
    this.signatureVerifier = options.signatureVerifier;
    const verify = this.verifiedSignatures.verify;
    this.pool = new TransactionPool({
      decode: (bytes) => executive.decode(bytes),
      validate: (xt) => this.validator()('External', xt, verify),
      signatureJob: (xt) => this.signatureJob(xt),
      ...(options.signatureVerifier === undefined ? {} : { preverify: (jobs) => this.verifyJobs(jobs) }),
      ...(options.maxPoolTransactions === undefined ? {} : { maxTransactions: options.maxPoolTransactions }),
    });
    this.remember(genesis);
    this.remember(head);
  }

  /** Opens the chain in `store`: resumes from its last block, or writes the preset's genesis into an empty one. */
  static open(options: ChainOptions): Chain {
    const { store, runtime } = options;
    const presetName = runtime.preset.name;
    let best = store.bestNumber();
    if (best === undefined) {
      const g = buildGenesis(runtime);
      const diff: StateDiff = new Map(g.entries.map(([k, v]) => [k, { value: v, prev: null }]));
      store.commitBlock({
        block: { number: 0, hash: g.hash, header: g.header, headerBytes: g.headerBytes, timestamp: 0n },
        extrinsics: [],
        extrinsicHashes: [],
        events: [],
        diff,
        meta: { [META_PRESET]: presetName, [META_GENESIS]: toHex(g.hash) },
      });
      best = 0;
    } else {
      const stored = store.getMeta(META_PRESET);
      if (stored !== presetName) {
        throw new ChainStoreError(
          `the database holds a '${stored}' chain, not '${presetName}': start with --genesis ${stored} or use another --base-path`,
        );
      }
    }
    const genesis = store.blockByNumber(0);
    const head = store.blockByNumber(best);
    if (genesis === undefined || head === undefined)
      throw new ChainStoreError('the database lost its blocks');
    return new Chain(options, genesis, head);
  }

  /** The best block (also the finalized one: finality is instant). */
  get best(): BlockRecord {
    return this.head;
  }

  get finalized(): BlockRecord {
    return this.head;
  }

  /** A block of the chain by hash (bytes or hex). */
  blockByHash(hash: Uint8Array | string): BlockRecord | undefined {
    const hex = typeof hash === 'string' ? hash.toLowerCase() : toHex(hash);
    const known = this.recent.get(hex);
    if (known !== undefined) return known.number <= this.head.number ? known : undefined;
    const block = this.store.blockByHash(typeof hash === 'string' ? fromHex(hash) : hash);
    if (block !== undefined) this.remember(block);
    return block;
  }

  blockByNumber(number: number): BlockRecord | undefined {
    if (number === this.head.number) return this.head;
    if (number > this.head.number || number < 0) return undefined;
    return this.store.blockByNumber(number);
  }

  /** The body of a block, in applied order. */
  body(block: BlockRecord): Uint8Array[] {
    return this.store.extrinsics(block.number);
  }

  /** The events of a block, one row per record. */
  blockEvents(block: BlockRecord): EventRow[] {
    return this.store.events(block.number);
  }

  /** The state after `block` (default: the best block); the reader stays bound to that block. */
  stateAt(block: BlockRecord = this.head): ReturnType<StateHistory['at']> {
    return this.history.at(block.number);
  }

  /** The runtime version (one runtime serves every block). */
  runtimeVersion(): RuntimeVersionValue {
    return this.runtime.executive.version();
  }

  /** A runtime API call (`state_call`) on the state after `block`. */
  call(method: string, input: Uint8Array, block: BlockRecord = this.head): Uint8Array {
    return this.runtime.call(this.stateAt(block), method, input);
  }

  /** Validates a transaction and adds it to the pool (throws PoolError when refused). */
  submit(bytes: Uint8Array, listener?: TxListener): PoolTransaction {
    return this.pool.submit(bytes, listener);
  }

  /**
   * `submit` with the signature verified on the signature verifier's workers, batched with the submissions of the
   * moment (what the author RPC uses). Rejects with PoolError.
   */
  submitAsync(bytes: Uint8Array, listener?: TxListener): Promise<PoolTransaction> {
    return this.pool.submitAsync(bytes, listener);
  }

  /**
   * Verifies the signatures of `extrinsics` in parallel batches and remembers the valid ones, so that building a
   * block of them verifies nothing on this thread. Undecodable or unsigned extrinsics are skipped.
   */
  async preverify(extrinsics: readonly Uint8Array[]): Promise<void> {
    const jobs: SignatureJob[] = [];
    for (const bytes of extrinsics) {
      try {
        const job = this.signatureJob(this.runtime.executive.decode(bytes));
        if (job !== undefined) jobs.push(job);
      } catch {
        // Not an extrinsic: the block builder skips it.
      }
    }
    await this.verifyJobs(jobs);
  }

  /** Sets the next block's timestamp (ms since the epoch), persisted until that block is built. */
  timeTravel(timestamp: bigint): void {
    this.clock.travel(timestamp, Now.get(this.bestState));
    this.store.setMeta(META_CLOCK, timestamp.toString());
  }

  /**
   * Builds the next block on the best block: the timestamp inherent, then `options.transactions`, then the ready
   * pool transactions; commits it, then notifies the pool's watchers and the chain's listeners.
   */
  newBlock(options: NewBlockOptions = {}): BlockRecord {
    if (this.building) throw new BlockBuildError('a block is already being built');
    this.building = true;
    try {
      return this.build(options);
    } finally {
      this.building = false;
    }
  }

  /**
   * Moves the head back to block `number` (dev tooling): the blocks above are deleted and the state restored.
   * Transactions of the removed blocks are not put back into the pool.
   */
  setHead(number: number): BlockRecord {
    if (!Number.isInteger(number) || number < 0 || number > this.head.number) {
      throw new UnknownBlockError(`#${number}`);
    }
    if (number === this.head.number) return this.head;
    const restored = this.store.revertTo(number);
    this.bestValidator = undefined;
    this.bestState.clear();
    this.history.revertTo(number);
    for (const [hex, b] of this.recent) if (b.number > number) this.recent.delete(hex);
    this.head = this.store.blockByNumber(number)!;
    this.pool.revalidate();
    this.events.emit('reorg', { head: this.head, changes: restored });
    return this.head;
  }

  /**
   * Writes storage values into the best block's state in place (dev tooling; `null` removes a key). The header
   * keeps its state root: the commitment covers produced blocks only.
   */
  setStorage(changes: ChangeSet): void {
    const diff = diffAgainst(changes, this.bestState);
    if (diff.size === 0) return;
    this.store.patchBest(this.head.number, diff);
    const values = newValues(diff);
    this.bestValidator = undefined;
    this.bestState.applyCommitted(values);
    this.history.patchBest(previousValues(diff));
    this.pool.revalidate();
    this.events.emit('storage', { block: this.head, changes: values });
  }

  /** Drops the pool (watchers get `dropped`) and closes the database. */
  close(): void {
    this.pool.clear();
    this.store.close();
  }

  private build(options: NewBlockOptions): BlockRecord {
    const parent = this.head;
    const parentState = this.bestState;
    const executive = this.runtime.executive;
    const state = new OverlayState(parentState);
    const number = parent.number + 1;
    const builder = executive.initializeBlock(
      state,
      { number, parentHash: parent.hash },
      { verifySignature: this.verifiedSignatures.verify },
    );

    const oldCode = parentState.get(CODE_KEY);
    const runtimeChanged = oldCode === undefined || !bytesEqual(oldCode, this.code);
    if (runtimeChanged) {
      // A new runtime since the parent (the node was restarted with other code): clients reload metadata.
      state.set(CODE_KEY, this.code);
      const digest = DigestOf.get(state);
      if (!digest.logs.some((l) => l.tag === 'RuntimeEnvironmentUpdated')) {
        DigestOf.set(state, {
          logs: [...digest.logs, { tag: 'RuntimeEnvironmentUpdated', value: undefined }],
        });
      }
    }

    const now = options.timestamp ?? this.clock.next(Now.get(parentState));
    const inherent = builder.applyTimestamp(now);
    if (!inherent.success || !inherent.value.success) {
      throw new BlockBuildError(`the timestamp inherent (${now}) failed: ${stringify(inherent.value)}`);
    }

    for (const bytes of options.transactions ?? []) {
      try {
        builder.applyExtrinsic(bytes);
      } catch {
        // Undecodable or breaking the runtime: skipped, as an author would.
      }
    }

    const included: { hashHex: string; hash: Uint8Array; index: number }[] = [];
    const rejected: { tx: PoolTransaction; error: TransactionValidityErrorValue | undefined }[] = [];
    if (options.skipPool !== true) {
      let skipped = 0;
      for (const tx of this.pool.readyInOrder()) {
        const index = builder.extrinsics.length;
        let outcome: ReturnType<typeof builder.applyExtrinsic>;
        try {
          outcome = builder.applyExtrinsic(tx.extrinsic);
        } catch {
          rejected.push({ tx, error: undefined });
          continue;
        }
        if (outcome.success) {
          included.push({ hashHex: tx.hashHex, hash: tx.hash, index });
          continue;
        }
        const err = outcome.value;
        const kind = err.tag === 'Invalid' ? err.value.tag : undefined;
        // A full block or a nonce gap (a dependency failed): the transaction waits for a later block. Once the
        // block is full, a few smaller transactions may still fit; after that the block is done (as Substrate's
        // proposer does), rather than trying every other ready transaction against a full block.
        if (kind === 'ExhaustsResources') {
          skipped += 1;
          if (skipped > MAX_SKIPPED_TRANSACTIONS) break;
          continue;
        }
        if (kind === 'Future') continue;
        rejected.push({ tx, error: err });
      }
    }

    const sealed = builder.finalize();
    const diff = diffAgainst(state.changes(), parentState);
    const header: HeaderValue = {
      ...sealed.header,
      state_root: nextStateRoot(parent.header.state_root, newValuesEntries(diff)),
    };
    const headerBytes = encodeHeader(header);
    const block: BlockRecord = {
      number,
      hash: blake2_256(headerBytes),
      header,
      headerBytes,
      timestamp: now,
    };
    const extrinsics = sealed.extrinsics;
    // The pool already hashed its transactions.
    const hashes: (Uint8Array | undefined)[] = [];
    for (const { hash, index } of included) hashes[index] = hash;
    this.store.commitBlock({
      block,
      extrinsics,
      extrinsicHashes: extrinsics.map((x, i) => hashes[i] ?? extrinsicHash(x)),
      events: eventRows(builder.eventRecords),
      diff,
      meta: { [META_CLOCK]: '' },
    });

    // Committed: move the in-memory views, then tell the pool's watchers, then everyone else.
    this.clock.consumed();
    const values = newValues(diff);
    this.bestValidator = undefined;
    this.bestState.applyCommitted(values);
    this.history.pushBlock(number, previousValues(diff));
    this.head = block;
    this.remember(block);
    this.pool.included(included, block.hash);
    for (const r of rejected) this.pool.reject(r.tx, r.error);
    this.pool.revalidate();
    this.events.emit('block', { block, parent, extrinsics, changes: values, runtimeChanged });
    return block;
  }

  private validator(): TransactionValidator {
    this.bestValidator ??= this.runtime.executive.transactionValidator(this.bestState, this.head.hash);
    return this.bestValidator;
  }

  /** The signature check of a signed extrinsic in the next block (what its validation and inclusion verify). */
  private signatureJob(xt: Extrinsic): SignatureJob | undefined {
    const part = xt.signed;
    if (part === undefined || part.address.tag !== 'Id') return undefined;
    // Immortal transactions are born at genesis: what they sign besides call and extra never changes (one runtime).
    const immortal = part.extra.era.type === 'Immortal';
    let additional = immortal ? this.immortalAdditional : undefined;
    if (additional === undefined) {
      // The next block sees the best block's hash in System.BlockHash (a mortal era may be born there).
      const state = new OverlayState(this.bestState);
      BlockHash.set(state, this.head.number, this.head.hash);
      try {
        additional = this.runtime.executive.additionalSigned(state, part.extra.era, this.head.number + 1);
      } catch {
        // No birth block: validation reports why.
        return undefined;
      }
      if (immortal) this.immortalAdditional = additional;
    }
    const message = signingPayload(xt.callBytes, part.extraBytes, additional);
    return { signature: part.signature, message, account: part.address.value };
  }

  private async verifyJobs(jobs: readonly SignatureJob[]): Promise<void> {
    const todo = jobs.filter((j) => !this.verifiedSignatures.has(j));
    if (todo.length === 0) return;
    const verdicts =
      this.signatureVerifier === undefined
        ? todo.map((j) => verifyMultiSignature(j.signature, j.message, j.account))
        : await this.signatureVerifier.verify(todo);
    this.verifiedSignatures.addVerified(todo, verdicts);
  }

  private remember(block: BlockRecord): void {
    const hex = toHex(block.hash);
    this.recent.delete(hex);
    this.recent.set(hex, block);
    if (this.recent.size > RECENT_BLOCKS) {
      const oldest = this.recent.keys().next().value;
      if (oldest !== undefined) this.recent.delete(oldest);
    }
  }
}

/** The rows of a block's events, from the records its builder wrote (no decoding of `System.Events`). */
const eventRows = (records: readonly BuiltEventRecord[]): EventRow[] =>
  records.map((r) => ({
    phase: r.phase.tag,
    extrinsicIndex: r.phase.tag === 'ApplyExtrinsic' ? (r.phase.value as number) : null,
    pallet: r.pallet,
    name: (r.event as { tag?: string } | undefined)?.tag ?? '',
    record: r.bytes,
  }));

const newValuesEntries = (diff: StateDiff): [string, Uint8Array | null][] =>
  [...diff].map(([k, c]) => [k, c.value]);

const stringify = (value: unknown): string =>
  JSON.stringify(value, (_k, v) =>
    typeof v === 'bigint' ? v.toString() : v instanceof Uint8Array ? toHex(v) : v,
  );
