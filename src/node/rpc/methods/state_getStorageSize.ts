// spec: substrate-compat §3.3
import { z } from 'zod';
import { stateAt } from '../blocks.js';
import { defineMethod } from '../method.js';
import { at, storageKey } from '../params.js';

/**
 * The byte length of a storage value at a block (default: best), or null when absent.
 *
 * @example
 * // → {"jsonrpc":"2.0","id":1,"method":"state_getStorageSize","params":["0x3a636f6465"]}
 * // ← {"jsonrpc":"2.0","id":1,"result":96}
 */
export const state_getStorageSize = defineMethod({
  name: 'state_getStorageSize',
  aliases: ['state_getStorageSizeAt'],
  params: z.tuple([storageKey, at]),
  exampleParams: ['0x3a636f6465'],
  handler: (ctx, [key, hash]) => stateAt(ctx, hash).get(key)?.length ?? null,
});
