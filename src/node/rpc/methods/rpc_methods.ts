// spec: substrate-compat §3.1, §0 rule 4 (list every canonical name and alias)
import { defineMethod } from '../method.js';
import { none } from '../params.js';

/**
 * Every method this node answers, canonical names and aliases, sorted. polkadot-js removes unlisted methods from
 * `api.rpc`; papi routes a new-API group to the node only if the group is listed.
 *
 * @example
 * // → {"jsonrpc":"2.0","id":1,"method":"rpc_methods","params":[]}
 * // ← {"jsonrpc":"2.0","id":1,"result":{"version":1,"methods":["author_pendingExtrinsics",…,"transaction_v1_stop"]}}
 */
export const rpc_methods = defineMethod({
  name: 'rpc_methods',
  params: none,
  exampleParams: [],
  handler: (ctx) => ({ version: 1, methods: [...ctx.methodNames] }),
});
