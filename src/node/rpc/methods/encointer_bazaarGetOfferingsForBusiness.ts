// spec: economy §4.4 (encointer_bazaarGetOfferingsForBusiness(bid {communityIdentifier, controller}, at?))
import { z } from 'zod';
import { getOfferingsForBusiness } from '../../../runtime/pallets/bazaar/runtimeApi.js';
import { stateAt } from '../blocks.js';
import { businessIdentifierParam, offeringJson } from '../encointerJson.js';
import { defineMethod } from '../method.js';
import { at } from '../params.js';

/**
 * The offerings of one business, `{"communityIdentifier": cid, "controller": account}`, in storage order, at a block
 * (default: best). QUIRK: economy §4.4 — values only, without their offering ids.
 *
 * @example
 * // → {"jsonrpc":"2.0","id":1,"method":"encointer_bazaarGetOfferingsForBusiness","params":[{"communityIdentifier":{"geohash":"0x7330307477","digest":"0xf08c911c"},"controller":"5GrwvaEF5zXb26Fz9rcQpDWS57CtERHpNehXCPcNoHGKutQY"}]}
 * // ← {"jsonrpc":"2.0","id":1,"result":[{"url":[81,109,79]}]}
 */
export const encointer_bazaarGetOfferingsForBusiness = defineMethod({
  name: 'encointer_bazaarGetOfferingsForBusiness',
  params: z.tuple([businessIdentifierParam, at]),
  exampleParams: [
    {
      communityIdentifier: { geohash: '0x7330307477', digest: '0xf08c911c' },
      controller: '5GrwvaEF5zXb26Fz9rcQpDWS57CtERHpNehXCPcNoHGKutQY',
    },
  ],
  handler: (ctx, [bid, hash]) =>
    getOfferingsForBusiness(stateAt(ctx, hash), {
      community_identifier: bid.communityIdentifier,
      controller: bid.controller,
    }).map(offeringJson),
});
