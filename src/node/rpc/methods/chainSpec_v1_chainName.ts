// spec: substrate-compat §4.3 (= system_chain)
import { defineMethod } from '../method.js';
import { none } from '../params.js';

/**
 * The chain's name, as `system_chain`.
 *
 * @example
 * // → {"jsonrpc":"2.0","id":1,"method":"chainSpec_v1_chainName","params":[]}
 * // ← {"jsonrpc":"2.0","id":1,"result":"Encointer Dev"}
 */
export const chainSpec_v1_chainName = defineMethod({
  name: 'chainSpec_v1_chainName',
  params: none,
  exampleParams: [],
  handler: (ctx) => ctx.node.info.chainName,
});
