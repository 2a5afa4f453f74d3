// spec: economy §9.12 — the worked example through the pallet: snapshot from real reputations, votes with
// commitments, federated decision, state machine and deposit, for α = 1/2, 1, 0, 1/3
import { beforeAll, describe, expect, it } from 'vitest';
import { cidEquals } from '../../../primitives/cid/communityIdentifier.js';
import type { OnboardingExponent } from '../../../primitives/scale/index.js';
import { loc } from '../ceremonies/testRuntime.js';
import { PurposeIds } from '../democracy/storage.js';
import { Commitments } from '../reputationCommitments/storage.js';
import { onboardingReport } from './status.js';
import {
  CommunityTallies,
  OnboardingExponent as Exponent,
  OnboardingInfos,
  OnboardingSnapshots,
} from './storage.js';
import {
  applicationFor,
  type Ballot,
  bootstrappersOf,
  type OnboardingSetup,
  person,
  setupOnboarding,
  specOf,
} from './testSupport.js';

const ONE = 1n << 64n;
const MIN_TURNOUT = 50n;
const DEPOSIT = 10n * 10n ** 12n;

/** |bits/2^64 − printed| < one unit of the printed last digit (the table rounds totals, truncates weights). */
const expectRounded = (bits: bigint, printed: string) => {
  const digits = printed.split('.')[1]?.length ?? 0;
  const diff = bits * 10n ** BigInt(digits) - BigInt(printed.replace('.', '')) * ONE;
  expect(diff < ONE && diff > -ONE, `${bits} ≈ ${printed}`).toBe(true);
};
/** `num/den` printed as a percentage, to one unit of the printed last digit. */
const expectPercent = (num: bigint, den: bigint, printed: string) => {
  const digits = printed.split('.')[1]?.length ?? 0;
  const diff = num * 100n * 10n ** BigInt(digits) - BigInt(printed.replace('.', '')) * den;
  expect(diff <= den && diff >= -den, `${num}/${den} ≈ ${printed} %`).toBe(true);
};
/** The threshold's printed leading digits (the spec truncates with "…"). */
const expectTruncated = (bits: bigint | undefined, printed: string) => {
  const digits = printed.split('.')[1]!.length;
  expect(((bits ?? 0n) * 10n ** BigInt(digits)) / ONE).toBe(BigInt(printed.replace('.', '')));
};

// §9.12 census: (N, E) with the attendances spread over W(7) = {3, 4, 5}; C5 has none.
const CENSUS: [number, Record<number, number>][] = [
  [400, { 3: 400, 4: 400, 5: 200 }],
  [100, { 3: 100, 4: 100, 5: 50 }],
  [25, { 3: 25, 4: 25, 5: 10 }],
  [9, { 3: 9, 4: 9, 5: 2 }],
];
// §9.12 tallies: [turnout, ayes] per community.
const TALLIES: [bigint, bigint][] = [
  [120n, 100n],
  [30n, 10n],
  [2n, 2n],
  [10n, 9n],
];

// [α, exponent, w(C1..C4) as printed, A, N, W_tot, decided %, approval %, passing]
const ROWS: [string, OnboardingExponent, string[], string, string, string, string, string, boolean][] = [
  ['1/2', [1, 2], ['20', '10', '5', '3'], '23', '10', '38', '86.8', '69.7', true],
  ['1', [1, 1], ['400', '100', '25', '9'], '409', '100', '534', '95.3', '80.3', true],
  ['0', [0, 1], ['1', '1', '1', '1'], '2', '1', '4', '75', '66.67', false],
  [
    '1/3',
    [1, 3],
    ['7.3680629972', '4.6415888336', '2.9240177382', '2.0800838230'],
    '9.4481',
    '4.6416',
    '17.0138',
    '82.8',
    '67.06',
    true,
  ],
];

