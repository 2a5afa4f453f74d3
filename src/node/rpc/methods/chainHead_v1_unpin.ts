// spec: substrate-compat §4.2 (a hash or an array; -32801 unknown, -32804 duplicate; ignored for a dead subscription)
import { z } from 'zod';
import { followOf } from '../chainHead/lookup.js';
import { defineMethod } from '../method.js';
import { blockHash, subscriptionId } from '../params.js';

/**
 * Releases pinned blocks of a follow subscription.
 *
 * @example
 * // → {"jsonrpc":"2.0","id":6,"method":"chainHead_v1_unpin","params":["e3a9d2c10b4f5867","0x…"]}
 * // ← {"jsonrpc":"2.0","id":6,"result":null}
 */
export const chainHead_v1_unpin = defineMethod({
  name: 'chainHead_v1_unpin',
  subscription: true,
  params: z.tuple([subscriptionId, z.union([blockHash, z.array(blockHash)])]),
  exampleParams: ['e3a9d2c10b4f5867', `0x${'00'.repeat(32)}`],
  handler: (ctx, [id, hashes]) => {
    followOf(ctx, id)?.unpin(Array.isArray(hashes) ? hashes : [hashes]);
    return null;
  },
});
