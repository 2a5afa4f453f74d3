// spec: ARCHITECTURE §5 (dev tooling: write storage; chopsticks' `dev_setStorage` with raw key/value pairs)
import { z } from 'zod';
import { toHex } from '../../../primitives/common/bytes.js';
import { snapshotsOf } from '../../chain/snapshots.js';
import { blockAt } from '../blocks.js';
import { invalidParams } from '../errors.js';
import { defineMethod } from '../method.js';
import { at, hexBytes, storageKey } from '../params.js';

/**
 * Writes raw storage values into the best block's state in place (`null` removes the key); subscribers see the
 * change at once and the next block builds on it. Only the best block can be changed (`blockHash`, if given, must
 * be it). Returns the best block's hash.
 *
 * @example
 * // → {"jsonrpc":"2.0","id":1,"method":"dev_setStorage","params":[[["0x26dc3fa0a77526a8494180a4789f6883d9764401941df7f707a47ba7db64a6ea","0x02"]]]}
 * // ← {"jsonrpc":"2.0","id":1,"result":"0x5c1d…(best block hash)"}
 */
export const dev_setStorage = defineMethod({
  name: 'dev_setStorage',
  params: z.tuple([
    z.array(z.tuple([storageKey.refine((k) => k !== '0x', 'empty storage key'), hexBytes.nullable()])),
    at,
  ]),
  exampleParams: [[['0x26dc3fa0a77526a8494180a4789f6883d9764401941df7f707a47ba7db64a6ea', '0x02']]],
  handler: (ctx, [pairs, hash]) => {
    const chain = ctx.node.chain;
    const block = blockAt(ctx, hash);
    if (block.number !== chain.best.number) {
      throw invalidParams(`only the best block (#${chain.best.number}) can be changed, not #${block.number}`);
    }
    snapshotsOf(chain).setStorage(new Map(pairs));
    return toHex(chain.best.hash);
  },
});
