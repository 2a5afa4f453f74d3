// spec: economy §9.10 — the edge cases at pallet level (the pure rows are in primitives/onboarding), with §9.6
// submission, §9.7 voting, §9.8 state transitions and deposit, §9.9 enactment
import { describe, expect, it } from 'vitest';
import { ONE } from '../../../primitives/fixed/fixed.js';
import { purgeInactiveCommunity } from '../ceremonies/purge.js';
import { ReputationLifetime } from '../ceremonies/storage.js';
import { loc, METADATA } from '../ceremonies/testRuntime.js';
import { communityExists, registerCommunity } from '../communities/communities.js';
import { action } from '../democracy/fixtures.js';
import { Tallies } from '../democracy/storage.js';
import { ALICE, err } from '../democracy/testSupport.js';
import { onboardingReport } from './status.js';
import {
  CommunityTallies,
  OnboardingExponent,
  OnboardingInfos,
  OnboardingSnapshots,
  OnboardingWhitelist,
  PendingOnboarding,
} from './storage.js';
import {
  applicationFor,
  bootstrappersOf,
  type OnboardingSetup,
  person,
  setupOnboarding,
  specOf,
} from './testSupport.js';

const DEPOSIT = 10n * 10n ** 12n;
const APPLICANT = person(200, 0);
const SPEC = specOf(loc(50, 50), bootstrappersOf(201));
const APP = applicationFor(SPEC);

/** Two communities of four reputables each (one attendance at cindex 4), and the application submitted. */
const twoCommunities = (s: OnboardingSetup = setupOnboarding()) => {
  const c1 = s.populate(s.cid, 10, { 4: 4 });
  const c2 = s.populate(s.cid2, 11, { 4: 4 });
  expect(s.apply(APPLICANT, APP)).toBe('ok');
  s.clearEvents();
  return { s, c1, c2 };
};

/** Both communities vote Aye unanimously; the proposal is Approved after the confirmation period. */
const approve = (s: OnboardingSetup, c1: ReturnType<OnboardingSetup['populate']>, c2: typeof c1, id = 1n) => {
  s.cast(id, 'Aye', [...c1], 4);
  s.cast(id, 'Aye', [...c2], 4);
  s.setTime(60_001n);
  s.update(id);
  expect(s.stateOf(id)?.tag).toBe('Approved');
};

const tags = (s: OnboardingSetup) => s.events().map((e) => e.tag);

