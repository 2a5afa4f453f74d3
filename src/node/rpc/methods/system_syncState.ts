// spec: substrate-compat §3.1
import { defineMethod } from '../method.js';
import { none } from '../params.js';

/**
 * Sync state: always at the best block.
 *
 * @example
 * // → {"jsonrpc":"2.0","id":1,"method":"system_syncState","params":[]}
 * // ← {"jsonrpc":"2.0","id":1,"result":{"startingBlock":0,"currentBlock":42,"highestBlock":42}}
 */
export const system_syncState = defineMethod({
  name: 'system_syncState',
  params: none,
  exampleParams: [],
  handler: (ctx) => {
    const best = ctx.node.chain.best.number;
    return { startingBlock: 0, currentBlock: best, highestBlock: best };
  },
});
