// spec: tooling §12 item 5 (nonce queue per signer, batch helpers), §11 (#11, #27, #122: nonce clashes)
/**
 * Sends the transactions of one phase step over one connection: all calls are encoded and signed first, nonces are
 * numbered locally per signer (fetched once per batch), and everything is submitted without waiting for inclusion
 * in between. Inclusion and dispatch results are collected from the blocks afterwards.
 */
import type { HexString } from '../../client/common/types.js';
import type { UnsafeTransaction } from '../../client/common/unsafeApi.js';
import type { Connection } from '../../client/connection/connect.js';
import type { Account } from '../../client/keystore/types.js';
import type { ChainEvent } from '../../client/tx/errors.js';
import { getNextNonce } from '../../client/tx/getNextNonce.js';
import { toHex } from '../../primitives/common/bytes.js';
import { loadSigningContext, type SigningContext, signExtrinsic } from './extrinsicSigner.js';
import { InclusionTracker } from './inclusionTracker.js';

/** One call to send, signed by `signer`; `tag` travels to the outcome. */
export interface TxRequest<T = undefined> {
  readonly signer: Account;
  readonly call: UnsafeTransaction;
  readonly tag: T;
}

export type TxStatus = 'ok' | 'failed' | 'rejected' | 'skipped' | 'timeout';

/** What happened to one request. */
export interface TxOutcome<T = undefined> {
  readonly request: TxRequest<T>;
  readonly status: TxStatus;
  /** `failed`: the pallet error (`RewardsAlreadyIssued`); `rejected`: the pool's reason (`Invalid.Payment`…). */
  readonly error: string | undefined;
  readonly pallet: string | undefined;
  readonly events: readonly ChainEvent[];
  readonly blockNumber: number | undefined;
  readonly txHash: HexString | undefined;
}

export interface TxCounters {
  submitted: number;
  included: number;
  failed: number;
  rejected: number;
}

export interface TxSubmitterOptions {
  /** How long to wait for each transaction's inclusion; default 120 000 ms. */
  timeoutMs?: number;
  /** Called whenever the number of transactions in flight changes. */
  onInFlight?: (inFlight: number) => void;
}

/** Longest stretch of signing without letting the event loop run. */
const SLICE_MS = 50;

const rejectionReason = (e: unknown): string => {
  const err = e as { message?: string; data?: unknown };
  const data =
    typeof err.data === 'string' ? err.data : err.data === undefined ? '' : JSON.stringify(err.data);
  return [err.message ?? String(e), data].filter((s) => s !== '').join(': ');
};

const callBytes = async (call: UnsafeTransaction): Promise<Uint8Array> => {
  const data = (await call.getEncodedData()) as Uint8Array | { asBytes(): Uint8Array };
  return data instanceof Uint8Array ? data : data.asBytes();
};

/** Batched, pipelined submission over one connection (see the module comment). */
export class TxSubmitter {
  private readonly tracker: InclusionTracker;
  private inFlightCount = 0;
  readonly counters: TxCounters = { submitted: 0, included: 0, failed: 0, rejected: 0 };

  private constructor(
    private readonly conn: Connection,
    private readonly signing: SigningContext,
    private readonly options: TxSubmitterOptions,
  ) {
    this.tracker = new InclusionTracker(conn);
  }

  /** Reads the chain's signing context and returns a submitter for `conn`. */
  static async open(conn: Connection, options: TxSubmitterOptions = {}): Promise<TxSubmitter> {
    return new TxSubmitter(conn, await loadSigningContext(conn), options);
  }

  /** Transactions submitted and not yet resolved. */
  get inFlight(): number {
    return this.inFlightCount;
  }

  close(): void {
    this.tracker.close();
  }

  private setInFlight(delta: number): void {
    this.inFlightCount += delta;
    this.options.onInFlight?.(this.inFlightCount);
  }

  /**
   * Signs and submits every request, then waits for all of them. Requests of one signer get consecutive nonces in
   * list order and are submitted together; when the node refuses one, the signer's later requests are `skipped`
   * (they wait in the pool for a nonce that never comes, unless a later batch fills the gap). Outcomes come back
   * in request order.
   */
  async run<T>(requests: readonly TxRequest<T>[]): Promise<TxOutcome<T>[]> {
    if (requests.length === 0) return [];
    const calls = await Promise.all(requests.map((r) => callBytes(r.call)));
    const bySigner = new Map<string, number[]>();
    requests.forEach((r, i) => {
      const list = bySigner.get(r.signer.address) ?? [];
      list.push(i);
      bySigner.set(r.signer.address, list);
    });
    const signers = [...bySigner.keys()];
    const nonces = await Promise.all(signers.map((a) => getNextNonce(this.conn, a)));
    const outcomes: TxOutcome<T>[] = new Array(requests.length);
    const timeoutMs = this.options.timeoutMs ?? 120_000;
    const submitOne = async (address: string, s: number): Promise<void> => {
      const indices = bySigner.get(address)!;
      const chain = indices.map((i, k) => {
        const request = requests[i]!;
        const tx = signExtrinsic(this.signing, request.signer, calls[i]!, nonces[s]! + k);
        const txHash = toHex(tx.hash) as HexString;
        return { i, request, tx, txHash, inclusion: this.tracker.track(txHash, timeoutMs) };
      });
      this.setInFlight(chain.length);
      this.counters.submitted += chain.length;
      const refusals = await Promise.all(
        chain.map((c) =>
          this.conn.client
            ._request<string>('author_submitExtrinsic', [toHex(c.tx.bytes)])
            .then(() => undefined)
            .catch((e: unknown) => rejectionReason(e)),
        ),
      );
      const firstRefused = refusals.findIndex((r) => r !== undefined);
      await Promise.all(
        chain.map(async (c, k) => {
          const base = {
            request: c.request,
            events: [],
            blockNumber: undefined,
            pallet: undefined,
            txHash: c.txHash,
          };
          if (firstRefused >= 0 && k >= firstRefused) {
            this.tracker.forget(c.txHash);
            this.setInFlight(-1);
            if (refusals[k] !== undefined) {
              this.counters.rejected++;
              outcomes[c.i] = { ...base, status: 'rejected', error: refusals[k] };
            } else {
              outcomes[c.i] = {
                ...base,
                status: 'skipped',
                error: 'an earlier transaction of the signer was refused',
              };
            }
            return;
          }
          const r = await c.inclusion;
          this.setInFlight(-1);
          if (r.status === 'timeout') {
            outcomes[c.i] = { ...base, status: 'timeout', error: `not included within ${timeoutMs} ms` };
            return;
          }
          this.counters.included++;
          if (r.error !== undefined) this.counters.failed++;
          outcomes[c.i] = {
            ...base,
            status: r.error === undefined ? 'ok' : 'failed',
            error: r.error?.error,
            pallet: r.error?.pallet,
            events: r.events,
            blockNumber: r.block.number,
          };
        }),
      );
    };
    const submitted: Promise<void>[] = [];
    let slice = performance.now();
    for (const [s, address] of signers.entries()) {
      // Signing 10 000 sr25519 transactions takes seconds: yield now and then, so that the connection keeps
      // unpinning blocks (the node stops a follow subscription that holds too many) and the node starts early.
      if (performance.now() - slice > SLICE_MS) {
        await new Promise((resolve) => setImmediate(resolve));
        slice = performance.now();
      }
      submitted.push(submitOne(address, s));
    }
    await Promise.all(submitted);
    return outcomes;
  }
}
