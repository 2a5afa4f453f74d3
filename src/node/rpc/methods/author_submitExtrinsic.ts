// spec: substrate-compat §3.4 (result = blake2_256 of the extrinsic bytes; rejections 1001/1010–1016)
import { z } from 'zod';
import { defineMethod } from '../method.js';
import { hexBytes } from '../params.js';
import { poolRpcError } from '../transactions.js';

/**
 * Validates a signed extrinsic and adds it to the pool; answers its hash. An invalid transaction is refused with
 * Substrate's error, e.g. `{"code":1010,"message":"Invalid Transaction","data":"Transaction is outdated"}`.
 *
 * @example
 * // → {"jsonrpc":"2.0","id":1,"method":"author_submitExtrinsic","params":["0x410284…"]}
 * // ← {"jsonrpc":"2.0","id":1,"result":"0xb9bf17e8fe2eb5ec729c40b3b105bb689b42b4e6e2e09c1ef6baae824f857464"}
 */
export const author_submitExtrinsic = defineMethod({
  name: 'author_submitExtrinsic',
  params: z.tuple([hexBytes]),
  exampleParams: ['0x280403000b7093291f9401'],
  handler: async (ctx, [bytes]) => {
    try {
      // The signature is verified on a worker, batched with concurrent submissions.
      return (await ctx.node.chain.submitAsync(bytes)).hashHex;
    } catch (e) {
      throw poolRpcError(e);
    }
  },
});
