// spec: ceremonies §6.4 (nearby locations), §9.10
import { LocationRuleError } from './errors.js';
import { encodeGeohash } from './geohash.js';
import type { Location } from './location.js';
import type { LocationIndexView } from './locationIndex.js';
import { type DistanceParams, relevantNeighborBuckets } from './neighborBuckets.js';

/** The bucket of a location; a geohash failure is the pallet's `InvalidLocationForGeohash`. */
export const locationBucket = (location: Location): string => {
  try {
    return encodeGeohash(location);
  } catch (e) {
    throw new LocationRuleError('InvalidLocationForGeohash', e instanceof Error ? e.message : String(e));
  }
};

/**
 * Every stored location (of any community, the same one included) in the relevant neighbour buckets of
 * `location` and in its own bucket (visited last). Throws LocationRuleError on geohash failures.
 */
export const nearbyLocations = (
  location: Location,
  index: LocationIndexView,
  params: DistanceParams,
): Location[] => {
  const bucket = locationBucket(location);
  const buckets = [...relevantNeighborBuckets(bucket, location, params), bucket];
  return buckets.flatMap((b) => index.cidsInBucket(b).flatMap((cid) => [...index.locationsInBucket(cid, b)]));
};
