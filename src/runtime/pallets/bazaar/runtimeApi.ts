// spec: economy §4.4, reference-metadata-spec30 BazaarApi
import { tuple, vec } from '../../../primitives/codec/describe.js';
import {
  type BusinessData,
  BusinessData as BusinessDataType,
  type BusinessIdentifier,
  BusinessIdentifier as BusinessIdentifierType,
  type CommunityIdentifier,
  CommunityIdentifier as CommunityIdentifierType,
  type OfferingData,
  OfferingData as OfferingDataType,
} from '../../../primitives/scale/index.js';
import type { RuntimeApi } from '../../apis/registry.js';
import type { StateReader } from '../../framework/state.js';
import { type AccountId, AccountId32 } from '../../types/substrate.js';
import { businessIdentifier } from './bazaar.js';
import { BusinessRegistry, OfferingRegistry } from './storage.js';

/** `get_businesses(cid)`: (controller, business) pairs of the community, in storage order. */
export const getBusinesses = (state: StateReader, cid: CommunityIdentifier): [AccountId, BusinessData][] =>
  BusinessRegistry.entriesOf(state, cid);

/**
 * `get_offerings(bid)` of the runtime API (RPC `encointer_bazaarGetOfferingsForBusiness`): the business's
 * offerings in storage order. QUIRK: economy §10 item 24 — values only, without their offering ids.
 */
export const getOfferingsForBusiness = (state: StateReader, bid: BusinessIdentifier): OfferingData[] =>
  OfferingRegistry.entriesOf(state, bid).map(([, offering]) => offering);

/** RPC `encointer_bazaarGetOfferings(cid)`: the offerings of every business of `cid`, concatenated. */
export const getOfferings = (state: StateReader, cid: CommunityIdentifier): OfferingData[] =>
  getBusinesses(state, cid).flatMap(([controller]) =>
    getOfferingsForBusiness(state, businessIdentifier(cid, controller)),
  );

/** `BazaarApi` (id `0xbae02feb1e7a2e09`, version 1), methods in reference order. */
export const BAZAAR_API: RuntimeApi = {
  name: 'BazaarApi',
  version: 1,
  methods: [
    {
      name: 'get_offerings',
      inputs: [{ name: 'business', type: BusinessIdentifierType }],
      output: vec(OfferingDataType),
      run: (state, business) => getOfferingsForBusiness(state, business as BusinessIdentifier),
    },
    {
      name: 'get_businesses',
      inputs: [{ name: 'community', type: CommunityIdentifierType }],
      output: vec(tuple(AccountId32, BusinessDataType)),
      run: (state, community) => getBusinesses(state, community as CommunityIdentifier),
    },
  ],
};
