// spec: economy §7 (encointer_getCommunityTreasuryAccountUnchecked(maybe_cid, at?): the cid is not validated)
import { z } from 'zod';
import { ss58Encode } from '../../../primitives/common/ss58.js';
import { treasuryAccount } from '../../../runtime/pallets/treasuries/treasuries.js';
import { blockAt } from '../blocks.js';
import { cidParam } from '../encointerJson.js';
import { defineMethod } from '../method.js';
import { at } from '../params.js';

/**
 * The treasury account (SS58) of a community, or of the global treasury for `null`/no cid. The cid is not checked
 * against the registered communities.
 *
 * @example
 * // → {"jsonrpc":"2.0","id":1,"method":"encointer_getCommunityTreasuryAccountUnchecked","params":[null]}
 * // ← {"jsonrpc":"2.0","id":1,"result":"5FU79FVXdN3RYSj8857XjNT2SgeRrhk8iUzjb75X1yc8YDkZ"}
 */
export const encointer_getCommunityTreasuryAccountUnchecked = defineMethod({
  name: 'encointer_getCommunityTreasuryAccountUnchecked',
  params: z.tuple([cidParam.nullish(), at]),
  exampleParams: [null],
  handler: (ctx, [cid, hash]) => {
    blockAt(ctx, hash);
    return ss58Encode(treasuryAccount(cid ?? undefined), ctx.node.info.properties.ss58Format);
  },
});
