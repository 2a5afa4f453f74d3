// spec: substrate-compat §3.3 (count ≤ 1000, else 4002; keys strictly after startKey, ascending)
import { z } from 'zod';
import { blockAt } from '../blocks.js';
import { RpcError } from '../errors.js';
import { defineMethod } from '../method.js';
import { at, storageKey } from '../params.js';

const MAX_COUNT = 1000;

/**
 * Up to `count` keys under `prefix` that sort strictly after `startKey`, at a block (default: best).
 *
 * @example
 * // → {"jsonrpc":"2.0","id":1,"method":"state_getKeysPaged","params":["0x26aa394eea5630e07c48ae0c9558cef7b99d880ec681799c0cf30e8886371da9",1000]}
 * // ← {"jsonrpc":"2.0","id":1,"result":["0x26aa…a27d",…]}
 */
export const state_getKeysPaged = defineMethod({
  name: 'state_getKeysPaged',
  aliases: ['state_getKeysPagedAt'],
  params: z.tuple([
    storageKey.nullish().transform((p) => p ?? '0x'),
    z.number().int().nonnegative(),
    storageKey.nullish().transform((k) => k ?? undefined),
    at,
  ]),
  exampleParams: ['0x26aa394eea5630e07c48ae0c9558cef7b99d880ec681799c0cf30e8886371da9', 1000],
  handler: (ctx, [prefix, count, startKey, hash]) => {
    if (count > MAX_COUNT) {
      throw new RpcError(4002, `count exceeds maximum value. value: ${count}, max: ${MAX_COUNT}`);
    }
    return ctx.node.chain.stateAt(blockAt(ctx, hash)).keysPaged(prefix, count, startKey ?? '');
  },
});
