// spec: ceremonies §6.4–§6.6 (location rules, storage semantics, call effects), §6.9; economy §2.3
import {
  type CommunityIdentifier,
  cidEquals,
  compareCid,
} from '../../../primitives/cid/communityIdentifier.js';
import { computeCid } from '../../../primitives/cid/computeCid.js';
import { InvalidInputError } from '../../../primitives/common/errors.js';
import { InvalidDemurrageError, validateDemurrage } from '../../../primitives/communityMetadata/demurrage.js';
import {
  InvalidCommunityMetadataError,
  validateCommunityMetadata,
} from '../../../primitives/communityMetadata/validate.js';
import { InvalidCoordinateRangeError, LocationRuleError } from '../../../primitives/geo/errors.js';
import { compareLocation, type Location } from '../../../primitives/geo/location.js';
import type { LocationIndexView } from '../../../primitives/geo/locationIndex.js';
import { locationBucket } from '../../../primitives/geo/nearbyLocations.js';
import type { DistanceParams } from '../../../primitives/geo/neighborBuckets.js';
import { validateLocation } from '../../../primitives/geo/validateLocation.js';
import type { CommunityMetadata as CommunityMetadataValue } from '../../../primitives/scale/index.js';
import { DispatchOtherError } from '../../framework/errors.js';
import type { Env } from '../../framework/pallet.js';
import { OverlayState, type StateReader } from '../../framework/state.js';
import type { AccountId } from '../../types/substrate.js';
import { purgeBalances, setDemurrage } from '../encointerBalances/balances.js';
import { communitiesErrors, PALLET } from './errors.js';
import type { CommunitiesEvent } from './events.js';
import {
  Bootstrappers,
  CommunityIdentifiers,
  CommunityIdentifiersByGeohash,
  CommunityMetadata,
  Locations,
  MaxSpeedMps,
  MinSolarTripTimeS,
  NominalIncome,
} from './storage.js';

/** The `Config` bounds of the pallet (bounded vectors in storage). */
export interface CommunitiesLimits {
  readonly maxCommunityIdentifiers: number;
  readonly maxCommunityIdentifiersPerGeohash: number;
  readonly maxLocationsPerGeohash: number;
  readonly maxBootstrappers: number;
}

/** Dev-runtime bounds: all 10 000 (ceremonies §6.5). */
export const DEV_COMMUNITIES_LIMITS: CommunitiesLimits = {
  maxCommunityIdentifiers: 10_000,
  maxCommunityIdentifiersPerGeohash: 10_000,
  maxLocationsPerGeohash: 10_000,
  maxBootstrappers: 10_000,
};

/** A community needs at least this many bootstrappers. */
export const MIN_BOOTSTRAPPERS = 3;

const fail = communitiesErrors.fail;
const deposit = (env: Env, event: CommunitiesEvent): void => env.deposit(PALLET, event);

/** Storage key form of a 5-character bucket geohash: its ASCII bytes. */
export const geohashBytes = (bucket: string): Uint8Array => Uint8Array.from(bucket, (c) => c.charCodeAt(0));

/** Binary search in a sorted list: the index of an equal element, or `-(insertion point) - 1`. */
const binarySearch = <T>(list: readonly T[], item: T, cmp: (a: T, b: T) => number): number => {
  let lo = 0;
  let hi = list.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    const c = cmp(list[mid]!, item);
    if (c === 0) return mid;
    if (c < 0) lo = mid + 1;
    else hi = mid;
  }
  return -lo - 1;
};

// ---------------------------------------------------------------------------------------------------------------
// Reads (other pallets import these)

/** Every registered cid, in registration order (the order assignment consumes randomness in). */
export const getCommunityIdentifiers = (state: StateReader): CommunityIdentifier[] => [
  ...CommunityIdentifiers.get(state),
];

/** Whether `cid` is registered (listed in `CommunityIdentifiers`). */
export const communityExists = (state: StateReader, cid: CommunityIdentifier): boolean =>
  CommunityIdentifiers.get(state).some((c) => cidEquals(c, cid));

/**
 * The canonical location list of a community (§6.5): buckets in ascending byte order of the geohash (the storage
 * iteration order of the Identity-hashed key), each bucket's (lat, lon)-sorted list. Meetup location indices
 * index into this list.
 */
export const getLocations = (state: StateReader, cid: CommunityIdentifier): readonly Location[] => {
  const read = () => Object.freeze(Locations.entriesOf(state, cid).flatMap(([, locations]) => locations));
  // Every attestation looks up its meetup's location: decoding the whole list each time made that O(locations).
  return state instanceof OverlayState
    ? state.derived(Locations.itemKey, Locations.prefixKey(cid), read)
    : read();
};

