import { fc, test } from '@fast-check/vitest';
import { describe, expect, it } from 'vitest';
import type { CommunityIdentifier } from '../scale/common.js';
import type { OnboardingExponent, SnapshotEntry } from '../scale/onboarding.js';
import { type CommunityTally, communityDecision } from './decision.js';
import {
  explainOnboarding,
  isFederatedPassing,
  type OnboardingStatus,
  type Ratio,
  tallyLookup,
} from './federatedPassing.js';
import { buildSnapshot } from './snapshot.js';

const ONE = 1n << 64n;
const cid = (n: number): CommunityIdentifier => ({
  geohash: new TextEncoder().encode('u0qj1'),
  digest: Uint8Array.of(n >> 24, (n >> 16) & 255, (n >> 8) & 255, n & 255),
});
/** A snapshot entry whose weight is `w` whole units (U64F64). */
const entry = (n: number, w: bigint, electorate = 100n): SnapshotEntry => ({
  cid: cid(n),
  electorate,
  reputables: 1n,
  weight: w * ONE,
});
const noTallies = tallyLookup([]);

/** |ratio·100 − printed %| ≤ one unit of the printed last digit (the spec mostly rounds; see the 80.3 row). */
function expectPercentClose(r: Ratio, printed: string): void {
  const digits = printed.split('.')[1]?.length ?? 0;
  const p = BigInt(printed.replace('.', ''));
  const scaled = r.num * 100n * 10n ** BigInt(digits);
  const diff = scaled - p * r.den;
  expect(diff <= r.den && diff >= -r.den, `${r.num}/${r.den} vs ${printed} %`).toBe(true);
}
/** |bits/2^64 − printed| ≤ half a unit of the printed last digit (the totals table rounds). */
function expectRounded(bits: bigint, printed: string): void {
  const digits = printed.split('.')[1]?.length ?? 0;
  const scale = 10n ** BigInt(digits);
  const diff = 2n * (bits * scale - BigInt(printed.replace('.', '')) * ONE);
  expect(diff <= ONE && diff >= -ONE, `${bits} vs ${printed}`).toBe(true);
}

