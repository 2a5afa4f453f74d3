// spec: tooling §1.5 (dispatch results), §12 item 5 (many transactions in flight at once)
/**
 * Finds many submitted transactions in new blocks with one pass per block: the block body is hashed once and its
 * events are read once, instead of one watch subscription per transaction.
 */
import { getChainMetadata } from '../../client/common/metadata.js';
import type { HexString } from '../../client/common/types.js';
import type { Connection } from '../../client/connection/connect.js';
import { resolveDispatchError } from '../../client/tx/dispatchError.js';
import type { ChainEvent, DispatchErrorInfo } from '../../client/tx/errors.js';
import { fromHex, toHex } from '../../primitives/common/bytes.js';
import { blake2_256 } from '../../primitives/common/hashing.js';

/** Where and how a transaction ended. */
export type Inclusion =
  | {
      readonly status: 'included';
      readonly block: { readonly hash: HexString; readonly number: number; readonly index: number };
      readonly events: readonly ChainEvent[];
      /** The dispatch error when the extrinsic failed (`System.ExtrinsicFailed`). */
      readonly error: DispatchErrorInfo | undefined;
    }
  | { readonly status: 'timeout' };

interface Pending {
  resolve: (inclusion: Inclusion) => void;
  timer: NodeJS.Timeout;
}

interface RawEvent {
  phase: { type: string; value?: number };
  event: { type: string; value: { type: string; value: unknown } };
}

interface BlockRef {
  hash: string;
  number: number;
}

/** Follows new blocks (papi's `blocks$`) while transactions are pending. */
export class InclusionTracker {
  private readonly pending = new Map<string, Pending>();
  private subscription: { unsubscribe(): void } | undefined;
  private queue: Promise<void> = Promise.resolve();
  /** The highest block number seen, to notice blocks the stream skipped. */
  private lastNumber: number | undefined;

  constructor(private readonly conn: Connection) {}

  /** Number of transactions being waited for. */
  get size(): number {
    return this.pending.size;
  }

  /** Waits for the transaction with this hash; register BEFORE submitting it. */
  track(hash: HexString, timeoutMs: number): Promise<Inclusion> {
    this.follow();
    return new Promise((resolve) => {
      const timer = setTimeout(() => {
        this.pending.delete(hash);
        resolve({ status: 'timeout' });
      }, timeoutMs);
      this.pending.set(hash, { resolve, timer });
    });
  }

  /** Stops waiting for a transaction (e.g. the node refused it). */
  forget(hash: HexString): void {
    const p = this.pending.get(hash);
    if (p === undefined) return;
    clearTimeout(p.timer);
    this.pending.delete(hash);
  }

  /** Unsubscribes; pending transactions time out. */
  close(): void {
    this.subscription?.unsubscribe();
    this.subscription = undefined;
  }

  private follow(): void {
    if (this.subscription !== undefined) return;
    this.subscription = this.conn.client.blocks$.subscribe({
      next: (block: BlockRef) => {
        const from = this.lastNumber === undefined ? block.number : this.lastNumber + 1;
        this.lastNumber = Math.max(this.lastNumber ?? block.number, block.number);
        if (this.pending.size === 0) return;
        // Keep the block pinned until its body and events have been read.
        const release = this.conn.client.hodlBlock(block.hash as HexString);
        this.queue = this.queue
          .then(async () => {
            // When the node stops a follow subscription (a client too busy to unpin blocks in time), papi follows
            // again from the newest block: the blocks in between are read by number.
            for (let n = from; n < block.number && this.pending.size > 0; n++) {
              await this.scanNumber(n).catch(() => undefined);
            }
            await this.scan(block);
          })
          .catch(() => undefined)
          .finally(release);
      },
      // papi ends the stream when it cannot guarantee continuity; follow again while something is pending.
      error: () => this.refollow(),
      complete: () => this.refollow(),
    });
  }

  private refollow(): void {
    this.subscription = undefined;
    if (this.pending.size > 0) queueMicrotask(() => this.follow());
  }

  /** Reads a block that the stream did not announce through the legacy RPCs (the node keeps every block). */
  private async scanNumber(number: number): Promise<void> {
    const hash = await this.conn.client._request<string | null>('chain_getBlockHash', [number]);
    if (hash === null) return;
    const signed = await this.conn.client._request<{ block: { extrinsics: string[] } }>('chain_getBlock', [
      hash,
    ]);
    await this.scan({ hash, number }, signed.block.extrinsics.map(fromHex));
  }

  private async scan(block: BlockRef, known?: readonly Uint8Array[]): Promise<void> {
    if (this.pending.size === 0) return;
    const body = known ?? (await this.conn.client.getBlockBody(block.hash as HexString));
    const hits: [number, string][] = [];
    body.forEach((ext, index) => {
      const hash = toHex(blake2_256(ext));
      if (this.pending.has(hash)) hits.push([index, hash]);
    });
    if (hits.length === 0) return;
    const raw = (await this.conn.api.query.System.Events.getValue({ at: block.hash })) as RawEvent[];
    const byIndex = new Map<number, RawEvent[]>();
    for (const r of raw) {
      if (r.phase.type !== 'ApplyExtrinsic' || r.phase.value === undefined) continue;
      const list = byIndex.get(r.phase.value) ?? [];
      list.push(r);
      byIndex.set(r.phase.value, list);
    }
    const metadata = await getChainMetadata(this.conn);
    for (const [index, hash] of hits) {
      const p = this.pending.get(hash);
      if (p === undefined) continue;
      const own = byIndex.get(index) ?? [];
      const events: ChainEvent[] = own.map((r) => ({
        pallet: r.event.type,
        name: r.event.value.type,
        value: r.event.value.value,
      }));
      const failed = events.find((e) => e.pallet === 'System' && e.name === 'ExtrinsicFailed');
      const error =
        failed === undefined
          ? undefined
          : resolveDispatchError((failed.value as { dispatch_error: unknown }).dispatch_error, metadata);
      clearTimeout(p.timer);
      this.pending.delete(hash);
      p.resolve({
        status: 'included',
        block: { hash: block.hash as HexString, number: block.number, index },
        events,
        error,
      });
    }
  }
}