/** The community's bootstrapper accounts, in registration order (empty for an unknown cid). */
export const getBootstrappers = (state: StateReader, cid: CommunityIdentifier): AccountId[] => [
  ...Bootstrappers.get(state, cid),
];

/** `NominalIncome[cid]` as U64F64 bits, or `undefined` when the key is absent (ceremonies then use CeremonyReward). */
export const getNominalIncome = (state: StateReader, cid: CommunityIdentifier): bigint | undefined =>
  NominalIncome.exists(state, cid) ? NominalIncome.get(state, cid) : undefined;

/** `CommunityMetadata[cid]` (the default metadata for an unknown cid, as the ValueQuery reads). */
export const getCommunityMetadata = (state: StateReader, cid: CommunityIdentifier): CommunityMetadataValue =>
  CommunityMetadata.get(state, cid);

/** The distance parameters currently in storage. */
export const getDistanceParams = (state: StateReader): DistanceParams => ({
  minSolarTripTimeS: MinSolarTripTimeS.get(state),
  maxSpeedMps: MaxSpeedMps.get(state),
});

/** The location index the distance rules consult, read from storage. */
export const locationIndexOf = (state: StateReader): LocationIndexView => ({
  cidsInBucket: (bucket) => CommunityIdentifiersByGeohash.get(state, geohashBytes(bucket)),
  locationsInBucket: (cid, bucket) => Locations.get(state, cid, geohashBytes(bucket)),
});

// ---------------------------------------------------------------------------------------------------------------
// Checks

const ensureCommunityExists = (state: StateReader, cid: CommunityIdentifier): void => {
  if (!communityExists(state, cid)) throw fail('CommunityInexistent');
};

const ensureValidMetadata = (metadata: CommunityMetadataValue): void => {
  try {
    validateCommunityMetadata(metadata);
  } catch (e) {
    if (e instanceof InvalidCommunityMetadataError) throw fail('InvalidCommunityMetadata');
    throw e;
  }
};

const ensureValidDemurrage = (rate: bigint): void => {
  try {
    validateDemurrage(rate);
  } catch (e) {
    if (e instanceof InvalidDemurrageError) throw fail('InvalidDemurrage');
    throw e;
  }
};

/**
 * The pallet's `validate_location` against the stored locations; throws the pallet error of the first rule broken.
 * QUIRK: ceremonies §10 item 25 — with `MaxSpeedMps = 0` the reference divides by zero and panics; here the call
 * fails with `DispatchError::Other` (invalid configuration).
 */
export const ensureValidNewLocation = (state: StateReader, location: Location): void => {
  const params = getDistanceParams(state);
  let result: ReturnType<typeof validateLocation>;
  try {
    result = validateLocation(location, locationIndexOf(state), params);
  } catch (e) {
    if (e instanceof InvalidInputError) {
      throw new DispatchOtherError(
        `MaxSpeedMps is ${params.maxSpeedMps}: the minimum-distance rules cannot be evaluated; ` +
          'the CommunityMaster must set a positive value with set_max_speed_mps',
      );
    }
    throw e;
  }
  if (!result.ok) throw fail(result.error);
};

/** The 5-character bucket of a location; `InvalidLocationForGeohash` outside the geohash range. */
const bucketOf = (location: Location): string => {
  try {
    return locationBucket(location);
  } catch (e) {
    if (e instanceof LocationRuleError) throw fail('InvalidLocationForGeohash');
    throw e;
  }
};

// ---------------------------------------------------------------------------------------------------------------
// Storage routines (Default-query reads may return the shared default value: copy before mutating)

/** Sorted-inserts `cid` into the bucket index unless present (`TooManyCommunityIdentifiersPerGeohash` when full). */
const indexCidInBucket = (
  env: Env,
  cid: CommunityIdentifier,
  bucket: string,
  limits: CommunitiesLimits,
): void => {
  const key = geohashBytes(bucket);
  const cids = [...CommunityIdentifiersByGeohash.get(env.state, key)];
  const at = binarySearch(cids, cid, compareCid);
  if (at >= 0) return;
  if (cids.length >= limits.maxCommunityIdentifiersPerGeohash)
    throw fail('TooManyCommunityIdentifiersPerGeohash');
  cids.splice(-at - 1, 0, cid);
  CommunityIdentifiersByGeohash.set(env.state, key, cids);
};

