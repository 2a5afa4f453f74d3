// spec: substrate-compat §3.5 (JSON shape), §7.4 (TransactionPaymentApi_query_info: extrinsic ++ u32 length)
import { z } from 'zod';
import { RuntimeDispatchInfo } from '../../../runtime/pallets/transactionPayment/types.js';
import { blockAt } from '../blocks.js';
import { dispatchInfoJson, ensureExtrinsic, runtimeCall, withLength } from '../fees.js';
import { defineMethod } from '../method.js';
import { at, hexBytes } from '../params.js';

const FAILED = 'Unable to query dispatch info.';

/**
 * The weight, dispatch class and fee (without tip) of an extrinsic, through `TransactionPaymentApi_query_info` at a
 * block (default: best). The fee is a decimal string. Undecodable bytes answer code 2, a runtime failure code 1.
 *
 * @example
 * // → {"jsonrpc":"2.0","id":1,"method":"payment_queryInfo","params":["0x4502840040…"]}
 * // ← {"jsonrpc":"2.0","id":1,"result":{"weight":{"ref_time":195952000,"proof_size":3593},"class":"normal","partialFee":"2480082160"}}
 */
export const payment_queryInfo = defineMethod({
  name: 'payment_queryInfo',
  params: z.tuple([hexBytes, at]),
  exampleParams: ['0x280403000b7093291f9401'],
  handler: (ctx, [xt, hash]) => {
    const block = blockAt(ctx, hash);
    ensureExtrinsic(ctx, xt, FAILED);
    const out = runtimeCall(ctx, block, 'TransactionPaymentApi_query_info', withLength(xt), FAILED);
    return dispatchInfoJson(RuntimeDispatchInfo.dec(out));
  },
});
