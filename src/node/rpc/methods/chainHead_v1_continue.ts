// spec: substrate-compat §4.2 (-32803 when the operation is not waiting)
import { z } from 'zod';
import { followOf } from '../chainHead/lookup.js';
import { defineMethod } from '../method.js';
import { subscriptionId } from '../params.js';

/**
 * Resumes a storage operation that sent `operationWaitingForContinue`.
 *
 * @example
 * // → {"jsonrpc":"2.0","id":7,"method":"chainHead_v1_continue","params":["e3a9d2c10b4f5867","2"]}
 * // ← {"jsonrpc":"2.0","id":7,"result":null}
 */
export const chainHead_v1_continue = defineMethod({
  name: 'chainHead_v1_continue',
  subscription: true,
  params: z.tuple([subscriptionId, z.string()]),
  exampleParams: ['e3a9d2c10b4f5867', '2'],
  handler: (ctx, [id, operationId]) => {
    followOf(ctx, id)?.continue(operationId);
    return null;
  },
});
