// spec: substrate-compat §3.2 (instant finality: the finalized head is the best block)
import { toHex } from '../../../primitives/common/bytes.js';
import { defineMethod } from '../method.js';
import { none } from '../params.js';

/**
 * The hash of the last finalized block (every block is final at once).
 *
 * @example
 * // → {"jsonrpc":"2.0","id":1,"method":"chain_getFinalizedHead","params":[]}
 * // ← {"jsonrpc":"2.0","id":1,"result":"0x…"}
 */
export const chain_getFinalizedHead = defineMethod({
  name: 'chain_getFinalizedHead',
  aliases: ['chain_getFinalisedHead'],
  params: none,
  exampleParams: [],
  handler: (ctx) => toHex(ctx.node.chain.finalized.hash),
});
