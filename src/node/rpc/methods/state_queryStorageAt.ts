// spec: substrate-compat §3.3 (one change per requested key, null when absent)

import { z } from 'zod';
import { toHex } from '../../../primitives/common/bytes.js';
import { blockAt, hexOrNull } from '../blocks.js';
import { defineMethod } from '../method.js';
import { at, storageKey } from '../params.js';

/**
 * The values of several keys at one block (default: best).
 *
 * @example
 * // → {"jsonrpc":"2.0","id":1,"method":"state_queryStorageAt","params":[["0x26dc3fa0a77526a8494180a4789f6883d9764401941df7f707a47ba7db64a6ea"]]}
 * // ← {"jsonrpc":"2.0","id":1,"result":[{"block":"0x…","changes":[["0x26dc…a6ea","0x00"]]}]}
 */
export const state_queryStorageAt = defineMethod({
  name: 'state_queryStorageAt',
  params: z.tuple([z.array(storageKey), at]),
  exampleParams: [['0x26dc3fa0a77526a8494180a4789f6883d9764401941df7f707a47ba7db64a6ea']],
  handler: (ctx, [keys, hash]) => {
    const block = blockAt(ctx, hash);
    const state = ctx.node.chain.stateAt(block);
    return [{ block: toHex(block.hash), changes: keys.map((k) => [k, hexOrNull(state.get(k))]) }];
  },
});
