// spec: substrate-compat §3.1 (system_dryRun), §3.5 (payment_* JSON shapes), §7.4 (TransactionPaymentApi input:
// extrinsic ++ u32 length); economy §3.4 (error codes of the fee RPCs)
/**
 * What the fee and dry-run RPCs share: the extrinsic is decoded first (failure: code 2, as Substrate's
 * `DecodeError`), then the runtime API answers on the state of the block (failure: code 1, `RuntimeError`).
 */
import { concatBytes, uintToLe } from '../../primitives/common/bytes.js';
import type {
  FeeDetailsValue,
  InclusionFeeValue,
  RuntimeDispatchInfoValue,
} from '../../runtime/pallets/transactionPayment/types.js';
import type { BlockRecord } from '../chain/chain.js';
import { RpcError } from './errors.js';
import type { RpcContext } from './method.js';

/** The runtime call failed (Substrate's `Error::RuntimeError`). */
export const RUNTIME_ERROR = 1;
/** The extrinsic does not decode (Substrate's `Error::DecodeError`). */
export const DECODE_ERROR = 2;

const messageOf = (e: unknown): string => (e instanceof Error ? e.message : String(e));

/** Checks that `bytes` is an extrinsic; otherwise the RPC answers code 2 with `message` and the reason as data. */
export const ensureExtrinsic = (ctx: RpcContext, bytes: Uint8Array, message: string): void => {
  try {
    ctx.node.chain.runtime.executive.decode(bytes);
  } catch (e) {
    throw new RpcError(DECODE_ERROR, message, messageOf(e));
  }
};

/** A runtime API call on the state after `block`; a failure answers code 1 with `message`. */
export const runtimeCall = (
  ctx: RpcContext,
  block: BlockRecord,
  method: string,
  input: Uint8Array,
  message: string,
): Uint8Array => {
  try {
    return ctx.node.chain.call(method, input, block);
  } catch (e) {
    throw new RpcError(RUNTIME_ERROR, message, messageOf(e));
  }
};

/** The input of `TransactionPaymentApi_query_*`: the extrinsic, then its length as u32. */
export const withLength = (xt: Uint8Array): Uint8Array => concatBytes(xt, uintToLe(BigInt(xt.length), 4));

/** A u128 as `sp_rpc::NumberOrHex` serializes it: minimal `0x` hex. */
export const u128Hex = (n: bigint): string => `0x${n.toString(16)}`;

/** `FeeDetails` as the fee RPCs answer: `{"inclusionFee": {baseFee, lenFee, adjustedWeightFee} | null}` (tip skipped). */
export const feeDetailsJson = (details: FeeDetailsValue, convert: (fee: bigint) => bigint = (f) => f) => {
  const fee: InclusionFeeValue | undefined = details.inclusion_fee;
  return {
    inclusionFee:
      fee === undefined
        ? null
        : {
            baseFee: u128Hex(convert(fee.base_fee)),
            lenFee: u128Hex(convert(fee.len_fee)),
            adjustedWeightFee: u128Hex(convert(fee.adjusted_weight_fee)),
          },
  };
};

/** `RuntimeDispatchInfo` as `payment_queryInfo` answers: snake_case weight, lower-case class, fee as a decimal string. */
export const dispatchInfoJson = (info: RuntimeDispatchInfoValue) => ({
  weight: { ref_time: Number(info.weight.ref_time), proof_size: Number(info.weight.proof_size) },
  class: info.class.charAt(0).toLowerCase() + info.class.slice(1),
  partialFee: info.partial_fee.toString(),
});
