// spec: substrate-compat §3.3 (unsafe in Substrate; kept for tools)
import { z } from 'zod';
import { stateAt } from '../blocks.js';
import { defineMethod } from '../method.js';
import { at, storageKey } from '../params.js';

/**
 * Every storage key that starts with `prefix` at a block (default: best), ascending.
 *
 * @example
 * // → {"jsonrpc":"2.0","id":1,"method":"state_getKeys","params":["0x26aa394eea5630e07c48ae0c9558cef7b99d880ec681799c0cf30e8886371da9"]}
 * // ← {"jsonrpc":"2.0","id":1,"result":["0x26aa…a27d",…]}
 */
export const state_getKeys = defineMethod({
  name: 'state_getKeys',
  params: z.tuple([storageKey, at]),
  exampleParams: ['0x26aa394eea5630e07c48ae0c9558cef7b99d880ec681799c0cf30e8886371da9'],
  handler: (ctx, [prefix, hash]) => stateAt(ctx, hash).keys(prefix),
});
