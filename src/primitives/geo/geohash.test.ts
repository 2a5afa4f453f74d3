import { fc, test } from '@fast-check/vitest';
import { describe, expect, it } from 'vitest';
import { ONE } from '../fixed/fixed.js';
import { InvalidCoordinateRangeError, InvalidGeohashError } from './errors.js';
import {
  type Direction,
  decodeGeohash,
  decodeGeohashBbox,
  encodeGeohash,
  GEOHASH_ALPHABET,
  geohashNeighbor,
  geohashNeighbors,
} from './geohash.js';
import { bitsToDegrees, type Location, locationFromDegrees } from './location.js';

const enc = (lat: number, lon: number, length?: number) =>
  encodeGeohash(locationFromDegrees(lat, lon), length);
/** Raw bits of a degree value; exact for the dyadic cell bounds used below. */
const bits = (deg: number): bigint => locationFromDegrees(deg, 0).lat;

describe('geohash encode (ceremonies §9.8)', () => {
  it.each([
    [48.669, -4.329, 5, 'gbsuv'],
    [50.0, 15.0, 5, 'u2fsm'],
    [-60.0, 10.0, 5, 'hjr4e'],
    [-89.5, -87.0, 5, '4044u'],
    [37.8324, 112.5584, 9, 'ww8p1r4t8'],
    [32, 117, 3, 'wte'],
    [35.3003, -120.6623, 5, '9q60y'],
    [35.3003, -120.6623, 10, '9q60y60rhs'],
  ])('(%d, %d) with %d characters → %s', (lat, lon, len, hash) => {
    expect(enc(lat, lon, len)).toBe(hash);
  });

  it.each([
    [0, 0, '7zzzz'],
    [0, -0.015, '7zzzz'],
    [0, 0.015, 'kpbpb'],
    [1, 1, 's00tw'],
    [2, 2, 's037m'],
    [10, -0.015, 'eczbz'],
    [47.3769, 8.5417, 'u0qjd'],
    [90, 180, 'zzzzz'],
    [-90, -180, '00000'],
  ])('strict-> behaviour vector (%d, %d) → %s', (lat, lon, hash) => {
    expect(enc(lat, lon)).toBe(hash);
  });

  it('QUIRK ceremonies §10 item 1: (0, 0) lies on split lines and goes to the lower cell 7zzzz, not s0000', () => {
    expect(enc(0, 0)).toBe('7zzzz');
    // one ulp above both split lines crosses into the upper cell, as standard libraries put (0, 0)
    expect(encodeGeohash({ lat: 1n, lon: 1n })).toBe('s0000');
  });

  it('§9.10 get_locations_works bucket vectors: (i, i) for i = 1..9 and the c1 buckets', () => {
    const expected = ['s00tw', 's037m', 's0d1h', 's0dyg', 's0gs3', 's1h60', 's1hzz', 's1mtw', 's1w7h'];
    expect(expected.map((_, i) => enc(i + 1, i + 1))).toEqual(expected);
    expect([enc(0, 0), enc(2, 2), enc(4, 4), enc(6, 6)]).toEqual(['7zzzz', 's037m', 's0dyg', 's1h60']);
  });

  it('rejects coordinates outside the range: (−100, 190) → error', () => {
    expect(() => enc(-100, 190)).toThrow(InvalidCoordinateRangeError);
    expect(() => enc(90.0000001, 0)).toThrow(InvalidCoordinateRangeError);
    expect(() => enc(0, -180.0000001)).toThrow(InvalidCoordinateRangeError);
  });
});

