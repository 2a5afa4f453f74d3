// spec: ceremonies §6.1 (crate substrate-geohash on I64F64)
import { InvalidGeohashError } from './errors.js';
import { assertCoordinateRange, LAT_MAX_BITS, LON_MAX_BITS, type Location } from './location.js';

/** Geohash base32 alphabet; also ascending ASCII order. */
export const GEOHASH_ALPHABET = '0123456789bcdefghjkmnpqrstuvwxyz';
/** `GEO_HASH_BUCKET_RESOLUTION`: the pallets bucket locations by 5-character geohashes. */
export const BUCKET_RESOLUTION = 5;

/** A geohash cell, all bounds as raw I64F64 bits. */
export interface GeohashBbox {
  minLat: bigint;
  maxLat: bigint;
  minLon: bigint;
  maxLon: bigint;
}

/** `as_coordinates()`: cell centre and half-extent, raw I64F64 bits. */
export interface GeohashCell {
  centerLat: bigint;
  centerLon: bigint;
  latErr: bigint;
  lonErr: bigint;
}

export type Direction = 'sw' | 's' | 'se' | 'w' | 'e' | 'nw' | 'n' | 'ne';

/** `(dlat, dlon)` of each neighbour direction. */
export const DIRECTION_OFFSETS: Readonly<Record<Direction, readonly [bigint, bigint]>> = {
  sw: [-1n, -1n],
  s: [-1n, 0n],
  se: [-1n, 1n],
  w: [0n, -1n],
  e: [0n, 1n],
  nw: [1n, -1n],
  n: [1n, 0n],
  ne: [1n, 1n],
};

/** I64F64 `(a + b) / 2`: division by the fixed constant 2 truncates the raw value toward zero. */
const half = (sum: bigint): bigint => sum / 2n;

/**
 * Encodes a location to a geohash of `length` characters (default: the bucket resolution 5).
 * Throws InvalidCoordinateRangeError outside lat [−90, 90] / lon [−180, 180].
 */
export const encodeGeohash = (location: Location, length = BUCKET_RESOLUTION): string => {
  assertCoordinateRange(location);
  let [latMin, latMax] = [-LAT_MAX_BITS, LAT_MAX_BITS];
  let [lonMin, lonMax] = [-LON_MAX_BITS, LON_MAX_BITS];
  let out = '';
  let bitIndex = 0;
  for (let c = 0; c < length; c++) {
    let index = 0;
    for (let b = 0; b < 5; b++, bitIndex++) {
      let bit: number;
      // Bits alternate over the whole hash, longitude first; the counter does not restart per character.
      if (bitIndex % 2 === 0) {
        const mid = half(lonMin + lonMax);
        // QUIRK: ceremonies §10 item 1 — strict `>`: a value on a split line goes to the lower cell.
        bit = location.lon > mid ? 1 : 0;
        if (bit) lonMin = mid;
        else lonMax = mid;
      } else {
        const mid = half(latMin + latMax);
        bit = location.lat > mid ? 1 : 0;
        if (bit) latMin = mid;
        else latMax = mid;
      }
      index = (index << 1) | bit;
    }
    out += GEOHASH_ALPHABET[index];
  }
  return out;
};

/** Decodes a geohash to its cell bounds. Throws InvalidGeohashError for an empty hash or a foreign character. */
export const decodeGeohashBbox = (hash: string): GeohashBbox => {
  if (hash.length === 0) throw new InvalidGeohashError(hash, 'it is empty');
  let [minLat, maxLat] = [-LAT_MAX_BITS, LAT_MAX_BITS];
  let [minLon, maxLon] = [-LON_MAX_BITS, LON_MAX_BITS];
  let bitIndex = 0;
  for (let i = 0; i < hash.length; i++) {
    const index = GEOHASH_ALPHABET.indexOf(hash[i]!);
    if (index < 0)
      throw new InvalidGeohashError(hash, `character '${hash[i]}' at index ${i} is not in the alphabet`);
    for (let b = 4; b >= 0; b--, bitIndex++) {
      const bit = (index >> b) & 1;
      if (bitIndex % 2 === 0) {
        const mid = half(minLon + maxLon);
        if (bit) minLon = mid;
        else maxLon = mid;
      } else {
        const mid = half(minLat + maxLat);
        if (bit) minLat = mid;
        else maxLat = mid;
      }
    }
  }
  return { minLat, maxLat, minLon, maxLon };
};

/** `as_coordinates()`: centre `trunc((min+max)/2)` and error `trunc((max−min)/2)` of the cell. */
export const decodeGeohash = (hash: string): GeohashCell => {
  const b = decodeGeohashBbox(hash);
  return {
    centerLat: half(b.minLat + b.maxLat),
    centerLon: half(b.minLon + b.maxLon),
    latErr: half(b.maxLat - b.minLat),
    lonErr: half(b.maxLon - b.minLon),
  };
};

const abs = (x: bigint): bigint => (x < 0n ? -x : x);

/**
 * The neighbouring cell of the same length in `direction`: the centre moved by two errors, re-encoded.
 * There is no wrap-around: leaving the valid range throws InvalidCoordinateRangeError.
 */
export const geohashNeighbor = (hash: string, direction: Direction): string => {
  const cell = decodeGeohash(hash);
  const [dlat, dlon] = DIRECTION_OFFSETS[direction];
  const lat = cell.centerLat + 2n * abs(cell.latErr) * dlat;
  const lon = cell.centerLon + 2n * abs(cell.lonErr) * dlon;
  return encodeGeohash({ lat, lon }, hash.length);
};

/** All eight neighbours; fails if any one of them fails. */
export const geohashNeighbors = (hash: string): Record<Direction, string> => {
  const out = {} as Record<Direction, string>;
  for (const d of Object.keys(DIRECTION_OFFSETS) as Direction[]) out[d] = geohashNeighbor(hash, d);
  return out;
};
