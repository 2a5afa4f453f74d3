// spec: substrate-compat §3.3, §8 (one runtime version everywhere)
import { z } from 'zod';
import { blockAt } from '../blocks.js';
import { runtimeVersionJson } from '../format.js';
import { defineMethod } from '../method.js';
import { at } from '../params.js';

/**
 * The runtime version at a block (default: best).
 *
 * @example
 * // → {"jsonrpc":"2.0","id":1,"method":"state_getRuntimeVersion","params":[]}
 * // ← {"jsonrpc":"2.0","id":1,"result":{"specName":"encointer-node-notee","implName":"encointer-ts","authoringVersion":0,
 * //     "specVersion":31,"implVersion":0,"apis":[["0xdf6acb689907609b",4],…],"transactionVersion":5,"systemVersion":0,"stateVersion":0}}
 */
export const state_getRuntimeVersion = defineMethod({
  name: 'state_getRuntimeVersion',
  aliases: ['chain_getRuntimeVersion'],
  params: z.tuple([at]),
  exampleParams: [],
  handler: (ctx, [hash]) => {
    blockAt(ctx, hash);
    return runtimeVersionJson(ctx.node.chain.runtimeVersion());
  },
});
