// spec: substrate-compat §4.4 (an invalid transaction is dropped silently; ids are kept until stopped)
import { randomBytes } from 'node:crypto';
import { z } from 'zod';
import { defineMethod } from '../method.js';
import { hexBytes } from '../params.js';

/** Most unstopped broadcasts per connection; beyond it the method answers null (the spec asks for ≥ 4). */
export const MAX_BROADCASTS = 1024;

/** The per-connection set of broadcast operation ids. */
export const broadcastsOf = (connection: { local<T>(key: string, init: () => T): T }): Set<string> =>
  connection.local('transaction_v1', () => new Set<string>());

/**
 * Puts a transaction into the pool and answers an operation id (null when the connection has too many). Invalid
 * transactions are dropped without an error: clients check validity with `TaggedTransactionQueue_validate_transaction`.
 *
 * @example
 * // → {"jsonrpc":"2.0","id":1,"method":"transaction_v1_broadcast","params":["0x410284…"]}
 * // ← {"jsonrpc":"2.0","id":1,"result":"7c1f0a93be25d468"}
 */
export const transaction_v1_broadcast = defineMethod({
  name: 'transaction_v1_broadcast',
  params: z.tuple([hexBytes]),
  exampleParams: ['0x280403000b7093291f9401'],
  handler: async (ctx, [bytes]) => {
    const ops = broadcastsOf(ctx.connection);
    if (ops.size >= MAX_BROADCASTS) return null;
    // The signature is verified on a worker first (batched); `submit` then finds it verified.
    await ctx.node.chain.preverify([bytes]);
    try {
      ctx.node.chain.submit(bytes);
    } catch {
      // Dropped silently (§4.4).
    }
    const id = randomBytes(8).toString('hex');
    ops.add(id);
    return id;
  },
});
