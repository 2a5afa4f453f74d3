// spec: ceremonies §6.1 (geohash crate errors), §6.7 (communities pallet location errors)
import { EncointerError } from '../common/errors.js';

/** A coordinate outside lat [−90, 90] / lon [−180, 180] (geohash crate `InvalidCoordinateRange`). */
export class InvalidCoordinateRangeError extends EncointerError {
  constructor(lat: string, lon: string) {
    super(
      'InvalidCoordinateRange',
      `coordinate (lat ${lat}, lon ${lon}) is outside lat [-90, 90] / lon [-180, 180]`,
    );
  }
}

/** A geohash string that cannot be decoded (a character outside the base32 alphabet, or empty). */
export class InvalidGeohashError extends EncointerError {
  constructor(hash: string, reason: string) {
    super('InvalidHash', `geohash '${hash}' is invalid: ${reason}`);
  }
}

/** The communities pallet's location errors (ceremonies §6.7), by their pallet name. */
export type LocationRuleViolation =
  | 'InvalidLocation'
  | 'MinimumDistanceViolationToDateLine'
  | 'InvalidLocationForGeohash'
  | 'InvalidGeohash'
  | 'MinimumDistanceViolationToOtherLocation';

const VIOLATION_MESSAGES: Record<LocationRuleViolation, string> = {
  InvalidLocation: 'a location needs −78 < lat < 78 and −180 < lon < 180',
  MinimumDistanceViolationToDateLine: 'the location is closer than 1 000 km to the 180° meridian',
  InvalidLocationForGeohash: 'the geohash of the location cannot be computed',
  InvalidGeohash: 'the neighbour buckets of the location cannot be computed',
  MinimumDistanceViolationToOtherLocation:
    'the location is too close to an existing location (solar trip time below the minimum)',
};

/** A location rejected by the communities pallet's rules; `name` is the pallet error. */
export class LocationRuleError extends EncointerError {
  readonly violation: LocationRuleViolation;

  constructor(violation: LocationRuleViolation, detail?: string) {
    super(violation, detail ? `${VIOLATION_MESSAGES[violation]}: ${detail}` : VIOLATION_MESSAGES[violation]);
    this.violation = violation;
  }
}
