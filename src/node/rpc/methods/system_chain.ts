// spec: substrate-compat §3.1
import { defineMethod } from '../method.js';
import { none } from '../params.js';

/**
 * The chain's name (not a real network's: polkadot-js would load that network's type overrides).
 *
 * @example
 * // → {"jsonrpc":"2.0","id":1,"method":"system_chain","params":[]}
 * // ← {"jsonrpc":"2.0","id":1,"result":"Encointer Dev"}
 */
export const system_chain = defineMethod({
  name: 'system_chain',
  params: none,
  exampleParams: [],
  handler: (ctx) => ctx.node.info.chainName,
});
