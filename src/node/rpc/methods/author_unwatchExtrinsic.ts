// spec: substrate-compat §3.4
import { z } from 'zod';
import { defineMethod } from '../method.js';
import { subscriptionId } from '../params.js';

/**
 * Stops the status stream of an `author_submitAndWatchExtrinsic` (the transaction stays in the pool).
 *
 * @example
 * // → {"jsonrpc":"2.0","id":2,"method":"author_unwatchExtrinsic","params":["b3d1e0c2a4f65879"]}
 * // ← {"jsonrpc":"2.0","id":2,"result":true}
 */
export const author_unwatchExtrinsic = defineMethod({
  name: 'author_unwatchExtrinsic',
  subscription: true,
  params: z.tuple([subscriptionId]),
  exampleParams: ['b3d1e0c2a4f65879'],
  handler: (ctx, [id]) => ctx.connection.unsubscribe(id, ['author_submitAndWatchExtrinsic']),
});
