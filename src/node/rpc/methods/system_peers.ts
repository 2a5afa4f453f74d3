// spec: substrate-compat §3.1
import { defineMethod } from '../method.js';
import { none } from '../params.js';

/**
 * Connected peers: none.
 *
 * @example
 * // → {"jsonrpc":"2.0","id":1,"method":"system_peers","params":[]}
 * // ← {"jsonrpc":"2.0","id":1,"result":[]}
 */
export const system_peers = defineMethod({
  name: 'system_peers',
  params: none,
  exampleParams: [],
  handler: () => [],
});
