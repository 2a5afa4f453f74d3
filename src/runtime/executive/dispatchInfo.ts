// spec: substrate-compat §6.3 (ExtrinsicSuccess weights of the Gesell block #2 vector), §7.4 (query_info of V1)
/**
 * Dispatch info (weight, class, pays-fee) per call. The TypeScript runtime does not benchmark its calls: the
 * weights of the two calls the reference vectors pin down are the reference's, every other call gets one default.
 * Weights only feed priority, block limits and (with a non-zero fee multiplier) the weight fee.
 */
import type { RuntimeCallValue } from '../framework/pallet.js';
import type { Runtime } from '../framework/runtime.js';
import type { DispatchInfoValue, WeightValue } from '../types/substrate.js';

export interface CallInfo extends DispatchInfoValue {
  /** Post-dispatch `Pays::No` when the call succeeds (Sudo: the key pays nothing). */
  readonly freeOnSuccess: boolean;
}

const w = (ref_time: bigint, proof_size: bigint): WeightValue => ({ ref_time, proof_size });

/** The weight of a call whose declaration gives none. */
export const DEFAULT_CALL_WEIGHT: WeightValue = w(200_000_000n, 3_593n);

/** Sudo's own weight, added to the weight of the call it wraps. */
const SUDO_WEIGHT: WeightValue = w(10_000_000n, 1_500n);

const add = (a: WeightValue, b: WeightValue): WeightValue => ({
  ref_time: a.ref_time + b.ref_time,
  proof_size: a.proof_size + b.proof_size,
});

/**
 * The dispatch-info function of a runtime, read from its call declarations (`CallDecl.info`): Sudo calls take the
 * class of the call they wrap and their weight plus Sudo's own, and cost nothing when they succeed.
 */
export const callInfoFrom = (runtime: Runtime, fallback: WeightValue = DEFAULT_CALL_WEIGHT) => {
  // Outside Sudo the info depends on the pallet and call names only: one frozen object per call (asked for at
  // every validation and application).
  const byCall = new Map<string, Map<string, CallInfo>>();
  const declared = (pallet: string, callName: string): CallInfo => {
    let calls = byCall.get(pallet);
    if (calls === undefined) {
      calls = new Map();
      byCall.set(pallet, calls);
    }
    let known = calls.get(callName);
    if (known === undefined) {
      const info = runtime.pallet(pallet).calls?.[callName]?.info;
      known = Object.freeze({
        weight: Object.freeze({ ...(info?.weight ?? fallback) }),
        class: info?.class ?? 'Normal',
        pays_fee: 'Yes',
        freeOnSuccess: info?.freeOnSuccess ?? pallet === 'Sudo',
      });
      calls.set(callName, known);
    }
    return known;
  };
  const of = (call: RuntimeCallValue): CallInfo => {
    if (call.tag === 'Sudo' && call.value.tag !== 'set_key') {
      const args = call.value.value as { call: RuntimeCallValue; weight?: WeightValue };
      const inner = of(args.call);
      const weight =
        call.value.tag === 'sudo_unchecked_weight' && args.weight
          ? args.weight
          : add(inner.weight, SUDO_WEIGHT);
      return { weight, class: inner.class, pays_fee: 'Yes', freeOnSuccess: true };
    }
    return declared(call.tag, call.value.tag);
  };
  return of;
};
