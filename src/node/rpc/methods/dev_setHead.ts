// spec: ARCHITECTURE §5 (dev tooling: revert the head); substrate-compat §10 item 22 (followers see the rewind)
import { z } from 'zod';
import { toHex } from '../../../primitives/common/bytes.js';
import { RpcError, STATE_CLIENT_ERROR, unknownBlock } from '../errors.js';
import { defineMethod } from '../method.js';
import { blockHash } from '../params.js';

/**
 * Moves the head back to a block of the chain, by hash or number (a negative number counts back from the best
 * block, as chopsticks). The blocks above are deleted and the state restored; their transactions are not put back
 * into the pool. Returns the new head's hash.
 *
 * @example
 * // → {"jsonrpc":"2.0","id":1,"method":"dev_setHead","params":[3]}
 * // ← {"jsonrpc":"2.0","id":1,"result":"0x8e1f…(hash of block #3)"}
 */
export const dev_setHead = defineMethod({
  name: 'dev_setHead',
  params: z.tuple([z.union([z.number().int(), blockHash])]),
  exampleParams: [3],
  handler: (ctx, [target]) => {
    const chain = ctx.node.chain;
    let number: number;
    if (typeof target === 'string') {
      const block = chain.blockByHash(target);
      if (block === undefined) throw unknownBlock(target);
      number = block.number;
    } else {
      number = target < 0 ? chain.best.number + target : target;
      if (number < 0 || number > chain.best.number) {
        throw new RpcError(
          STATE_CLIENT_ERROR,
          `Client error: UnknownBlock: block #${number} is not on the chain (best is #${chain.best.number})`,
        );
      }
    }
    return toHex(chain.setHead(number).hash);
  },
});
