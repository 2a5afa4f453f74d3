import { fc, test } from '@fast-check/vitest';
import { describe, expect, it } from 'vitest';
import { InvalidInputError } from '../common/errors.js';
import { type ValidateMeetupReturnType, validateMeetup } from './meetupValidation.js';
import { palletThreshold, simplifiedThreshold } from './threshold.js';
import type { AttestationThreshold, ExclusionReason } from './types.js';

const range = (from: number, to: number) => Array.from({ length: to - from }, (_, i) => from + i);
const repeat = <T>(value: T, n: number): T[] => Array.from({ length: n }, () => value);
/** Each member attests every other member; everybody else attests nobody. */
const clique = (n: number, members: number[]): number[][] =>
  range(0, n).map((i) => (members.includes(i) ? members.filter((j) => j !== i) : []));
const allToAll = (n: number) => clique(n, range(0, n));
const merge = (...parts: number[][][]): number[][] =>
  parts[0]!.map((_, i) => parts.flatMap((p) => p[i] ?? []));

const Out = 'TooFewOutgoingAttestations' as const;
const In = 'TooFewIncomingAttestations' as const;

function ok(result: ValidateMeetupReturnType) {
  if (!result.ok) throw new Error(`expected a validated meetup, got ${result.error} (${result.cause})`);
  return result;
}
const excludedAs = (result: ValidateMeetupReturnType) => ok(result).excluded.map((e) => [e.index, e.reason]);

describe('judgement cases 0–4 (ceremonies §9.12)', () => {
  const cases = [
    { n: 0, votes: [3, 3, 3], atts: allToAll(3), legit: [0, 1, 2], excluded: [], early: true },
    {
      n: 1,
      votes: [0, 3, 3, 3],
      atts: [
        [1, 2, 3],
        [2, 3],
        [1, 3],
        [1, 2],
      ],
      legit: [1, 2, 3],
      excluded: [[0, 'NoVote']],
      early: true,
    },
    {
      n: 2,
      votes: [1, 3, 3, 3],
      atts: allToAll(4),
      legit: [1, 2, 3],
      excluded: [[0, 'WrongVote']],
      early: false,
    },
    {
      n: 3,
      votes: repeat(5, 5),
      atts: [[], [0, 2, 3, 4], [0, 1, 3, 4], [1, 2, 4], [1, 2, 3]],
      legit: [1, 2, 3, 4],
      excluded: [[0, Out]],
      early: false,
    },
    {
      n: 4,
      votes: repeat(5, 5),
      atts: [
        [1, 2, 3, 4],
        [0, 2, 3, 4],
        [0, 1, 3, 4],
        [1, 2, 4],
        [1, 2, 3],
      ],
      legit: [1, 2, 3, 4],
      excluded: [[0, In]],
      early: false,
    },
  ];
  // For n ≤ 5 both thresholds agree except at n = 1, which these cases never reach.
  describe.each([
    ['simplified threshold', simplifiedThreshold],
    ['pallet threshold', palletThreshold],
  ] as [string, AttestationThreshold][])('%s', (_, threshold) => {
    it.each(cases)('case $n', ({ votes, atts, legit, excluded, early }) => {
      const result = ok(validateMeetup({ votes, attestations: atts, threshold }));
      expect(result.rewarded).toEqual(legit);
      expect(excludedAs(result)).toEqual(excluded);
      expect(result.earlyPayoutAllowed).toBe(early);
    });
  });
});

