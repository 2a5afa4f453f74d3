/**
 * The assembled runtime: pallets with their indices, the outer enums (RuntimeCall, RuntimeEvent, RuntimeError)
 * and transactional dispatch (ARCHITECTURE §3.5: a failing call leaves no trace but its fee and a failure event).
 */
import { enumType } from '../../primitives/codec/describe.js';
import type { Type } from '../../primitives/codec/types.js';
import { ArithmeticOverflowError, EncointerError } from '../../primitives/common/errors.js';
import type { DispatchErrorValue } from '../types/substrate.js';
import {
  BadOriginError,
  DispatchArithmeticError,
  DispatchOtherError,
  DispatchTokenError,
  PalletError,
} from './errors.js';
import type { Env, Origin, Pallet, RuntimeCallValue } from './pallet.js';

export type DispatchResult = { ok: true } | { ok: false; error: DispatchErrorValue; cause: Error };

export interface RuntimeOptions {
  /** Crate name used in the outer enums' paths, e.g. `encointer_node_notee_runtime`. */
  readonly crate: string;
  readonly pallets: readonly Pallet[];
}

export class Runtime {
  readonly crate: string;
  readonly pallets: readonly Pallet[];
  // biome-ignore lint/suspicious/noExplicitAny: the outer call enum holds every pallet's calls
  readonly callType: Type<any>;
  // biome-ignore lint/suspicious/noExplicitAny: the outer event enum holds every pallet's events
  readonly eventType: Type<any>;
  // biome-ignore lint/suspicious/noExplicitAny: the outer error enum holds every pallet's errors
  readonly errorType: Type<any>;
  private readonly byName: Map<string, Pallet>;

  constructor(options: RuntimeOptions) {
    this.crate = options.crate;
    this.pallets = [...options.pallets].sort((a, b) => a.index - b.index);
    this.byName = new Map(this.pallets.map((p) => [p.name, p]));
    const seen = new Set<number>();
    for (const p of this.pallets) {
      if (seen.has(p.index)) throw new Error(`two pallets use index ${p.index}`);
      seen.add(p.index);
    }
    const outer = (
      name: string,
      // biome-ignore lint/suspicious/noExplicitAny: pallet enums are heterogeneous
      pick: (p: Pallet) => Type<any> | undefined,
    ) =>
      enumType(
        [options.crate, name],
        Object.fromEntries(
          this.pallets.flatMap((p) => {
            const t = pick(p);
            return t === undefined ? [] : [[p.name, { index: p.index, fields: t }]];
          }),
        ),
      );
    this.callType = outer('RuntimeCall', (p) => p.callType);
    this.eventType = outer('RuntimeEvent', (p) => p.events);
    this.errorType = outer('RuntimeError', (p) => p.errors?.type);
  }

  pallet(name: string): Pallet {
    const p = this.byName.get(name);
    if (p === undefined) throw new Error(`no pallet named ${name}`);
    return p;
  }

  /**
   * Dispatches a call in its own storage layer: on failure every write it made is discarded and the error is
   * returned as the DispatchError clients decode. Errors that are not dispatch errors (bugs) propagate.
   */
  dispatch(env: Env, origin: Origin, call: RuntimeCallValue): DispatchResult {
    try {
      env.state.transactional(() => this.dispatchUnchecked(env, origin, call));
      return { ok: true };
    } catch (e) {
      const error = this.toDispatchError(e);
      if (error === undefined) throw e;
      return { ok: false, error, cause: e as Error };
    }
  }

  /** Runs a call without a storage layer of its own (the caller provides the transaction). */
  dispatchUnchecked(env: Env, origin: Origin, call: RuntimeCallValue): void {
    const pallet = this.pallet(call.tag);
    const decl = pallet.calls?.[call.value.tag];
    if (decl === undefined) throw new DispatchOtherError(`${call.tag} has no call ${call.value.tag}`);
    decl.dispatch(env, origin, call.value.value as Parameters<typeof decl.dispatch>[2]);
  }

  /** Maps a thrown error to a DispatchError; `undefined` for errors that are not dispatch failures. */
  toDispatchError(e: unknown): DispatchErrorValue | undefined {
    if (e instanceof PalletError) {
      const pallet = this.pallet(e.pallet);
      return {
        tag: 'Module',
        value: { index: pallet.index, error: Uint8Array.of(e.errorIndex, 0, 0, 0) },
      };
    }
    if (e instanceof BadOriginError) return { tag: 'BadOrigin', value: undefined };
    if (e instanceof DispatchArithmeticError) return { tag: 'Arithmetic', value: e.kind };
    if (e instanceof ArithmeticOverflowError) return { tag: 'Arithmetic', value: 'Overflow' };
    if (e instanceof DispatchTokenError) return { tag: 'Token', value: e.kind };
    if (e instanceof DispatchOtherError) return { tag: 'Other', value: undefined };
    if (e instanceof EncointerError && e.name === 'DecodeError') return { tag: 'Other', value: undefined };
    return undefined;
  }

  /** Names a module error for people: `EncointerCeremonies.RewardsAlreadyIssued`. */
  describeError(error: DispatchErrorValue): string {
    if (error.tag !== 'Module') {
      return error.value === undefined ? error.tag : `${error.tag}.${String(error.value)}`;
    }
    const pallet = this.pallets.find((p) => p.index === error.value.index);
    const name = pallet?.errors?.names[error.value.error[0]!];
    return pallet && name
      ? `${pallet.name}.${name}`
      : `Module(${error.value.index}, ${error.value.error[0]})`;
  }
}
