// spec: substrate-compat §3.3
import { z } from 'zod';
import { hexOrNull, stateAt } from '../blocks.js';
import { defineMethod } from '../method.js';
import { at, storageKey } from '../params.js';

/**
 * The raw value of a storage key at a block (default: best), or null when absent.
 *
 * @example
 * // → {"jsonrpc":"2.0","id":1,"method":"state_getStorage","params":["0x26dc3fa0a77526a8494180a4789f6883d9764401941df7f707a47ba7db64a6ea"]}
 * // ← {"jsonrpc":"2.0","id":1,"result":"0x00"}
 */
export const state_getStorage = defineMethod({
  name: 'state_getStorage',
  aliases: ['state_getStorageAt'],
  params: z.tuple([storageKey, at]),
  exampleParams: ['0x26dc3fa0a77526a8494180a4789f6883d9764401941df7f707a47ba7db64a6ea'],
  handler: (ctx, [key, hash]) => hexOrNull(stateAt(ctx, hash).get(key)),
});
