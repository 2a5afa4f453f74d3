// spec: economy §9.6 (submission checks 1–8 in order, snapshot, deposit, events)
import { describe, expect, it } from 'vitest';
import { ONE } from '../../../primitives/fixed/fixed.js';
import { NONE } from '../../framework/pallet.js';
import { loc } from '../ceremonies/testRuntime.js';
import { action } from '../democracy/fixtures.js';
import { err } from '../democracy/testSupport.js';
import { OnboardingInfos, OnboardingSnapshots, OnboardingWhitelist, PendingOnboarding } from './storage.js';
import { applicationFor, bootstrappersOf, DOSSIER, person, setupOnboarding, specOf } from './testSupport.js';

const ascii = (s: string) => new TextEncoder().encode(s);
const APPLICANT = person(200, 0);
const APP = applicationFor(specOf(loc(50, 50), bootstrappersOf(201)));
const DEPOSIT = 10n * 10n ** 12n;

const populated = () => {
  const s = setupOnboarding();
  s.populate(s.cid, 10, { 3: 4, 5: 2 }); // N 4, E 6
  s.populate(s.cid2, 11, { 4: 1 }); // N 1, E 1
  s.endow(APPLICANT);
  return s;
};

describe('economy §9.6 submit_proposal(OnboardCommunity)', () => {
  it('stores the proposal with Σ E_c, the snapshot, the info and the pending marker; events in order', () => {
    const s = populated();
    expect(s.apply(APPLICANT, APP)).toBe('ok');
    expect(s.proposal(1n)).toMatchObject({ start_cindex: 7, electorate_size: 7n, state: { tag: 'Ongoing' } });
    expect(OnboardingSnapshots.get(s.env.state, 1n)).toEqual([
      { cid: s.cid, electorate: 6n, reputables: 4n, weight: 2n * ONE },
      { cid: s.cid2, electorate: 1n, reputables: 1n, weight: ONE },
    ]);
    expect(OnboardingInfos.get(s.env.state, 1n)).toEqual({
      applicant: APPLICANT,
      deposit: DEPOSIT,
      exponent: [1, 2],
      total_weight: 3n * ONE,
    });
    expect(PendingOnboarding.get(s.env.state, APP.cid)).toBe(1n);
    expect(s.events().map((e) => e.tag)).toEqual(['ProposalSubmitted', 'OnboardingSnapshotTaken']);
    expect(s.events()[1]!.value).toEqual({
      proposal_id: 1n,
      cid: APP.cid,
      eligible_communities: 2,
      total_weight: 3n * ONE,
    });
    expect(s.env.eventsOf('Balances')).toContainEqual({
      tag: 'Reserved',
      value: { who: APPLICANT, amount: DEPOSIT },
    });
  });

  it.each([
    ['a 45-character dossier', { ...APP, dossier: DOSSIER.slice(1) }, 'InvalidDossierCid'],
    ["a dossier with '0'", { ...APP, dossier: ascii(`0${'1'.repeat(45)}`) }, 'InvalidDossierCid'],
    [
      "an 'a' in the geohash",
      { ...APP, cid: { geohash: ascii('u0qja'), digest: APP.cid.digest } },
      'InvalidCommunityIdentifier',
    ],
    [
      'both wrong: the dossier first',
      { ...APP, cid: { geohash: ascii('aaaaa'), digest: APP.cid.digest }, dossier: ascii('x') },
      'InvalidDossierCid',
    ],
  ])('%s → %s', (_what, app, error) => {
    const s = populated();
    expect(s.apply(APPLICANT, app)).toBe(err(error));
    expect(s.balance(APPLICANT).reserved).toBe(0n);
  });

  it('order of the state checks: registered, whitelisted, pending, eligibility, then the deposit', () => {
    const s = setupOnboarding();
    const poor = person(200, 5); // no funds at all
    // A registered cid is refused before anything else (even without eligible communities or funds).
    expect(s.submit(poor, action('OnboardCommunity', { ...APP, cid: s.cid }))).toBe(
      err('CommunityAlreadyRegistered'),
    );
    OnboardingWhitelist.set(s.env.state, APP.cid, {
      spec_hash: APP.spec_hash,
      proposal_id: 9n,
      applicant: poor,
      expires_after: 7,
    });
    expect(s.submit(poor, action('OnboardCommunity', APP))).toBe(err('CommunityAlreadyWhitelisted'));
    // Expired (expires_after < current cindex) but not yet purged: no longer blocks.
    OnboardingWhitelist.set(s.env.state, APP.cid, {
      spec_hash: APP.spec_hash,
      proposal_id: 9n,
      applicant: poor,
      expires_after: 6,
    });
    PendingOnboarding.set(s.env.state, APP.cid, 9n);
    expect(s.submit(poor, action('OnboardCommunity', APP))).toBe(err('OnboardingAlreadyPending'));
    PendingOnboarding.remove(s.env.state, APP.cid);
    expect(s.submit(poor, action('OnboardCommunity', APP))).toBe(err('NoEligibleCommunities'));
    s.populate(s.cid, 10, { 4: 1 });
    expect(s.submit(poor, action('OnboardCommunity', APP))).toBe('Balances.InsufficientBalance');
  });

  it('an unsigned submission is BadOrigin', () => {
    const s = populated();
    expect(s.submit(APPLICANT, action('OnboardCommunity', APP), NONE)).toBe('BadOrigin');
  });
});
