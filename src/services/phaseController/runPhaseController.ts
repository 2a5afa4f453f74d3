// spec: tooling §5 (phase.py: the ceremony phase controller), ceremonies §5.4 (`next_phase`, Root origin)
import {
  type Account,
  type CeremonyPhase,
  type Connection,
  ExtrinsicFailedError,
  getBlock,
  getCeremonyIndex,
  getCurrentPhase,
  getNextNonce,
  type HexString,
  nextPhase,
} from '../../client/index.js';
import { countUserTransactions } from './blockActivity.js';
import { createPhasePolicy, type PhaseControllerMode } from './phasePolicy.js';

export interface PhaseControllerParameters {
  mode: PhaseControllerMode;
  /** Signs `Sudo.sudo(next_phase)` (the sudo key: //Alice on dev chains). */
  signer: Account;
  /** Stop after this many changes; default: run until `signal` aborts. */
  maxChanges?: number | undefined;
  signal?: AbortSignal | undefined;
  onEvent?: ((event: PhaseControllerEvent) => void) | undefined;
  /** Attempts per change when the node refuses or loses the transaction; default 3. */
  attempts?: number | undefined;
  /** Pause between attempts; default 2000 ms. */
  retryDelayMs?: number | undefined;
  /** Per-attempt inclusion timeout; default 60 000 ms. */
  timeoutMs?: number | undefined;
}

export type PhaseControllerEvent =
  | {
      readonly type: 'started';
      readonly mode: PhaseControllerMode;
      readonly block: number;
      readonly phase: CeremonyPhase;
      readonly ceremonyIndex: number;
    }
  | {
      readonly type: 'phaseChanged';
      /** 1 for the first change of this run. */
      readonly change: number;
      readonly phase: CeremonyPhase;
      readonly ceremonyIndex: number;
      /** The block whose arrival triggered the change. */
      readonly triggeredBy: number;
      /** Idle blocks (idle mode) or blocks (every mode) counted before the change. */
      readonly counted: number;
      readonly block: { readonly number: number; readonly hash: HexString };
      readonly txHash: HexString;
    }
  | { readonly type: 'retry'; readonly attempt: number; readonly message: string }
  | { readonly type: 'stopped'; readonly changes: number; readonly reason: 'maxChanges' | 'aborted' };

export interface PhaseControllerResult {
  readonly changes: number;
  readonly reason: 'maxChanges' | 'aborted';
}

/** The part of an rxjs Observable used here (papi's `blocks$`). */
interface BlockStream {
  subscribe(observer: {
    next: (b: { hash: string; number: number }) => void;
    error: (e: unknown) => void;
    complete: () => void;
  }): { unsubscribe(): void };
}

const sleep = (ms: number, signal: AbortSignal | undefined) =>
  new Promise<void>((resolve) => {
    const timer = setTimeout(done, ms);
    function done() {
      clearTimeout(timer);
      signal?.removeEventListener('abort', done);
      resolve();
    }
    signal?.addEventListener('abort', done, { once: true });
  });

/**
 * Follows new blocks and advances the ceremony phase (`Sudo.sudo(EncointerScheduler.next_phase)`) whenever the
 * policy says so: after N idle blocks, or every N blocks. Resolves when `maxChanges` is reached or `signal`
 * aborts (a change in flight is finished first); rejects on a failed dispatch (e.g. the signer is not sudo) or
 * a lost block stream.
 * @example await runPhaseController(conn, { mode: { kind: 'idle', idleBlocks: 3 }, signer: alice, maxChanges: 1 });
 */
