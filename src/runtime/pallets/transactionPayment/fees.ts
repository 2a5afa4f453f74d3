// spec: substrate-compat §3.5, §5.7 (V1: fee 124 414 146, priority 11 679), §7.4 (query_info, query_fee_details)
/**
 * Transaction fees as pallet_transaction_payment computes them: `fee = base_fee + len_fee + adjusted_weight_fee +
 * tip`, with `base_fee = WeightToFee(base_extrinsic)`, `len_fee = LengthToFee(len)` and `adjusted_weight_fee =
 * NextFeeMultiplier · WeightToFee(weight)`; and the priority a transaction gets in the pool.
 */
import type { StateReader } from '../../framework/state.js';
import type { DispatchInfoValue, WeightValue } from '../../types/substrate.js';
import { minBigint } from '../system/bigint.js';
import { type BlockLengthValue, type BlockWeightsValue, classKey } from '../system/types.js';
import { NextFeeMultiplier } from './storage.js';
import { type FeeDetailsValue, FIXED_U128_ONE } from './types.js';

const U128_MAX = (1n << 128n) - 1n;
const U64_MAX = (1n << 64n) - 1n;
const sat128 = (v: bigint) => (v > U128_MAX ? U128_MAX : v);

export interface FeeConfig {
  /** `WeightToFee` (the reference runtime: `IdentityFee`, the ref time as the fee). */
  readonly weightToFee: (weight: WeightValue) => bigint;
  /** `LengthToFee` of the encoded extrinsic length (the reference runtime: 1 per byte). */
  readonly lengthToFee: (length: number) => bigint;
  /** `OperationalFeeMultiplier`: how much an operational extrinsic's fee counts as a virtual tip. */
  readonly operationalFeeMultiplier: number;
  /** `FeeMultiplierUpdate`, applied to `NextFeeMultiplier` when each block is finalized. */
  readonly nextMultiplier: (current: bigint) => bigint;
  readonly blockWeights: BlockWeightsValue;
  readonly blockLength: BlockLengthValue;
}

/**
 * The reference runtime's fee functions. QUIRK: its `FeeMultiplierUpdate` is `()`, whose conversion yields
 * `Default::default()` = 0, so `NextFeeMultiplier` (1.0 at genesis) becomes 0 when block 1 is finalized and weight
 * stops costing anything: the V1 fee of substrate-compat §5.7 is base 124 414 000 + 146 bytes, nothing for weight.
 */
export const REFERENCE_FEE_FUNCTIONS: Pick<
  FeeConfig,
  'weightToFee' | 'lengthToFee' | 'operationalFeeMultiplier' | 'nextMultiplier'
> = {
  weightToFee: (w) => w.ref_time,
  lengthToFee: (len) => BigInt(len),
  operationalFeeMultiplier: 5,
  nextMultiplier: () => 0n,
};

const minWeight = (a: WeightValue, b: WeightValue): WeightValue => ({
  ref_time: minBigint(a.ref_time, b.ref_time),
  proof_size: minBigint(a.proof_size, b.proof_size),
});

/** `WeightToFee` of a weight capped at the block's maximum. */
export const weightToFee = (config: FeeConfig, weight: WeightValue): bigint =>
  config.weightToFee(minWeight(weight, config.blockWeights.max_block));

/** The fee parts for an extrinsic of `len` bytes; no inclusion fee when the call does not pay. */
export const computeFeeDetails = (
  state: StateReader,
  config: FeeConfig,
  len: number,
  info: DispatchInfoValue,
  tip: bigint,
): FeeDetailsValue => {
  if (info.pays_fee !== 'Yes') return { inclusion_fee: undefined, tip };
  const multiplier = NextFeeMultiplier.get(state);
  const adjusted = sat128((multiplier * weightToFee(config, info.weight)) / FIXED_U128_ONE);
  return {
    inclusion_fee: {
      base_fee: weightToFee(config, config.blockWeights.per_class[classKey(info.class)].base_extrinsic),
      len_fee: config.lengthToFee(len),
      adjusted_weight_fee: adjusted,
    },
    tip,
  };
};

/** The total of the fee parts (saturating). */
export const totalFee = (details: FeeDetailsValue): bigint => {
  const i = details.inclusion_fee;
  return sat128((i === undefined ? 0n : i.base_fee + i.len_fee + i.adjusted_weight_fee) + details.tip);
};

/** The fee a signed extrinsic of `len` bytes is charged before dispatch (tip included). */
export const computeFee = (
  state: StateReader,
  config: FeeConfig,
  len: number,
  info: DispatchInfoValue,
  tip: bigint,
): bigint => totalFee(computeFeeDetails(state, config, len, info, tip));

/**
 * `get_priority`: the tip (plus one) scaled by how many such transactions fit in a block, by weight or by length;
 * operational transactions add their fee times `OperationalFeeMultiplier` as a virtual tip.
 */
export const transactionPriority = (
  config: FeeConfig,
  info: DispatchInfoValue,
  len: number,
  tip: bigint,
  finalFee: bigint,
): bigint => {
  const maxBlock = config.blockWeights.max_block;
  const maxLength = BigInt(config.blockLength.max[classKey(info.class)]);
  const bounded = (v: bigint, max: bigint) => (v < 1n ? 1n : v > max ? max : v);
  const perRef = maxBlock.ref_time / bounded(info.weight.ref_time, maxBlock.ref_time);
  const perProof = maxBlock.proof_size / bounded(info.weight.proof_size, maxBlock.proof_size);
  const perWeight = minBigint(perRef, perProof);
  const perLength = maxLength / bounded(BigInt(len), maxLength);
  const maxTxPerBlock = minBigint(perWeight, perLength);
  const scaledTip = sat128((tip + 1n) * maxTxPerBlock);
  const priority =
    info.class === 'Operational'
      ? sat128(scaledTip + sat128(finalFee * BigInt(config.operationalFeeMultiplier) * maxTxPerBlock))
      : scaledTip;
  return priority > U64_MAX ? U64_MAX : priority;
};
