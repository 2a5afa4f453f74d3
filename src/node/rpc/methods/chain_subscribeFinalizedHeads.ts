// spec: substrate-compat §3.2 (notifications `chain_finalizedHead`; the current head is sent at once)
import { subscribeHeads } from '../heads.js';
import { defineMethod } from '../method.js';
import { none } from '../params.js';

/**
 * Subscribes to headers: the current one at once, then one per newly finalized block. Unsubscribe with
 * `chain_unsubscribeFinalizedHeads`.
 *
 * @example
 * // → {"jsonrpc":"2.0","id":1,"method":"chain_subscribeFinalizedHeads","params":[]}
 * // ← {"jsonrpc":"2.0","id":1,"result":"4f2a9c01d3b7e6a8"}
 * // ← {"jsonrpc":"2.0","method":"chain_finalizedHead","params":{"subscription":"4f2a9c01d3b7e6a8","result":{"parentHash":"0x…","number":"0x2",…}}}
 */
export const chain_subscribeFinalizedHeads = defineMethod({
  name: 'chain_subscribeFinalizedHeads',
  aliases: ['chain_subscribeFinalisedHeads'],
  subscription: true,
  params: none,
  exampleParams: [],
  handler: (ctx) => subscribeHeads(ctx, 'chain_subscribeFinalizedHeads', 'chain_finalizedHead'),
});
