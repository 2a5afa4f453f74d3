// spec: substrate-compat §4.2
import { z } from 'zod';
import { followOf } from '../chainHead/lookup.js';
import { defineMethod } from '../method.js';
import { subscriptionId } from '../params.js';

/**
 * Stops an operation of a follow subscription; no further events of it are sent.
 *
 * @example
 * // → {"jsonrpc":"2.0","id":8,"method":"chainHead_v1_stopOperation","params":["e3a9d2c10b4f5867","2"]}
 * // ← {"jsonrpc":"2.0","id":8,"result":null}
 */
export const chainHead_v1_stopOperation = defineMethod({
  name: 'chainHead_v1_stopOperation',
  subscription: true,
  params: z.tuple([subscriptionId, z.string()]),
  exampleParams: ['e3a9d2c10b4f5867', '2'],
  handler: (ctx, [id, operationId]) => {
    followOf(ctx, id)?.stopOperation(operationId);
    return null;
  },
});
