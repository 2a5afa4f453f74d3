import { describe, expect, it } from 'vitest';
import { formatCid } from '../cid/cidString.js';
import type { CommunityIdentifier } from '../cid/communityIdentifier.js';
import { computeCid } from '../cid/computeCid.js';
import { fromHex } from '../common/bytes.js';
import { LocationRuleError } from './errors.js';
import { locationFromDegrees as at, type Location } from './location.js';
import { MemoryLocationIndex } from './locationIndex.js';
import { nearbyLocations } from './nearbyLocations.js';
import { relevantNeighborBuckets } from './neighborBuckets.js';
import { assertValidNewLocation, validateLocation } from './validateLocation.js';

const PARAMS = { minSolarTripTimeS: 1, maxSpeedMps: 83 };

// Dev account ids listed in ceremonies §9.8.
const A = fromHex('0xd43593c715fdd31c61141abd04a99fd6822c8558854ccde39a5684e7a56da27d');
const B = fromHex('0x8eaf04151687736326c9fea17e25fc5287613693c912909cb226aa4794f26a48');
const C = fromHex('0x90b5ab205c6974c9ea841be688864633dc9ca8a357843eeacf2314649965fe22');

/** `new_community` / `add_location` on the model: validate, then insert. */
const register = (index: MemoryLocationIndex, cid: CommunityIdentifier, l: Location) => {
  assertValidNewLocation(l, index, PARAMS);
  index.addLocation(cid, l);
};
const newCommunity = (index: MemoryLocationIndex, l: Location, bootstrappers = [A, B, C]) => {
  const cid = computeCid(l, bootstrappers);
  register(index, cid, l);
  return cid;
};

describe('relevant neighbour buckets of sbh2n (ceremonies §9.10)', () => {
  it.each([
    ['center', 0.02197265625, 40.01220703125, []],
    ['top-right', 0.043945312, 40.034179687, ['sbh2q', 'sbh2r', 'sbh2p']],
    ['right', 0.02197265625, 40.034179687, ['sbh2p']],
    ['bottom-right', 0.0000000001, 40.034179687, ['sbh2p', 'kzury', 'kzurz']],
    ['bottom', 0.0000000001, 40.01220703125, ['kzury']],
    ['bottom-left', 0.0000000001, 39.990234376, ['kzury', 'kzurv', 'sbh2j']],
    ['left', 0.02197265625, 39.990234376, ['sbh2j']],
    ['top-left', 0.043945312, 39.990234376, ['sbh2m', 'sbh2q', 'sbh2j']],
    ['top', 0.043945312, 40.01220703125, ['sbh2q']],
  ])('%s (%d, %d) → %j', (_name, lat, lon, expected) => {
    const got = relevantNeighborBuckets('sbh2n', at(lat, lon), PARAMS);
    expect(new Set(got)).toEqual(new Set(expected));
    expect(got).toHaveLength(expected.length);
  });

  it('emits in the reference order N, S, NE, E, SE, NW, W, SW', () => {
    expect(relevantNeighborBuckets('sbh2n', at(0.043945312, 40.034179687), PARAMS)).toEqual([
      'sbh2q', // N
      'sbh2r', // NE
      'sbh2p', // E
    ]);
    expect(relevantNeighborBuckets('sbh2n', at(0.0000000001, 39.990234376), PARAMS)).toEqual([
      'kzury', // S
      'sbh2j', // W
      'kzurv', // SW
    ]);
  });

  it('a bucket at the edge of the range has no neighbours: InvalidGeohash', () => {
    expect(() => relevantNeighborBuckets('zzzzz', at(89.99, 179.99), PARAMS)).toThrow(LocationRuleError);
    try {
      relevantNeighborBuckets('zzzzz', at(89.99, 179.99), PARAMS);
    } catch (e) {
      expect((e as LocationRuleError).name).toBe('InvalidGeohash');
    }
  });
});

describe('get_nearby_locations_works (ceremonies §9.10)', () => {
  it('nearby((0.043945312, 40.034179687)) = {L2, L3, L4, L5, L6}', () => {
    const index = new MemoryLocationIndex();
    const c1 = newCommunity(index, at(0, 0));
    const c2 = newCommunity(index, at(1, 1));
    const L2 = at(0.02197265625, 40.01220703125);
    const L3 = at(1e-10, 39.990234376);
    const L4 = at(0.066, 40.056);
    const L5 = at(0.066, 40.012);
    const L6 = at(0.022, 40.056);
    const L7 = at(-0.022, 40.056);
    const L8 = at(45, 45);
    register(index, c1, L2);
    register(index, c2, L3);
    register(index, c1, L4);
    register(index, c2, L5);
    register(index, c2, L6);
    register(index, c1, L7);
    register(index, c2, L8);
    expect(index.locationsInBucket(c1, 'sbh2r')).toEqual([L4]);
    expect(index.locationsInBucket(c2, 'sbh2q')).toEqual([L5]);
    expect(index.locationsInBucket(c2, 'sbh2p')).toEqual([L6]);
    expect(index.locationsInBucket(c1, 'kzurz')).toEqual([L7]);

    const nearby = nearbyLocations(at(0.043945312, 40.034179687), index, PARAMS);
    const key = (l: Location) => `${l.lat}:${l.lon}`;
    expect(new Set(nearby.map(key))).toEqual(new Set([L2, L3, L4, L5, L6].map(key)));
    expect(nearby).toHaveLength(5);
  });
});

