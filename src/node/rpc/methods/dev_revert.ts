// spec: ARCHITECTURE §5 (id-based snapshot/revert)
import { z } from 'zod';
import { SnapshotError, snapshotsOf } from '../../chain/snapshots.js';
import { invalidParams } from '../errors.js';
import { defineMethod } from '../method.js';

/**
 * Restores the chain to snapshot `id` (from `dev_snapshot`): the head moves back to its block and later storage
 * writes to that block are undone. The snapshot and all later ones are used up. Returns true.
 *
 * @example
 * // → {"jsonrpc":"2.0","id":1,"method":"dev_revert","params":[1]}
 * // ← {"jsonrpc":"2.0","id":1,"result":true}
 */
export const dev_revert = defineMethod({
  name: 'dev_revert',
  params: z.tuple([
    z.union([
      z.number().int().positive(),
      z
        .string()
        .regex(/^[0-9]+$/)
        .transform(Number),
    ]),
  ]),
  exampleParams: [1],
  handler: (ctx, [id]) => {
    try {
      snapshotsOf(ctx.node.chain).revert(id);
    } catch (e) {
      if (e instanceof SnapshotError) throw invalidParams(e.message);
      throw e;
    }
    return true;
  },
});
