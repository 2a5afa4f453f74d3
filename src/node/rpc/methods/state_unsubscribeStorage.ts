// spec: substrate-compat §3.3
import { z } from 'zod';
import { defineMethod } from '../method.js';
import { subscriptionId } from '../params.js';

/**
 * Ends a `state_subscribeStorage` subscription; false when there is no such subscription.
 *
 * @example
 * // → {"jsonrpc":"2.0","id":2,"method":"state_unsubscribeStorage","params":["0d5b8e21a4c3f790"]}
 * // ← {"jsonrpc":"2.0","id":2,"result":true}
 */
export const state_unsubscribeStorage = defineMethod({
  name: 'state_unsubscribeStorage',
  subscription: true,
  params: z.tuple([subscriptionId]),
  exampleParams: ['0d5b8e21a4c3f790'],
  handler: (ctx, [id]) => ctx.connection.unsubscribe(id, ['state_subscribeStorage']),
});
