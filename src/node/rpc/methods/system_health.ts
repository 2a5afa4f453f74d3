// spec: substrate-compat §3.1 (polkadot-js keep-alive every 10 s)
import { defineMethod } from '../method.js';
import { none } from '../params.js';

/**
 * Health: a dev node has no peers and never syncs.
 *
 * @example
 * // → {"jsonrpc":"2.0","id":1,"method":"system_health","params":[]}
 * // ← {"jsonrpc":"2.0","id":1,"result":{"peers":0,"isSyncing":false,"shouldHavePeers":false}}
 */
export const system_health = defineMethod({
  name: 'system_health',
  params: none,
  exampleParams: [],
  handler: () => ({ peers: 0, isSyncing: false, shouldHavePeers: false }),
});
