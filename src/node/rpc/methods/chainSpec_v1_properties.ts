// spec: substrate-compat §4.3 (= system_properties)
import { defineMethod } from '../method.js';
import { none } from '../params.js';

/**
 * The chain's properties, as `system_properties`.
 *
 * @example
 * // → {"jsonrpc":"2.0","id":1,"method":"chainSpec_v1_properties","params":[]}
 * // ← {"jsonrpc":"2.0","id":1,"result":{"ss58Format":42,"tokenDecimals":12,"tokenSymbol":"ERT"}}
 */
export const chainSpec_v1_properties = defineMethod({
  name: 'chainSpec_v1_properties',
  params: none,
  exampleParams: [],
  handler: (ctx) => ({ ...ctx.node.info.properties }),
});