describe('runtime-observed judgements R1–R14 (ceremonies §9.12, pallet threshold)', () => {
  const cases: {
    name: string;
    votes: (number | undefined)[];
    atts: number[][];
    rewarded: number[];
    excluded: [number, ExclusionReason][];
    early: boolean;
  }[] = [
    {
      name: 'R1 (QUIRK 10: excluded attestors still count as incoming)',
      votes: repeat(5, 5),
      atts: [
        [1, 2, 3, 4],
        [0, 2, 3],
        [1, 4],
        [0, 1, 2],
        [0, 1, 2, 3],
      ],
      rewarded: [0, 4],
      excluded: [
        [2, Out],
        [1, Out],
        [3, Out],
      ],
      early: false,
    },
    {
      name: 'R2 (QUIRK 6: tie 3:3, the value first seen last wins)',
      votes: [5, 6, 5, 6, 5, 6],
      atts: allToAll(6),
      rewarded: [1, 3, 5],
      excluded: [
        [0, 'WrongVote'],
        [2, 'WrongVote'],
        [4, 'WrongVote'],
      ],
      early: false,
    },
    {
      name: 'R3 (QUIRK 6: the true count loses the tie)',
      votes: [8, 8, 8, 8, 7, 7, 7, 7],
      atts: allToAll(8),
      rewarded: [4, 5, 6, 7],
      excluded: range(0, 4).map((i) => [i, 'WrongVote']),
      early: false,
    },
    {
      name: 'R4 two cliques',
      votes: repeat(4, 8),
      atts: merge(clique(8, [0, 2, 4, 6]), clique(8, [1, 3, 5, 7])),
      rewarded: [],
      excluded: range(0, 8).map((i) => [i, Out]),
      early: false,
    },
    {
      name: 'R5 ring-minus-one of 5',
      votes: repeat(5, 5),
      atts: range(0, 5).map((i) => range(0, 5).filter((j) => j !== i && j !== (i + 1) % 5)),
      rewarded: [],
      excluded: range(0, 5).map((i) => [i, Out]),
      early: false,
    },
    ...[6, 10].map((n) => ({
      name: `R6 ring-minus-one of ${n}`,
      votes: repeat(n, n),
      atts: range(0, n).map((i) => range(0, n).filter((j) => j !== i && j !== (i + 1) % n)),
      rewarded: range(0, n),
      excluded: [] as [number, ExclusionReason][],
      early: false,
    })),
    {
      name: 'R7 (QUIRK 9: one attestee listed 4 times passes thr(6) = 4)',
      votes: repeat(6, 6),
      atts: allToAll(6).map((l, i) => (i === 0 ? [1, 1, 1, 1] : l)),
      rewarded: range(0, 6),
      excluded: [],
      early: false,
    },
    {
      name: 'R8',
      votes: [3, 3, 3],
      atts: [[1, 2], [2], [1]],
      rewarded: [1, 2],
      excluded: [[0, In]],
      early: false,
    },
    {
      name: 'R10 half present (2·4 is not > 8)',
      votes: [...repeat(4, 4), ...repeat(undefined, 4)],
      atts: clique(8, [0, 1, 2, 3]).map((l, i) => (i < 4 ? l : [])),
      rewarded: [0, 1, 2, 3],
      excluded: range(4, 8).map((i) => [i, 'NoVote']),
      early: false,
    },
    {
      name: 'R10 [4]*8 all-to-all',
      votes: repeat(4, 8),
      atts: allToAll(8),
      rewarded: range(0, 8),
      excluded: [],
      early: false,
    },
    {
      name: 'R10 [9]*4 all-to-all (3 attestations ≠ 9 − 1)',
      votes: repeat(9, 4),
      atts: allToAll(4),
      rewarded: range(0, 4),
      excluded: [],
      early: false,
    },
    {
      name: 'R11',
      votes: repeat(7, 9),
      atts: merge(clique(9, range(0, 7)), [[], [], [], [], [], [], [], [0, 1], [2, 3]]),
      rewarded: range(0, 7),
      excluded: [
        [7, In],
        [8, In],
      ],
      early: false,
    },
    {
      name: 'R12',
      votes: repeat(7, 7),
      atts: [
        [1, 2, 3, 4, 5, 6],
        [0, 2, 3, 4, 5, 6],
        [0, 3, 4, 5, 6],
        [0, 1, 2, 4, 6],
        [1, 2, 6],
        [0, 2, 3, 6],
        [0, 2, 3, 4, 5],
      ],
      rewarded: [0, 2, 5, 6],
      excluded: [
        [4, Out],
        [1, In],
        [3, Out],
      ],
      early: false,
    },
    {
      name: 'R13 (QUIRK 11: 5 of 6 present, paid early)',
      votes: [5, 5, 5, 5, 5, undefined],
      atts: clique(6, range(0, 5)),
      rewarded: range(0, 5),
      excluded: [[5, 'NoVote']],
      early: true,
    },
    {
      name: 'R14 (vote 6 with 5 present)',
      votes: [6, 6, 6, 6, 6, undefined],
      atts: clique(6, range(0, 5)),
      rewarded: range(0, 5),
      excluded: [[5, 'NoVote']],
      early: false,
    },
  ];

  it.each(cases)('$name', ({ votes, atts, rewarded, excluded, early }) => {
    const result = ok(validateMeetup({ votes, attestations: atts }));
    expect(result.rewarded).toEqual(rewarded);
    expect(excludedAs(result)).toEqual(excluded);
    expect(result.earlyPayoutAllowed).toBe(early);
  });

  it.each([
    {
      name: 'R9 no dependable majority [5,5,4,4,3]',
      votes: [5, 5, 4, 4, 3],
      atts: allToAll(5),
      cause: 'NoDependableVote',
    },
    {
      name: 'R9 only two votes [2,2,–,–,–]',
      votes: [2, 2, 0, 0, 0],
      atts: [[1], [0], [], [], []],
      cause: 'NoDependableVote',
    },
    { name: 'R9 no votes', votes: repeat(undefined, 5), atts: [], cause: 'BallotEmpty' },
  ])('$name → VotesNotDependable', ({ votes, atts, cause }) => {
    expect(validateMeetup({ votes, attestations: atts })).toEqual({
      ok: false,
      error: 'VotesNotDependable',
      cause,
    });
  });
});