/**
 * The reference's internal remove routine (no event): removes the location from its bucket list and, when the
 * bucket is left empty, the cid from the bucket index.
 * QUIRK: ceremonies §10 item 17 — the remaining length starts at 0, so removing a location that is *not* stored
 * drops the cid from the bucket index although its other locations there stay (and stay in `getLocations`).
 */
const removeLocationIntern = (env: Env, cid: CommunityIdentifier, location: Location): void => {
  const bucket = bucketOf(location);
  const key = geohashBytes(bucket);
  const locations = [...Locations.get(env.state, cid, key)];
  let remaining = 0;
  const at = binarySearch(locations, location, compareLocation);
  if (at >= 0) {
    locations.splice(at, 1);
    remaining = locations.length;
    // Written back even when empty, as the reference's ValueQuery insert does: the key stays until a purge.
    Locations.set(env.state, cid, key, locations);
  }
  if (remaining === 0) {
    const cids = [...CommunityIdentifiersByGeohash.get(env.state, key)];
    const i = binarySearch(cids, cid, compareCid);
    if (i >= 0) {
      cids.splice(i, 1);
      if (cids.length === 0) CommunityIdentifiersByGeohash.remove(env.state, key);
      else CommunityIdentifiersByGeohash.set(env.state, key, cids);
    }
  }
};

// ---------------------------------------------------------------------------------------------------------------
// Effects of the calls (origin and phase are the call's business; democracy enactment calls these directly)

/** The arguments of `new_community`. */
export interface NewCommunityArgs {
  readonly location: Location;
  readonly bootstrappers: readonly AccountId[];
  readonly community_metadata: CommunityMetadataValue;
  /** I64F64 bits; `undefined` keeps the balances pallet's `DefaultDemurrage`. */
  readonly demurrage?: bigint | undefined;
  /** U64F64 bits; `undefined` leaves `NominalIncome` absent. */
  readonly nominal_income?: bigint | undefined;
}

/**
 * Registers a community (new_community steps 2–14, §6.6): checks in reference order, then writes and emits
 * `CommunityRegistered`. Returns the new cid. No phase restriction (QUIRK: ceremonies §10 item 18).
 */
export const registerCommunity = (
  env: Env,
  args: NewCommunityArgs,
  limits: CommunitiesLimits = DEV_COMMUNITIES_LIMITS,
): CommunityIdentifier => {
  const { location, bootstrappers } = args;
  if (bootstrappers.length < MIN_BOOTSTRAPPERS || bootstrappers.length > limits.maxBootstrappers) {
    throw fail('InvalidAmountBootstrappers');
  }
  ensureValidMetadata(args.community_metadata);
  let cid: CommunityIdentifier;
  try {
    cid = computeCid(location, bootstrappers);
  } catch (e) {
    if (e instanceof InvalidCoordinateRangeError) throw fail('InvalidLocation');
    throw e;
  }
  if (communityExists(env.state, cid)) throw fail('CommunityAlreadyRegistered');
  ensureValidNewLocation(env.state, location);
  const bucket = bucketOf(location);
  indexCidInBucket(env, cid, bucket, limits);
  Locations.set(env.state, cid, geohashBytes(bucket), [location]);
  const cids = CommunityIdentifiers.get(env.state);
  if (cids.length >= limits.maxCommunityIdentifiers) throw fail('TooManyCommunityIdentifiers');
  CommunityIdentifiers.set(env.state, [...cids, cid]);
  // Unreachable after the count check above, kept because the reference checks the bound here too.
  if (bootstrappers.length > limits.maxBootstrappers) throw fail('TooManyBootstrappers');
  Bootstrappers.set(env.state, cid, [...bootstrappers]);
  CommunityMetadata.set(env.state, cid, args.community_metadata);
  if (args.demurrage !== undefined) applyDemurrage(env, cid, args.demurrage);
  if (args.nominal_income !== undefined) NominalIncome.set(env.state, cid, args.nominal_income);
  deposit(env, { tag: 'CommunityRegistered', value: cid });
  return cid;
};

/** Validates (0 ≤ d ≤ 1, else `InvalidDemurrage`) and stores a rate in the balances pallet. */
const applyDemurrage = (env: Env, cid: CommunityIdentifier, rate: bigint): void => {
  // Checked here with the same rule `setDemurrage` applies, so its range error never surfaces as another error.
  ensureValidDemurrage(rate);
  setDemurrage(env, cid, rate);
};

/**
 * `do_add_location` (add_location steps 3–8, without origin and phase): the cid must exist, the location must pass
 * the distance rules; sorted-inserts it (a duplicate is not stored twice) and emits `LocationAdded`.
 */
