import { describe, expect, it } from 'vitest';
import {
  excludeByAttestations,
  filterAttestations,
  groupIndicesByValue,
  incomingGroups,
  outgoingGroups,
} from './attestations.js';
import {
  attestationGraphIsFullyConnected,
  earlyRewardsPossible,
  numAttestationsMatchesVote,
  voteYieldsMajority,
} from './earlyPayout.js';
import { toLocalAttestations } from './localIndices.js';
import { palletThreshold, simplifiedThreshold } from './threshold.js';
import { excludeNoVote, excludeWrongVote, majorityVote } from './votes.js';

const range = (from: number, to: number) => Array.from({ length: to - from }, (_, i) => from + i);

describe('attestation threshold (ceremonies §7.8)', () => {
  it('pallet threshold for n = 1…10 is 1, 1, 2, 3, 4, 4, 5, 6, 7, 8', () => {
    expect(range(1, 11).map(palletThreshold)).toEqual([1, 1, 2, 3, 4, 4, 5, 6, 7, 8]);
  });
  it('simplified threshold of the unit vectors is n − 1 (§9.12)', () => {
    expect([1, 2, 5, 6, 10].map(simplifiedThreshold)).toEqual([0, 1, 4, 5, 9]);
  });
});

describe('meetup validation unit vectors (ceremonies §9.12)', () => {
  it('groupIndicesByValue', () => {
    expect(groupIndicesByValue(range(0, 5), [2, 0, 3, 2, 0])).toEqual([
      [0, [1, 4]],
      [2, [0, 3]],
      [3, [2]],
    ]);
  });

  const A = [[1, 2, 3], [3], [0, 1, 3], [1, 2], [0, 1, 2]];
  it('outgoing groups', () => {
    expect(outgoingGroups(range(0, 5), A)).toEqual([
      [1, [1]],
      [2, [3]],
      [3, [0, 2, 4]],
    ]);
  });
  it('incoming groups', () => {
    expect(incomingGroups(range(0, 5), A)).toEqual([
      [0, [4]],
      [2, [0]],
      [3, [2, 3]],
      [4, [1]],
    ]);
  });

  it('filterAttestations', () => {
    expect(
      filterAttestations(
        [0, 2, 4],
        [
          [2, 3],
          [3, 4],
          [0, 1],
          [2, 1, 3],
          [0, 2, 3],
        ],
      ),
    ).toEqual([[2], [4], [0], [2], [0, 2]]);
  });

  it('no-vote exclusion', () => {
    expect(excludeNoVote(range(0, 5), [0, 1, 2, 2, 0])).toEqual([
      { index: 0, reason: 'NoVote' },
      { index: 4, reason: 'NoVote' },
    ]);
  });

  it('wrong-vote exclusion', () => {
    expect(excludeWrongVote(range(0, 5), [3, 1, 2, 2, 5], 2).map((e) => e.index)).toEqual([0, 1, 4]);
    expect(excludeWrongVote(range(0, 5), [3, 1, 2, 2, 5], 2).every((e) => e.reason === 'WrongVote')).toBe(
      true,
    );
  });

  it('attestation exclusion (simplified threshold)', () => {
    const atts = [[1, 2, 4], [1], [0, 1, 4], [0, 1, 2, 4], [0, 1, 2]];
    expect(excludeByAttestations(range(0, 5), atts, simplifiedThreshold)).toEqual([
      { index: 3, reason: 'TooFewIncomingAttestations' },
      { index: 1, reason: 'TooFewOutgoingAttestations' },
    ]);
  });

  it.each([
    { votes: [1, 1, 2, 3, 1], expected: { vote: 1, count: 3, unanimous: false } },
    { votes: [1, 1, 1, 1, 1], expected: { vote: 1, count: 5, unanimous: true } },
  ])('majority vote of $votes', ({ votes, expected }) => {
    expect(majorityVote(range(0, votes.length), votes)).toEqual(expected);
  });

  it('majority vote of an empty ballot is undefined (BallotEmpty)', () => {
    expect(majorityVote([], [])).toBeUndefined();
  });

  it.each([
    [5, 3, true],
    [5, 2, false],
    [4, 2, false],
  ])('voteYieldsMajority(%i participants, vote %i) = %s', (n, vote, expected) => {
    expect(voteYieldsMajority(n, vote)).toBe(expected);
  });

  const atts = [
    [1, 2, 3],
    [0, 2, 3],
    [0, 1, 3],
    [0, 1, 2],
    [0, 1, 2, 3, 4, 5],
  ];
  const with1 = (list: number[]) => atts.map((l, i) => (i === 1 ? list : l));
  const legit = range(0, 4);

  it('numAttestationsMatchesVote', () => {
    expect(numAttestationsMatchesVote(legit, atts, 4)).toBe(true);
    expect(numAttestationsMatchesVote(legit, with1([0, 2]), 4)).toBe(false);
  });

  it('attestationGraphIsFullyConnected', () => {
    expect(attestationGraphIsFullyConnected(legit, atts)).toBe(true);
    expect(attestationGraphIsFullyConnected(legit, with1([0, 2, 4]))).toBe(false);
  });

  it.each([
    { name: 'perfect', a: atts, vote: 4, unanimous: true, expected: true },
    { name: 'not unanimous', a: atts, vote: 4, unanimous: false, expected: false },
    { name: 'vote 2', a: atts, vote: 2, unanimous: true, expected: false },
    { name: 'participant 1 = [0,2,3,4]', a: with1([0, 2, 3, 4]), vote: 4, unanimous: true, expected: false },
    { name: 'participant 1 = [0,2,4]', a: with1([0, 2, 4]), vote: 4, unanimous: true, expected: false },
  ])('earlyRewardsPossible: $name', ({ a, vote, unanimous, expected }) => {
    expect(earlyRewardsPossible(legit, a, 5, vote, unanimous)).toBe(expected);
  });
});

