import { fc, test } from '@fast-check/vitest';
import { describe, expect, it } from 'vitest';
import { InvalidInputError } from '../common/errors.js';
import { ONE } from '../fixed/fixed.js';
import { haversineDistance, solarTripTime } from './distance.js';
import { locationFromDegrees as at } from './location.js';

describe('solar trip time (ceremonies §9.9, MaxSpeedMps 83)', () => {
  it.each([
    [0, 0, 0, 1, 1099],
    [64.13548, -21.89541, 64.13548, -20.89541, 344],
    [64.13548, 0, 64.13548, 2.29, 789],
    [0, 0, 0, 180, 110318],
  ])('(%d, %d) → (%d, %d) = %d s, both directions', (lat1, lon1, lat2, lon2, expected) => {
    expect(solarTripTime(at(lat1, lon1), at(lat2, lon2), 83)).toBe(expected);
    expect(solarTripTime(at(lat2, lon2), at(lat1, lon1), 83)).toBe(expected);
  });

  it('saturates at 0 when the sun is faster than the traveller', () => {
    // 1° east-west at the equator: 111 194 m / 1 000 000 m/s = 0 s < 240 s of sun time
    expect(solarTripTime(at(0, 0), at(0, 1), 1_000_000)).toBe(0);
  });

  it('QUIRK ceremonies §10 item 25: MaxSpeedMps = 0 is rejected instead of dividing by zero', () => {
    expect(() => solarTripTime(at(0, 0), at(0, 1), 0)).toThrow(InvalidInputError);
  });
});

describe('haversine distance (ceremonies §9.9)', () => {
  it('(0,0)–(0,1) ≈ 111.111 km ± 0.1 km; the reference computes 111 194 m', () => {
    const d = haversineDistance(at(0, 0), at(0, 1));
    expect(Math.abs(d - 111_111)).toBeLessThanOrEqual(100);
    expect(d).toBe(111_194);
  });

  it('QUIRK ceremonies §10 item 2: antipodes are exactly 2R = 12 742 km (identity asin)', () => {
    expect(haversineDistance(at(0, 0), at(0, 180))).toBe(12_742_000);
    expect(haversineDistance(at(90, 0), at(-90, 0))).toBe(12_742_000);
    // a true great-circle distance would be πR ≈ 20 015 km
  });

  it.each([
    [0, 179.9, 11_120],
    [10, 179, 109_505],
    [0, 171, 999_726],
    [0, 170.9, 1_010_810],
  ])('dateline distance from (%d, %d) to (lat, 180) = %d m', (lat, lon, expected) => {
    expect(haversineDistance(at(lat, lon), at(lat, 180))).toBe(expected);
  });

  it('an exact duplicate has solar trip time 0 (§6.4), although CORDIC sin(0) ≠ 0 leaves a metre or so', () => {
    const l = at(47.3769, 8.5417);
    expect(haversineDistance(l, l)).toBeLessThan(83);
    expect(solarTripTime(l, l, 83)).toBe(0);
  });

  const loc = fc.record({
    lat: fc.bigInt({ min: -78n * ONE, max: 78n * ONE }),
    lon: fc.bigInt({ min: -180n * ONE, max: 180n * ONE }),
  });
  test.prop([loc, loc])('stays within [0, 2R]', (a, b) => {
    const d = haversineDistance(a, b);
    expect(d).toBeGreaterThanOrEqual(0);
    expect(d).toBeLessThanOrEqual(12_742_001);
  });
});