describe('QUIRK 10: incoming counts include excluded attestors (ceremonies §10 item 10)', () => {
  it('R1 rewards [0, 4]; counting only still-processed attestors would reward [0, 1, 3]', () => {
    const result = ok(
      validateMeetup({
        votes: repeat(5, 5),
        attestations: [
          [1, 2, 3, 4],
          [0, 2, 3],
          [1, 4],
          [0, 1, 2],
          [0, 1, 2, 3],
        ],
      }),
    );
    expect(result.rewarded).toEqual([0, 4]);
    expect(result.rewarded).not.toEqual([0, 1, 3]);
  });
  it('a non-voter’s attestations count as incoming (hand-checked against the §7.8 algorithm)', () => {
    // Round 1 (legit 0–3, thr 3): 3 has incoming from 1 and the non-voter 4, so min_in = 2 ties min_out = 2 and
    // 0, 2 go out for too few outgoing. Without 4's list, 3 has 1 incoming and goes out alone instead.
    const votes = [4, 4, 4, 4, 0];
    const atts = [
      [1, 2, 4],
      [0, 2, 3, 4],
      [0, 1, 4],
      [0, 1, 2],
      [2, 3],
    ];
    const result = ok(validateMeetup({ votes, attestations: atts }));
    expect(result.rewarded).toEqual([1, 3]);
    expect(excludedAs(result)).toEqual([
      [4, 'NoVote'],
      [0, Out],
      [2, Out],
    ]);
    const withoutNonVoter = ok(
      validateMeetup({ votes, attestations: atts.map((l, i) => (i === 4 ? [] : l)) }),
    );
    expect(withoutNonVoter.rewarded).toEqual([0, 1, 2]);
  });
});

describe('QUIRK 11: early payout needs 2·vote > all assigned (ceremonies §10 item 11, §7.9)', () => {
  it('4 of 7 attest each other with vote 4: paid early, the other 3 get NoVote', () => {
    const result = ok(
      validateMeetup({ votes: [4, 4, 4, 4, 0, 0, 0], attestations: clique(7, [0, 1, 2, 3]) }),
    );
    expect(result.earlyPayoutAllowed).toBe(true);
    expect(result.rewarded).toEqual([0, 1, 2, 3]);
    expect(excludedAs(result)).toEqual([
      [4, 'NoVote'],
      [5, 'NoVote'],
      [6, 'NoVote'],
    ]);
  });
  it('duplicates in a list break early payout even when the length matches the vote (QUIRK 9)', () => {
    const perfect = ok(validateMeetup({ votes: [3, 3, 3], attestations: allToAll(3) }));
    expect(perfect.earlyPayoutAllowed).toBe(true);
    const dup = ok(
      validateMeetup({
        votes: [3, 3, 3],
        attestations: [
          [1, 1],
          [0, 2],
          [0, 1],
        ],
      }),
    );
    expect(dup.earlyPayoutAllowed).toBe(false);
  });
});

describe('QUIRK 6: local order decides ties and NoReward order (ceremonies §10 item 6)', () => {
  it('reversing the participant order flips the winner of a tie', () => {
    const votes = [5, 6, 5, 6, 5, 6];
    expect(ok(validateMeetup({ votes, attestations: allToAll(6) })).confirmedVote).toBe(6);
    expect(ok(validateMeetup({ votes: [...votes].reverse(), attestations: allToAll(6) })).confirmedVote).toBe(
      5,
    );
  });
});

