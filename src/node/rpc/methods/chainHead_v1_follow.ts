// spec: substrate-compat §4.1 (initialized + bestBlockChanged, then newBlock → bestBlockChanged → finalized per block)
import { z } from 'zod';
import { FOLLOW_KIND, FollowSubscription, MAX_FOLLOWS, TOO_MANY_FOLLOWS } from '../chainHead/follow.js';
import { RpcError } from '../errors.js';
import { defineMethod } from '../method.js';

/**
 * Follows the chain (`chainHead_v1_followEvent` notifications). Every announced block stays pinned (readable)
 * for this subscription until `chainHead_v1_unpin`. With `withRuntime`, events carry the runtime.
 *
 * @example
 * // → {"jsonrpc":"2.0","id":1,"method":"chainHead_v1_follow","params":[true]}
 * // ← {"jsonrpc":"2.0","id":1,"result":"e3a9d2c10b4f5867"}
 * // ← {"jsonrpc":"2.0","method":"chainHead_v1_followEvent","params":{"subscription":"e3a9d2c10b4f5867","result":
 * //     {"event":"initialized","finalizedBlockHashes":["0x…"],"finalizedBlockRuntime":{"type":"valid","spec":{…}}}}}
 * // ← … {"event":"bestBlockChanged","bestBlockHash":"0x…"}
 */
export const chainHead_v1_follow = defineMethod({
  name: 'chainHead_v1_follow',
  subscription: true,
  params: z.tuple([z.boolean()]),
  exampleParams: [true],
  handler: (ctx, [withRuntime]) => {
    if (ctx.connection.count(FOLLOW_KIND) >= MAX_FOLLOWS) {
      throw new RpcError(TOO_MANY_FOLLOWS, 'Maximum number of chainHead_follow has been reached');
    }
    return ctx.connection.subscribe(FOLLOW_KIND, 'chainHead_v1_followEvent', ctx.afterReply, (sink) => {
      const follow = new FollowSubscription(ctx.node, ctx.connection, sink, withRuntime);
      return { cancel: follow.start(), data: follow };
    });
  },
});
