// spec: substrate-compat §4.3 (= chain_getBlockHash(0); papi signs CheckGenesis with it)
import { toHex } from '../../../primitives/common/bytes.js';
import { defineMethod } from '../method.js';
import { none } from '../params.js';

/**
 * The genesis block's hash.
 *
 * @example
 * // → {"jsonrpc":"2.0","id":1,"method":"chainSpec_v1_genesisHash","params":[]}
 * // ← {"jsonrpc":"2.0","id":1,"result":"0x…"}
 */
export const chainSpec_v1_genesisHash = defineMethod({
  name: 'chainSpec_v1_genesisHash',
  params: none,
  exampleParams: [],
  handler: (ctx) => toHex(ctx.node.chain.genesis.hash),
});
