// spec: substrate-compat §6.3 (ExtrinsicSuccess weights of the Gesell block #2 vector), §7.4 (query_info of V1)
/**
 * Dispatch info (weight, class, pays-fee) per call. The TypeScript runtime does not benchmark its calls: the
 * weights of the two calls the reference vectors pin down are the reference's, every other call gets one default.
 * Weights only feed priority, block limits and (with a non-zero fee multiplier) the weight fee.
 */
import type { RuntimeCallValue } from '../framework/pallet.js';
import type { DispatchClassName } from '../pallets/system/types.js';
import type { DispatchInfoValue, WeightValue } from '../types/substrate.js';

export interface CallInfo extends DispatchInfoValue {
  /** Post-dispatch `Pays::No` when the call succeeds (Sudo: the key pays nothing). */
  readonly freeOnSuccess: boolean;
}

export interface CallWeight {
  readonly weight: WeightValue;
  readonly class?: DispatchClassName;
  readonly pays_fee?: 'Yes' | 'No';
  readonly freeOnSuccess?: boolean;
}

/** Per-call weights, keyed `Pallet.call`. */
export type CallWeights = Readonly<Record<string, CallWeight>>;

const w = (ref_time: bigint, proof_size: bigint): WeightValue => ({ ref_time, proof_size });

/**
 * Reference weights: `Timestamp.set` = 284 906 000 / 1 493 and `transfer_keep_alive` = 295 649 000 / 3 593 in the
 * ExtrinsicSuccess events of Gesell block #2, each minus the base extrinsic weight 124 414 000 / 0; root-only
 * System calls are Operational as in FRAME.
 */
export const REFERENCE_CALL_WEIGHTS: CallWeights = {
  'Timestamp.set': { weight: w(160_492_000n, 1_493n), class: 'Mandatory' },
  'Balances.transfer_keep_alive': { weight: w(171_235_000n, 3_593n) },
  'Balances.transfer_allow_death': { weight: w(171_235_000n, 3_593n) },
  'Balances.transfer': { weight: w(171_235_000n, 3_593n) },
  'System.set_heap_pages': { weight: w(100_000_000n, 0n), class: 'Operational' },
  'System.set_code': { weight: w(100_000_000n, 0n), class: 'Operational' },
  'System.set_code_without_checks': { weight: w(100_000_000n, 0n), class: 'Operational' },
  'System.set_storage': { weight: w(100_000_000n, 0n), class: 'Operational' },
  'System.kill_storage': { weight: w(100_000_000n, 0n), class: 'Operational' },
  'System.kill_prefix': { weight: w(100_000_000n, 0n), class: 'Operational' },
};

/** The weight of a call without an entry. */
export const DEFAULT_CALL_WEIGHT: WeightValue = w(200_000_000n, 3_593n);

/** Sudo's own weight, added to the weight of the call it wraps. */
const SUDO_WEIGHT: WeightValue = w(10_000_000n, 1_500n);

const add = (a: WeightValue, b: WeightValue): WeightValue => ({
  ref_time: a.ref_time + b.ref_time,
  proof_size: a.proof_size + b.proof_size,
});

/**
 * The dispatch-info function for a weight table: Sudo calls take the class of the call they wrap and their weight
 * plus Sudo's own, and cost nothing when they succeed.
 */
export const callInfoFrom =
  (table: CallWeights = REFERENCE_CALL_WEIGHTS, fallback: WeightValue = DEFAULT_CALL_WEIGHT) =>
  (call: RuntimeCallValue): CallInfo => {
    const name = `${call.tag}.${call.value.tag}`;
    if (call.tag === 'Sudo' && name !== 'Sudo.set_key') {
      const args = call.value.value as { call: RuntimeCallValue; weight?: WeightValue };
      const inner = callInfoFrom(table, fallback)(args.call);
      const weight =
        name === 'Sudo.sudo_unchecked_weight' && args.weight ? args.weight : add(inner.weight, SUDO_WEIGHT);
      return { weight, class: inner.class, pays_fee: 'Yes', freeOnSuccess: true };
    }
    const entry = table[name];
    return {
      weight: entry?.weight ?? fallback,
      class: entry?.class ?? 'Normal',
      pays_fee: entry?.pays_fee ?? 'Yes',
      freeOnSuccess: entry?.freeOnSuccess ?? call.tag === 'Sudo',
    };
  };
