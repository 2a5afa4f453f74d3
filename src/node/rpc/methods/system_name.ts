// spec: substrate-compat §3.1
import { defineMethod } from '../method.js';
import { none } from '../params.js';

/**
 * The node implementation's name.
 *
 * @example
 * // → {"jsonrpc":"2.0","id":1,"method":"system_name","params":[]}
 * // ← {"jsonrpc":"2.0","id":1,"result":"encointer-ts"}
 */
export const system_name = defineMethod({
  name: 'system_name',
  params: none,
  exampleParams: [],
  handler: (ctx) => ctx.node.info.nodeName,
});
