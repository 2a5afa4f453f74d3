import { fc, test } from '@fast-check/vitest';
import { describe, expect, it } from 'vitest';
import { fromHex } from '../common/bytes.js';
import { RandomNumberGenerator } from '../random/rng.js';
import { NoLocationsAvailableError } from './errors.js';
import {
  type CommunityAssignmentInput,
  generateAllMeetupAssignments,
  generateAssignmentFunctionParams,
  generateLocationParams,
  generateMeetupAssignment,
  type MeetupAssignment,
} from './generateAssignment.js';
import {
  type AssignmentConfig,
  type AssignmentCount,
  type AssignmentParams,
  MOCK_ASSIGNMENT_CONFIG,
  ZERO_PARAMS,
} from './types.js';

const ZERO_SEED = new Uint8Array(32);
const ENCOINTER_SEED = fromHex('0xc99e635ccf5cb922349838610c360563af999e2d9bf9232c10241216bdf1c70e');
const BLOCK3_SEED = fromHex('0xb1e493af0127512589e8a9bba4cf9a50d98cdab5749b5732d0bccb2608aee872');

const count = (b: number, r: number, e: number, n: number): AssignmentCount => ({
  bootstrappers: BigInt(b),
  reputables: BigInt(r),
  endorsees: BigInt(e),
  newbies: BigInt(n),
});
const input = (L: number, b: number, r: number, e: number, n: number): CommunityAssignmentInput => ({
  locationCount: BigInt(L),
  registered: count(b, r, e, n),
});
const p = (m: number, s1: number, s2: number): AssignmentParams => ({
  m: BigInt(m),
  s1: BigInt(s1),
  s2: BigInt(s2),
});
const config = (meetupSizeTarget: bigint, newbieLimitDivider: bigint): AssignmentConfig => ({
  meetupSizeTarget,
  meetupMinSize: 3n,
  newbieLimitDivider,
});

interface Row {
  community: CommunityAssignmentInput;
  divider: bigint;
  counts: AssignmentCount;
  meetups: bigint;
  br: AssignmentParams;
  e: AssignmentParams;
  n: AssignmentParams;
  loc: AssignmentParams;
}

const expectRow = (actual: MeetupAssignment | undefined, row: Row): void => {
  expect(actual).toEqual({
    counts: row.counts,
    meetupCount: row.meetups,
    assignment: { bootstrappersReputables: row.br, endorsees: row.e, newbies: row.n, locations: row.loc },
  });
};

const rowName = (row: Row): string => {
  const r = row.community.registered;
  return `L=${row.community.locationCount} B,R,E,N=${r.bootstrappers},${r.reputables},${r.endorsees},${r.newbies}`;
};

describe('meetup assignment params with the zero seed, mult 15, divider 3 (ceremonies §9.5 derived)', () => {
  const rows: Row[] = [
    {
      community: input(3, 6, 0, 99, 0),
      divider: 3n,
      counts: count(6, 0, 39, 0),
      meetups: 3n,
      br: p(5, 1, 1),
      e: p(37, 1, 1),
      n: p(2, 1, 1),
      loc: p(3, 1, 3),
    },
    {
      community: input(3, 11, 18, 6, 13),
      divider: 3n,
      counts: count(11, 18, 6, 10),
      meetups: 3n,
      br: p(29, 1, 1),
      e: p(5, 1, 1),
      n: p(7, 1, 1),
      loc: p(3, 1, 3),
    },
    {
      community: input(10, 1, 1, 30, 13),
      divider: 3n,
      counts: count(1, 1, 28, 0),
      meetups: 2n,
      br: p(2, 1, 1),
      e: p(23, 1, 1),
      n: p(2, 1, 1),
      loc: p(10, 1, 7),
    },
    {
      community: input(1, 6, 0, 0, 0),
      divider: 3n,
      counts: count(6, 0, 0, 0),
      meetups: 1n,
      br: p(5, 1, 1),
      e: p(2, 1, 1),
      n: p(2, 1, 1),
      loc: p(1, 0, 2),
    },
    {
      community: input(3, 11, 0, 0, 14),
      divider: 3n,
      counts: count(11, 0, 0, 3),
      meetups: 1n,
      br: p(11, 1, 1),
      e: p(2, 1, 1),
      n: p(3, 1, 1),
      loc: p(3, 1, 3),
    },
  ];
  it.each(rows.map((row) => [rowName(row), row] as const))('%s', (_, row) => {
    expectRow(
      generateMeetupAssignment(row.community, new RandomNumberGenerator(ZERO_SEED), MOCK_ASSIGNMENT_CONFIG),
      row,
    );
  });
});

