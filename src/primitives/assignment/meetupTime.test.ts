import { describe, expect, it } from 'vitest';
import { ArithmeticOverflowError } from '../common/errors.js';
import { degreesToBits } from '../geo/location.js';
import { attestingStart, isValidMeetupTimeOffset, meetupTime } from './meetupTime.js';

const DAY = 86_400_000n;
const at = (lat: number, lon: number) => ({ lat: degreesToBits(lat), lon: degreesToBits(lon) });

describe('meetup time (ceremonies §9.7)', () => {
  it('unit test: start 2022-12-19 00:00 UTC, lon −88.15 (→ −88, factor 268), offset −2 100 000', () => {
    const time = meetupTime({
      attestingStart: 1_671_408_000_000n,
      location: at(0, -88.15),
      momentsPerDay: DAY,
      meetupTimeOffset: -2_100_000,
    });
    expect(time).toBe(1_671_470_220_000n);
  });

  it('get_meetup_time_works: attesting start from genesis 1 585 058 843 000 with one-day phases', () => {
    // day start 1 585 008 000 000; Attesting begins after Registering and Assigning, one day each, and ends
    // a day later, when NextPhaseTimestamp points.
    expect(attestingStart(1_585_008_000_000n + 3n * DAY, DAY)).toBe(1_585_180_800_000n);
  });

  const START = 1_585_180_800_000n;
  it.each([
    {
      lat: 0,
      lon: 0,
      offsets: [
        [0, 1_585_224_000_000n],
        [100_000, 1_585_224_100_000n],
      ],
    },
    {
      lat: 1,
      lon: 1,
      offsets: [
        [0, 1_585_223_760_000n],
        [100_000, 1_585_223_860_000n],
        [-100_000, 1_585_223_660_000n],
      ],
    },
    {
      lat: 0,
      lon: 2.234567,
      offsets: [
        [0, 1_585_223_520_000n],
        [100_000, 1_585_223_620_000n],
        [-100_000, 1_585_223_420_000n],
      ],
    },
    {
      lat: 2,
      lon: 155,
      offsets: [
        [0, 1_585_186_800_000n],
        [100_000, 1_585_186_900_000n],
        [-100_000, 1_585_186_700_000n],
      ],
    },
    {
      lat: 1,
      lon: -2,
      offsets: [
        [0, 1_585_224_480_000n],
        [100_000, 1_585_224_580_000n],
        [-100_000, 1_585_224_380_000n],
      ],
    },
    {
      lat: -31,
      lon: -155,
      offsets: [
        [0, 1_585_261_200_000n],
        [100_000, 1_585_261_300_000n],
        [-100_000, 1_585_261_100_000n],
      ],
    },
  ] as const)('get_meetup_time_works at ($lat, $lon)', ({ lat, lon, offsets }) => {
    for (const [offset, expected] of offsets) {
      expect(
        meetupTime({
          attestingStart: START,
          location: at(lat, lon),
          momentsPerDay: DAY,
          meetupTimeOffset: offset,
        }),
      ).toBe(expected);
    }
  });

  it.each([
    { lon: 20, offset: 0, expected: 160n },
    { lon: 20, offset: 1, expected: 161n },
    { lon: 20, offset: -1, expected: 159n },
    { lon: 19.5, offset: 0, expected: 161n },
  ])('generic: start 0, per_degree 1, lon $lon, offset $offset → $expected', ({ lon, offset, expected }) => {
    expect(
      meetupTime({ attestingStart: 0n, location: at(0, lon), momentsPerDay: 360n, meetupTimeOffset: offset }),
    ).toBe(expected);
  });

  it('QUIRK 27: longitude truncates toward zero, not rounds (−19.9 → −19, so 199, not 200)', () => {
    expect(
      meetupTime({ attestingStart: 0n, location: at(0, -19.9), momentsPerDay: 360n, meetupTimeOffset: 0 }),
    ).toBe(199n);
    expect(
      meetupTime({ attestingStart: 0n, location: at(0, 19.9), momentsPerDay: 360n, meetupTimeOffset: 0 }),
    ).toBe(161n);
  });

  it('solar-noon landmarks: +179° is 4 min after the start, −179° is 23 h 56 min after', () => {
    const t = (lon: number) =>
      meetupTime({ attestingStart: 0n, location: at(0, lon), momentsPerDay: DAY, meetupTimeOffset: 0 });
    expect(t(179)).toBe(4n * 60_000n);
    expect(t(-179)).toBe(23n * 3_600_000n + 56n * 60_000n);
  });

  it('a time before the epoch is an overflow, not a negative Moment', () => {
    expect(() =>
      meetupTime({ attestingStart: 0n, location: at(0, 180), momentsPerDay: 360n, meetupTimeOffset: -1 }),
    ).toThrow(ArithmeticOverflowError);
  });

  it.each([
    [28_800_000, true],
    [-28_800_000, true],
    [-28_800_001, false],
    [28_800_001, false],
  ])('meetup time offset %i accepted: %s', (offset, ok) => {
    expect(isValidMeetupTimeOffset(offset)).toBe(ok);
  });
});
