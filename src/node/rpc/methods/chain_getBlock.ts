// spec: substrate-compat §3.2 (extrinsics in block order, each with its length prefix)

import { z } from 'zod';
import { toHex } from '../../../primitives/common/bytes.js';
import { headerJson } from '../format.js';
import { defineMethod } from '../method.js';
import { at } from '../params.js';

/**
 * A block: header and extrinsics (hex, inherents first, in applied order); null when the hash is unknown.
 *
 * @example
 * // → {"jsonrpc":"2.0","id":1,"method":"chain_getBlock","params":["0x…"]}
 * // ← {"jsonrpc":"2.0","id":1,"result":{"block":{"header":{…},"extrinsics":["0x280403000b…"]},"justifications":null}}
 */
export const chain_getBlock = defineMethod({
  name: 'chain_getBlock',
  params: z.tuple([at]),
  exampleParams: [],
  handler: (ctx, [hash]) => {
    const chain = ctx.node.chain;
    const block = hash === undefined ? chain.best : chain.blockByHash(hash);
    if (block === undefined) return null;
    return {
      block: { header: headerJson(block.header), extrinsics: chain.body(block).map((x) => toHex(x)) },
      justifications: null,
    };
  },
});
