import { fc, test } from '@fast-check/vitest';
import { describe, expect, it } from 'vitest';
import { fromHex } from '../common/bytes.js';
import { RandomNumberGenerator } from '../random/rng.js';
import { InvalidMeetupIndexError } from './errors.js';
import { generateMeetupAssignment } from './generateAssignment.js';
import { meetupIndexOf } from './meetupIndex.js';
import { meetupLocation, meetupLocationIndex } from './meetupLocation.js';
import { meetupParticipants } from './meetupParticipants.js';
import {
  type Assignment,
  type AssignmentCount,
  type AssignmentParams,
  MOCK_ASSIGNMENT_CONFIG,
  PARTICIPANT_CLASSES,
  type ParticipantClass,
  type ParticipantRef,
} from './types.js';

const ENCOINTER_SEED = fromHex('0xc99e635ccf5cb922349838610c360563af999e2d9bf9232c10241216bdf1c70e');
const p = (m: number, s1: number, s2: number): AssignmentParams => ({
  m: BigInt(m),
  s1: BigInt(s1),
  s2: BigInt(s2),
});
const count = (b: number, r: number, e: number, n: number): AssignmentCount => ({
  bootstrappers: BigInt(b),
  reputables: BigInt(r),
  endorsees: BigInt(e),
  newbies: BigInt(n),
});
const CLASS_BY_LETTER: Record<string, ParticipantClass> = {
  B: 'Bootstrapper',
  R: 'Reputable',
  E: 'Endorsee',
  N: 'Newbie',
};
/** Parses the spec's notation, e.g. 'R23 B1 E2' → registry references. */
const refs = (text: string): ParticipantRef[] =>
  text.split(' ').map((t) => ({ class: CLASS_BY_LETTER[t[0]!]!, index: BigInt(t.slice(1)) }));
const ref = (cls: ParticipantClass, index: number): ParticipantRef => ({ class: cls, index: BigInt(index) });

describe('get_meetup_index_works (ceremonies §9.4)', () => {
  const assignment: Assignment = {
    bootstrappersReputables: p(2, 1, 1),
    endorsees: p(5, 2, 3),
    newbies: p(5, 2, 3),
    locations: p(9, 8, 7),
  };
  const counts = count(1, 0, 0, 0);
  it.each([
    { who: ref('Bootstrapper', 1), expected: 2n },
    { who: ref('Reputable', 1), expected: undefined },
    { who: ref('Endorsee', 3), expected: undefined },
    { who: ref('Newbie', 4), expected: undefined },
  ])('$who.class $who.index → $expected', ({ who, expected }) => {
    expect(meetupIndexOf(who, assignment, counts, 10n)).toBe(expected);
  });

  it('meetup_index(6, {4,5,3}, 5) = 2 (§9.3): reputable at position 6 after 3 bootstrappers', () => {
    const a = { ...assignment, bootstrappersReputables: p(4, 5, 3) };
    expect(meetupIndexOf(ref('Reputable', 4), a, count(3, 4, 0, 0), 5n)).toBe(2n);
  });

  it('index 0 (absent) and all-zero params give no meetup', () => {
    expect(meetupIndexOf(ref('Bootstrapper', 0), assignment, counts, 10n)).toBeUndefined();
    const zero = { ...assignment, bootstrappersReputables: p(0, 0, 0) };
    expect(meetupIndexOf(ref('Bootstrapper', 1), zero, counts, 10n)).toBeUndefined();
  });
});

describe('get_meetup_participants_works (ceremonies §9.4), in reference order (QUIRK 6)', () => {
  const assignment: Assignment = {
    bootstrappersReputables: p(5, 2, 3),
    endorsees: p(3, 2, 1),
    newbies: p(3, 1, 2),
    locations: p(0, 0, 0),
  };
  const counts = count(3, 3, 3, 3);
  it.each([
    { meetup: 1n, expected: 'B2 B3 R1 E2 E3 N2 N1' },
    { meetup: 2n, expected: 'R2 B1 R3 E1 N3' },
  ])('meetup $meetup → $expected', ({ meetup, expected }) => {
    expect(meetupParticipants(meetup, assignment, counts, 2n)).toEqual(refs(expected));
  });

  it.each([0n, 3n, 10n])('meetup %s → InvalidMeetupIndex', (meetup) => {
    expect(() => meetupParticipants(meetup, assignment, counts, 2n)).toThrow(InvalidMeetupIndexError);
  });
});

