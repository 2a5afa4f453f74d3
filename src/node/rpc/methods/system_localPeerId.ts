// spec: substrate-compat §3.1 (any stable string works)
import { defineMethod } from '../method.js';
import { none } from '../params.js';

/**
 * A stable libp2p-style peer id (the node has no network; the id only identifies it to tools).
 *
 * @example
 * // → {"jsonrpc":"2.0","id":1,"method":"system_localPeerId","params":[]}
 * // ← {"jsonrpc":"2.0","id":1,"result":"12D3KooWEncointerDevNode…"}
 */
export const system_localPeerId = defineMethod({
  name: 'system_localPeerId',
  params: none,
  exampleParams: [],
  handler: (ctx) => ctx.node.info.peerId,
});
