// spec: substrate-compat §3.2 (header JSON; null for an unknown block)
import { z } from 'zod';
import { headerJson } from '../format.js';
import { defineMethod } from '../method.js';
import { at } from '../params.js';

/**
 * The header of a block (default: the best block), or null when the hash is unknown.
 *
 * @example
 * // → {"jsonrpc":"2.0","id":1,"method":"chain_getHeader","params":[]}
 * // ← {"jsonrpc":"2.0","id":1,"result":{"parentHash":"0x…","number":"0x1b","stateRoot":"0x…","extrinsicsRoot":"0x…","digest":{"logs":[]}}}
 */
export const chain_getHeader = defineMethod({
  name: 'chain_getHeader',
  params: z.tuple([at]),
  exampleParams: [],
  handler: (ctx, [hash]) => {
    const chain = ctx.node.chain;
    const block = hash === undefined ? chain.best : chain.blockByHash(hash);
    return block === undefined ? null : headerJson(block.header);
  },
});
