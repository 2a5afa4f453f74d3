// spec: substrate-compat §3.2 (number | hex | array | none; the legacy papi path passes the header's hex number back)

import { z } from 'zod';
import { toHex } from '../../../primitives/common/bytes.js';
import { defineMethod, type RpcContext } from '../method.js';
import { blockNumber } from '../params.js';

const hashOf = (ctx: RpcContext, n: number): string | null => {
  const block = ctx.node.chain.blockByNumber(n);
  return block === undefined ? null : toHex(block.hash);
};

/**
 * The hash of block `n` (null if there is none); an array of numbers gives an array of hashes; no parameter gives
 * the best block's hash.
 *
 * @example
 * // → {"jsonrpc":"2.0","id":1,"method":"chain_getBlockHash","params":[0]}
 * // ← {"jsonrpc":"2.0","id":1,"result":"0x9f3c…(genesis hash)"}
 */
export const chain_getBlockHash = defineMethod({
  name: 'chain_getBlockHash',
  aliases: ['chain_getHead'],
  params: z.tuple([z.union([blockNumber, z.array(blockNumber)]).nullish()]),
  exampleParams: [0],
  handler: (ctx, [n]) => {
    if (n === undefined || n === null) return toHex(ctx.node.chain.best.hash);
    return Array.isArray(n) ? n.map((x) => hashOf(ctx, x)) : hashOf(ctx, n);
  },
});
