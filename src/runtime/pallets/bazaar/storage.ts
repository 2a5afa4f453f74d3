// spec: economy §4.2, reference-metadata-spec30 EncointerBazaar (names, hashers, defaults)
import {
  BusinessData,
  BusinessIdentifier,
  CommunityIdentifier,
  OfferingData,
  OfferingIdentifier,
} from '../../../primitives/scale/index.js';
import { key, storageOf } from '../../framework/storage.js';
import { AccountId32 } from '../../types/substrate.js';

const storage = storageOf('EncointerBazaar');

/** One business per (community, controller). ValueQuery: an absent business reads as (empty url, 0). */
export const BusinessRegistry = storage.doubleMap(
  'BusinessRegistry',
  key('Blake2_128Concat', CommunityIdentifier),
  key('Blake2_128Concat', AccountId32),
  BusinessData,
  { default: { url: new Uint8Array(), last_oid: 0 } },
);
/** Offerings of a business by offering id. ValueQuery: an absent offering reads as an empty url. */
export const OfferingRegistry = storage.doubleMap(
  'OfferingRegistry',
  key('Blake2_128Concat', BusinessIdentifier),
  key('Blake2_128Concat', OfferingIdentifier),
  OfferingData,
  { default: { url: new Uint8Array() } },
);

export const bazaarStorage = [BusinessRegistry, OfferingRegistry];
