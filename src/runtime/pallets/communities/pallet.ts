// spec: ceremonies §6.6 (calls, origins, phases), reference-metadata-spec30 EncointerCommunities (indices, args)
import { option, u32, vec } from '../../../primitives/codec/describe.js';
import { InvalidInputError } from '../../../primitives/common/errors.js';
import {
  AccountId,
  CommunityIdentifier,
  CommunityMetadata,
  Demurrage,
  Location,
  MAX_COMMUNITY_ITEMS,
  NominalIncome,
} from '../../../primitives/scale/index.js';
import { BadOriginError } from '../../framework/errors.js';
import { call, constant, definePallet, type Env, type Origin, type Pallet } from '../../framework/pallet.js';
import { CurrentPhase } from '../scheduler/storage.js';
import {
  addLocation,
  type CommunitiesLimits,
  DEV_COMMUNITIES_LIMITS,
  purgeCommunity,
  registerCommunity,
  removeLocation,
  setMaxSpeedMps,
  setMinSolarTripTimeS,
  updateCommunityMetadata,
  updateDemurrage,
  updateNominalIncome,
} from './communities.js';
import { communitiesErrors, PALLET } from './errors.js';
import { communitiesEvents } from './events.js';
import { communitiesStorage } from './storage.js';

export { PALLET };

export interface CommunitiesConfig {
  /** The `CommunityMaster` origin check (Root on the dev runtime). */
  readonly isCommunityMaster: (origin: Origin) => boolean;
  /** The `TrustableForNonDestructiveAction` origin check (any signed account on the dev runtime). */
  readonly isTrustableForNonDestructiveAction: (origin: Origin) => boolean;
  /** Bounds of the stored vectors (`MaxCommunityIdentifiers`, …); at most the storage types' bound of 10 000. */
  readonly limits: CommunitiesLimits;
}

/** The dev runtime's configuration (ceremonies §6.6, §8): master = Root, trustable = any signed, bounds 10 000. */
export const DEV_COMMUNITIES_CONFIG: CommunitiesConfig = {
  isCommunityMaster: (origin) => origin.kind === 'Root',
  isTrustableForNonDestructiveAction: (origin) => origin.kind === 'Signed',
  limits: DEV_COMMUNITIES_LIMITS,
};

const checkLimits = (limits: CommunitiesLimits): void => {
  for (const [name, value] of Object.entries(limits)) {
    if (!Number.isInteger(value) || value < 0 || value > MAX_COMMUNITY_ITEMS) {
      throw new InvalidInputError(
        `limits.${name}`,
        `must be an integer in [0, ${MAX_COMMUNITY_ITEMS}] (the bound of the storage types), got ${value}`,
      );
    }
  }
};

const cidArg = { type: CommunityIdentifier, typeName: 'CommunityIdentifier' };
const locationArg = { type: Location, typeName: 'Location' };
const metadataArg = { type: CommunityMetadata, typeName: 'CommunityMetadataType' };

/** Locations may only change while participants register (the assignment reads them). */
const ensureRegistering = (env: Env): void => {
  if (CurrentPhase.get(env.state) !== 'Registering')
    throw communitiesErrors.fail('RegistrationPhaseRequired');
};

