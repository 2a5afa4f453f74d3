// spec: tooling Appendix A (encointer_getReputations); ceremonies §7.12 (get_reputations)
import { z } from 'zod';
import { getReputations } from '../../../runtime/pallets/ceremonies/runtimeApi.js';
import { stateAt } from '../blocks.js';
import { accountParam, communityReputationJson } from '../encointerJson.js';
import { defineMethod } from '../method.js';
import { at } from '../params.js';

/**
 * Every reputation of an account, as `[cindex, {communityIdentifier, reputation}]` pairs in storage order, at a block
 * (default: best). `reputation` is `"Unverified"`, `"UnverifiedReputable"`, `"VerifiedUnlinked"` or
 * `{"VerifiedLinked": cindex}`.
 *
 * @example
 * // → {"jsonrpc":"2.0","id":1,"method":"encointer_getReputations","params":["5GrwvaEF5zXb26Fz9rcQpDWS57CtERHpNehXCPcNoHGKutQY"]}
 * // ← {"jsonrpc":"2.0","id":1,"result":[[1,{"communityIdentifier":{"geohash":"0x7330307477","digest":"0xf08c911c"},"reputation":"VerifiedUnlinked"}]]}
 */
export const encointer_getReputations = defineMethod({
  name: 'encointer_getReputations',
  params: z.tuple([accountParam, at]),
  exampleParams: ['5GrwvaEF5zXb26Fz9rcQpDWS57CtERHpNehXCPcNoHGKutQY'],
  handler: (ctx, [account, hash]) =>
    getReputations(stateAt(ctx, hash), account).map(([cindex, r]) => [cindex, communityReputationJson(r)]),
});
