// spec: substrate-compat §3.4
import { toHex } from '../../../primitives/common/bytes.js';
import { defineMethod } from '../method.js';
import { none } from '../params.js';

/**
 * The transactions waiting in the pool (ready and future), as hex.
 *
 * @example
 * // → {"jsonrpc":"2.0","id":1,"method":"author_pendingExtrinsics","params":[]}
 * // ← {"jsonrpc":"2.0","id":1,"result":["0x410284…"]}
 */
export const author_pendingExtrinsics = defineMethod({
  name: 'author_pendingExtrinsics',
  params: none,
  exampleParams: [],
  handler: (ctx) => ctx.node.chain.pool.all().map((t) => toHex(t.bytes)),
});
