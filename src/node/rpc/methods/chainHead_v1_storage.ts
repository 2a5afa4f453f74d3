// spec: substrate-compat §4.2 (item types; pages of items, `operationWaitingForContinue`, `operationStorageDone`)
import { z } from 'zod';
import { LIMIT_REACHED } from '../chainHead/follow.js';
import { followOf } from '../chainHead/lookup.js';
import { defineMethod } from '../method.js';
import { blockHash, storageKey, subscriptionId } from '../params.js';

const query = z.object({
  key: storageKey,
  type: z.enum(['value', 'hash', 'closestDescendantMerkleValue', 'descendantsValues', 'descendantsHashes']),
});

/**
 * Storage queries on a pinned block: `value`, `hash`, `descendantsValues`, `descendantsHashes` and
 * `closestDescendantMerkleValue` (a content hash of the subtree: there is no trie). Child tries are not supported.
 *
 * @example
 * // → {"jsonrpc":"2.0","id":5,"method":"chainHead_v1_storage","params":["e3a9d2c10b4f5867","0x…",[{"key":"0x3a636f6465","type":"hash"}],null]}
 * // ← {"jsonrpc":"2.0","id":5,"result":{"result":"started","operationId":"2","discardedItems":0}}
 * // ← … {"event":"operationStorageItems","operationId":"2","items":[{"key":"0x3a636f6465","hash":"0x…"}]}
 * // ← … {"event":"operationStorageDone","operationId":"2"}
 */
export const chainHead_v1_storage = defineMethod({
  name: 'chainHead_v1_storage',
  subscription: true,
  params: z.tuple([subscriptionId, blockHash, z.array(query), z.null().optional()]),
  exampleParams: ['e3a9d2c10b4f5867', `0x${'00'.repeat(32)}`, [{ key: '0x3a636f6465', type: 'hash' }], null],
  handler: (ctx, [id, hash, items]) =>
    followOf(ctx, id)?.storage(hash, items, ctx.afterReply) ?? LIMIT_REACHED,
});