describe('economy §9.12 worked example through the pallet (MinTurnout 50 ‰)', () => {
  let s: OnboardingSetup;
  const cids: ReturnType<OnboardingSetup['addCommunity']>[] = [];
  const applicant = person(200, 0);
  const ids: bigint[] = [];

  beforeAll(() => {
    s = setupOnboarding({ config: { minTurnout: MIN_TURNOUT } });
    cids.push(s.cid, s.cid2, s.addCommunity(20, 20, 103), s.addCommunity(30, 30, 104));
    const c5 = s.addCommunity(40, 40, 105); // registered, no reputables: not eligible
    cids.push(c5);
    const boxes = CENSUS.map(([, counts], i) => s.populate(cids[i]!, 10 + i, counts));
    s.endow(applicant);
    ROWS.forEach(([, exponent], row) => {
      // The exponent in force at submission (set directly here; §9.10's row shows the governance path).
      Exponent.set(s.env.state, exponent);
      const app = applicationFor(specOf(loc(50 + row, 50 + row), bootstrappersOf(210 + row)));
      expect(s.apply(applicant, app)).toBe('ok');
      const id = BigInt(ids.length + 1);
      ids.push(id);
      // Each proposal has its own commitment purpose: the same reputations vote again.
      const fresh = boxes.map((b): Ballot[] => [...b]);
      TALLIES.forEach(([turnout, ayes], c) => {
        s.cast(id, 'Aye', fresh[c]!, Number(ayes));
        s.cast(id, 'Nay', fresh[c]!, Number(turnout - ayes));
      });
    });
  }, 60_000);

  it('the snapshot holds C1–C4 with the census of §9.12, read from ParticipantReputation and ReputationCount', () => {
    for (const id of ids) {
      const snapshot = OnboardingSnapshots.get(s.env.state, id)!;
      expect(snapshot.map((e) => [e.reputables, e.electorate])).toEqual([
        [400n, 1000n],
        [100n, 250n],
        [25n, 60n],
        [9n, 20n],
      ]);
      expect(snapshot.map((e) => cidEquals(e.cid, cids[snapshot.indexOf(e)]!))).toEqual([
        true,
        true,
        true,
        true,
      ]);
      expect(s.proposal(id)?.electorate_size).toBe(1330n);
    }
  });

  it.each(ROWS.map((r, i) => [...r, i] as const))(
    'α = %s: stored weights, per-community decisions and the federated result',
    (_a, exponent, weights, a, n, total, decided, approval, passing, row) => {
      const id = ids[row]!;
      expect(OnboardingInfos.get(s.env.state, id)?.exponent).toEqual(exponent);
      const snapshot = OnboardingSnapshots.get(s.env.state, id)!;
      for (const [i, e] of snapshot.entries()) expectRounded(e.weight, weights[i]!);
      const report = onboardingReport(s.env.state, id, MIN_TURNOUT)!;
      expect(report.communities.map((c) => [c.turnout, c.ayes])).toEqual(TALLIES);
      expect(report.communities.map((c) => c.turnoutPermille)).toEqual([120n, 120n, 33n, 500n]);
      expect(report.communities.map((c) => c.decision)).toEqual(['Aye', 'Nay', 'Abstain', 'Aye']);
      expectRounded(report.ayeWeight, a);
      expectRounded(report.nayWeight, n);
      expectRounded(report.totalWeight, total);
      expectPercent(report.decidedWeight, report.totalWeight, decided);
      expectPercent(report.ayeWeight, report.decidedWeight, approval);
      expect(report.ayeCount).toBe(2);
      expect(report.passing).toBe(passing);
      expect(s.tally(id)).toEqual({ turnout: 162n, ayes: 121n });
    },
  );

  it('exact values: C1 at α = 1/3 is 0x75e396068304be1e3; α = 1/2 weights are whole; α = 0 is an exact 2/3 tie', () => {
    expect(OnboardingSnapshots.get(s.env.state, ids[3]!)![0]!.weight).toBe(0x75e396068304be1e3n);
    expect(OnboardingSnapshots.get(s.env.state, ids[0]!)!.map((e) => e.weight)).toEqual(
      [20n, 10n, 5n, 3n].map((w) => w * ONE),
    );
    const tie = onboardingReport(s.env.state, ids[2]!, MIN_TURNOUT)!;
    expect([tie.ayeWeight * 3n, tie.decidedWeight * 2n]).toEqual([6n * ONE, 6n * ONE]);
    expect(tie.approvalMet).toBe(false);
  });

  it('AQB thresholds of the deciding communities: 89.125887…, 22.281471…, 5.857864…', () => {
    const report = onboardingReport(s.env.state, ids[0]!, MIN_TURNOUT)!;
    expectTruncated(report.communities[0]!.threshold, '89.125887');
    expectTruncated(report.communities[1]!.threshold, '22.281471');
    expect(report.communities[2]!.threshold).toBeUndefined();
    expectTruncated(report.communities[3]!.threshold, '5.857864');
  });

  it('per-community tallies and commitments are real storage: each counted reputation is committed once', () => {
    const id = ids[0]!;
    expect(CommunityTallies.get(s.env.state, id, cids[0]!)).toEqual({ turnout: 120n, ayes: 100n });
    expect(CommunityTallies.exists(s.env.state, id, cids[4]!)).toBe(false);
    const purpose = PurposeIds.get(s.env.state, id)!;
    // person(10, 0) voted Aye with its three C1 reputations.
    for (const k of [3, 4, 5]) {
      expect(Commitments.exists(s.env.state, [cids[0]!, k], [purpose, person(10, 0)])).toBe(true);
    }
  });

  it('passing proposals are approved after the confirmation period; α = 0 is rejected after its lifetime; deposits come back', () => {
    expect(ids.map((id) => s.stateOf(id)?.tag)).toEqual([
      'Confirming',
      'Confirming',
      'Ongoing',
      'Confirming',
    ]);
    expect(s.balance(applicant).reserved).toBe(4n * DEPOSIT);
    s.clearEvents();
    s.setTime(60_001n);
    for (const id of ids) s.update(id);
    expect(ids.map((id) => s.stateOf(id)?.tag)).toEqual(['Approved', 'Approved', 'Ongoing', 'Approved']);
    s.setTime(240_001n);
    s.update(ids[2]!);
    expect(s.stateOf(ids[2]!)?.tag).toBe('Rejected');
    const released = s.events().filter((e) => e.tag === 'OnboardingDepositReleased');
    expect(released.map((e) => (e.value as { proposal_id: bigint }).proposal_id)).toEqual([1n, 2n, 4n, 3n]);
    expect(released.every((e) => (e.value as { amount: bigint }).amount === DEPOSIT)).toBe(true);
    expect(s.balance(applicant).reserved).toBe(0n);
  });
});
