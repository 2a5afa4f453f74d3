import { describe, expect, it } from 'vitest';
import type { CommunityIdentifier } from '../primitives/cid/communityIdentifier.js';
import { haversineDistance } from '../primitives/geo/distance.js';
import { locationFromDegrees } from '../primitives/geo/location.js';
import { MemoryLocationIndex } from '../primitives/geo/locationIndex.js';
import { validateLocation } from '../primitives/geo/validateLocation.js';
import { placeLocations } from './locationGrid.js';

const DEV = { minSolarTripTimeS: 1, maxSpeedMps: 1 };
// ceremonies §9.10: MinSolarTripTimeS 1, MaxSpeedMps 83 (a stricter rule: ~83 m apart at least).
const STRICT = { minSolarTripTimeS: 1, maxSpeedMps: 83 };
const OTHER: CommunityIdentifier = {
  geohash: Uint8Array.from('u0qj9', (c) => c.charCodeAt(0)),
  digest: Uint8Array.of(1, 2, 3, 4),
};
const CENTRE = { lat: 30.5, lon: -40.25 };

describe('meetup locations around a centre (tooling §3.4, ceremonies §6.4)', () => {
  it('places exactly N points, the centre first, 1 km apart', () => {
    const points = placeLocations({
      centre: CENTRE,
      count: 10,
      existing: new MemoryLocationIndex(),
      rules: DEV,
    });
    expect(points).toHaveLength(10);
    expect(points[0]).toEqual(CENTRE);
    const ls = points.map((p) => locationFromDegrees(p.lat, p.lon));
    let nearest = Number.POSITIVE_INFINITY;
    for (let i = 0; i < ls.length; i++)
      for (let j = i + 1; j < ls.length; j++) nearest = Math.min(nearest, haversineDistance(ls[i]!, ls[j]!));
    expect(nearest).toBeGreaterThanOrEqual(995);
    expect(nearest).toBeLessThanOrEqual(1005);
  });

  it('every point passes the pallet rules against the points placed before it', () => {
    const points = placeLocations({
      centre: CENTRE,
      count: 49,
      existing: new MemoryLocationIndex(),
      rules: STRICT,
    });
    const index = new MemoryLocationIndex();
    for (const p of points) {
      const l = locationFromDegrees(p.lat, p.lon);
      expect(validateLocation(l, index, STRICT)).toEqual({ ok: true });
      index.addLocation(OTHER, l);
    }
  });

  it('skips grid points too close to another community and still places N', () => {
    const existing = new MemoryLocationIndex();
    existing.addLocation(OTHER, locationFromDegrees(CENTRE.lat, CENTRE.lon));
    const points = placeLocations({ centre: CENTRE, count: 9, existing, rules: STRICT });
    expect(points).toHaveLength(9);
    expect(points).not.toContainEqual(CENTRE);
  });

  it('refuses a centre next to the dateline (MinimumDistanceViolationToDateLine)', () => {
    expect(() =>
      placeLocations({
        centre: { lat: 0, lon: 179.9 },
        count: 4,
        existing: new MemoryLocationIndex(),
        rules: DEV,
      }),
    ).toThrow(/choose another centre/);
  });
});