describe('scenario families 1–4 (ceremonies §9.12, simplified threshold)', () => {
  const thr = simplifiedThreshold;
  const family12 = [
    [16, 16, 1],
    [16, 16, 5],
    [16, 16, 9],
    [16, 9, 0],
    [16, 9, 1],
    [16, 9, 5],
    [16, 3, 0],
    [16, 3, 1],
    [12, 7, 0],
    [12, 7, 3],
    [12, 5, 1],
    [12, 5, 2],
    [8, 8, 0],
    [8, 8, 1],
    [8, 8, 3],
    [8, 8, 5],
    [8, 6, 0],
    [8, 7, 1],
    [8, 5, 3],
    [3, 3, 0],
    [3, 3, 1],
    [3, 3, 2],
  ] as const;
  const presentVotes = (ms: number, na: number, vote = na) => range(0, ms).map((i) => (i < na ? vote : 0));

  it.each(family12)('1. n attendees do not attest anyone (ms %i, na %i, n %i)', (ms, na, n) => {
    const atts = range(0, ms).map((i) => (i < na - n ? range(0, na).filter((j) => j !== i) : []));
    expect(
      ok(validateMeetup({ votes: presentVotes(ms, na), attestations: atts, threshold: thr })).rewarded,
    ).toEqual(range(0, na - n));
  });

  it.each(family12)('2. attendee is not attested by n others (ms %i, na %i, n %i)', (ms, na, n) => {
    const atts = range(0, ms).map((i) => {
      if (i >= na) return [];
      const first = i <= n ? 1 : 0;
      return range(first, na).filter((j) => j !== i);
    });
    const expected = n === 0 ? range(0, na) : n === 1 ? [0, ...range(2, na)] : range(1, na);
    expect(
      ok(validateMeetup({ votes: presentVotes(ms, na), attestations: atts, threshold: thr })).rewarded,
    ).toEqual(expected);
  });

  const expectFor = (n: number, na: number, honest: number[]) =>
    2 * n > na ? range(0, n) : 2 * n === na ? [] : honest;

  it.each([
    [16, 16, 0],
    [16, 16, 1],
    [16, 16, 5],
    [16, 16, 9],
    [16, 9, 0],
    [16, 9, 1],
    [16, 9, 5],
    [16, 3, 0],
    [12, 7, 0],
    [12, 7, 3],
    [12, 5, 1],
    [12, 5, 2],
    [8, 8, 0],
    [8, 8, 1],
    [8, 8, 3],
    [8, 8, 5],
    [8, 6, 0],
    [8, 7, 1],
    [8, 5, 3],
    [3, 3, 0],
    [12, 12, 6],
    [14, 14, 7],
    [10, 10, 5],
    [8, 8, 4],
    [6, 6, 3],
  ])('3. adversary holds n keys and self-attests (ms %i, na %i, n %i)', (ms, na, n) => {
    const votes = range(0, ms).map((i) => (i < n ? n : i < na ? na - n : 0));
    const atts = merge(clique(ms, range(0, n)), clique(ms, range(n, na)));
    expect(ok(validateMeetup({ votes, attestations: atts, threshold: thr })).rewarded).toEqual(
      expectFor(n, na, range(n, na)),
    );
  });

  it.each([
    [16, 16, 1],
    [16, 16, 5],
    [16, 16, 9],
    [16, 9, 0],
    [16, 9, 1],
    [16, 9, 5],
    [16, 4, 0],
    [12, 7, 0],
    [12, 7, 3],
    [12, 5, 1],
    [8, 8, 0],
    [8, 8, 1],
    [8, 8, 3],
    [8, 8, 5],
    [8, 6, 0],
    [8, 7, 1],
    [8, 5, 3],
    [4, 4, 0],
  ])('4. n attendees vote +1 and attest an absent assignee (ms %i, na %i, n %i)', (ms, na, n) => {
    const votes = range(0, ms).map((i) => (i < n ? n + 1 : i < na - 1 ? na - n - 1 : 0));
    const atts = merge(
      clique(ms, range(0, n)).map((l, i) => (i < n ? [...l, na - 1] : l)),
      clique(ms, range(n, na - 1)),
    );
    expect(ok(validateMeetup({ votes, attestations: atts, threshold: thr })).rewarded).toEqual(
      expectFor(n, na, range(n, na - 1)),
    );
  });
});

