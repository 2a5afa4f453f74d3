// spec: substrate-compat §3.1 (apps enables the dev accounts for Development and Local)
import { defineMethod } from '../method.js';
import { none } from '../params.js';

/**
 * The chain type: `Development` for the dev preset, `Local` for production-like.
 *
 * @example
 * // → {"jsonrpc":"2.0","id":1,"method":"system_chainType","params":[]}
 * // ← {"jsonrpc":"2.0","id":1,"result":"Development"}
 */
export const system_chainType = defineMethod({
  name: 'system_chainType',
  params: none,
  exampleParams: [],
  handler: (ctx) => ctx.node.info.chainType,
});