describe('worked example (economy §9.12, MinTurnout 50 ‰)', () => {
  const census = [
    { cid: cid(1), reputables: 400n, electorate: 1000n },
    { cid: cid(2), reputables: 100n, electorate: 250n },
    { cid: cid(3), reputables: 25n, electorate: 60n },
    { cid: cid(4), reputables: 9n, electorate: 20n },
    { cid: cid(5), reputables: 0n, electorate: 0n },
  ];
  const tallyOf = tallyLookup([
    { cid: cid(1), turnout: 120n, ayes: 100n },
    { cid: cid(2), turnout: 30n, ayes: 10n },
    { cid: cid(3), turnout: 2n, ayes: 2n },
    { cid: cid(4), turnout: 10n, ayes: 9n },
  ]);
  const run = (exponent: OnboardingExponent): OnboardingStatus => {
    const { entries, totalWeight } = buildSnapshot(census, exponent);
    return explainOnboarding({ snapshot: entries, tallyOf, totalWeight, minTurnoutPermille: 50n });
  };

  // [α, A, N, W_tot (whole units or printed decimals), decided %, approval %, passing]
  const rows: [string, OnboardingExponent, string, string, string, string, string, boolean][] = [
    ['1/2', [1, 2], '23', '10', '38', '86.8', '69.7', true],
    ['1', [1, 1], '409', '100', '534', '95.3', '80.3', true],
    ['0', [0, 1], '2', '1', '4', '75', '66.67', false],
    ['1/3', [1, 3], '9.4481', '4.6416', '17.0138', '82.8', '67.06', true],
  ];
  it.each(rows)('α = %s', (_a, exponent, a, n, w, decided, approval, passing) => {
    const s = run(exponent);
    expect(s.communities.map((c) => c.decision)).toEqual(['Aye', 'Nay', 'Abstain', 'Aye']);
    expect(s.communities.map((c) => c.turnoutPermille)).toEqual([120n, 120n, 33n, 500n]);
    expectRounded(s.ayeWeight, a);
    expectRounded(s.nayWeight, n);
    expectRounded(s.totalWeight, w);
    expectPercentClose(s.decidedShare, decided);
    expectPercentClose(s.approvalShare, approval);
    expect(s.ayeCount).toBe(2);
    expect(s.requiredAyeCount).toBe(2);
    expect(s.passing).toBe(passing);
  });

  it('α = 1/2 and α = 1 weights are exact integers', () => {
    const half = run([1, 2]);
    expect([half.ayeWeight, half.nayWeight, half.totalWeight]).toEqual([23n * ONE, 10n * ONE, 38n * ONE]);
    const one = run([1, 1]);
    expect([one.ayeWeight, one.nayWeight, one.totalWeight]).toEqual([409n * ONE, 100n * ONE, 534n * ONE]);
  });

  it('α = 0 fails only on the exact 2/3 tie (quorum and Aye count are met)', () => {
    const s = run([0, 1]);
    expect(s.approvalShare).toEqual({ num: 2n * ONE, den: 3n * ONE });
    expect([s.quorumMet, s.approvalMet, s.ayeCountMet, s.passing]).toEqual([true, false, true, false]);
    expect(
      isFederatedPassing({
        snapshot: buildSnapshot(census, [0, 1]).entries,
        tallyOf,
        minTurnoutPermille: 50n,
      }),
    ).toBe(false);
  });

  it('explains every snapshot community as plain data', () => {
    const s = run([1, 2]);
    expect(s.communities[0]).toMatchObject({
      electorate: 1000n,
      reputables: 400n,
      weight: 20n * ONE,
      turnout: 120n,
      ayes: 100n,
      nays: 20n,
      decision: 'Aye',
    });
    expect(s.communities[2]!.threshold).toBeUndefined();
    expect([s.ayeCount, s.nayCount, s.abstainCount]).toEqual([2, 1, 1]);
    expect(s.abstainWeight).toBe(5n * ONE);
    expect(s.decidedWeight).toBe(33n * ONE);
    expect(s.communities).toHaveLength(4);
  });
});

// Tallies that make a community of electorate 100 decide as named (MinTurnout 50 ‰).
const AYE: CommunityTally = { turnout: 100n, ayes: 100n };
const NAY: CommunityTally = { turnout: 100n, ayes: 0n };
const ABSTAIN: CommunityTally = { turnout: 1n, ayes: 1n };

function status(weights: bigint[], tallies: (CommunityTally | undefined)[], totalWeight?: bigint) {
  const snapshot = weights.map((w, i) => entry(i + 1, w));
  const tallyOf = tallyLookup(
    tallies.flatMap((t, i) => (t === undefined ? [] : [{ cid: cid(i + 1), ...t }])),
  );
  return explainOnboarding({
    snapshot,
    tallyOf,
    minTurnoutPermille: 50n,
    ...(totalWeight === undefined ? {} : { totalWeight }),
  });
}