describe('participants_assigned_matches_participants_registered, wallet issue #1459 (ceremonies §9.4)', () => {
  const assignment: Assignment = {
    bootstrappersReputables: p(29, 17, 15),
    endorsees: p(2, 1, 1),
    newbies: p(13, 9, 6),
    locations: p(11, 3, 11),
  };
  const counts = count(1, 28, 2, 15);
  const expected = [
    'R23 R25 R27 B1 R2 R4 E2 N9 N11 N13',
    'R6 R8 R10 R12 R14 R16 E1 N12 N1 N14 N3',
    'R18 R20 R22 R24 R26 R28 N2 N15 N4 N6',
    'R1 R3 R5 R7 R9 R11 N5 N7',
    'R13 R15 R17 R19 R21 N8 N10',
  ];
  it.each(expected.map((list, k) => [k + 1, list] as const))('meetup %i → %s', (meetup, list) => {
    expect(meetupParticipants(BigInt(meetup), assignment, counts, 5n)).toEqual(refs(list));
  });

  it('the union of all meetups is exactly the 46 registrants, and meetupIndexOf agrees', () => {
    const all = expected.flatMap((_, k) =>
      meetupParticipants(BigInt(k + 1), assignment, counts, 5n).map((r) => ({ r, meetup: BigInt(k + 1) })),
    );
    expect(all.length).toBe(46);
    expect(new Set(all.map(({ r }) => `${r.class}${r.index}`)).size).toBe(46);
    for (const { r, meetup } of all) expect(meetupIndexOf(r, assignment, counts, 5n)).toBe(meetup);
  });
});

describe('meetup_with_only_one_newbie_works (ceremonies §9.4)', () => {
  it('2 bootstrappers, 2 reputables, 1 newbie, 1 location: meetup 1 holds all 5', () => {
    const community = { locationCount: 1n, registered: count(2, 2, 0, 1) };
    const result = generateMeetupAssignment(
      community,
      new RandomNumberGenerator(new Uint8Array(32)),
      MOCK_ASSIGNMENT_CONFIG,
    )!;
    expect(result.counts).toEqual(count(2, 2, 0, 1));
    expect(result.meetupCount).toBe(1n);
    const members = meetupParticipants(1n, result.assignment, result.counts, 1n);
    expect(new Set(members.map((r) => `${r.class[0]}${r.index}`))).toEqual(
      new Set(['B1', 'B2', 'R1', 'R2', 'N1']),
    );
  });
});

describe('meetup location (ceremonies §9.3, §9.5)', () => {
  it('50 locations, params {9,8,7}: meetup indices 0..8 map to 9 distinct existing locations', () => {
    const indices = Array.from({ length: 9 }, (_, k) => meetupLocationIndex(BigInt(k), p(9, 8, 7), 50n)!);
    expect(new Set(indices).size).toBe(9);
    for (const i of indices) expect(i >= 0n && i < 50n).toBe(true);
  });

  it('meetupLocation(6, [l, l], {4,5,3}) is Some; with no locations it is None', () => {
    const l = { lat: 1n, lon: 2n };
    expect(meetupLocation(6n, p(4, 5, 3), [l, l])).toBe(l);
    expect(meetupLocation(6n, p(4, 5, 3), [])).toBeUndefined();
  });

  it('QUIRK 5: the 1-based meetup index is fed in; L = 1 params {1,0,2} give location 0', () => {
    // ((1·2 + 3) mod 3) mod 3 = 2, not ((0·2 + 3) mod 3) = 0
    expect(meetupLocationIndex(1n, p(3, 2, 3), 3n)).toBe(2n);
    expect(meetupLocationIndex(1n, p(1, 0, 2), 1n)).toBe(0n);
    expect(meetupLocationIndex(1n, p(0, 0, 0), 3n)).toBeUndefined();
  });

  it('attest_attendee_for_alien_participant_fails (§9.5, zero seed, L=3, B=6, E=99): B1 → 2, B2 → 3', () => {
    const community = { locationCount: 3n, registered: count(6, 0, 99, 0) };
    const r = generateMeetupAssignment(
      community,
      new RandomNumberGenerator(new Uint8Array(32)),
      MOCK_ASSIGNMENT_CONFIG,
    )!;
    expect(meetupIndexOf(ref('Bootstrapper', 1), r.assignment, r.counts, r.meetupCount)).toBe(2n);
    expect(meetupIndexOf(ref('Bootstrapper', 2), r.assignment, r.counts, r.meetupCount)).toBe(3n);
  });
});

describe('QUIRK 7: wrapped seat count (ceremonies §7.6)', () => {
  it('20 bootstrappers at 1 location: 3 meetups share location 0 and all 37 assigned are placed once', () => {
    const community = { locationCount: 1n, registered: count(20, 5, 3, 100) };
    const r = generateMeetupAssignment(
      community,
      new RandomNumberGenerator(new Uint8Array(32)),
      MOCK_ASSIGNMENT_CONFIG,
    )!;
    expect(r.meetupCount).toBe(3n);
    const sizes = [1n, 2n, 3n].map((k) => meetupParticipants(k, r.assignment, r.counts, 3n).length);
    expect(sizes.reduce((a, b) => a + b)).toBe(37);
    for (const k of [1n, 2n, 3n]) expect(meetupLocationIndex(k, r.assignment.locations, 1n)).toBe(0n);
  });
});

