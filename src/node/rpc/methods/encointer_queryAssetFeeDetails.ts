// spec: economy §3.4 (encointer_queryAssetFeeDetails: the native fee parts converted separately with §3.2, no
// min-1 rule; decode failure code 2, runtime failure code 1)
import { z } from 'zod';
import { balanceToAssetBalance } from '../../../runtime/pallets/encointerBalances/fees.js';
import { FeeDetails } from '../../../runtime/pallets/transactionPayment/types.js';
import { blockAt } from '../blocks.js';
import { cidParam } from '../encointerJson.js';
import { ensureExtrinsic, feeDetailsJson, runtimeCall, withLength } from '../fees.js';
import { defineMethod } from '../method.js';
import { at, hexBytes } from '../params.js';

const FAILED = 'Unable to query fee details.';

/**
 * The fee parts of an extrinsic in the currency of community `cid` (18-decimal u128 as hex), as paying with
 * `ChargeAssetTxPayment { asset_id: Some(cid) }` would convert them, at a block (default: best).
 *
 * @example
 * // → {"jsonrpc":"2.0","id":1,"method":"encointer_queryAssetFeeDetails","params":[{"geohash":"0x7330307477","digest":"0xf08c911c"},"0x4502840040…"]}
 * // ← {"jsonrpc":"2.0","id":1,"result":{"inclusionFee":{"baseFee":"0x2386f26fc10000","lenFee":"0x…","adjustedWeightFee":"0x…"}}}
 */
export const encointer_queryAssetFeeDetails = defineMethod({
  name: 'encointer_queryAssetFeeDetails',
  params: z.tuple([cidParam, hexBytes, at]),
  exampleParams: [{ geohash: '0x7330307477', digest: '0xf08c911c' }, '0x280403000b7093291f9401'],
  handler: (ctx, [cid, xt, hash]) => {
    const block = blockAt(ctx, hash);
    ensureExtrinsic(ctx, xt, FAILED);
    const out = runtimeCall(ctx, block, 'TransactionPaymentApi_query_fee_details', withLength(xt), FAILED);
    const state = ctx.node.chain.stateAt(block);
    return feeDetailsJson(FeeDetails.dec(out), (fee) => balanceToAssetBalance(state, fee, cid));
  },
});