describe('scenario families 5–6 (ceremonies §9.12, pallet threshold)', () => {
  it.each([
    [13, 6, true],
    [11, 5, true],
    [10, 4, true],
    [9, 4, true],
    [8, 3, true],
    [7, 3, true],
    [13, 7, false],
    [11, 6, false],
    [10, 5, false],
    [9, 5, false],
    [8, 4, false],
    [7, 4, false],
  ])(
    '5. adversary with n keys votes like the honest group (ms %i, n %i): honest rewarded = %s',
    (ms, n, honestWin) => {
      const votes = repeat(ms - n, ms);
      const atts = merge(clique(ms, range(0, n)), clique(ms, range(n, ms)));
      const { rewarded } = ok(validateMeetup({ votes, attestations: atts }));
      const honest = range(n, ms);
      if (honestWin) expect(rewarded.filter((i) => i >= n)).toEqual(honest);
      else expect(rewarded.filter((i) => i >= n)).toEqual([]);
    },
  );

  it.each([
    [15, 4],
    [15, 5],
    [15, 7],
    [13, 6],
    [10, 4],
    [9, 4],
    [8, 3],
    [7, 3],
  ])('6. n honest offline, n attackers try to provoke an early payout (ms %i, n %i)', (ms, n) => {
    const votes = range(0, ms).map((i) => (i < ms - n ? ms - n : 0));
    const atts = range(0, ms).map((i) => {
      if (i < n) return range(0, ms - n).filter((j) => j !== i);
      if (i < ms - n) return range(n, ms).filter((j) => j !== i);
      return [];
    });
    expect(ok(validateMeetup({ votes, attestations: atts })).earlyPayoutAllowed).toBe(false);
  });
});

describe('input checks (ceremonies §7.9 MeetupValidationIndexOutOfBounds)', () => {
  it('an attestee outside the meetup gives MeetupValidationIndexOutOfBounds', () => {
    expect(validateMeetup({ votes: [3, 3, 3], attestations: [[1, 3], [0], [0]] })).toEqual({
      ok: false,
      error: 'MeetupValidationIndexOutOfBounds',
      cause: 'IndexOutOfBounds',
    });
  });
  it('more attestation lists than participants gives MeetupValidationIndexOutOfBounds', () => {
    const result = validateMeetup({ votes: [3, 3, 3], attestations: [[1], [0], [0], [0]] });
    expect(result.ok || result.error).toBe('MeetupValidationIndexOutOfBounds');
  });
  it('a vote that is not a u32 is rejected as invalid input', () => {
    expect(() => validateMeetup({ votes: [3, -1, 3], attestations: [] })).toThrow(InvalidInputError);
    expect(() => validateMeetup({ votes: [3, 2 ** 32, 3], attestations: [] })).toThrow(InvalidInputError);
  });
});

describe('invariants of validateMeetup (ceremonies §7.8)', () => {
  const meetup = fc.integer({ min: 1, max: 12 }).chain((n) =>
    fc.record({
      votes: fc.array(fc.oneof(fc.constant(undefined), fc.integer({ min: 0, max: 4 }), fc.constant(n)), {
        minLength: n,
        maxLength: n,
      }),
      // attest_attendees drops the sender from its own list (§7.7 step 7)
      attestations: fc
        .array(fc.array(fc.nat(n - 1), { maxLength: n + 2 }), { minLength: n, maxLength: n })
        .map((lists) => lists.map((l, i) => l.filter((j) => j !== i))),
    }),
  );

  test.prop([meetup])('rewarded and excluded partition the meetup; exclusions come in step order', (m) => {
    const result = validateMeetup(m);
    if (!result.ok) return;
    const all = [...result.rewarded, ...result.excluded.map((e) => e.index)].sort((a, b) => a - b);
    expect(all).toEqual(range(0, m.votes.length));
    expect(result.rewarded).toEqual([...result.rewarded].sort((a, b) => a - b));
    const step = (r: ExclusionReason) => (r === 'NoVote' ? 0 : r === 'WrongVote' ? 1 : 2);
    const steps = result.excluded.map((e) => step(e.reason));
    expect(steps).toEqual([...steps].sort((a, b) => a - b));
    for (const i of result.rewarded) expect(m.votes[i]).toBe(result.confirmedVote);
  });

  test.prop([meetup])('with the pallet threshold nobody is rewarded alone', (m) => {
    const result = validateMeetup(m);
    if (result.ok) expect(result.rewarded.length).not.toBe(1);
  });

  test.prop([meetup])('an early payout implies that every voter is rewarded', (m) => {
    const result = validateMeetup(m);
    if (result.ok && result.earlyPayoutAllowed) {
      expect(result.excluded.every((e) => e.reason === 'NoVote')).toBe(true);
      expect(2 * result.rewarded.length).toBeGreaterThan(m.votes.length);
    }
  });
});
