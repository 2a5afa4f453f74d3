/**
 * `DispatchError` variants the framework's error classes do not cover (`CannotLookup`, the account reference
 * errors), and the conversion of any thrown error into the `DispatchError` a client decodes.
 * TODO(lead): `Runtime.toDispatchError` could learn `SystemDispatchError`; until then call `dispatchErrorOf`.
 */
import { EncointerError } from '../../../primitives/common/errors.js';
import type { Runtime } from '../../framework/runtime.js';
import type { DispatchErrorValue } from '../../types/substrate.js';

export type SystemDispatchErrorKind =
  | 'CannotLookup'
  | 'ConsumerRemaining'
  | 'NoProviders'
  | 'TooManyConsumers'
  | 'Exhausted'
  | 'Corruption'
  | 'Unavailable';

const MESSAGES: Record<SystemDispatchErrorKind, string> = {
  CannotLookup: 'the address cannot be resolved to an account (only MultiAddress::Id is supported)',
  ConsumerRemaining: 'the account cannot be removed while other pallets still reference it (consumers > 0)',
  NoProviders: 'the account has no providers: fund it before it can hold references',
  TooManyConsumers: 'the account has too many consumer references',
  Exhausted: 'resources exhausted',
  Corruption: 'state corruption',
  Unavailable: 'resource unavailable',
};

/** A dispatch failure that is one of `DispatchError`'s unit variants. */
export class SystemDispatchError extends EncointerError {
  constructor(readonly kind: SystemDispatchErrorKind) {
    super(kind, MESSAGES[kind]);
  }
}

/** The `DispatchError` for a thrown error, or `undefined` when it is not a dispatch failure (a bug). */
export const dispatchErrorOf = (runtime: Runtime, e: unknown): DispatchErrorValue | undefined => {
  if (e instanceof SystemDispatchError) return { tag: e.kind, value: undefined } as DispatchErrorValue;
  return runtime.toDispatchError(e);
};