describe('edge cases (economy §9.10)', () => {
  it('exactly one eligible community decides alone (min(2, 1) = 1)', () => {
    expect(status([5n], [AYE])).toMatchObject({ requiredAyeCount: 1, ayeCount: 1, passing: true });
    expect(status([5n], [NAY]).passing).toBe(false);
    expect(status([5n], [ABSTAIN]).passing).toBe(false);
  });

  it('with two or more eligible communities one Aye is not enough, even with all the weight decided', () => {
    const s = status([10n, 1n], [AYE, undefined]);
    expect([s.quorumMet, s.approvalMet, s.ayeCountMet, s.passing]).toEqual([true, true, false, false]);
  });

  it('a non-voting or below-MinTurnout community abstains and counts in W_tot only', () => {
    const s = status([1n, 1n, 2n, 3n], [AYE, AYE, ABSTAIN, undefined]);
    expect(s.communities.map((c) => c.decision)).toEqual(['Aye', 'Aye', 'Abstain', 'Abstain']);
    expect([s.decidedWeight, s.totalWeight]).toEqual([2n * ONE, 7n * ONE]);
    expect(s.quorumMet).toBe(false); // 2·3 < 7: the abstainers' weight blocks the quorum
    expect(s.passing).toBe(false);
  });

  it('global tie: A = 2/3·D exactly is not passing (strict)', () => {
    const s = status([1n, 1n, 1n], [AYE, AYE, NAY]);
    expect([s.quorumMet, s.approvalMet, s.passing]).toEqual([true, false, false]);
  });

  it('global tie: D = W_tot/3 exactly meets the quorum (≥)', () => {
    const s = status([1n, 1n, 4n], [AYE, AYE, undefined]);
    expect(s.decidedShare).toEqual({ num: 2n * ONE, den: 6n * ONE });
    expect([s.quorumMet, s.passing]).toEqual([true, true]);
    expect(status([1n, 1n, 5n], [AYE, AYE, undefined]).quorumMet).toBe(false);
  });

  it('all eligible communities abstain: D = 0, the quorum fails, not passing', () => {
    const s = status([3n, 2n], [undefined, ABSTAIN]);
    expect([s.decidedWeight, s.quorumMet, s.approvalMet, s.passing]).toEqual([0n, false, false, false]);
  });

  it('internal ties decide bit-exactly: 2 of 4 → Nay, but E = T = 2, a = 1 → Aye', () => {
    const snapshot = [
      { cid: cid(1), electorate: 4n, reputables: 4n, weight: ONE },
      { cid: cid(2), electorate: 2n, reputables: 2n, weight: ONE },
    ];
    const tallyOf = tallyLookup([
      { cid: cid(1), turnout: 4n, ayes: 2n },
      { cid: cid(2), turnout: 2n, ayes: 1n },
    ]);
    const s = explainOnboarding({ snapshot, tallyOf, minTurnoutPermille: 50n });
    expect(s.communities.map((c) => c.decision)).toEqual(['Nay', 'Aye']);
  });

  it('a community outside the snapshot (registered later, or ineligible) cannot vote: its tally is never read', () => {
    const snapshot = [entry(1, 1n), entry(2, 1n)];
    const tallies = [
      { cid: cid(1), ...AYE },
      { cid: cid(2), ...NAY },
    ];
    const without = explainOnboarding({ snapshot, tallyOf: tallyLookup(tallies), minTurnoutPermille: 50n });
    const withOutsider = explainOnboarding({
      snapshot,
      tallyOf: tallyLookup([...tallies, { cid: cid(99), turnout: 10n ** 9n, ayes: 10n ** 9n }]),
      minTurnoutPermille: 50n,
    });
    expect(withOutsider).toEqual(without);
    expect(withOutsider.communities).toHaveLength(2);
  });

  it('a community purged during the proposal keeps its weight in W_tot and abstains', () => {
    // Three Aye communities of weight 1 each would pass alone; the purged community (weight 6) has no tally.
    const s = status([1n, 1n, 1n, 6n], [AYE, AYE, AYE, undefined]);
    expect(s.communities[3]!.decision).toBe('Abstain');
    expect(s.totalWeight).toBe(9n * ONE);
    expect(s.passing).toBe(true); // 3·3 ≥ 9
    expect(status([1n, 1n, 1n, 7n], [AYE, AYE, AYE, undefined]).passing).toBe(false);
  });

  it('the stored weights and total weight are used as they are (α changes do not touch running proposals)', () => {
    // Weights stored under α = 0 although the reputables would weigh differently under the default α = 1/2.
    const snapshot = [
      { cid: cid(1), electorate: 100n, reputables: 10_000n, weight: ONE },
      { cid: cid(2), electorate: 100n, reputables: 1n, weight: ONE },
      { cid: cid(3), electorate: 100n, reputables: 1n, weight: ONE },
    ];
    const tallyOf = tallyLookup([
      { cid: cid(1), ...NAY },
      { cid: cid(2), ...AYE },
      { cid: cid(3), ...AYE },
    ]);
    const s = explainOnboarding({ snapshot, tallyOf, totalWeight: 3n * ONE, minTurnoutPermille: 50n });
    expect([s.ayeWeight, s.nayWeight, s.passing]).toEqual([2n * ONE, ONE, false]);
    // A stored total larger than the sum (as if W_tot had been fixed differently) is what the quorum uses.
    expect(
      explainOnboarding({ snapshot, tallyOf, totalWeight: 10n * ONE, minTurnoutPermille: 50n }).quorumMet,
    ).toBe(false);
  });

  it('weights near 2^128 are summed exactly (no u128 wrap)', () => {
    const big = (1n << 128n) - 1n;
    const snapshot = [1, 2, 3].map((n) => ({ cid: cid(n), electorate: 100n, reputables: 1n, weight: big }));
    const tallyOf = tallyLookup([
      { cid: cid(1), ...AYE },
      { cid: cid(2), ...AYE },
      { cid: cid(3), ...AYE },
    ]);
    const s = explainOnboarding({ snapshot, tallyOf, minTurnoutPermille: 50n });
    expect(s.totalWeight).toBe(3n * big);
    expect(s.passing).toBe(true);
  });
});

