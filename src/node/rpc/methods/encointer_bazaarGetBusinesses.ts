// spec: economy §4.4 (encointer_bazaarGetBusinesses: Vec<Business> in serde camelCase)
import { z } from 'zod';
import { getBusinesses } from '../../../runtime/pallets/bazaar/runtimeApi.js';
import { stateAt } from '../blocks.js';
import { businessJson, cidParam } from '../encointerJson.js';
import { defineMethod } from '../method.js';
import { at } from '../params.js';

/**
 * The businesses of a community in storage order, at a block (default: best): `{"controller": SS58,
 * "businessData": {"url": [bytes], "lastOid": n}}`. QUIRK: economy §4.1 — `lastOid` is the next offering id.
 *
 * @example
 * // → {"jsonrpc":"2.0","id":1,"method":"encointer_bazaarGetBusinesses","params":[{"geohash":"0x7330307477","digest":"0xf08c911c"}]}
 * // ← {"jsonrpc":"2.0","id":1,"result":[{"controller":"5GrwvaEF5zXb26Fz9rcQpDWS57CtERHpNehXCPcNoHGKutQY","businessData":{"url":[81,109],"lastOid":2}}]}
 */
export const encointer_bazaarGetBusinesses = defineMethod({
  name: 'encointer_bazaarGetBusinesses',
  params: z.tuple([cidParam, at]),
  exampleParams: [{ geohash: '0x7330307477', digest: '0xf08c911c' }],
  handler: (ctx, [cid, hash]) => {
    const prefix = ctx.node.info.properties.ss58Format;
    return getBusinesses(stateAt(ctx, hash), cid).map(([controller, data]) =>
      businessJson(controller, data, prefix),
    );
  },
});
