// spec: substrate-compat §3.3 (state_queryStorage: one change set per block where a key changed; first block: all
// keys; 4001 on a bad block range)
import { z } from 'zod';
import { toHex } from '../../../primitives/common/bytes.js';
import { blockAt, hexOrNull } from '../blocks.js';
import { RpcError } from '../errors.js';
import { defineMethod } from '../method.js';
import { at, blockHash, storageKey } from '../params.js';

/** `sc-rpc-api` state error: the block range does not resolve. */
const INVALID_BLOCK_RANGE = 4001;

/**
 * The history of some keys over the blocks `fromBlock..=toBlock` (default: up to the best block): one change set per
 * block where one of them changed, the first block with every key (`null` when absent).
 *
 * @example
 * // → {"jsonrpc":"2.0","id":1,"method":"state_queryStorage","params":[["0x26dc3fa0a77526a8494180a4789f6883d9764401941df7f707a47ba7db64a6ea"],"0x9f3c…(genesis hash)"]}
 * // ← {"jsonrpc":"2.0","id":1,"result":[{"block":"0x9f3c…","changes":[["0x26dc…a6ea","0x00"]]},{"block":"0x51ab…","changes":[["0x26dc…a6ea","0x01"]]}]}
 */
export const state_queryStorage = defineMethod({
  name: 'state_queryStorage',
  params: z.tuple([z.array(storageKey), blockHash, at]),
  exampleParams: [
    ['0x26dc3fa0a77526a8494180a4789f6883d9764401941df7f707a47ba7db64a6ea'],
    '0x0000000000000000000000000000000000000000000000000000000000000000',
  ],
  handler: (ctx, [keys, fromHash, toHash]) => {
    const chain = ctx.node.chain;
    const from = blockAt(ctx, fromHash);
    const to = blockAt(ctx, toHash);
    if (from.number > to.number) {
      throw new RpcError(
        INVALID_BLOCK_RANGE,
        `Cannot resolve a block range ['${fromHash}' ... '${toHex(to.hash)}']. from number > to number`,
      );
    }
    const last = new Map<string, string | null>();
    const result: { block: string; changes: [string, string | null][] }[] = [];
    for (let n = from.number; n <= to.number; n++) {
      const block = n === to.number ? to : chain.blockByNumber(n)!;
      const state = chain.stateAt(block);
      const changes: [string, string | null][] = [];
      for (const key of keys) {
        const value = hexOrNull(state.get(key));
        if (!last.has(key) || last.get(key) !== value) changes.push([key, value]);
        last.set(key, value);
      }
      if (changes.length > 0) result.push({ block: toHex(block.hash), changes });
    }
    return result;
  },
});