describe("meetup assignment params with seed blake2_256('encointer') (ceremonies §9.5 derived)", () => {
  const rows: Row[] = [
    {
      community: input(3, 11, 18, 6, 13),
      divider: 3n,
      counts: count(11, 18, 6, 10),
      meetups: 3n,
      br: p(29, 16, 9),
      e: p(5, 2, 3),
      n: p(7, 1, 1),
      loc: p(3, 2, 3),
    },
    {
      community: input(10, 1, 1, 30, 13),
      divider: 3n,
      counts: count(1, 1, 28, 0),
      meetups: 2n,
      br: p(2, 1, 1),
      e: p(23, 12, 5),
      n: p(2, 1, 1),
      loc: p(10, 1, 7),
    },
    {
      community: input(20, 6, 50, 10, 40),
      divider: 2n,
      counts: count(6, 50, 10, 33),
      meetups: 7n,
      br: p(53, 48, 41),
      e: p(7, 6, 5),
      n: p(31, 27, 8),
      loc: p(20, 13, 19),
    },
  ];
  it.each(rows.map((row) => [`${rowName(row)} divider ${row.divider}`, row] as const))('%s', (_, row) => {
    const rng = new RandomNumberGenerator(ENCOINTER_SEED);
    expectRow(generateMeetupAssignment(row.community, rng, config(15n, row.divider)), row);
  });

  it('QUIRK 4: shared RNG, community A then community B', () => {
    const rng = new RandomNumberGenerator(ENCOINTER_SEED);
    expectRow(generateMeetupAssignment(input(5, 6, 12, 3, 9), rng, MOCK_ASSIGNMENT_CONFIG), {
      community: input(5, 6, 12, 3, 9),
      divider: 3n,
      counts: count(6, 12, 3, 7),
      meetups: 2n,
      br: p(17, 4, 13),
      e: p(3, 2, 1),
      n: p(7, 3, 2),
      loc: p(5, 1, 5),
    });
    expectRow(generateMeetupAssignment(input(7, 5, 30, 0, 20), rng, MOCK_ASSIGNMENT_CONFIG), {
      community: input(7, 5, 30, 0, 20),
      divider: 3n,
      counts: count(5, 30, 0, 11),
      meetups: 4n,
      br: p(31, 10, 20),
      e: p(2, 1, 1),
      n: p(11, 7, 8),
      loc: p(7, 1, 7),
    });
  });

  it('QUIRK 4: the same through generateAllMeetupAssignments, with a skipped community in between', () => {
    const outcomes = generateAllMeetupAssignments(
      ENCOINTER_SEED,
      [input(5, 6, 12, 3, 9), input(0, 6, 12, 3, 9), input(3, 2, 0, 0, 0), input(7, 5, 30, 0, 20)],
      MOCK_ASSIGNMENT_CONFIG,
    );
    expect(outcomes.map((o) => o.kind)).toEqual(['assigned', 'failed', 'tooFewParticipants', 'assigned']);
    expect(outcomes[1]!.kind === 'failed' && outcomes[1]!.error).toBeInstanceOf(NoLocationsAvailableError);
    const last = outcomes[3]!;
    expect(last.kind === 'assigned' && last.result.assignment.bootstrappersReputables).toEqual(p(31, 10, 20));
    expect(last.kind === 'assigned' && last.result.assignment.newbies).toEqual(p(11, 7, 8));
  });
});

describe('collective-flip seed of block 3 with spec-30 settings (ceremonies §9.1 derived)', () => {
  it('L=3, (6,0,2,5), mult 10, divider 2', () => {
    expectRow(
      generateMeetupAssignment(input(3, 6, 0, 2, 5), new RandomNumberGenerator(BLOCK3_SEED), config(10n, 2n)),
      {
        community: input(3, 6, 0, 2, 5),
        divider: 2n,
        counts: count(6, 0, 2, 4),
        meetups: 2n,
        br: p(5, 4, 4),
        e: p(2, 1, 1),
        n: p(3, 2, 2),
        loc: p(3, 2, 3),
      },
    );
  });
});

