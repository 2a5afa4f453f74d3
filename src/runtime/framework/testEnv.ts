/**
 * A bare execution environment for pallet unit tests: state over an in-memory backend and the events deposited,
 * without blocks, signatures or fees (the executive adds those). Not used by production code.
 */
import type { Env, Origin, RuntimeCallValue } from './pallet.js';
import type { DispatchResult, Runtime } from './runtime.js';
import { MemoryState, OverlayState } from './state.js';

export interface DepositedEvent {
  readonly pallet: string;
  readonly event: { tag: string; value: unknown };
}

export interface TestEnv extends Env {
  readonly events: DepositedEvent[];
  blockNumber: number;
  /** Dispatches a call transactionally, as an extrinsic would; events of a failed call are dropped. */
  apply(origin: Origin, call: RuntimeCallValue): DispatchResult;
  /** Events of one pallet, in order, as `{ tag, value }`. */
  eventsOf(pallet: string): { tag: string; value: unknown }[];
}

export const createTestEnv = (
  runtime: Runtime,
  options: { randomSeed?: Uint8Array; state?: OverlayState } = {},
): TestEnv => {
  const state = options.state ?? new OverlayState(new MemoryState());
  const events: DepositedEvent[] = [];
  const env: TestEnv = {
    state,
    blockNumber: 1,
    events,
    randomSeed: () => options.randomSeed ?? new Uint8Array(32),
    deposit: (pallet, event) => events.push({ pallet, event: event as DepositedEvent['event'] }),
    dispatch: (origin, call) => runtime.dispatchUnchecked(env, origin, call),
    apply: (origin, call) => {
      const before = events.length;
      const result = runtime.dispatch(env, origin, call);
      if (!result.ok) events.length = before;
      return result;
    },
    eventsOf: (pallet) => events.filter((e) => e.pallet === pallet).map((e) => e.event),
  };
  return env;
};
