// spec: ceremonies §6.4 (relevant neighbour buckets), §9.10
import { solarTripTime } from './distance.js';
import { LocationRuleError } from './errors.js';
import { type Direction, decodeGeohash, geohashNeighbors } from './geohash.js';
import type { Location } from './location.js';

/** The pallet's distance parameters (`MinSolarTripTimeS`, `MaxSpeedMps`). */
export interface DistanceParams {
  minSolarTripTimeS: number;
  maxSpeedMps: number;
}

/**
 * Neighbour buckets of `bucket` that hold points closer to `location` than the minimum solar trip time, in the
 * reference's order N, S, NE, E, SE, NW, W, SW. Only direct neighbours are considered.
 * Throws LocationRuleError `InvalidGeohash` when the bucket or one of its neighbours cannot be computed.
 */
export const relevantNeighborBuckets = (
  bucket: string,
  location: Location,
  params: DistanceParams,
): string[] => {
  let neighbors: Record<Direction, string>;
  let cell: ReturnType<typeof decodeGeohash>;
  try {
    neighbors = geohashNeighbors(bucket);
    cell = decodeGeohash(bucket);
  } catch (e) {
    throw new LocationRuleError('InvalidGeohash', e instanceof Error ? e.message : String(e));
  }
  const minLat = cell.centerLat - cell.latErr;
  const maxLat = cell.centerLat + cell.latErr;
  const minLon = cell.centerLon - cell.lonErr;
  const maxLon = cell.centerLon + cell.lonErr;
  const probes: [Direction, Location][] = [
    ['n', { lat: maxLat, lon: location.lon }],
    ['s', { lat: minLat, lon: location.lon }],
    ['ne', { lat: maxLat, lon: maxLon }],
    ['e', { lat: location.lat, lon: maxLon }],
    ['se', { lat: minLat, lon: maxLon }],
    ['nw', { lat: maxLat, lon: minLon }],
    ['w', { lat: location.lat, lon: minLon }],
    ['sw', { lat: minLat, lon: minLon }],
  ];
  return probes
    .filter(([, probe]) => solarTripTime(probe, location, params.maxSpeedMps) < params.minSolarTripTimeS)
    .map(([direction]) => neighbors[direction]);
};
