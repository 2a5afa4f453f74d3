/**
 * The `Env` pallets see while a block is executed: the block's state, its number, the randomness seed, nested
 * dispatch, and event deposits tagged with the current phase. Deposits wait in `pending` until the executive
 * writes them to `System.Events` (after each extrinsic, and at the end of initialization and finalization).
 */
import type { Env, Origin, RuntimeCallValue } from '../framework/pallet.js';
import type { Runtime } from '../framework/runtime.js';
import type { OverlayState } from '../framework/state.js';
import type { PhaseValue } from '../types/substrate.js';

export interface PendingEvent {
  readonly phase: PhaseValue;
  readonly pallet: string;
  readonly event: unknown;
}

export class BlockEnv implements Env {
  phase: PhaseValue = { tag: 'Initialization', value: undefined };
  readonly pending: PendingEvent[] = [];

  constructor(
    private readonly runtime: Runtime,
    readonly state: OverlayState,
    readonly blockNumber: number,
    private readonly seedOf: (state: OverlayState, blockNumber: number) => Uint8Array,
  ) {}

  deposit(palletName: string, event: unknown): void {
    this.pending.push({ phase: this.phase, pallet: palletName, event });
  }

  randomSeed(): Uint8Array {
    return this.seedOf(this.state, this.blockNumber);
  }

  /** Runs a call in its own storage layer; a failure drops its writes and its events, then rethrows. */
  dispatch(origin: Origin, call: RuntimeCallValue): void {
    const mark = this.pending.length;
    try {
      this.state.transactional(() => this.runtime.dispatchUnchecked(this, origin, call));
    } catch (e) {
      this.pending.length = mark;
      throw e;
    }
  }
}
