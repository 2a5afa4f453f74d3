// spec: ARCHITECTURE §5 (manual block production, chopsticks' `dev_newBlock`)
import { setImmediate as nextTurn } from 'node:timers/promises';
import { z } from 'zod';
import { toHex } from '../../../primitives/common/bytes.js';
import { invalidParams } from '../errors.js';
import { defineMethod } from '../method.js';
import { hexBytes } from '../params.js';

/** Bound on the blocks one call builds (each takes a few milliseconds; use `dev_timeTravel` to skip time). */
export const MAX_NEW_BLOCKS = 10_000;

/**
 * Builds blocks now, whatever the build mode (as chopsticks): `count` blocks (default 1), or up to block number `to`
 * (none if the chain is already there). `transactions` (hex extrinsics) go into the first block before the pool's
 * (invalid ones are skipped). Returns the hash of the best block afterwards.
 *
 * @example
 * // → {"jsonrpc":"2.0","id":1,"method":"dev_newBlock","params":[{"count":2}]}
 * // ← {"jsonrpc":"2.0","id":1,"result":"0x5c1d…(hash of the last block built)"}
 */
export const dev_newBlock = defineMethod({
  name: 'dev_newBlock',
  params: z.tuple([
    z
      .strictObject({
        count: z.number().int().positive().optional(),
        to: z.number().int().nonnegative().optional(),
        transactions: z.array(hexBytes).optional(),
      })
      .nullish(),
  ]),
  exampleParams: [{ count: 2 }],
  handler: async (ctx, [options]) => {
    const { chain, producer } = ctx.node;
    const count =
      options?.to !== undefined ? Math.max(options.to - chain.best.number, 0) : (options?.count ?? 1);
    if (count > MAX_NEW_BLOCKS) {
      throw invalidParams(`at most ${MAX_NEW_BLOCKS} blocks per call (asked for ${count})`);
    }
    for (let i = 0; i < count; i++) {
      if (i > 0) await nextTurn(); // Let other requests and notifications through between blocks.
      const transactions = i === 0 ? options?.transactions : undefined;
      producer.produce(transactions === undefined ? {} : { transactions });
    }
    return toHex(chain.best.hash);
  },
});
