// spec: ARCHITECTURE §5 (id-based snapshot/revert)
import { snapshotsOf } from '../../chain/snapshots.js';
import { defineMethod } from '../method.js';
import { none } from '../params.js';

/**
 * Records the current best block (and the storage writes to it from here on) under a new id for `dev_revert`.
 *
 * @example
 * // → {"jsonrpc":"2.0","id":1,"method":"dev_snapshot","params":[]}
 * // ← {"jsonrpc":"2.0","id":1,"result":1}
 */
export const dev_snapshot = defineMethod({
  name: 'dev_snapshot',
  params: none,
  exampleParams: [],
  handler: (ctx) => snapshotsOf(ctx.node.chain).take(),
});
