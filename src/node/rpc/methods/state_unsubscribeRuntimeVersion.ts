// spec: substrate-compat §3.3
import { z } from 'zod';
import { defineMethod } from '../method.js';
import { subscriptionId } from '../params.js';

/**
 * Ends a `state_subscribeRuntimeVersion` subscription; false when there is no such subscription.
 *
 * @example
 * // → {"jsonrpc":"2.0","id":2,"method":"state_unsubscribeRuntimeVersion","params":["9a0e4c7b12f3d586"]}
 * // ← {"jsonrpc":"2.0","id":2,"result":true}
 */
export const state_unsubscribeRuntimeVersion = defineMethod({
  name: 'state_unsubscribeRuntimeVersion',
  aliases: ['chain_unsubscribeRuntimeVersion'],
  subscription: true,
  params: z.tuple([subscriptionId]),
  exampleParams: ['9a0e4c7b12f3d586'],
  handler: (ctx, [id]) => ctx.connection.unsubscribe(id, ['state_subscribeRuntimeVersion']),
});
