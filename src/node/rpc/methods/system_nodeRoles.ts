// spec: substrate-compat §3.1
import { defineMethod } from '../method.js';
import { none } from '../params.js';

/**
 * The node's roles: it authors every block.
 *
 * @example
 * // → {"jsonrpc":"2.0","id":1,"method":"system_nodeRoles","params":[]}
 * // ← {"jsonrpc":"2.0","id":1,"result":["Authority"]}
 */
export const system_nodeRoles = defineMethod({
  name: 'system_nodeRoles',
  params: none,
  exampleParams: [],
  handler: () => ['Authority'],
});
