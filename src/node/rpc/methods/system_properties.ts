// spec: substrate-compat §3.1 (ss58Format must equal the System.SS58Prefix constant)
import { defineMethod } from '../method.js';
import { none } from '../params.js';

/**
 * Address format and native token of the chain.
 *
 * @example
 * // → {"jsonrpc":"2.0","id":1,"method":"system_properties","params":[]}
 * // ← {"jsonrpc":"2.0","id":1,"result":{"ss58Format":42,"tokenDecimals":12,"tokenSymbol":"ERT"}}
 */
export const system_properties = defineMethod({
  name: 'system_properties',
  params: none,
  exampleParams: [],
  handler: (ctx) => ({ ...ctx.node.info.properties }),
});
