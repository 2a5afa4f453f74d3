// spec: substrate-compat §3.3 (first notification: every key, null if absent; then only changed keys per block)

import { z } from 'zod';
import { toHex } from '../../../primitives/common/bytes.js';
import type { ChangeSet } from '../../../runtime/framework/state.js';
import { hexOrNull } from '../blocks.js';
import { defineMethod } from '../method.js';
import { storageKey } from '../params.js';

/**
 * Subscribes to storage values (`state_storage` notifications): the current values of `keys` at once, then the
 * keys that changed in each new block. Without keys, every change of every block is sent.
 *
 * @example
 * // → {"jsonrpc":"2.0","id":1,"method":"state_subscribeStorage","params":[["0x26dc3fa0a77526a8494180a4789f6883d9764401941df7f707a47ba7db64a6ea"]]}
 * // ← {"jsonrpc":"2.0","id":1,"result":"0d5b8e21a4c3f790"}
 * // ← {"jsonrpc":"2.0","method":"state_storage","params":{"subscription":"0d5b8e21a4c3f790","result":{"block":"0x…","changes":[["0x26dc…a6ea","0x00"]]}}}
 */
export const state_subscribeStorage = defineMethod({
  name: 'state_subscribeStorage',
  subscription: true,
  params: z.tuple([z.array(storageKey).nullish()]),
  exampleParams: [['0x26dc3fa0a77526a8494180a4789f6883d9764401941df7f707a47ba7db64a6ea']],
  handler: (ctx, [keys]) => {
    const chain = ctx.node.chain;
    const watched = keys === null || keys === undefined ? undefined : [...new Set(keys)];
    return ctx.connection.subscribe('state_subscribeStorage', 'state_storage', ctx.afterReply, (sink) => {
      const send = (block: Uint8Array, changes: ChangeSet) => {
        const changed =
          watched === undefined ? [...changes.keys()].sort() : watched.filter((k) => changes.has(k));
        if (changed.length === 0) return;
        sink.notify({ block: toHex(block), changes: changed.map((k) => [k, hexOrNull(changes.get(k))]) });
      };
      const state = chain.stateAt();
      sink.notify({
        block: toHex(chain.best.hash),
        changes: (watched ?? []).map((k) => [k, hexOrNull(state.get(k))]),
      });
      const offs = [
        chain.events.on('block', ({ block, changes }) => send(block.hash, changes)),
        chain.events.on('storage', ({ block, changes }) => send(block.hash, changes)),
        chain.events.on('reorg', ({ head, changes }) => send(head.hash, changes)),
      ];
      return () => {
        for (const off of offs) off();
      };
    });
  },
});