export const runPhaseController = async (
  conn: Connection,
  p: PhaseControllerParameters,
): Promise<PhaseControllerResult> => {
  const emit = p.onEvent ?? (() => {});
  const attempts = p.attempts ?? 3;
  const start = await getBlock(conn);
  const policy = createPhasePolicy(p.mode, start.number);
  const [phase, ceremonyIndex] = await Promise.all([
    getCurrentPhase(conn, { at: start.hash }),
    getCeremonyIndex(conn, { at: start.hash }),
  ]);
  emit({ type: 'started', mode: p.mode, block: start.number, phase, ceremonyIndex });
  let changes = 0;
  if (p.maxChanges !== undefined && p.maxChanges <= 0) {
    emit({ type: 'stopped', changes, reason: 'maxChanges' });
    return { changes, reason: 'maxChanges' };
  }

  const advance = async (triggeredBy: number, counted: number): Promise<void> => {
    for (let attempt = 1; ; attempt++) {
      try {
        // The pool-aware nonce, so a faucet or bot sharing the sudo key does not clash with us.
        const nonce = await getNextNonce(conn, p.signer.address);
        const r = await nextPhase(conn, { signer: p.signer, nonce, timeoutMs: p.timeoutMs ?? 60_000 });
        policy.changed(triggeredBy, r.block.number);
        changes += 1;
        emit({
          type: 'phaseChanged',
          change: changes,
          phase: r.phase,
          ceremonyIndex: await getCeremonyIndex(conn, { at: r.block.hash }),
          triggeredBy,
          counted,
          block: { number: r.block.number, hash: r.block.hash },
          txHash: r.txHash,
        });
        return;
      } catch (e) {
        if (e instanceof ExtrinsicFailedError || attempt >= attempts || p.signal?.aborted === true) throw e;
        emit({ type: 'retry', attempt, message: (e as Error)?.message ?? String(e) });
        await sleep(p.retryDelayMs ?? 2000, p.signal);
      }
    }
  };

  return new Promise<PhaseControllerResult>((resolve, reject) => {
    const queue: { hash: string; number: number; release: () => void }[] = [];
    let lastSeen = start.number;
    let pumping = false;
    let finished = false;
    let subscription: { unsubscribe(): void } | undefined;

    const finish = (outcome: { result: PhaseControllerResult } | { error: unknown }) => {
      if (finished) return;
      finished = true;
      p.signal?.removeEventListener('abort', onAbort);
      subscription?.unsubscribe();
      for (const b of queue.splice(0)) b.release();
      if ('result' in outcome) {
        emit({ type: 'stopped', ...outcome.result });
        resolve(outcome.result);
      } else reject(outcome.error);
    };
    const onAbort = () => {
      // A change in flight is finished by the pump, which then sees `aborted`.
      if (!pumping) finish({ result: { changes, reason: 'aborted' } });
    };

    const pump = async () => {
      if (pumping) return;
      pumping = true;
      try {
        while (queue.length > 0 && !finished) {
          if (p.signal?.aborted === true) break;
          const b = queue.shift()!;
          let userTransactions: number;
          try {
            userTransactions = countUserTransactions(await conn.client.getBlockBody(b.hash as HexString));
          } finally {
            b.release();
          }
          if (!policy.observe({ number: b.number, userTransactions })) continue;
          await advance(b.number, policy.count);
          if (p.maxChanges !== undefined && changes >= p.maxChanges) {
            finish({ result: { changes, reason: 'maxChanges' } });
            return;
          }
        }
      } catch (e) {
        finish({ error: e });
        return;
      } finally {
        pumping = false;
      }
      if (p.signal?.aborted === true) finish({ result: { changes, reason: 'aborted' } });
    };

    const follow = () => {
      subscription = (conn.client.blocks$ as unknown as BlockStream).subscribe({
        next: (b) => {
          // blocks$ replays the finalized block and its descendants on (re)subscription.
          if (finished || b.number <= lastSeen) return;
          lastSeen = b.number;
          let release = () => {};
          try {
            release = conn.client.hodlBlock(b.hash as HexString);
          } catch {
            // not pinned any more: the body fetch below reports it
          }
          queue.push({ hash: b.hash, number: b.number, release });
          void pump();
        },
        error: (e) => finish({ error: e }),
        // papi completes the stream when it cannot vouch for block continuity: follow again.
        complete: () => {
          if (!finished) queueMicrotask(follow);
        },
      });
    };

    if (p.signal?.aborted === true) {
      finish({ result: { changes, reason: 'aborted' } });
      return;
    }
    p.signal?.addEventListener('abort', onAbort, { once: true });
    follow();
  });
};
