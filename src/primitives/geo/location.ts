// spec: ceremonies §1 (Location, Degree = I64F64), §2 (from f64), §6.1 (coordinate range), §6.4 (is_valid_location)
import { InvalidInputError } from '../common/errors.js';
import { I64F64, ONE } from '../fixed/fixed.js';
import { fromF64 } from '../fixed/float.js';
import { InvalidCoordinateRangeError } from './errors.js';

/** A geographic location; `lat` and `lon` are raw I64F64 bits (degrees · 2^64). */
export interface Location {
  lat: bigint;
  lon: bigint;
}

/** Raw I64F64 bits of an integer number of degrees. */
const deg = (n: bigint): bigint => n * ONE;

export const LAT_MAX_BITS = deg(90n);
export const LON_MAX_BITS = deg(180n);
/** `MAX_ABS_LATITUDE`: the pallet rejects locations at or beyond ±78°. */
export const MAX_ABS_LATITUDE_BITS = deg(78n);
/** `DATELINE_LON`. */
export const DATELINE_LON_BITS = deg(180n);

/** Degrees as `Degree::from_num(f64)` converts them (exact value of the double, nearest 2^-64, ties to even). */
export const degreesToBits = (degrees: number): bigint => fromF64(I64F64, degrees);

/** Builds a Location from decimal degrees, converting each like `Degree::from_num(f64)`. */
export const locationFromDegrees = (lat: number, lon: number): Location => ({
  lat: degreesToBits(lat),
  lon: degreesToBits(lon),
});

/** Raw bits to decimal degrees as a double. Lossy: for display only, never on the consensus path. */
export const bitsToDegrees = (bits: bigint): number => {
  const whole = bits >> 64n;
  const frac = bits - (whole << 64n);
  return Number(whole) + Number(frac) / 2 ** 64;
};

/** True iff the location is inside the geohash range: lat in [−90, 90] and lon in [−180, 180], bounds included. */
export const isInCoordinateRange = (l: Location): boolean =>
  l.lat >= -LAT_MAX_BITS && l.lat <= LAT_MAX_BITS && l.lon >= -LON_MAX_BITS && l.lon <= LON_MAX_BITS;

/** Throws InvalidCoordinateRangeError when the location is outside the geohash range. */
export const assertCoordinateRange = (l: Location): void => {
  if (!isInCoordinateRange(l)) {
    throw new InvalidCoordinateRangeError(String(bitsToDegrees(l.lat)), String(bitsToDegrees(l.lon)));
  }
};

/**
 * Checks one coordinate read from user input (degrees) against the geohash range and names the field on failure.
 * `axis` selects the bound: latitude ±90, longitude ±180.
 */
export const checkCoordinate = (bits: bigint, axis: 'latitude' | 'longitude', field: string): bigint => {
  const max = axis === 'latitude' ? LAT_MAX_BITS : LON_MAX_BITS;
  if (bits < -max || bits > max) {
    const bound = axis === 'latitude' ? 90 : 180;
    throw new InvalidInputError(field, `${axis} ${bitsToDegrees(bits)} is outside [-${bound}, ${bound}]`);
  }
  return bits;
};

/** The pallet's `is_valid_location`: −78 < lat < 78 and −180 < lon < 180, all strict. */
export const isValidLocation = (l: Location): boolean =>
  l.lat > -MAX_ABS_LATITUDE_BITS &&
  l.lat < MAX_ABS_LATITUDE_BITS &&
  l.lon > -DATELINE_LON_BITS &&
  l.lon < DATELINE_LON_BITS;

/** Derived ordering of `Location`: by lat, then lon (signed). */
export const compareLocation = (a: Location, b: Location): number =>
  a.lat !== b.lat ? (a.lat < b.lat ? -1 : 1) : a.lon !== b.lon ? (a.lon < b.lon ? -1 : 1) : 0;

export const locationEquals = (a: Location, b: Location): boolean => a.lat === b.lat && a.lon === b.lon;
