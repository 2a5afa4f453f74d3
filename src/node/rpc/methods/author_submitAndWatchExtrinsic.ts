// spec: substrate-compat §3.4 (status stream ready → inBlock → finalized; rejection as an error on the request)
import { z } from 'zod';
import { defineMethod } from '../method.js';
import { hexBytes } from '../params.js';
import { poolRpcError, transactionStatusJson } from '../transactions.js';

/**
 * Submits a signed extrinsic and streams its status (`author_extrinsicUpdate`): `"ready"` (or `"future"`), then
 * `{"inBlock":hash}` and `{"finalized":hash}`, or `"invalid"`/`"dropped"`/`{"usurped":txHash}`.
 *
 * @example
 * // → {"jsonrpc":"2.0","id":1,"method":"author_submitAndWatchExtrinsic","params":["0x410284…"]}
 * // ← {"jsonrpc":"2.0","id":1,"result":"b3d1e0c2a4f65879"}
 * // ← {"jsonrpc":"2.0","method":"author_extrinsicUpdate","params":{"subscription":"b3d1e0c2a4f65879","result":"ready"}}
 * // ← {"jsonrpc":"2.0","method":"author_extrinsicUpdate","params":{"subscription":"b3d1e0c2a4f65879","result":{"inBlock":"0x…"}}}
 * // ← {"jsonrpc":"2.0","method":"author_extrinsicUpdate","params":{"subscription":"b3d1e0c2a4f65879","result":{"finalized":"0x…"}}}
 */
export const author_submitAndWatchExtrinsic = defineMethod({
  name: 'author_submitAndWatchExtrinsic',
  subscription: true,
  params: z.tuple([hexBytes]),
  exampleParams: ['0x280403000b7093291f9401'],
  handler: async (ctx, [bytes]) => {
    const chain = ctx.node.chain;
    // The signature is verified on a worker first (batched); `submit` then finds it verified.
    await chain.preverify([bytes]);
    try {
      return ctx.connection.subscribe(
        'author_submitAndWatchExtrinsic',
        'author_extrinsicUpdate',
        ctx.afterReply,
        (sink) => {
          const tx = chain.submit(bytes);
          const off = chain.pool.watch(tx.hashHex, (event) => sink.notify(transactionStatusJson(event)));
          sink.notify(tx.ready ? 'ready' : 'future');
          return off;
        },
      );
    } catch (e) {
      throw poolRpcError(e);
    }
  },
});
