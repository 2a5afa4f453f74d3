// spec: substrate-compat §3.3 (the current version at once, then on every change)
import { runtimeVersionJson } from '../format.js';
import { defineMethod } from '../method.js';
import { none } from '../params.js';

/**
 * Subscribes to the runtime version (`state_runtimeVersion` notifications): the current one at once, then each
 * time a block changes the runtime.
 *
 * @example
 * // → {"jsonrpc":"2.0","id":1,"method":"state_subscribeRuntimeVersion","params":[]}
 * // ← {"jsonrpc":"2.0","id":1,"result":"9a0e4c7b12f3d586"}
 * // ← {"jsonrpc":"2.0","method":"state_runtimeVersion","params":{"subscription":"9a0e4c7b12f3d586","result":{"specName":"encointer-node-notee",…}}}
 */
export const state_subscribeRuntimeVersion = defineMethod({
  name: 'state_subscribeRuntimeVersion',
  aliases: ['chain_subscribeRuntimeVersion'],
  subscription: true,
  params: none,
  exampleParams: [],
  handler: (ctx) => {
    const chain = ctx.node.chain;
    return ctx.connection.subscribe(
      'state_subscribeRuntimeVersion',
      'state_runtimeVersion',
      ctx.afterReply,
      (sink) => {
        let last = JSON.stringify(runtimeVersionJson(chain.runtimeVersion()));
        sink.notify(JSON.parse(last));
        return chain.events.on('block', ({ runtimeChanged }) => {
          if (!runtimeChanged) return;
          const now = JSON.stringify(runtimeVersionJson(chain.runtimeVersion()));
          if (now === last) return;
          last = now;
          sink.notify(JSON.parse(now));
        });
      },
    );
  },
});
