// spec: substrate-compat §4.2 (`started`, then `operationBodyDone`)
import { z } from 'zod';
import { LIMIT_REACHED } from '../chainHead/follow.js';
import { followOf } from '../chainHead/lookup.js';
import { defineMethod } from '../method.js';
import { blockHash, subscriptionId } from '../params.js';

/**
 * The body of a pinned block, delivered as an `operationBodyDone` event.
 *
 * @example
 * // → {"jsonrpc":"2.0","id":3,"method":"chainHead_v1_body","params":["e3a9d2c10b4f5867","0x…"]}
 * // ← {"jsonrpc":"2.0","id":3,"result":{"result":"started","operationId":"0"}}
 * // ← … {"event":"operationBodyDone","operationId":"0","value":["0x280403000b…"]}
 */
export const chainHead_v1_body = defineMethod({
  name: 'chainHead_v1_body',
  subscription: true,
  params: z.tuple([subscriptionId, blockHash]),
  exampleParams: ['e3a9d2c10b4f5867', `0x${'00'.repeat(32)}`],
  handler: (ctx, [id, hash]) => followOf(ctx, id)?.body(hash, ctx.afterReply) ?? LIMIT_REACHED,
});