export const addLocation = (
  env: Env,
  cid: CommunityIdentifier,
  location: Location,
  limits: CommunitiesLimits = DEV_COMMUNITIES_LIMITS,
): void => {
  ensureCommunityExists(env.state, cid);
  ensureValidNewLocation(env.state, location);
  const bucket = bucketOf(location);
  const key = geohashBytes(bucket);
  const locations = [...Locations.get(env.state, cid, key)];
  const at = binarySearch(locations, location, compareLocation);
  if (at < 0) {
    if (locations.length >= limits.maxLocationsPerGeohash) throw fail('TooManyLocationsPerGeohash');
    locations.splice(-at - 1, 0, location);
    Locations.set(env.state, cid, key, locations);
  }
  indexCidInBucket(env, cid, bucket, limits);
  deposit(env, { tag: 'LocationAdded', value: [cid, location] });
};

/**
 * `do_remove_location` (remove_location steps 3–7, without origin and phase): the cid must exist; removes the
 * location and emits `LocationRemoved` whether or not it was stored (QUIRK: ceremonies §10 item 17 applies).
 */
export const removeLocation = (env: Env, cid: CommunityIdentifier, location: Location): void => {
  ensureCommunityExists(env.state, cid);
  removeLocationIntern(env, cid, location);
  deposit(env, { tag: 'LocationRemoved', value: [cid, location] });
};

/** Replaces a community's metadata after validation; emits `MetadataUpdated`. */
export const updateCommunityMetadata = (
  env: Env,
  cid: CommunityIdentifier,
  metadata: CommunityMetadataValue,
): void => {
  ensureCommunityExists(env.state, cid);
  ensureValidMetadata(metadata);
  CommunityMetadata.set(env.state, cid, metadata);
  deposit(env, { tag: 'MetadataUpdated', value: cid });
};

/** Sets a community's demurrage rate (0 ≤ d ≤ 1) in the balances pallet; emits `DemurrageUpdated`. */
export const updateDemurrage = (env: Env, cid: CommunityIdentifier, demurrage: bigint): void => {
  ensureCommunityExists(env.state, cid);
  applyDemurrage(env, cid, demurrage);
  deposit(env, { tag: 'DemurrageUpdated', value: [cid, demurrage] });
};

/** Sets a community's nominal income; any value (0 included) is accepted. Emits `NominalIncomeUpdated`. */
export const updateNominalIncome = (env: Env, cid: CommunityIdentifier, nominalIncome: bigint): void => {
  ensureCommunityExists(env.state, cid);
  NominalIncome.set(env.state, cid, nominalIncome);
  deposit(env, { tag: 'NominalIncomeUpdated', value: [cid, nominalIncome] });
};

/** Stores `MinSolarTripTimeS`; emits `MinSolarTripTimeSUpdated`. */
export const setMinSolarTripTimeS = (env: Env, seconds: number): void => {
  MinSolarTripTimeS.set(env.state, seconds);
  deposit(env, { tag: 'MinSolarTripTimeSUpdated', value: seconds });
};

/** Stores `MaxSpeedMps` (0 is stored, but then every location check fails: QUIRK §10 item 25); emits `MaxSpeedMpsUpdated`. */
export const setMaxSpeedMps = (env: Env, mps: number): void => {
  MaxSpeedMps.set(env.state, mps);
  deposit(env, { tag: 'MaxSpeedMpsUpdated', value: mps });
};

/**
 * Removes a community: its locations (through the remove routine, which fixes the bucket index), bootstrappers,
 * registry entry, metadata and nominal income, then its balances (`purgeBalances`); emits `CommunityPurged`.
 * No existence check. QUIRK: ceremonies §10 item 19 — ceremonies storage is not touched here.
 */
export const purgeCommunity = (env: Env, cid: CommunityIdentifier): void => {
  for (const [, locations] of Locations.entriesOf(env.state, cid)) {
    for (const location of locations) removeLocationIntern(env, cid, location);
  }
  Locations.clearPrefix(env.state, cid);
  Bootstrappers.remove(env.state, cid);
  const cids = [...CommunityIdentifiers.get(env.state)];
  const i = cids.findIndex((c) => cidEquals(c, cid));
  if (i >= 0) {
    cids.splice(i, 1);
    if (cids.length === 0) CommunityIdentifiers.remove(env.state);
    else CommunityIdentifiers.set(env.state, cids);
  }
  CommunityMetadata.remove(env.state, cid);
  NominalIncome.remove(env.state, cid);
  purgeBalances(env, cid);
  deposit(env, { tag: 'CommunityPurged', value: cid });
};
