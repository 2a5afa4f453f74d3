// spec: tooling §1.5 (wait levels, dispatch results), §12 item 4 (decode module errors), item 5 (nonces)
import { InvalidTxError } from 'polkadot-api';
import type { PolkadotSigner } from 'polkadot-api/signer';
import { getChainMetadata } from '../common/metadata.js';
import type { HexString } from '../common/types.js';
import type { UnsafeTransaction } from '../common/unsafeApi.js';
import type { Connection } from '../connection/connect.js';
import { resolveDispatchError } from './dispatchError.js';
import {
  type ChainEvent,
  ExtrinsicFailedError,
  type IncludedExtrinsic,
  TransactionRejectedError,
  TransactionTimeoutError,
} from './errors.js';

/** A papi signer, or anything that carries one (a resolved keystore account). */
export type SignerInput = PolkadotSigner | { readonly signer: PolkadotSigner };

export type WaitLevel = 'inBlock' | 'finalized';

export interface SubmitOptions {
  /** Resolve once the extrinsic is in a best block (default) or once that block is finalized. */
  wait?: WaitLevel | undefined;
  /** Explicit nonce, for several extrinsics of one signer in flight at once (see getNextNonce). */
  nonce?: number | undefined;
  /** Give up after this long; default 300 000 ms. */
  timeoutMs?: number | undefined;
}

export type SubmitExtrinsicParameters = SubmitOptions;
export type SubmitExtrinsicReturnType = IncludedExtrinsic;
export type SubmitExtrinsicErrorType =
  | ExtrinsicFailedError
  | TransactionRejectedError
  | TransactionTimeoutError;

export const polkadotSignerOf = (s: SignerInput): PolkadotSigner => ('signer' in s ? s.signer : s);

interface PapiEvent {
  type: string;
  value: { type: string; value: unknown };
}

interface FoundPayload {
  txHash: HexString;
  ok: boolean;
  events: PapiEvent[];
  block: { hash: string; number: number; index: number };
  dispatchError?: unknown;
}

const validityPath = (v: unknown): string => {
  const parts: string[] = [];
  let cur = v as { type?: unknown; value?: unknown } | undefined;
  while (cur !== null && typeof cur === 'object' && typeof cur.type === 'string') {
    parts.push(cur.type);
    cur = cur.value as typeof cur;
  }
  if (cur !== undefined && cur !== null) parts.push(String(cur));
  return parts.length > 0 ? parts.join('.') : String(v);
};

const rejection = (e: unknown): Error => {
  if (e instanceof InvalidTxError) return new TransactionRejectedError(validityPath(e.error), e.message);
  const message = (e as Error)?.message ?? String(e);
  // A node answering the broadcast with an error (e.g. `author_submitExtrinsic` semantics) lands here.
  return new TransactionRejectedError('Invalid', message);
};

/** Waits for the extrinsic per `wait`, translating papi's events and errors. */
const watch = (
  tx: UnsafeTransaction,
  signer: PolkadotSigner,
  options: SubmitOptions,
): Promise<FoundPayload> =>
  new Promise((resolve, reject) => {
    const wait = options.wait ?? 'inBlock';
    const timeoutMs = options.timeoutMs ?? 300_000;
    let txHash: HexString | undefined;
    let done = false;
    let subscription: { unsubscribe(): void } | undefined;
    const finish = (f: () => void) => {
      if (done) return;
      done = true;
      clearTimeout(timer);
      f();
      queueMicrotask(stopWatching);
    };
    // Unsubscribing tells the node to stop watching; on a connection closed meanwhile that throws "Not
    // connected" from a microtask, which would be an uncaught error for a promise already settled.
    const stopWatching = () => {
      try {
        subscription?.unsubscribe();
      } catch {
        // Nothing left to stop.
      }
    };
    const timer = setTimeout(
      () => finish(() => reject(new TransactionTimeoutError(timeoutMs, txHash))),
      timeoutMs,
    );
    subscription = tx
      .signSubmitAndWatch(signer, options.nonce === undefined ? {} : { nonce: options.nonce })
      .subscribe({
        next: (event: { type: string; txHash: HexString; found?: boolean } & FoundPayload) => {
          txHash = event.txHash;
          const included =
            (wait === 'inBlock' && event.type === 'txBestBlocksState' && event.found === true) ||
            event.type === 'finalized';
          if (included) finish(() => resolve(event));
        },
        error: (e: unknown) => finish(() => reject(rejection(e))),
        complete: () =>
          finish(() =>
            reject(new TransactionRejectedError('Dropped', 'the transaction left the pool unincluded')),
          ),
      });
    if (done) stopWatching();
  });

const sudoFailure = (events: readonly PapiEvent[]): unknown => {
  for (const e of events) {
    if (e.type !== 'Sudo' || (e.value.type !== 'Sudid' && e.value.type !== 'SudoAsDone')) continue;
    const result = (e.value.value as { sudo_result?: { success: boolean; value: unknown } }).sudo_result;
    if (result !== undefined && !result.success) return result.value;
  }
  return undefined;
};

/**
 * Signs, submits and waits for inclusion of an extrinsic built with the dynamic API (`conn.api.tx.Pallet.call`).
 * Resolves with the block and the extrinsic's events; throws ExtrinsicFailedError (with `.pallet`, `.error`,
 * `.docs` from the metadata) when the dispatch failed, also for a call wrapped in `Sudo.sudo`.
 * @example
 * const tx = conn.api.tx.EncointerScheduler.next_phase();
 * const { block, events } = await submitExtrinsic(conn, conn.api.tx.Sudo.sudo({ call: tx.decodedCall }), alice);
 */
export const submitExtrinsic = async (
  conn: Connection,
  tx: UnsafeTransaction,
  signer: SignerInput,
  options: SubmitExtrinsicParameters = {},
): Promise<SubmitExtrinsicReturnType> => {
  const found = await watch(tx, polkadotSignerOf(signer), options);
  const events: ChainEvent[] = found.events.map((e) => ({
    pallet: e.type,
    name: e.value.type,
    value: e.value.value,
  }));
  const included: IncludedExtrinsic = {
    txHash: found.txHash,
    block: { hash: found.block.hash as HexString, number: found.block.number, index: found.block.index },
    events,
  };
  const failure = found.ok ? sudoFailure(found.events) : found.dispatchError;
  if (failure !== undefined) {
    const metadata = await getChainMetadata(conn, included.block.hash);
    throw new ExtrinsicFailedError(resolveDispatchError(failure, metadata), included, found.ok);
  }
  return included;
};

/** The first event `Pallet.Name` of an included extrinsic, or undefined. */
export const findEvent = (
  included: IncludedExtrinsic,
  pallet: string,
  name: string,
): ChainEvent | undefined => included.events.find((e) => e.pallet === pallet && e.name === name);
