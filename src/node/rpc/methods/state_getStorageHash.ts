// spec: substrate-compat §3.3 (needed by papi's legacy path for the `:code` hash)

import { z } from 'zod';
import { toHex } from '../../../primitives/common/bytes.js';
import { blake2_256 } from '../../../primitives/common/hashing.js';
import { stateAt } from '../blocks.js';
import { defineMethod } from '../method.js';
import { at, storageKey } from '../params.js';

/**
 * blake2_256 of a storage value at a block (default: best), or null when absent.
 *
 * @example
 * // → {"jsonrpc":"2.0","id":1,"method":"state_getStorageHash","params":["0x3a636f6465"]}
 * // ← {"jsonrpc":"2.0","id":1,"result":"0x5c1e…"}
 */
export const state_getStorageHash = defineMethod({
  name: 'state_getStorageHash',
  aliases: ['state_getStorageHashAt'],
  params: z.tuple([storageKey, at]),
  exampleParams: ['0x3a636f6465'],
  handler: (ctx, [key, hash]) => {
    const value = stateAt(ctx, hash).get(key);
    return value === undefined ? null : toHex(blake2_256(value));
  },
});