describe('tally lookup', () => {
  it('refuses a cid listed twice', () => {
    expect(() =>
      tallyLookup([
        { cid: cid(1), ...AYE },
        { cid: cid(1), ...NAY },
      ]),
    ).toThrow(expect.objectContaining({ name: 'InvalidInput' }));
  });
  it('treats a missing community as (0, 0)', () => {
    expect(status([1n], [undefined]).communities[0]).toMatchObject({
      turnout: 0n,
      ayes: 0n,
      decision: 'Abstain',
    });
    expect(noTallies(cid(1))).toBeUndefined();
  });
});

// Properties ------------------------------------------------------------------------------------------------

type Decision = 'Aye' | 'Nay' | 'Abstain';
const TALLY_FOR: Record<Decision, CommunityTally | undefined> = { Aye: AYE, Nay: NAY, Abstain: undefined };
const decisionArb = fc.constantFrom<Decision>('Aye', 'Nay', 'Abstain');
const weightArb = fc.bigInt({ min: 1n, max: 1n << 80n });
const communitiesArb = fc.array(fc.tuple(weightArb, decisionArb), { minLength: 1, maxLength: 8 });

const evaluate = (cs: [bigint, Decision][]) => {
  const snapshot = cs.map(([w], i) => ({ cid: cid(i + 1), electorate: 100n, reputables: 1n, weight: w }));
  const tallyOf = tallyLookup(
    cs.flatMap(([, d], i) => (TALLY_FOR[d] === undefined ? [] : [{ cid: cid(i + 1), ...TALLY_FOR[d]! }])),
  );
  return explainOnboarding({ snapshot, tallyOf, minTurnoutPermille: 50n });
};