/** Declares the EncointerCommunities pallet (index 62) with the given origins and bounds. */
export const createCommunitiesPallet = (config: CommunitiesConfig): Pallet => {
  checkLimits(config.limits);
  const { limits } = config;
  const master = (origin: Origin) => {
    if (!config.isCommunityMaster(origin))
      throw new BadOriginError('only the CommunityMaster may make this call');
  };
  const trustable = (origin: Origin) => {
    if (!config.isTrustableForNonDestructiveAction(origin)) {
      throw new BadOriginError('only a TrustableForNonDestructiveAction origin may make this call');
    }
  };
  return definePallet({
    name: PALLET,
    index: 62,
    callPath: ['pallet_encointer_communities', 'pallet', 'Call'],
    storage: communitiesStorage,
    events: communitiesEvents,
    errors: communitiesErrors,
    constants: {
      MaxCommunityIdentifiers: constant(u32, limits.maxCommunityIdentifiers),
      MaxCommunityIdentifiersPerGeohash: constant(u32, limits.maxCommunityIdentifiersPerGeohash),
      MaxLocationsPerGeohash: constant(u32, limits.maxLocationsPerGeohash),
      MaxBootstrappers: constant(u32, limits.maxBootstrappers),
    },
    calls: {
      new_community: call({
        index: 0,
        args: {
          location: locationArg,
          bootstrappers: { type: vec(AccountId), typeName: 'Vec<T::AccountId>' },
          community_metadata: metadataArg,
          demurrage: { type: option(Demurrage), typeName: 'Option<Demurrage>' },
          nominal_income: { type: option(NominalIncome), typeName: 'Option<NominalIncomeType>' },
        },
        docs: ['Register a new community at its first location (any phase).'],
        dispatch: (env, origin, args) => {
          trustable(origin);
          registerCommunity(env, args, limits);
        },
      }),
      add_location: call({
        index: 1,
        args: { cid: cidArg, location: locationArg },
        docs: ['Add a meetup location to a community (Registering phase only).'],
        dispatch: (env, origin, { cid, location }) => {
          trustable(origin);
          ensureRegistering(env);
          addLocation(env, cid, location, limits);
        },
      }),
      remove_location: call({
        index: 2,
        args: { cid: cidArg, location: locationArg },
        docs: ['Remove a meetup location of a community (Registering phase only).'],
        dispatch: (env, origin, { cid, location }) => {
          master(origin);
          ensureRegistering(env);
          removeLocation(env, cid, location);
        },
      }),
      update_community_metadata: call({
        index: 3,
        args: { cid: cidArg, community_metadata: metadataArg },
        docs: ["Replace a community's metadata."],
        dispatch: (env, origin, { cid, community_metadata }) => {
          master(origin);
          updateCommunityMetadata(env, cid, community_metadata);
        },
      }),
      update_demurrage: call({
        index: 4,
        args: { cid: cidArg, demurrage: { type: Demurrage, typeName: 'Demurrage' } },
        docs: ["Set a community's per-block demurrage rate (0 ≤ rate ≤ 1)."],
        dispatch: (env, origin, { cid, demurrage }) => {
          master(origin);
          updateDemurrage(env, cid, demurrage);
        },
      }),
      update_nominal_income: call({
        index: 5,
        args: { cid: cidArg, nominal_income: { type: NominalIncome, typeName: 'NominalIncomeType' } },
        docs: ["Set a community's nominal income (UBI per attended ceremony)."],
        dispatch: (env, origin, { cid, nominal_income }) => {
          master(origin);
          updateNominalIncome(env, cid, nominal_income);
        },
      }),
      set_min_solar_trip_time_s: call({
        index: 6,
        args: { min_solar_trip_time_s: { type: u32, typeName: 'MinSolarTripTimeType' } },
        docs: ['Set the minimum solar trip time between meetup locations (seconds).'],
        dispatch: (env, origin, { min_solar_trip_time_s }) => {
          master(origin);
          setMinSolarTripTimeS(env, min_solar_trip_time_s);
        },
      }),
      set_max_speed_mps: call({
        index: 7,
        args: { max_speed_mps: { type: u32, typeName: 'MaxSpeedMpsType' } },
        docs: ['Set the assumed maximum human travel speed (m/s).'],
        dispatch: (env, origin, { max_speed_mps }) => {
          master(origin);
          setMaxSpeedMps(env, max_speed_mps);
        },
      }),
      purge_community: call({
        index: 8,
        args: { cid: cidArg },
        docs: ["Remove a community with its locations, metadata and balances (not its ceremonies' storage)."],
        dispatch: (env, origin, { cid }) => {
          master(origin);
          purgeCommunity(env, cid);
        },
      }),
    },
  });
};
