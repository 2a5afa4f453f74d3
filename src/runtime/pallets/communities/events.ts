// spec: ceremonies §6.8, reference-metadata-spec30 EncointerCommunities (event indices, fields, type names)
import { u32 } from '../../../primitives/codec/describe.js';
import type { ValueOf } from '../../../primitives/codec/types.js';
import { CommunityIdentifier, Demurrage, Location, NominalIncome } from '../../../primitives/scale/index.js';
import { defineEvents } from '../../framework/pallet.js';

// Several unnamed fields (`LocationAdded(cid, location)`) are a list of typed fields, carried as an array. A single
// unnamed field is the bare type, carried unwrapped; the framework cannot attach its Rust type name
// (`CommunityIdentifier`, `MinSolarTripTimeType`, …) without wrapping the value, so metadata shows none there.
const cid = { type: CommunityIdentifier, typeName: 'CommunityIdentifier' };
const location = { type: Location, typeName: 'Location' };

/** `pallet_encointer_communities::Event`, in reference index order. */
export const communitiesEvents = defineEvents(['pallet_encointer_communities', 'pallet', 'Event'], {
  CommunityRegistered: {
    index: 0,
    fields: CommunityIdentifier,
    docs: ['A new community was registered [community_identifier]'],
  },
  MetadataUpdated: {
    index: 1,
    fields: CommunityIdentifier,
    docs: ['CommunityMetadata was updated [community_identifier]'],
  },
  NominalIncomeUpdated: {
    index: 2,
    fields: [cid, { type: NominalIncome, typeName: 'NominalIncomeType' }] as const,
    docs: ["A community's nominal income was updated [community_identifier, new_income]"],
  },
  DemurrageUpdated: {
    index: 3,
    fields: [cid, { type: Demurrage, typeName: 'Demurrage' }] as const,
    docs: ["A community's demurrage was updated [community_identifier, new_demurrage]"],
  },
  LocationAdded: {
    index: 4,
    fields: [cid, location] as const,
    docs: ['A location has been added'],
  },
  LocationRemoved: {
    index: 5,
    fields: [cid, location] as const,
    docs: ['A location has been removed'],
  },
  MinSolarTripTimeSUpdated: {
    index: 6,
    fields: u32,
    docs: ['A security parameter for minimum meetup location distance has changed'],
  },
  MaxSpeedMpsUpdated: {
    index: 7,
    fields: u32,
    docs: ['A security parameter for minimum meetup location distance has changed'],
  },
  CommunityPurged: {
    index: 8,
    fields: CommunityIdentifier,
    docs: ['a community has been purged'],
  },
});

export type CommunitiesEvent = ValueOf<typeof communitiesEvents>;
