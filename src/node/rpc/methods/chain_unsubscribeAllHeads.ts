// spec: substrate-compat §3.2 (unsubscribe methods return true)
import { z } from 'zod';
import { defineMethod } from '../method.js';
import { subscriptionId } from '../params.js';

/**
 * Ends a `chain_subscribeAllHeads` subscription; false when there is no such subscription.
 *
 * @example
 * // → {"jsonrpc":"2.0","id":2,"method":"chain_unsubscribeAllHeads","params":["4f2a9c01d3b7e6a8"]}
 * // ← {"jsonrpc":"2.0","id":2,"result":true}
 */
export const chain_unsubscribeAllHeads = defineMethod({
  name: 'chain_unsubscribeAllHeads',
  subscription: true,
  params: z.tuple([subscriptionId]),
  exampleParams: ['4f2a9c01d3b7e6a8'],
  handler: (ctx, [id]) => ctx.connection.unsubscribe(id, ['chain_subscribeAllHeads']),
});
