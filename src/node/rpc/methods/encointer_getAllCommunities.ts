// spec: tooling Appendix A (encointer_getAllCommunities, used by `community list`); ceremonies §6.2 (cid JSON)
import { z } from 'zod';
import { getCids, getName } from '../../../runtime/pallets/communities/runtimeApi.js';
import { stateAt } from '../blocks.js';
import { bytesJson, cidJson } from '../encointerJson.js';
import { defineMethod } from '../method.js';
import { at } from '../params.js';

/**
 * Every registered community with its name (`CidName { cid, name }`), in registration order, at a block (default:
 * best). The name is a `BoundedVec<u8>` and therefore, as serde writes it, an array of byte values (UTF-8).
 *
 * @example
 * // → {"jsonrpc":"2.0","id":1,"method":"encointer_getAllCommunities","params":[]}
 * // ← {"jsonrpc":"2.0","id":1,"result":[{"cid":{"geohash":"0x7330307477","digest":"0xf08c911c"},"name":[84,101,115,116]}]}
 */
export const encointer_getAllCommunities = defineMethod({
  name: 'encointer_getAllCommunities',
  params: z.tuple([at]),
  exampleParams: [],
  handler: (ctx, [hash]) => {
    const state = stateAt(ctx, hash);
    return getCids(state).map((cid) => ({
      cid: cidJson(cid),
      name: bytesJson(getName(state, cid) ?? new Uint8Array()),
    }));
  },
});
