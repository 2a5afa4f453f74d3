// spec: ceremonies §6.7, reference-metadata-spec30 EncointerCommunities (error indices and docs)
import { defineErrors } from '../../framework/pallet.js';

export const PALLET = 'EncointerCommunities';

/** `pallet_encointer_communities::Error`, in reference index order (the index is on the wire). */
export const communitiesErrors = defineErrors(
  PALLET,
  ['pallet_encointer_communities', 'pallet', 'Error'],
  [
    ['InvalidLocation', 'Location is not a valid geolocation'],
    ['InvalidAmountBootstrappers', 'Invalid amount of bootstrappers supplied. Needs to be \\[3, 12\\]'],
    ['MinimumDistanceViolationToOtherLocation', 'minimum distance violation to other location'],
    ['MinimumDistanceViolationToDateLine', 'minimum distance violated towards dateline'],
    ['CommunityAlreadyRegistered', "Can't register community that already exists"],
    ['CommunityInexistent', 'Community does not exist yet'],
    ['InvalidCommunityMetadata', 'Invalid Metadata supplied'],
    ['InvalidDemurrage', 'Invalid demurrage supplied'],
    // The reference's doc of InvalidNominalIncome really says "demurrage"; kept so the metadata matches.
    ['InvalidNominalIncome', 'Invalid demurrage supplied'],
    ['InvalidLocationForGeohash', 'Invalid location provided when computing geohash'],
    ['InvalidGeohash', 'Invalid Geohash provided'],
    // Declared but never raised: failing origin checks give the framework's `BadOrigin` dispatch error.
    ['BadOrigin', 'sender is not authorized'],
    ['RegistrationPhaseRequired', 'Locations can only be added in Registration Phase'],
    ['TooManyCommunityIdentifiers', 'CommunityIdentifiers BoundedVec is full'],
    ['TooManyCommunityIdentifiersPerGeohash', 'CommunityIdentifiersPerGeohash BoundedVec is full'],
    ['TooManyLocationsPerGeohash', 'LocationsPerGeohash BoundedVec is full'],
    ['TooManyBootstrappers', 'Bootstrappers BoundedVec is full'],
  ],
);

export type CommunitiesErrorName = (typeof communitiesErrors.names)[number];