describe('economy §9.10 edge cases through the pallet', () => {
  it('no eligible community: NoEligibleCommunities, nothing stored, no deposit taken', () => {
    const s = setupOnboarding();
    // Registered communities, but reputations only outside W(7) = {3, 4, 5} and one unverified in it.
    s.populate(s.cid, 10, { 2: 3, 6: 3 });
    s.giveReputation(person(11, 0), s.cid2, 4, { tag: 'UnverifiedReputable', value: undefined });
    s.endow(APPLICANT);
    expect(s.apply(APPLICANT, APP)).toBe(err('NoEligibleCommunities'));
    expect(s.balance(APPLICANT).reserved).toBe(0n);
    expect(PendingOnboarding.exists(s.env.state, APP.cid)).toBe(false);
    expect(s.proposal(1n)).toBeUndefined();
  });

  it('exactly one eligible community decides alone (min(2, 1) = 1 Aye community)', () => {
    const s = setupOnboarding();
    const c1 = s.populate(s.cid, 10, { 4: 3 });
    expect(s.apply(APPLICANT, APP)).toBe('ok');
    expect(OnboardingSnapshots.get(s.env.state, 1n)).toHaveLength(1);
    s.cast(1n, 'Aye', c1, 2);
    const report = onboardingReport(s.env.state, 1n, s.config.minTurnout)!;
    expect([report.requiredAyeCount, report.ayeCount, report.passing]).toEqual([1, 1, true]);
    expect(s.stateOf(1n)?.tag).toBe('Confirming');
  });

  it('a community that does not vote abstains: it counts only in W_tot (quorum denominator)', () => {
    const { s, c1 } = twoCommunities();
    s.cast(1n, 'Aye', c1, 4);
    const report = onboardingReport(s.env.state, 1n, s.config.minTurnout)!;
    expect(report.communities.map((c) => c.decision)).toEqual(['Aye', 'Abstain']);
    expect([report.decidedWeight, report.totalWeight]).toEqual([2n * ONE, 4n * ONE]);
    expect([report.quorumMet, report.approvalMet, report.ayeCountMet]).toEqual([true, true, false]);
    expect(s.stateOf(1n)?.tag).toBe('Ongoing');
  });

  it('all eligible communities abstain: not passing, Rejected after the lifetime, deposit released', () => {
    const { s } = twoCommunities();
    s.setTime(240_000n);
    s.update(1n);
    expect(s.stateOf(1n)?.tag).toBe('Ongoing'); // lifetime is strict: exactly 240 000 ms is not too old
    s.setTime(240_001n);
    s.update(1n);
    expect(s.stateOf(1n)?.tag).toBe('Rejected');
    expect(s.events()).toContainEqual({
      tag: 'OnboardingDepositReleased',
      value: { proposal_id: 1n, who: APPLICANT, amount: DEPOSIT },
    });
    expect(PendingOnboarding.exists(s.env.state, APP.cid)).toBe(false);
    // A rejected cid may apply again.
    expect(s.apply(APPLICANT, APP)).toBe('ok');
  });

  it('a community registered after submission is not in the snapshot and cannot vote', () => {
    const { s } = twoCommunities();
    const late = s.addCommunity(20, 20, 103);
    const ballots = s.populate(late, 12, { 4: 5 });
    expect(s.vote(ballots[0]!.who, 1n, 'Aye', ballots[0]!.reputations)).toBe('ok');
    expect(tags(s)).toEqual(['VoteFailed']);
    expect(CommunityTallies.exists(s.env.state, 1n, late)).toBe(false);
    expect(onboardingReport(s.env.state, 1n, s.config.minTurnout)!.communities).toHaveLength(2);
  });

  it('a community purged during the proposal stays in the snapshot with its weight and abstains', () => {
    const { s, c1, c2 } = twoCommunities();
    purgeInactiveCommunity(s.env, s.cid2);
    expect(communityExists(s.env.state, s.cid2)).toBe(false);
    s.clearEvents();
    s.cast(1n, 'Aye', [...c1], 4);
    // Its reputations are gone: the commitment is refused, nothing counts.
    expect(s.vote(c2[0]!.who, 1n, 'Aye', c2[0]!.reputations)).toBe('ok');
    expect(tags(s).at(-1)).toBe('VoteFailed');
    const report = onboardingReport(s.env.state, 1n, s.config.minTurnout)!;
    expect(report.communities.map((c) => [c.weight, c.decision])).toEqual([
      [2n * ONE, 'Aye'],
      [2n * ONE, 'Abstain'],
    ]);
    expect(report.totalWeight).toBe(4n * ONE);
    // Approval is harder: one Aye community of two is not enough.
    expect(report.passing).toBe(false);
  });

  it('α changed by a global SetOnboardingExponent proposal: running proposals keep their weights, later ones use α', () => {
    const { s, c1, c2 } = twoCommunities();
    expect(s.submit(ALICE, action('SetOnboardingExponent', [1, 1]))).toBe('ok'); // id 2, Global
    expect(s.proposal(2n)?.electorate_size).toBe(8n);
    s.cast(2n, 'Aye', [...c1], 4);
    s.cast(2n, 'Aye', [...c2], 4);
    s.setTime(60_001n);
    s.update(2n);
    expect(s.stateOf(2n)?.tag).toBe('Approved');
    s.clearEvents();
    s.goTo('Assigning');
    expect(s.events()).toContainEqual({ tag: 'OnboardingExponentUpdated', value: { num: 1, den: 1 } });
    expect(OnboardingExponent.get(s.env.state)).toEqual([1, 1]);
    // Proposal 1 keeps α = 1/2: weights √4 = 2.
    expect(OnboardingInfos.get(s.env.state, 1n)?.exponent).toEqual([1, 2]);
    expect(OnboardingSnapshots.get(s.env.state, 1n)!.map((e) => e.weight)).toEqual([2n * ONE, 2n * ONE]);
    // A later application is weighted with α = 1: w = N = 4.
    const later = applicationFor(specOf(loc(60, 60), bootstrappersOf(202)));
    expect(s.apply(APPLICANT, later)).toBe('ok');
    expect(OnboardingSnapshots.get(s.env.state, 3n)!.map((e) => e.weight)).toEqual([4n * ONE, 4n * ONE]);
    expect(OnboardingInfos.get(s.env.state, 3n)?.total_weight).toBe(8n * ONE);
  });

  it('SetOnboardingExponent is validated at submission: 1 ≤ den ≤ 8 and num ≤ den (InvalidExponent)', () => {
    const s = setupOnboarding();
    for (const bad of [
      [3, 2],
      [0, 0],
      [1, 9],
    ]) {
      expect(s.submit(ALICE, action('SetOnboardingExponent', bad))).toBe(err('InvalidExponent'));
    }
    expect(s.submit(ALICE, action('SetOnboardingExponent', [0, 8]))).toBe('ok');
  });

  it('the window is recomputed when voting (reputation lifetime changed); the snapshot stays', () => {
    const s = setupOnboarding();
    const c1 = s.populate(s.cid, 10, { 3: 2, 4: 2 });
    expect(s.apply(APPLICANT, APP)).toBe('ok');
    const before = OnboardingSnapshots.get(s.env.state, 1n);
    expect(before!.map((e) => [e.electorate, e.reputables])).toEqual([[4n, 2n]]);
    // L = 4: W(7) = {4, 5}; cindex 3 no longer counts although it did at submission.
    ReputationLifetime.set(s.env.state, 4);
    s.clearEvents();
    expect(s.vote(c1[0]!.who, 1n, 'Aye', c1[0]!.reputations)).toBe('ok');
    expect(CommunityTallies.get(s.env.state, 1n, s.cid)).toEqual({ turnout: 1n, ayes: 1n });
    expect(s.events()[0]).toEqual({
      tag: 'OnboardingVoteCounted',
      value: { proposal_id: 1n, cid: s.cid, vote: 'Aye', num_votes: 1n },
    });
    expect(OnboardingSnapshots.get(s.env.state, 1n)).toEqual(before);
  });

  it('the same person in several communities votes in each community tally, each reputation once', () => {
    const s = setupOnboarding();
    const both = person(30, 0);
    s.populate(s.cid, 10, { 4: 2 });
    s.populate(s.cid2, 11, { 4: 2 });
    s.giveReputation(both, s.cid, 4);
    s.giveReputation(both, s.cid2, 5);
    expect(s.apply(APPLICANT, APP)).toBe('ok');
    // The person counts as a reputable of both communities.
    expect(OnboardingSnapshots.get(s.env.state, 1n)!.map((e) => e.reputables)).toEqual([3n, 3n]);
    s.clearEvents();
    const reps = [
      [s.cid2, 5],
      [s.cid, 4],
      [s.cid, 4],
    ] as const;
    expect(s.vote(both, 1n, 'Nay', reps)).toBe('ok');
    expect(s.events().filter((e) => e.tag === 'OnboardingVoteCounted')).toEqual([
      { tag: 'OnboardingVoteCounted', value: { proposal_id: 1n, cid: s.cid, vote: 'Nay', num_votes: 1n } },
      { tag: 'OnboardingVoteCounted', value: { proposal_id: 1n, cid: s.cid2, vote: 'Nay', num_votes: 1n } },
    ]);
    expect(Tallies.get(s.env.state, 1n)).toEqual({ turnout: 2n, ayes: 0n });
    s.clearEvents();
    expect(s.vote(both, 1n, 'Aye', reps)).toBe('ok');
    expect(tags(s)).toEqual(['VoteFailed']);
    expect(CommunityTallies.get(s.env.state, 1n, s.cid)).toEqual({ turnout: 1n, ayes: 0n });
  });

  it('duplicate applications are refused while pending, queued, whitelisted or registered', () => {
    const { s, c1, c2 } = twoCommunities();
    const other = person(200, 1);
    expect(s.apply(other, APP)).toBe(err('OnboardingAlreadyPending'));
    approve(s, c1, c2);
    expect(PendingOnboarding.exists(s.env.state, APP.cid)).toBe(false);
    expect(s.apply(other, APP)).toBe(err('ProposalWaitingForEnactment'));
    s.goTo('Assigning');
    expect(OnboardingWhitelist.exists(s.env.state, APP.cid)).toBe(true);
    expect(s.apply(other, APP)).toBe(err('CommunityAlreadyWhitelisted'));
    s.goTo('Registering');
    expect(s.registerWhitelisted(SPEC[1][0]!, SPEC)).toBe('ok');
    expect(s.apply(other, APP)).toBe(err('CommunityAlreadyRegistered'));
    // None of the refused submissions kept the other applicant's deposit.
    expect(s.balance(other).reserved).toBe(0n);
  });

  it('registered by the privileged path meanwhile: EnactmentFailed (CommunityAlreadyRegistered), stays Approved', () => {
    const { s, c1, c2 } = twoCommunities();
    approve(s, c1, c2);
    expect(s.events().filter((e) => e.tag === 'OnboardingDepositReleased')).toHaveLength(1);
    registerCommunity(s.env, { location: SPEC[0], bootstrappers: SPEC[1], community_metadata: METADATA });
    s.clearEvents();
    s.goTo('Assigning');
    expect(s.events()).toContainEqual({
      tag: 'EnactmentFailed',
      value: {
        proposal_id: 1n,
        reason: { tag: 'Module', value: { index: 67, error: Uint8Array.of(11, 0, 0, 0) } },
      },
    });
    expect(s.stateOf(1n)?.tag).toBe('Approved');
    expect(OnboardingWhitelist.exists(s.env.state, APP.cid)).toBe(false);
    expect(s.balance(APPLICANT).reserved).toBe(0n);
  });

  it('votes after the confirmation period or after the lifetime revert with ProposalCannotBeUpdated', () => {
    const { s, c1, c2 } = twoCommunities();
    s.cast(1n, 'Aye', c1, 3);
    s.cast(1n, 'Aye', c2, 3);
    expect(s.stateOf(1n)?.tag).toBe('Confirming');
    s.setTime(60_001n);
    expect(s.vote(c1[0]!.who, 1n, 'Nay', c1[0]!.reputations)).toBe(err('ProposalCannotBeUpdated'));
    expect(s.stateOf(1n)?.tag).toBe('Confirming'); // reverted, the approval needs update_proposal_state
    expect(CommunityTallies.get(s.env.state, 1n, s.cid)).toEqual({ turnout: 3n, ayes: 3n });

    const t = twoCommunities();
    t.s.setTime(240_001n);
    expect(t.s.vote(t.c1[0]!.who, 1n, 'Aye', t.c1[0]!.reputations)).toBe(err('ProposalCannotBeUpdated'));
    expect(t.s.stateOf(1n)?.tag).toBe('Ongoing');
    expect(t.s.balance(APPLICANT).reserved).toBe(DEPOSIT); // the reverted rejection released nothing
  });

  it('deposit: reserved at submission, refused without funds, released exactly once at approval', () => {
    const s = setupOnboarding();
    const c1 = s.populate(s.cid, 10, { 4: 4 });
    const c2 = s.populate(s.cid2, 11, { 4: 4 });
    const poor = person(200, 9);
    s.endow(poor, DEPOSIT / 2n);
    expect(s.apply(poor, APP)).toBe('Balances.InsufficientBalance');
    expect(PendingOnboarding.exists(s.env.state, APP.cid)).toBe(false);
    s.endow(APPLICANT, 100n * DEPOSIT);
    expect(s.apply(APPLICANT, APP)).toBe('ok');
    expect(s.balance(APPLICANT)).toMatchObject({ free: 99n * DEPOSIT, reserved: DEPOSIT });
    s.clearEvents();
    approve(s, c1, c2);
    expect(s.events().filter((e) => e.tag === 'OnboardingDepositReleased')).toEqual([
      { tag: 'OnboardingDepositReleased', value: { proposal_id: 1n, who: APPLICANT, amount: DEPOSIT } },
    ]);
    expect(s.balance(APPLICANT)).toMatchObject({ free: 100n * DEPOSIT, reserved: 0n });
    s.goTo('Assigning');
    expect(s.stateOf(1n)?.tag).toBe('Enacted');
    expect(s.balance(APPLICANT).reserved).toBe(0n);
  });
});
