// spec: substrate-compat §4.2
import { z } from 'zod';
import { FOLLOW_KIND } from '../chainHead/follow.js';
import { defineMethod } from '../method.js';
import { subscriptionId } from '../params.js';

/**
 * Ends a follow subscription (and its pins and operations).
 *
 * @example
 * // → {"jsonrpc":"2.0","id":9,"method":"chainHead_v1_unfollow","params":["e3a9d2c10b4f5867"]}
 * // ← {"jsonrpc":"2.0","id":9,"result":null}
 */
export const chainHead_v1_unfollow = defineMethod({
  name: 'chainHead_v1_unfollow',
  subscription: true,
  params: z.tuple([subscriptionId]),
  exampleParams: ['e3a9d2c10b4f5867'],
  handler: (ctx, [id]) => {
    ctx.connection.unsubscribe(id, [FOLLOW_KIND]);
    return null;
  },
});
