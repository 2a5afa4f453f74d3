// spec: ceremonies §6.5, reference-metadata-spec30 EncointerCommunities (names, hashers, defaults)
import { u32 } from '../../../primitives/codec/describe.js';
import { defaultCommunityMetadata } from '../../../primitives/communityMetadata/validate.js';
import {
  Bootstrappers as BootstrapperList,
  CommunityIdentifier,
  CommunityIdentifiers as CommunityIdentifierList,
  CommunityIdentifiersPerGeohash,
  CommunityMetadata as CommunityMetadataType,
  GeoHash,
  LocationsPerGeohash,
  NominalIncome as NominalIncomeType,
} from '../../../primitives/scale/index.js';
import { key, storageOf } from '../../framework/storage.js';

const storage = storageOf('EncointerCommunities');

/** The reference's `CommunityMetadata::default()` in the SCALE value shape (snake_case fields). */
export const DEFAULT_COMMUNITY_METADATA: CommunityMetadataType = (() => {
  const d = defaultCommunityMetadata();
  return {
    name: d.name,
    symbol: d.symbol,
    assets: d.assets,
    theme: d.theme,
    url: d.url,
    announcement_signer: undefined,
    rules: d.rules,
  };
})();

/** cids with at least one location in the bucket (geohash bytes), kept sorted. */
export const CommunityIdentifiersByGeohash = storage.map(
  'CommunityIdentifiersByGeohash',
  key('Identity', GeoHash),
  CommunityIdentifiersPerGeohash,
  { default: [] },
);
/**
 * A community's locations in one bucket, kept sorted by (lat, lon). The Identity-hashed geohash makes the
 * storage iteration order under a cid the ascending byte order of the geohash: the canonical location order.
 */
export const Locations = storage.doubleMap(
  'Locations',
  key('Blake2_128Concat', CommunityIdentifier),
  key('Identity', GeoHash),
  LocationsPerGeohash,
  { default: [] },
);
export const Bootstrappers = storage.map(
  'Bootstrappers',
  key('Blake2_128Concat', CommunityIdentifier),
  BootstrapperList,
  {
    default: [],
  },
);
/** All cids in registration order; this order drives RNG consumption at assignment (ceremonies §7.6). */
export const CommunityIdentifiers = storage.value('CommunityIdentifiers', CommunityIdentifierList, {
  default: [],
});
export const CommunityMetadata = storage.map(
  'CommunityMetadata',
  key('Blake2_128Concat', CommunityIdentifier),
  CommunityMetadataType,
  { default: DEFAULT_COMMUNITY_METADATA },
);
/** A ValueQuery whose *absence* is meaningful: the ceremonies pallet then pays `CeremonyReward` instead. */
export const NominalIncome = storage.map(
  'NominalIncome',
  key('Blake2_128Concat', CommunityIdentifier),
  NominalIncomeType,
  {
    default: 0n,
    docs: [' Amount of UBI to be paid for every attended ceremony.'],
  },
);
export const MinSolarTripTimeS = storage.value('MinSolarTripTimeS', u32, { default: 0 });
export const MaxSpeedMps = storage.value('MaxSpeedMps', u32, { default: 0 });

export const communitiesStorage = [
  CommunityIdentifiersByGeohash,
  Locations,
  Bootstrappers,
  CommunityIdentifiers,
  CommunityMetadata,
  NominalIncome,
  MinSolarTripTimeS,
  MaxSpeedMps,
];
