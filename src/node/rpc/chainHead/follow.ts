// spec: substrate-compat §4.1 (follow events, pinning), §4.2 (operations and their errors)
/**
 * One `chainHead_v1_follow` subscription: the blocks it pinned and its running operations. With instant
 * finality every new block is announced as `newBlock` → `bestBlockChanged` → `finalized`.
 */
import { concatBytes, fromHex, toHex } from '../../../primitives/common/bytes.js';
import { blake2_256 } from '../../../primitives/common/hashing.js';
import type { StateReader } from '../../../runtime/framework/state.js';
import type { BlockRecord, ImportedBlock } from '../../chain/chain.js';
import type { Connection, SubscriptionSink } from '../connection.js';
import { RpcError } from '../errors.js';
import { chainHeadRuntimeJson } from '../format.js';
import type { NodeContext } from '../method.js';

export const FOLLOW_KIND = 'chainHead_v1_follow';
/** Follow subscriptions per connection (the spec asks for at least 2). */
export const MAX_FOLLOWS = 4;
/** Pinned blocks per subscription before it is stopped (§4.1 suggests about 512). */
export const MAX_PINNED = 512;
/**
 * Concurrent operations per subscription (the spec asks for at least 16). Generous because polkadot-api does not
 * retry an operation refused with `limitReached` until another settles: with 17+ watched transactions or runtime
 * calls in flight a small limit stalls it.
 */
export const MAX_OPERATIONS = 1024;
/** Storage items per `operationStorageItems` before waiting for `chainHead_v1_continue`. */
export const STORAGE_PAGE = 1000;

export const INVALID_BLOCK = -32801;
export const NO_RUNTIME = -32802;
export const NOT_WAITING = -32803;
export const DUPLICATE_UNPIN = -32804;
export const TOO_MANY_FOLLOWS = -32800;

export type StorageQueryType =
  | 'value'
  | 'hash'
  | 'closestDescendantMerkleValue'
  | 'descendantsValues'
  | 'descendantsHashes';

export interface StorageQuery {
  readonly key: string;
  readonly type: StorageQueryType;
}

type StorageResult =
  | { key: string; value: string }
  | { key: string; hash: string }
  | { key: string; closestDescendantMerkleValue: string };

interface StorageOperation {
  readonly id: string;
  readonly items: Iterator<StorageResult>;
  waiting: boolean;
}

export const LIMIT_REACHED = { result: 'limitReached' } as const;

export class FollowSubscription {
  private readonly pinned = new Set<string>();
  private readonly operations = new Map<string, StorageOperation | null>();
  private nextOperation = 0;
  private stopped = false;

  constructor(
    private readonly node: NodeContext,
    private readonly connection: Connection,
    private readonly sink: SubscriptionSink,
    readonly withRuntime: boolean,
  ) {}

  /** Sends `initialized` and `bestBlockChanged`, then follows the chain; returns the cleanup. */
  start(): () => void {
    const chain = this.node.chain;
    const finalized = toHex(chain.finalized.hash);
    this.pinned.add(finalized);
    this.sink.notify({
      event: 'initialized',
      finalizedBlockHashes: [finalized],
      ...(this.withRuntime ? { finalizedBlockRuntime: chainHeadRuntimeJson(chain.runtimeVersion()) } : {}),
    });
    this.sink.notify({ event: 'bestBlockChanged', bestBlockHash: finalized });
    const offBlock = chain.events.on('block', (b) => this.onBlock(b));
    // A revert removes blocks this subscription may have pinned: the client must follow again.
    const offReorg = chain.events.on('reorg', () => this.stop());
    return () => {
      offBlock();
      offReorg();
      this.operations.clear();
    };
  }

  /** Ends the subscription with a `stop` event. */
  stop(): void {
    if (this.stopped) return;
    this.stopped = true;
    this.sink.notify({ event: 'stop' });
    this.connection.drop(this.sink.id);
  }

  /** The SCALE header of a pinned block. */
  header(hash: string): string {
    return toHex(this.pinnedBlock(hash).headerBytes);
  }

  /** Starts a body operation; `afterReply` sends its result after the `started` reply. */
  body(hash: string, afterReply: (fn: () => void) => void): unknown {
    const block = this.pinnedBlock(hash);
    const id = this.newOperation();
    if (id === undefined) return LIMIT_REACHED;
    afterReply(() => {
      if (!this.finishOperation(id)) return;
      const value = this.node.chain.body(block).map((x) => toHex(x));
      this.sink.notify({ event: 'operationBodyDone', operationId: id, value });
    });
    return { result: 'started', operationId: id };
  }

  /** Starts a runtime call operation. */
  call(hash: string, fn: string, input: Uint8Array, afterReply: (fn: () => void) => void): unknown {
    const block = this.pinnedBlock(hash);
    if (!this.withRuntime)
      throw new RpcError(NO_RUNTIME, 'The follow subscription was started without runtime');
    const id = this.newOperation();
    if (id === undefined) return LIMIT_REACHED;
    afterReply(() => {
      if (!this.finishOperation(id)) return;
      try {
        const output = toHex(this.node.chain.call(fn, input, block));
        this.sink.notify({ event: 'operationCallDone', operationId: id, output });
      } catch (e) {
        const error = e instanceof Error ? e.message : String(e);
        this.sink.notify({ event: 'operationError', operationId: id, error });
      }
    });
    return { result: 'started', operationId: id };
  }

