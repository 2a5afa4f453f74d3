// spec: substrate-compat §3.1
import { defineMethod } from '../method.js';
import { none } from '../params.js';

/**
 * The node implementation's version.
 *
 * @example
 * // → {"jsonrpc":"2.0","id":1,"method":"system_version","params":[]}
 * // ← {"jsonrpc":"2.0","id":1,"result":"0.1.0"}
 */
export const system_version = defineMethod({
  name: 'system_version',
  params: none,
  exampleParams: [],
  handler: (ctx) => ctx.node.info.nodeVersion,
});
