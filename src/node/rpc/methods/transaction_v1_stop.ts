// spec: substrate-compat §4.4 (JSON-RPC error for an unknown id)
import { z } from 'zod';
import { invalidParams } from '../errors.js';
import { defineMethod } from '../method.js';
import { broadcastsOf } from './transaction_v1_broadcast.js';

/**
 * Forgets a broadcast operation (the transaction stays in the pool, as a node stops re-gossiping it).
 *
 * @example
 * // → {"jsonrpc":"2.0","id":2,"method":"transaction_v1_stop","params":["7c1f0a93be25d468"]}
 * // ← {"jsonrpc":"2.0","id":2,"result":null}
 */
export const transaction_v1_stop = defineMethod({
  name: 'transaction_v1_stop',
  params: z.tuple([z.string()]),
  exampleParams: ['7c1f0a93be25d468'],
  handler: (ctx, [operationId]) => {
    if (!broadcastsOf(ctx.connection).delete(operationId)) throw invalidParams('unknown operation id');
    return null;
  },
});