  /** Starts a storage operation: results in pages of 1000, waiting for `continue` between pages. */
  storage(hash: string, queries: readonly StorageQuery[], afterReply: (fn: () => void) => void): unknown {
    const block = this.pinnedBlock(hash);
    const id = this.newOperation();
    if (id === undefined) return LIMIT_REACHED;
    const op: StorageOperation = {
      id,
      items: storageResults(this.node.chain.stateAt(block), queries),
      waiting: false,
    };
    this.operations.set(id, op);
    afterReply(() => this.runStorage(op));
    return { result: 'started', operationId: id, discardedItems: 0 };
  }

  /** Resumes a storage operation that waits for `continue`. */
  continue(operationId: string): void {
    const op = this.operations.get(operationId);
    if (op === undefined || op === null || !op.waiting) {
      throw new RpcError(NOT_WAITING, 'The operation is not waiting for continue');
    }
    op.waiting = false;
    setImmediate(() => this.runStorage(op));
  }

  /** Stops an operation; later events of it are not sent. */
  stopOperation(operationId: string): void {
    this.operations.delete(operationId);
  }

  /** Unpins blocks; all hashes are checked before any is unpinned. */
  unpin(hashes: readonly string[]): void {
    if (new Set(hashes).size !== hashes.length)
      throw new RpcError(DUPLICATE_UNPIN, 'Duplicate hash in unpin');
    for (const h of hashes) {
      if (!this.pinned.has(h)) throw new RpcError(INVALID_BLOCK, `Invalid block hash: ${h} is not pinned`);
    }
    for (const h of hashes) this.pinned.delete(h);
  }

  private onBlock({ block, parent, runtimeChanged }: ImportedBlock): void {
    if (this.pinned.size >= MAX_PINNED) {
      this.stop();
      return;
    }
    const hash = toHex(block.hash);
    this.pinned.add(hash);
    this.sink.notify({
      event: 'newBlock',
      blockHash: hash,
      parentBlockHash: toHex(parent.hash),
      ...(this.withRuntime
        ? { newRuntime: runtimeChanged ? chainHeadRuntimeJson(this.node.chain.runtimeVersion()) : null }
        : {}),
    });
    this.sink.notify({ event: 'bestBlockChanged', bestBlockHash: hash });
    this.sink.notify({ event: 'finalized', finalizedBlockHashes: [hash], prunedBlockHashes: [] });
  }

  private pinnedBlock(hash: string): BlockRecord {
    const block = this.pinned.has(hash) ? this.node.chain.blockByHash(hash) : undefined;
    if (block === undefined) throw new RpcError(INVALID_BLOCK, `Invalid block hash: ${hash} is not pinned`);
    return block;
  }

  private newOperation(): string | undefined {
    if (this.operations.size >= MAX_OPERATIONS) return undefined;
    const id = String(this.nextOperation++);
    this.operations.set(id, null);
    return id;
  }

  /** Whether the operation is still wanted (not stopped); removes it. */
  private finishOperation(id: string): boolean {
    return this.operations.delete(id) && this.sink.active;
  }

  private runStorage(op: StorageOperation): void {
    if (this.operations.get(op.id) !== op || !this.sink.active) return;
    const page: StorageResult[] = [];
    let done = false;
    try {
      while (page.length < STORAGE_PAGE) {
        const next = op.items.next();
        if (next.done === true) {
          done = true;
          break;
        }
        page.push(next.value);
      }
    } catch (e) {
      this.operations.delete(op.id);
      const error = e instanceof Error ? e.message : String(e);
      this.sink.notify({ event: 'operationError', operationId: op.id, error });
      return;
    }
    if (page.length > 0)
      this.sink.notify({ event: 'operationStorageItems', operationId: op.id, items: page });
    if (done) {
      this.operations.delete(op.id);
      this.sink.notify({ event: 'operationStorageDone', operationId: op.id });
    } else {
      op.waiting = true;
      this.sink.notify({ event: 'operationWaitingForContinue', operationId: op.id });
    }
  }
}

/**
 * The results of storage queries, lazily. Without a trie, `closestDescendantMerkleValue` is blake2_256 over the
 * sorted (key, value) pairs under the prefix: it changes iff some key under it changed (§4.2).
 */
function* storageResults(state: StateReader, queries: readonly StorageQuery[]): Generator<StorageResult> {
  for (const { key, type } of queries) {
    switch (type) {
      case 'value': {
        const v = state.get(key);
        if (v !== undefined) yield { key, value: toHex(v) };
        break;
      }
      case 'hash': {
        const v = state.get(key);
        if (v !== undefined) yield { key, hash: toHex(blake2_256(v)) };
        break;
      }
      case 'descendantsValues':
        for (const k of state.keys(key)) yield { key: k, value: toHex(state.get(k)!) };
        break;
      case 'descendantsHashes':
        for (const k of state.keys(key)) yield { key: k, hash: toHex(blake2_256(state.get(k)!)) };
        break;
      case 'closestDescendantMerkleValue': {
        const keys = state.keys(key);
        if (keys.length === 0) break;
        const parts: Uint8Array[] = [];
        for (const k of keys) parts.push(blake2_256(fromHex(k)), blake2_256(state.get(k)!));
        yield { key, closestDescendantMerkleValue: toHex(blake2_256(concatBytes(...parts))) };
        break;
      }
    }
  }
}