describe('assignment params: verified pallet tests (ceremonies §9.5)', () => {
  test.prop([fc.uint8Array({ minLength: 32, maxLength: 32 })])(
    'generate_meetup_assignment_params_works: m per class and 0 < s < m for any seed',
    (seed) => {
      const rng = new RandomNumberGenerator(seed);
      const a = generateMeetupAssignment(input(3, 11, 18, 6, 13), rng, MOCK_ASSIGNMENT_CONFIG)!;
      const b = generateMeetupAssignment(input(10, 1, 1, 30, 13), rng, MOCK_ASSIGNMENT_CONFIG)!;
      expect(a.counts).toEqual(count(11, 18, 6, 10));
      expect(b.counts).toEqual(count(1, 1, 28, 0));
      const ms = (x: MeetupAssignment) => [
        x.assignment.bootstrappersReputables.m,
        x.assignment.endorsees.m,
        x.assignment.newbies.m,
      ];
      expect(ms(a)).toEqual([29n, 5n, 7n]);
      expect(ms(b)).toEqual([2n, 23n, 2n]);
      for (const x of [a, b]) {
        const { bootstrappersReputables, endorsees, newbies } = x.assignment;
        for (const q of [bootstrappersReputables, endorsees, newbies]) {
          expect(q.s1 > 0n && q.s1 < q.m && q.s2 > 0n && q.s2 < q.m).toBe(true);
        }
      }
    },
  );

  it('dont_create_assignment_with_less_than_three: 1 location, 2 bootstrappers → nothing, no draws', () => {
    const rng = new RandomNumberGenerator(ENCOINTER_SEED);
    expect(generateMeetupAssignment(input(1, 2, 0, 0, 0), rng, MOCK_ASSIGNMENT_CONFIG)).toBeUndefined();
    expect(rng.offset).toBe(0);
  });

  it('get_assignment_params_works: 3 bootstrappers, 1 location → all params > 0, empty classes get {2,1,1}', () => {
    const result = generateMeetupAssignment(
      input(1, 3, 0, 0, 0),
      new RandomNumberGenerator(ENCOINTER_SEED),
      MOCK_ASSIGNMENT_CONFIG,
    )!;
    const { bootstrappersReputables, endorsees, newbies, locations } = result.assignment;
    expect(
      bootstrappersReputables.m > 0n && bootstrappersReputables.s1 > 0n && bootstrappersReputables.s2 > 0n,
    ).toBe(true);
    expect(endorsees).toEqual(p(2, 1, 1));
    expect(newbies).toEqual(p(2, 1, 1));
    expect(locations).toEqual(p(1, 0, 2));
    expect(locations).not.toEqual(ZERO_PARAMS);
  });
});

describe('gen_params details (ceremonies §7.6 step C)', () => {
  it('QUIRK 4: the first (s1, s2) pair is drawn and discarded', () => {
    const reference = new RandomNumberGenerator(ENCOINTER_SEED);
    const draws = Array.from({ length: 4 }, () => BigInt(reference.pickNonZeroU32(28)));
    const rng = new RandomNumberGenerator(ENCOINTER_SEED);
    // 29 participants in 1 meetup: every attempt validates, so the second pair is kept
    expect(generateAssignmentFunctionParams(29n, 1n, rng)).toEqual({ m: 29n, s1: draws[2], s2: draws[3] });
    expect(rng.offset).toBe(reference.offset);
  });

  it('classes of 0, 1 or 2 get {2,1,1} without consuming randomness', () => {
    const rng = new RandomNumberGenerator(ENCOINTER_SEED);
    for (const n of [0n, 1n, 2n]) expect(generateAssignmentFunctionParams(n, 3n, rng)).toEqual(p(2, 1, 1));
    expect(rng.offset).toBe(0);
  });

  it('QUIRK 3: location params {L, coprime, largest prime ≤ L}; L = 1 → {1,0,2}, L = 2 → {2,1,2}', () => {
    const rng = new RandomNumberGenerator(ENCOINTER_SEED);
    expect(generateLocationParams(1n, rng)).toEqual(p(1, 0, 2));
    expect(generateLocationParams(2n, rng)).toEqual(p(2, 1, 2));
    expect(generateLocationParams(10n, rng)).toEqual(p(10, 7, 7));
  });
});
