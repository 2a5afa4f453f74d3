// spec: substrate-compat §4.2 (`""` is empty input; errors arrive as `operationError`)
import { z } from 'zod';
import { LIMIT_REACHED } from '../chainHead/follow.js';
import { followOf } from '../chainHead/lookup.js';
import { defineMethod } from '../method.js';
import { blockHash, hexBytes, subscriptionId } from '../params.js';

/**
 * A runtime API call on a pinned block's state, answered by `operationCallDone` (hex output) or `operationError`.
 *
 * @example
 * // → {"jsonrpc":"2.0","id":4,"method":"chainHead_v1_call","params":["e3a9d2c10b4f5867","0x…","Metadata_metadata_versions",""]}
 * // ← {"jsonrpc":"2.0","id":4,"result":{"result":"started","operationId":"1"}}
 * // ← … {"event":"operationCallDone","operationId":"1","output":"0x080e0000000f000000"}
 */
export const chainHead_v1_call = defineMethod({
  name: 'chainHead_v1_call',
  subscription: true,
  params: z.tuple([subscriptionId, blockHash, z.string(), hexBytes]),
  exampleParams: ['e3a9d2c10b4f5867', `0x${'00'.repeat(32)}`, 'Metadata_metadata_versions', ''],
  handler: (ctx, [id, hash, fn, input]) =>
    followOf(ctx, id)?.call(hash, fn, input, ctx.afterReply) ?? LIMIT_REACHED,
});