describe('geohash decode (ceremonies §9.8)', () => {
  it('9q60y → lon −120.65185546875, lat 35.31005859375, errors 0.02197265625', () => {
    expect(decodeGeohash('9q60y')).toEqual({
      centerLat: bits(35.31005859375),
      centerLon: bits(-120.65185546875),
      latErr: bits(0.02197265625),
      lonErr: bits(0.02197265625),
    });
  });

  it('9g3q → about (−99.31640625, 19.423828125, ±0.17578125, ±0.087890625)', () => {
    const c = decodeGeohash('9g3q');
    expect(bitsToDegrees(c.centerLon)).toBeCloseTo(-99.31640625, 10);
    expect(bitsToDegrees(c.centerLat)).toBeCloseTo(19.423828125, 10);
    expect(bitsToDegrees(c.lonErr)).toBeCloseTo(0.17578125, 10);
    expect(bitsToDegrees(c.latErr)).toBeCloseTo(0.087890625, 10);
  });

  it('bucket sbh2n: centre (0.02197265625, 40.01220703125), lat [0, 0.0439453125], lon [39.990234375, 40.0341796875]', () => {
    expect(decodeGeohashBbox('sbh2n')).toEqual({
      minLat: 0n,
      maxLat: bits(0.0439453125),
      minLon: bits(39.990234375),
      maxLon: bits(40.0341796875),
    });
    const c = decodeGeohash('sbh2n');
    expect([c.centerLat, c.centerLon]).toEqual([bits(0.02197265625), bits(40.01220703125)]);
  });

  it('rejects characters outside the alphabet and the empty hash', () => {
    expect(() => decodeGeohashBbox('9q6a0')).toThrow(InvalidGeohashError);
    expect(() => decodeGeohashBbox('9q6i0')).toThrow(/'i' at index 3/);
    expect(() => decodeGeohashBbox('')).toThrow(InvalidGeohashError);
  });
});

describe('geohash neighbours (ceremonies §9.8)', () => {
  it.each([
    ['ww8p1r4t8', 'ww8p1r4mr ww8p1r4t2 ww8p1r4t3 ww8p1r4mx ww8p1r4t9 ww8p1r4mz ww8p1r4tb ww8p1r4tc'],
    ['9g3m', '9g3h 9g3k 9g3s 9g3j 9g3t 9g3n 9g3q 9g3w'],
    ['sbh2n', 'kzurv kzury kzurz sbh2j sbh2p sbh2m sbh2q sbh2r'],
  ])('neighbours of %s (sw s se w e nw n ne)', (hash, expected) => {
    const [sw, s, se, w, e, nw, n, ne] = expected.split(' ');
    expect(geohashNeighbors(hash)).toEqual({ sw, s, se, w, e, nw, n, ne });
  });

  it('fails at the edge of the range (no wrap-around)', () => {
    expect(() => geohashNeighbor('zzzzz', 'n')).toThrow(InvalidCoordinateRangeError);
    expect(() => geohashNeighbors('00000')).toThrow(InvalidCoordinateRangeError);
    expect(geohashNeighbor('zzzzz', 's')).toBe('zzzzx');
  });
});

describe('geohash properties', () => {
  const degree = (max: number) => fc.bigInt({ min: -BigInt(max) * ONE, max: BigInt(max) * ONE });
  const location = fc.record({ lat: degree(90), lon: degree(180) });

  test.prop([location, fc.integer({ min: 1, max: 12 })])('the decoded cell contains the point', (l, len) => {
    const hash = encodeGeohash(l, len);
    expect(hash).toHaveLength(len);
    expect([...hash].every((c) => GEOHASH_ALPHABET.includes(c))).toBe(true);
    const b = decodeGeohashBbox(hash);
    // strict `>` puts a point on a split line into the lower cell: min < value ≤ max, except at the outer edge
    expect(l.lat <= b.maxLat && (l.lat > b.minLat || b.minLat === -90n * ONE)).toBe(true);
    expect(l.lon <= b.maxLon && (l.lon > b.minLon || b.minLon === -180n * ONE)).toBe(true);
  });

  test.prop([
    location.filter(
      (l: Location) => l.lat > -89n * ONE && l.lat < 89n * ONE && l.lon > -179n * ONE && l.lon < 179n * ONE,
    ),
  ])('a neighbour of the opposite neighbour is the cell itself', (l) => {
    const hash = encodeGeohash(l);
    const opposite: Record<Direction, Direction> = {
      n: 's',
      s: 'n',
      e: 'w',
      w: 'e',
      ne: 'sw',
      sw: 'ne',
      nw: 'se',
      se: 'nw',
    };
    for (const d of Object.keys(opposite) as Direction[]) {
      expect(geohashNeighbor(geohashNeighbor(hash, d), opposite[d])).toBe(hash);
    }
  });
});
