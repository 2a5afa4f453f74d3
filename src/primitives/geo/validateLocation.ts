// spec: ceremonies §6.4 (validate_location), §6.7, §9.10
import { haversineDistance, solarTripTime } from './distance.js';
import { LocationRuleError, type LocationRuleViolation } from './errors.js';
import { DATELINE_LON_BITS, isValidLocation, type Location } from './location.js';
import type { LocationIndexView } from './locationIndex.js';
import { nearbyLocations } from './nearbyLocations.js';
import type { DistanceParams } from './neighborBuckets.js';

/** `DATELINE_DISTANCE_M`: locations must be at least this far (haversine) from the 180° meridian. */
export const DATELINE_DISTANCE_M = 1_000_000;

export type LocationValidation =
  | { ok: true }
  | { ok: false; error: LocationRuleViolation; conflictingLocation?: Location; detail?: string };

/**
 * The pallet's `validate_location` for a location about to be added, against the locations already stored in
 * `index`. Checks in reference order; the first failure wins and is named after the pallet error.
 */
export const validateLocation = (
  location: Location,
  index: LocationIndexView,
  params: DistanceParams,
): LocationValidation => {
  if (!isValidLocation(location)) return { ok: false, error: 'InvalidLocation' };
  // Measured with the identity-asin haversine (QUIRK: ceremonies §10 item 2), so the band is ~170.997° at the equator.
  const toDateline = haversineDistance(location, { lat: location.lat, lon: DATELINE_LON_BITS });
  if (toDateline < DATELINE_DISTANCE_M) {
    return { ok: false, error: 'MinimumDistanceViolationToDateLine', detail: `${toDateline} m` };
  }
  let nearby: Location[];
  try {
    nearby = nearbyLocations(location, index, params);
  } catch (e) {
    if (e instanceof LocationRuleError) return { ok: false, error: e.violation, detail: e.message };
    throw e;
  }
  for (const other of nearby) {
    const t = solarTripTime(location, other, params.maxSpeedMps);
    if (t < params.minSolarTripTimeS) {
      return {
        ok: false,
        error: 'MinimumDistanceViolationToOtherLocation',
        conflictingLocation: other,
        detail: `solar trip time ${t} s < ${params.minSolarTripTimeS} s`,
      };
    }
  }
  return { ok: true };
};

/** Like `validateLocation`, but throws LocationRuleError (named after the pallet error) on failure. */
export const assertValidNewLocation = (
  location: Location,
  index: LocationIndexView,
  params: DistanceParams,
): void => {
  const r = validateLocation(location, index, params);
  if (!r.ok) throw new LocationRuleError(r.error, r.detail);
};