describe('federated passing properties (economy §9.8)', () => {
  test.prop([communitiesArb, fc.nat()])(
    'a community switching to Aye (from Nay or Abstain) never turns a pass into a fail',
    (cs, pick) => {
      const i = pick % cs.length;
      const before = evaluate(cs);
      const after = evaluate(cs.map(([w, d], j) => [w, j === i ? 'Aye' : d]));
      if (before.passing) expect(after.passing).toBe(true);
    },
  );

  const votingArb = fc.array(
    fc
      .tuple(fc.bigInt({ min: 1n, max: 10_000n }), fc.bigInt({ min: 1n, max: 10_000n }), fc.nat(), fc.nat())
      .map(([reputables, electorate, t, a]) => {
        const turnout = BigInt(t) % (electorate + 1n);
        return { reputables, electorate, turnout, ayes: turnout === 0n ? 0n : BigInt(a) % (turnout + 1n) };
      }),
    { minLength: 1, maxLength: 6 },
  );
  const exponentArb = fc
    .integer({ min: 1, max: 8 })
    .chain((den) => fc.tuple(fc.integer({ min: 0, max: den }), fc.constant(den)));

  test.prop([votingArb, exponentArb, fc.nat(), fc.integer({ min: 1, max: 100 })])(
    'turning Nay votes into Aye votes never turns a pass into a fail',
    (cs, exponent, pick, minTurnout) => {
      const i = pick % cs.length;
      const run = (rows: typeof cs) => {
        const { entries } = buildSnapshot(
          rows.map((c, j) => ({ cid: cid(j + 1), electorate: c.electorate, reputables: c.reputables })),
          exponent,
        );
        const tallyOf = tallyLookup(
          rows.map((c, j) => ({ cid: cid(j + 1), turnout: c.turnout, ayes: c.ayes })),
        );
        return explainOnboarding({ snapshot: entries, tallyOf, minTurnoutPermille: BigInt(minTurnout) });
      };
      const converted = cs.map((c, j) => (j === i ? { ...c, ayes: c.turnout } : c));
      if (run(cs).passing) expect(run(converted).passing).toBe(true);
    },
  );

  test.prop([votingArb, exponentArb])('weights, totals and shares are never negative', (cs, exponent) => {
    const { entries } = buildSnapshot(
      cs.map((c, j) => ({ cid: cid(j + 1), electorate: c.electorate, reputables: c.reputables })),
      exponent,
    );
    const s = explainOnboarding({
      snapshot: entries,
      tallyOf: tallyLookup(cs.map((c, j) => ({ cid: cid(j + 1), turnout: c.turnout, ayes: c.ayes }))),
      minTurnoutPermille: 50n,
    });
    for (const c of s.communities) expect(c.weight >= 0n).toBe(true);
    expect(s.ayeWeight >= 0n && s.nayWeight >= 0n && s.abstainWeight >= 0n).toBe(true);
    expect(s.ayeWeight + s.nayWeight + s.abstainWeight).toBe(s.totalWeight);
  });

  test.prop([votingArb, fc.integer({ min: 1, max: 8 }), fc.integer({ min: 1, max: 100 })])(
    'α = 0 is one community, one vote: the result only depends on how many communities decided which way',
    (cs, den, minTurnout) => {
      const min = BigInt(minTurnout);
      const { entries } = buildSnapshot(
        cs.map((c, j) => ({ cid: cid(j + 1), electorate: c.electorate, reputables: c.reputables })),
        [0, den],
      );
      const tallyOf = tallyLookup(cs.map((c, j) => ({ cid: cid(j + 1), turnout: c.turnout, ayes: c.ayes })));
      const s = explainOnboarding({ snapshot: entries, tallyOf, minTurnoutPermille: min });
      const decisions = cs.map((c) => communityDecision(c.electorate, c, min));
      const ayes = decisions.filter((d) => d === 'Aye').length;
      const decided = decisions.filter((d) => d !== 'Abstain').length;
      const k = cs.length;
      expect(s.passing).toBe(decided * 3 >= k && ayes * 3 > decided * 2 && ayes >= Math.min(2, k));
      expect(s.totalWeight).toBe(BigInt(k) * ONE);
    },
  );

  test.prop([communitiesArb, fc.nat()])('the order of the snapshot does not matter', (cs, seed) => {
    const rotated = cs.map((_, j) => cs[(j + seed) % cs.length]!);
    expect(evaluate(rotated).passing).toBe(evaluate(cs).passing);
  });
});
