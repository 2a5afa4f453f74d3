// spec: tooling Appendix A (encointer_getLocations); ceremonies §6.5 (canonical location list); economy §1.2
import { z } from 'zod';
import { getLocations } from '../../../runtime/pallets/communities/runtimeApi.js';
import { stateAt } from '../blocks.js';
import { cidParam, locationJson } from '../encointerJson.js';
import { defineMethod } from '../method.js';
import { at } from '../params.js';

/**
 * The meetup locations of a community in canonical order (by geohash bucket, then lat, lon), at a block (default:
 * best). Degrees are decimal strings of the I64F64 values; an unknown community has none.
 *
 * @example
 * // → {"jsonrpc":"2.0","id":1,"method":"encointer_getLocations","params":[{"geohash":"0x7330307477","digest":"0xf08c911c"}]}
 * // ← {"jsonrpc":"2.0","id":1,"result":[{"lat":"1","lon":"1"}]}
 */
export const encointer_getLocations = defineMethod({
  name: 'encointer_getLocations',
  params: z.tuple([cidParam, at]),
  exampleParams: [{ geohash: '0x7330307477', digest: '0xf08c911c' }],
  handler: (ctx, [cid, hash]) => getLocations(stateAt(ctx, hash), cid).map(locationJson),
});