describe("end-to-end compositions with seed blake2_256('encointer') (ceremonies §9.5 derived)", () => {
  const cases = [
    {
      name: 'L=3, registered (11,18,6,13), divider 3',
      community: { locationCount: 3n, registered: count(11, 18, 6, 13) },
      divider: 3n,
      meetups: [
        { loc: 2n, members: 'R13 R15 R17 B1 B3 B5 B7 B9 B11 R2 E2 E1 E6 N7 N3 N10 N6' },
        { loc: 1n, members: 'R4 R6 R8 R10 R12 R14 R16 R18 B2 B4 E5 E4 N1 N8 N4' },
        { loc: 0n, members: 'B6 B8 B10 R1 R3 R5 R7 R9 R11 E3 N2 N9 N5' },
      ],
    },
    {
      name: 'L=20, registered (6,50,10,40), divider 2',
      community: { locationCount: 20n, registered: count(6, 50, 10, 40) },
      divider: 2n,
      meetups: [
        { loc: 12n, members: 'R35 R23 R11 B5 R40 R28 R16 R4 E6 N3 N9 N15 N21 N27' },
        { loc: 5n, members: 'R3 R44 R32 R20 R8 B2 R49 R37 R25 E5 N26 N1 N32 N7 N13 N19' },
        { loc: 18n, members: 'R24 R12 B6 R41 R29 R17 R5 R46 E4 N18 N24 N30 N5 N11' },
        { loc: 11n, members: 'R45 R33 R21 R9 B3 R50 R38 R26 R14 E3 E10 N10 N16 N22 N28' },
        { loc: 4n, members: 'R13 R1 R42 R30 R18 R6 R47 E2 E9 N2 N33 N8 N14 N20' },
        { loc: 17n, members: 'R34 R22 R10 B4 R39 R27 R15 E1 E8 N25 N31 N6 N12' },
        { loc: 10n, members: 'R2 R43 R31 R19 R7 B1 R48 R36 E7 N17 N23 N29 N4' },
      ],
    },
  ];

  describe.each(cases)('$name', ({ community, divider, meetups }) => {
    const config = { ...MOCK_ASSIGNMENT_CONFIG, newbieLimitDivider: divider };
    const result = generateMeetupAssignment(community, new RandomNumberGenerator(ENCOINTER_SEED), config)!;

    it('has the expected meetup count', () => {
      expect(result.meetupCount).toBe(BigInt(meetups.length));
    });

    it.each(meetups.map((m, k) => [k + 1, m] as const))('meetup %i', (k, { loc, members }) => {
      const index = BigInt(k);
      expect(meetupParticipants(index, result.assignment, result.counts, result.meetupCount)).toEqual(
        refs(members),
      );
      expect(meetupLocationIndex(index, result.assignment.locations, community.locationCount)).toBe(loc);
      for (const r of refs(members)) {
        expect(meetupIndexOf(r, result.assignment, result.counts, result.meetupCount)).toBe(index);
      }
    });
  });
});

describe('assignment properties (ceremonies §7.6)', () => {
  const community = fc.record({
    locationCount: fc.bigInt({ min: 1n, max: 40n }),
    registered: fc.record({
      bootstrappers: fc.bigInt({ min: 0n, max: 30n }),
      reputables: fc.bigInt({ min: 0n, max: 150n }),
      endorsees: fc.bigInt({ min: 0n, max: 60n }),
      newbies: fc.bigInt({ min: 0n, max: 150n }),
    }),
  });

  test.prop([fc.uint8Array({ minLength: 32, maxLength: 32 }), community, fc.constantFrom(2n, 3n)])(
    'every assigned participant lands in exactly one meetup; unassigned ones in none',
    (seed, c, divider) => {
      const config = { ...MOCK_ASSIGNMENT_CONFIG, newbieLimitDivider: divider };
      const r = generateMeetupAssignment(c, new RandomNumberGenerator(seed), config);
      if (r === undefined) return;
      const seen = new Map<string, bigint>();
      for (let k = 1n; k <= r.meetupCount; k++) {
        for (const who of meetupParticipants(k, r.assignment, r.counts, r.meetupCount)) {
          const key = `${who.class}${who.index}`;
          expect(seen.has(key)).toBe(false);
          seen.set(key, k);
        }
      }
      const assignedOf: Record<ParticipantClass, bigint> = {
        Bootstrapper: r.counts.bootstrappers,
        Reputable: r.counts.reputables,
        Endorsee: r.counts.endorsees,
        Newbie: r.counts.newbies,
      };
      const registeredOf: Record<ParticipantClass, bigint> = {
        Bootstrapper: c.registered.bootstrappers,
        Reputable: c.registered.reputables,
        Endorsee: c.registered.endorsees,
        Newbie: c.registered.newbies,
      };
      let total = 0n;
      for (const cls of PARTICIPANT_CLASSES) {
        for (let i = 1n; i <= registeredOf[cls]; i++) {
          const meetup = meetupIndexOf({ class: cls, index: i }, r.assignment, r.counts, r.meetupCount);
          expect(meetup).toBe(seen.get(`${cls}${i}`));
          expect(meetup !== undefined).toBe(i <= assignedOf[cls]);
        }
        total += assignedOf[cls];
      }
      expect(BigInt(seen.size)).toBe(total);
    },
  );
});
