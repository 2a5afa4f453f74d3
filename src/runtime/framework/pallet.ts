/**
 * Pallet declarations (ARCHITECTURE §3.2, §4): calls, events, errors and constants are declared once; the
 * runtime derives dispatch, the outer enums and the metadata from them.
 */
import { enumType, type FieldSpec, unitEnum, type VariantSpec } from '../../primitives/codec/describe.js';
import type { Type, ValueOf } from '../../primitives/codec/types.js';
import type { AccountId } from '../types/substrate.js';
import { PalletError } from './errors.js';
import type { OverlayState } from './state.js';
import type { StorageItemInfo } from './storage.js';

/** Who dispatches a call. */
export type Origin = { kind: 'Root' } | { kind: 'Signed'; who: AccountId } | { kind: 'None' };

export const ROOT: Origin = { kind: 'Root' };
export const NONE: Origin = { kind: 'None' };
export const signed = (who: AccountId): Origin => ({ kind: 'Signed', who });

/** What a call or hook sees of the chain while it runs. */
export interface Env {
  readonly state: OverlayState;
  /** The number of the block being built. */
  readonly blockNumber: number;
  /** Records an event of a pallet in the current block. */
  deposit(palletName: string, event: unknown): void;
  /** The randomness seed for this block (collective flip on the dev node; injectable in tests). */
  randomSeed(): Uint8Array;
  /** Dispatches a runtime call with an origin (used by sudo and democracy enactment). */
  dispatch(origin: Origin, call: RuntimeCallValue): void;
}

/** A runtime call value: `{ tag: pallet name, value: { tag: call name, value: args } }`. */
export interface RuntimeCallValue {
  tag: string;
  value: { tag: string; value: unknown };
}

// biome-ignore lint/suspicious/noExplicitAny: argument types are heterogeneous
type Args = Record<string, Type<any> | FieldSpec<any>>;
type ArgsValue<A extends Args> = {
  [K in keyof A]: A[K] extends Type<infer V> ? V : A[K] extends FieldSpec<infer W> ? W : never;
};

/**
 * What a call costs and how it is classed (FRAME's `#[pallet::weight]`, `DispatchClass` and post-dispatch
 * `Pays::No`). The runtime is not benchmarked: calls without a weight get the executive's default.
 */
export interface CallDispatchInfo {
  readonly weight?: { readonly ref_time: bigint; readonly proof_size: bigint };
  readonly class?: 'Normal' | 'Operational' | 'Mandatory';
  /** The fee is waived when the call succeeds (e.g. a successful `claim_rewards`). */
  readonly freeOnSuccess?: boolean;
}

export interface CallDecl<A extends Args> {
  readonly index: number;
  readonly args: A;
  readonly docs?: readonly string[];
  readonly info?: CallDispatchInfo;
  /** Runs the call. Throw a PalletError (or another dispatch error) to fail; the runtime rolls back. */
  readonly dispatch: (env: Env, origin: Origin, args: ArgsValue<A>) => void;
}

/** Declares one call; a helper so TypeScript infers the argument types for `dispatch`. */
export const call = <A extends Args>(decl: CallDecl<A>): CallDecl<A> => decl;

export interface ErrorsDecl<N extends string> {
  readonly type: Type<N>;
  /** Builds the error to throw: `throw errors.fail('AlreadyRegistered')`. */
  readonly fail: (name: N) => PalletError;
  readonly names: readonly N[];
}

/** Declares a pallet's errors in index order, with optional docs per variant. */
export const defineErrors = <N extends string>(
  pallet: string,
  path: readonly string[],
  errors: readonly (N | readonly [N, string])[],
): ErrorsDecl<N> => {
  const names = errors.map((e) => (typeof e === 'string' ? e : e[0])) as N[];
  const docs = new Map(errors.map((e) => (typeof e === 'string' ? [e, ''] : [e[0], e[1]])));
  const variantDocs = Object.fromEntries([...docs].filter(([, d]) => d !== '').map(([n, d]) => [n, [d]]));
  const type = unitEnum(path, names, {
    variantDocs: variantDocs as Partial<Record<N, string[]>>,
    docs: ['The `Error` enum of this pallet.'],
  });
  return {
    type,
    names,
    fail: (name) => new PalletError(pallet, name, names.indexOf(name), docs.get(name) ?? ''),
  };
};

/** Declares a pallet's events (an enum whose variants have named fields). */
// biome-ignore lint/suspicious/noExplicitAny: variant types are heterogeneous
export const defineEvents = <V extends Record<string, VariantSpec<any>>>(
  path: readonly string[],
  variants: V,
) => enumType(path, variants, { docs: ['The `Event` enum of this pallet'] });

export interface ConstantDecl<T> {
  readonly type: Type<T>;
  readonly value: T;
  readonly docs?: readonly string[];
}

export const constant = <T>(type: Type<T>, value: T, docs: readonly string[] = []): ConstantDecl<T> => ({
  type,
  value,
  docs,
});

export interface Hooks {
  /** Runs first in every block. */
  readonly onInitialize?: (env: Env) => void;
  /** Runs last in every block. */
  readonly onFinalize?: (env: Env) => void;
}

export interface PalletDecl {
  readonly name: string;
  readonly index: number;
  readonly docs?: readonly string[];
  /** scale-info path of the pallet's Call enum, e.g. `['pallet_encointer_scheduler', 'pallet', 'Call']`. */
  readonly callPath?: readonly string[];
  // biome-ignore lint/suspicious/noExplicitAny: call argument types are heterogeneous
  readonly calls?: Record<string, CallDecl<any>>;
  readonly storage?: readonly StorageItemInfo[];
  // biome-ignore lint/suspicious/noExplicitAny: event types are heterogeneous
  readonly events?: Type<any>;
  // biome-ignore lint/suspicious/noExplicitAny: error names are per pallet
  readonly errors?: ErrorsDecl<any>;
  // biome-ignore lint/suspicious/noExplicitAny: constant types are heterogeneous
  readonly constants?: Record<string, ConstantDecl<any>>;
  readonly hooks?: Hooks;
  /** Type parameters of the pallet's enums (`T`, and `I` for instances), as Substrate declares them. */
  // biome-ignore lint/suspicious/noExplicitAny: parameter types are heterogeneous
  readonly params?: readonly { name: string; type: Type<any> | undefined }[];
}

export interface Pallet extends PalletDecl {
  // biome-ignore lint/suspicious/noExplicitAny: call value types are heterogeneous
  readonly callType: Type<any> | undefined;
}

/** Declares a pallet: builds its Call enum from the call declarations. */
export const definePallet = (decl: PalletDecl): Pallet => {
  const calls = decl.calls ?? {};
  const names = Object.keys(calls);
  const callType =
    names.length === 0
      ? undefined
      : enumType(
          decl.callPath ?? [decl.name, 'pallet', 'Call'],
          Object.fromEntries(
            names.map((n) => [n, { index: calls[n]!.index, fields: calls[n]!.args, docs: calls[n]!.docs }]),
          ),
          { params: decl.params ?? [{ name: 'T', type: undefined }] },
        );
  return { ...decl, callType };
};

/** The value type of a pallet's events enum. */
export type EventOf<P> = P extends { events: Type<infer E> } ? E : never;
export type { ValueOf };
