// spec: substrate-compat §3.5 (JSON shape: u128 as hex), §7.4 (TransactionPaymentApi_query_fee_details)
import { z } from 'zod';
import { FeeDetails } from '../../../runtime/pallets/transactionPayment/types.js';
import { blockAt } from '../blocks.js';
import { ensureExtrinsic, feeDetailsJson, runtimeCall, withLength } from '../fees.js';
import { defineMethod } from '../method.js';
import { at, hexBytes } from '../params.js';

const FAILED = 'Unable to query fee details.';

/**
 * The parts of an extrinsic's fee (base, length and weight fee as hex u128), through
 * `TransactionPaymentApi_query_fee_details` at a block (default: best); `{"inclusionFee":null}` for an unsigned one.
 * Undecodable bytes answer code 2, a runtime failure code 1.
 *
 * @example
 * // → {"jsonrpc":"2.0","id":1,"method":"payment_queryFeeDetails","params":["0x4502840040…"]}
 * // ← {"jsonrpc":"2.0","id":1,"result":{"inclusionFee":{"baseFee":"0x3b9aca00","lenFee":"0x9502f900","adjustedWeightFee":"0xbae5f10"}}}
 */
export const payment_queryFeeDetails = defineMethod({
  name: 'payment_queryFeeDetails',
  params: z.tuple([hexBytes, at]),
  exampleParams: ['0x280403000b7093291f9401'],
  handler: (ctx, [xt, hash]) => {
    const block = blockAt(ctx, hash);
    ensureExtrinsic(ctx, xt, FAILED);
    const out = runtimeCall(ctx, block, 'TransactionPaymentApi_query_fee_details', withLength(xt), FAILED);
    return feeDetailsJson(FeeDetails.dec(out));
  },
});
