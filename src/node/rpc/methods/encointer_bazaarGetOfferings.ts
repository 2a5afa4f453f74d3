// spec: economy §4.4 (encointer_bazaarGetOfferings: the offerings of every business of the community)
import { z } from 'zod';
import { getOfferings } from '../../../runtime/pallets/bazaar/runtimeApi.js';
import { stateAt } from '../blocks.js';
import { cidParam, offeringJson } from '../encointerJson.js';
import { defineMethod } from '../method.js';
import { at } from '../params.js';

/**
 * The offerings of every business of a community, concatenated business by business, at a block (default: best).
 * QUIRK: economy §4.4 — values only (`{"url": [bytes]}`), without their offering ids.
 *
 * @example
 * // → {"jsonrpc":"2.0","id":1,"method":"encointer_bazaarGetOfferings","params":[{"geohash":"0x7330307477","digest":"0xf08c911c"}]}
 * // ← {"jsonrpc":"2.0","id":1,"result":[{"url":[81,109,79]}]}
 */
export const encointer_bazaarGetOfferings = defineMethod({
  name: 'encointer_bazaarGetOfferings',
  params: z.tuple([cidParam, at]),
  exampleParams: [{ geohash: '0x7330307477', digest: '0xf08c911c' }],
  handler: (ctx, [cid, hash]) => getOfferings(stateAt(ctx, hash), cid).map(offeringJson),
});
