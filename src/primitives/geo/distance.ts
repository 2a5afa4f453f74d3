// spec: ceremonies §6.4 (haversine distance, solar trip time), §2.1 (transcendental functions)
import { ArithmeticOverflowError, InvalidInputError } from '../common/errors.js';
import { I64F64, mulRaw, ONE, toIntFloor } from '../fixed/fixed.js';
import { asin, cos, powi, sin, sqrt } from '../fixed/transcendental.js';
import type { Location } from './location.js';

/** `RADIANS_PER_DEGREE`: π/180 with 64 fractional bits. */
export const RADIANS_PER_DEGREE = 0x0477d1a894a74e40n;
/** `MEAN_EARTH_RADIUS` in metres. */
export const MEAN_EARTH_RADIUS_M = 6_371_000n;
/** The sun needs 240 s per degree of longitude. */
const SECONDS_PER_DEGREE_OF_SUN = 240n;
const U32_MAX = 0xffff_ffffn;

const clampU32 = (n: bigint): number => Number(n < 0n ? 0n : n > U32_MAX ? U32_MAX : n);

/** The reference maps a failing `powi`/`sqrt` to 0 (`unwrap_or_default`). */
const orZero = (f: () => bigint): bigint => {
  try {
    return f();
  } catch (e) {
    if (e instanceof ArithmeticOverflowError) return 0n;
    throw e;
  }
};

/**
 * Haversine distance in whole metres (u32), bit-exact with the reference's I64F64 arithmetic.
 * QUIRK: ceremonies §10 item 2 — `asin` is the identity, so long distances are underestimated (max 2R = 12 742 km).
 */
export const haversineDistance = (a: Location, b: Location): number => {
  const two = 2n * ONE;
  const theta1 = mulRaw(a.lat, RADIANS_PER_DEGREE);
  const theta2 = mulRaw(b.lat, RADIANS_PER_DEGREE);
  const deltaTheta = theta1 - theta2;
  const deltaLambda = mulRaw(a.lon - b.lon, RADIANS_PER_DEGREE);
  // Division by the fixed constant 2 truncates the raw value toward zero (BigInt `/`).
  const sinHalfTheta2 = orZero(() => powi(I64F64, sin(deltaTheta / 2n), 2));
  const cosProduct = mulRaw(cos(theta1), cos(theta2));
  const sinHalfLambda2 = orZero(() => powi(I64F64, sin(deltaLambda / 2n), 2));
  const h = sinHalfTheta2 + mulRaw(cosProduct, sinHalfLambda2);
  const c = mulRaw(two, asin(orZero(() => sqrt(I64F64, h))));
  const d = mulRaw(MEAN_EARTH_RADIUS_M * ONE, c);
  return clampU32(toIntFloor(d));
};

/**
 * Seconds a traveller at `maxSpeedMps` needs beyond the sun's own travel time between the two longitudes (u32,
 * saturating at 0). Throws InvalidInputError for `maxSpeedMps` 0, where the reference divides by zero and panics.
 */
export const solarTripTime = (from: Location, to: Location, maxSpeedMps: number): number => {
  if (!Number.isInteger(maxSpeedMps) || maxSpeedMps <= 0 || maxSpeedMps > 0xffff_ffff) {
    throw new InvalidInputError('maxSpeedMps', `must be a positive u32, got ${maxSpeedMps}`);
  }
  const d = haversineDistance(from, to);
  const dLon = from.lon - to.lon;
  const tSun = clampU32(toIntFloor((dLon < 0n ? -dLon : dLon) * SECONDS_PER_DEGREE_OF_SUN));
  const tFlight = Math.floor(d / maxSpeedMps);
  return Math.max(0, tFlight - tSun);
};