describe('validate_location_works, with a community at (0, 0) (ceremonies §9.10)', () => {
  const index = new MemoryLocationIndex();
  newCommunity(index, at(0, 0));

  it.each([
    [1e-9, 1e-9, 'MinimumDistanceViolationToOtherLocation'],
    [-0.043945312, -0.043945312, 'ok'],
    [0, 179.9, 'MinimumDistanceViolationToDateLine'],
    [0, -179.9, 'MinimumDistanceViolationToDateLine'],
  ])('(%d, %d) → %s', (lat, lon, expected) => {
    const r = validateLocation(at(lat, lon), index, PARAMS);
    expect(r.ok ? 'ok' : r.error).toBe(expected);
  });

  it('names the conflicting location', () => {
    const r = validateLocation(at(1e-9, 1e-9), index, PARAMS);
    expect(r).toMatchObject({ ok: false, conflictingLocation: at(0, 0) });
  });
});

describe('community creation location checks (ceremonies §9.10, §6.4)', () => {
  it('a second community at (1.000001, 1.000001) next to one at (1, 1) is rejected', () => {
    const index = new MemoryLocationIndex();
    newCommunity(index, at(1, 1));
    expect(() => newCommunity(index, at(1.000001, 1.000001), [B, C, A])).toThrow(
      expect.objectContaining({ name: 'MinimumDistanceViolationToOtherLocation' }),
    );
  });

  it.each([
    [89, 60, 'InvalidLocation'],
    [-89, 60, 'InvalidLocation'],
    [10, 179, 'MinimumDistanceViolationToDateLine'],
  ])('a community at (%d, %d) → %s', (lat, lon, expected) => {
    expect(validateLocation(at(lat, lon), new MemoryLocationIndex(), PARAMS)).toMatchObject({
      ok: false,
      error: expected,
    });
  });

  it('an exact duplicate has trip time 0 and is rejected', () => {
    const index = new MemoryLocationIndex();
    newCommunity(index, at(47.3769, 8.5417));
    expect(validateLocation(at(47.3769, 8.5417), index, PARAMS)).toMatchObject({
      error: 'MinimumDistanceViolationToOtherLocation',
    });
  });

  it('two different communities in the same bucket work; 7zzzz lists both cids, sorted', () => {
    const index = new MemoryLocationIndex();
    newCommunity(index, at(0, 0), [A, B, C]);
    newCommunity(index, at(0, -0.015), [B, C, A]);
    // §9.8: [A,B,C] at (0,0) = 7zzzz4L6cmG (digest 823f31cb), [B,C,A] at (0,−0.015) = 7zzzz42pCVe (7696d251)
    expect(index.cidsInBucket('7zzzz').map(formatCid)).toEqual(['7zzzz42pCVe', '7zzzz4L6cmG']);
  });
});

describe('get_locations order (ceremonies §6.5, §9.10)', () => {
  it('get_locations_works: c1 = [(0,0), (2,2), (4,4), (6,6)] (buckets 7zzzz < s037m < s0dyg < s1h60)', () => {
    const index = new MemoryLocationIndex();
    const c1 = newCommunity(index, at(0, 0));
    const c2 = newCommunity(index, at(1, 1), [B, C, A]);
    // added out of bucket order on purpose
    for (const i of [6, 2, 4]) register(index, c1, at(i, i));
    for (const i of [3, 5]) register(index, c2, at(i, i));
    expect(index.getLocations(c1)).toEqual([at(0, 0), at(2, 2), at(4, 4), at(6, 6)]);
    expect(index.getLocations(c2)).toEqual([at(1, 1), at(3, 3), at(5, 5)]);
  });

  it('create_locations(10): (0,0) then (i,i) for i = 1..9 in canonical order', () => {
    const index = new MemoryLocationIndex();
    const c = newCommunity(index, at(0, 0));
    for (let i = 9; i >= 1; i--) register(index, c, at(i, i));
    expect(index.getLocations(c)).toEqual(Array.from({ length: 10 }, (_, i) => at(i, i)));
  });

  it('within a bucket, locations are sorted by (lat, lon): [(0,−0.015), (0,0)]', () => {
    const index = new MemoryLocationIndex();
    const c = newCommunity(index, at(0, 0));
    register(index, c, at(0, -0.015));
    expect(index.getLocations(c)).toEqual([at(0, -0.015), at(0, 0)]);
  });
});

describe('remove_location (ceremonies §6.6)', () => {
  it('removing the last location of a bucket drops the cid from the bucket index', () => {
    const index = new MemoryLocationIndex();
    const c = newCommunity(index, at(0, 0));
    index.removeLocation(c, at(0, 0));
    expect(index.cidsInBucket('7zzzz')).toEqual([]);
    expect(index.getLocations(c)).toEqual([]);
  });

  it('QUIRK ceremonies §10 item 17: removing an absent location drops the cid from the bucket index anyway', () => {
    const index = new MemoryLocationIndex();
    const c = newCommunity(index, at(0, 0));
    index.removeLocation(c, at(0, -0.015)); // same bucket 7zzzz, never added
    expect(index.cidsInBucket('7zzzz')).toEqual([]);
    // the location is still listed…
    expect(index.getLocations(c)).toEqual([at(0, 0)]);
    // …but no longer seen by the distance checks: an exact duplicate now passes validation
    expect(validateLocation(at(0, 0), index, PARAMS)).toEqual({ ok: true });
  });

  it('removing one of two locations keeps the cid in the bucket index', () => {
    const index = new MemoryLocationIndex();
    const c = newCommunity(index, at(0, 0));
    register(index, c, at(0, -0.015));
    index.removeLocation(c, at(0, 0));
    expect(index.cidsInBucket('7zzzz')).toHaveLength(1);
    expect(index.getLocations(c)).toEqual([at(0, -0.015)]);
  });
});