describe('QUIRK 6: majority-vote ties (ceremonies §10 item 6)', () => {
  it('the vote value whose first occurrence is latest wins a tie', () => {
    expect(majorityVote(range(0, 4), [2, 1, 1, 2])?.vote).toBe(1);
    expect(majorityVote(range(0, 4), [1, 2, 2, 1])?.vote).toBe(2);
    expect(majorityVote(range(0, 6), [7, 5, 6, 6, 5, 7])?.vote).toBe(6);
  });
  it('a larger count still beats a later first occurrence', () => {
    expect(majorityVote(range(0, 5), [2, 2, 2, 1, 1])).toEqual({ vote: 2, count: 3, unanimous: false });
  });
});

describe('QUIRK 9: duplicate attestations (ceremonies §10 item 9)', () => {
  it('duplicates inflate the outgoing count', () => {
    expect(outgoingGroups([0, 1], [[1, 1, 1], [0]])).toEqual([
      [1, [1]],
      [3, [0]],
    ]);
  });
  it('an attestor listed twice by the same participant counts once as incoming', () => {
    expect(incomingGroups([0, 1], [[1, 1, 1], [0]])).toEqual([[1, [0, 1]]]);
  });
  it('duplicates break the connectivity check even when the length matches the vote', () => {
    expect(
      numAttestationsMatchesVote(
        [0, 1, 2],
        [
          [1, 1],
          [0, 2],
          [0, 1],
        ],
        3,
      ),
    ).toBe(true);
    expect(
      attestationGraphIsFullyConnected(
        [0, 1, 2],
        [
          [1, 1],
          [0, 2],
          [0, 1],
        ],
      ),
    ).toBe(false);
  });
});

describe('mapping stored attestations to local indices (ceremonies §7.8)', () => {
  const acc = (b: number) => new Uint8Array(32).fill(b);
  it('drops outsiders and keeps order and duplicates', () => {
    const participants = [acc(10), acc(11), acc(12)];
    const stored = new Map<number, Uint8Array[]>([
      [10, [acc(12), acc(99), acc(11), acc(12)]],
      [12, [acc(99)]],
    ]);
    const local = toLocalAttestations(participants, (p) => stored.get(p[0]!));
    expect(local).toEqual([[2, 1, 2], [], []]);
  });
});
