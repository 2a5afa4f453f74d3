// spec: economy §6.6 submit_proposal (steps 1–6), §6.5 electorate snapshot, §6.3 genesis, §10 item 20
import { describe, expect, it } from 'vitest';
import { ONE } from '../../../primitives/fixed/fixed.js';
import { NONE, signed } from '../../framework/pallet.js';
import { CurrentPurposeId, Purposes } from '../reputationCommitments/storage.js';
import { PhaseDurations } from '../scheduler/storage.js';
import { identifierOf } from './actions.js';
import { action, actions, NEW_METADATA, swapNativeOption } from './fixtures.js';
import { democracyStorageVersionKey } from './genesis.js';
import { EnactmentQueue, ProposalCount, PurposeIds, Tallies } from './storage.js';
import { ALICE, BOB, err, setupDemocracy } from './testSupport.js';

const ascii = (s: string) => new TextEncoder().encode(s);

describe('economy §6.3 — genesis', () => {
  it('writes ProposalCount = 0 and storage version 2', () => {
    const s = setupDemocracy();
    expect(s.env.state.get(ProposalCount.key())).toEqual(new Uint8Array(16));
    expect(s.env.state.get(democracyStorageVersionKey())).toEqual(Uint8Array.of(2, 0));
  });
});

describe('economy §6.6 — submit_proposal', () => {
  it('stores an Ongoing proposal with id 1, start = now, start_cindex, electorate, purpose and an empty tally', () => {
    const s = setupDemocracy();
    s.setCindex(7);
    s.setTime(123_456n);
    s.giveReputation(ALICE, s.cid, 4);
    s.giveReputation(ALICE, s.cid, 5);
    for (const k of [3, 4, 5]) s.giveReputation(BOB, s.cid2, k);
    const a = actions(s.cid, BOB).UpdateNominalIncome;
    expect(s.submit(ALICE, a)).toBe('ok');
    expect(s.proposal(1n)).toEqual({
      start: 123_456n,
      start_cindex: 7,
      action: a,
      state: { tag: 'Ongoing', value: undefined },
      electorate_size: 2n,
    });
    expect(ProposalCount.get(s.env.state)).toBe(1n);
    expect(Tallies.get(s.env.state, 1n)).toEqual({ turnout: 0n, ayes: 0n });
    expect(PurposeIds.get(s.env.state, 1n)).toBe(0n);
    expect(Purposes.get(s.env.state, 0n)).toEqual(ascii('democracyProposal1'));
    // Events: the commitments pallet's registration first, then ProposalSubmitted.
    expect(s.env.events.map((e) => `${e.pallet}.${e.event.tag}`)).toEqual([
      'EncointerReputationCommitments.RegisteredCommitmentPurpose',
      'EncointerDemocracy.ProposalSubmitted',
    ]);
    expect(s.events()).toEqual([
      { tag: 'ProposalSubmitted', value: { proposal_id: 1n, proposal_action: a } },
    ]);
  });

  it('electorate snapshot: global 5 and community(cid) 2 for the §6.5 example; ids count up', () => {
    const s = setupDemocracy();
    s.setCindex(7);
    s.giveReputation(ALICE, s.cid, 4);
    s.giveReputation(ALICE, s.cid, 5);
    for (const k of [3, 4, 5]) s.giveReputation(BOB, s.cid2, k);
    s.submit(ALICE, action('SetInactivityTimeout', 3));
    s.submit(ALICE, action('Petition', [s.cid, ascii('p')]));
    s.submit(ALICE, action('Petition', [undefined, ascii('p')]));
    expect([1n, 2n, 3n].map((id) => s.proposal(id)?.electorate_size)).toEqual([5n, 2n, 5n]);
    expect([1n, 2n, 3n].map((id) => PurposeIds.get(s.env.state, id))).toEqual([0n, 1n, 2n]);
  });

  it('the electorate stays snapshotted when reputation counts change later', () => {
    const s = setupDemocracy();
    s.setCindex(7);
    s.setReputationCount(s.cid, 4, 10n);
    s.submit(ALICE, actions(s.cid, BOB).UpdateDemurrage);
    s.setReputationCount(s.cid, 4, 2000n);
    s.update(1n);
    expect(s.proposal(1n)?.electorate_size).toBe(10n);
  });

  it('refuses with ProposalWaitingForEnactment while the identifier is queued, checked before the origin', () => {
    const s = setupDemocracy();
    const a = actions(s.cid, BOB).UpdateNominalIncome;
    EnactmentQueue.set(s.env.state, identifierOf(a), [9n]);
    expect(s.submit(ALICE, a)).toBe(err('ProposalWaitingForEnactment'));
    expect(s.submit(ALICE, a, NONE)).toBe(err('ProposalWaitingForEnactment'));
    // Another identifier (other cid) is not blocked.
    expect(s.submit(ALICE, actions(s.cid2, BOB).UpdateNominalIncome)).toBe('ok');
  });

  it('needs a signed origin (any account, no deposit, no reputation)', () => {
    const s = setupDemocracy();
    expect(s.submit(ALICE, actions(s.cid, BOB).Petition, NONE)).toBe('BadOrigin');
    expect(s.submit(ALICE, actions(s.cid, BOB).Petition, signed(new Uint8Array(32).fill(77)))).toBe('ok');
  });

  it('ProposalIdOutOfBounds when ProposalCount is u128::MAX; nothing is written', () => {
    const s = setupDemocracy();
    ProposalCount.set(s.env.state, (1n << 128n) - 1n);
    expect(s.submit(ALICE, actions(s.cid, BOB).Petition)).toBe(err('ProposalIdOutOfBounds'));
    expect(s.events()).toEqual([]);
  });

  it('errors of the commitments pallet bubble up: PurposeRegistryOverflow when the purpose ids are exhausted', () => {
    const s = setupDemocracy();
    CurrentPurposeId.set(s.env.state, (1n << 64n) - 1n);
    expect(s.submit(ALICE, actions(s.cid, BOB).Petition)).toBe(
      'EncointerReputationCommitments.PurposeRegistryOverflow',
    );
    expect(ProposalCount.get(s.env.state)).toBe(0n);
  });

  it('MathError when the cycle duration is 0 (the window cannot be computed)', () => {
    const s = setupDemocracy();
    for (const p of ['Registering', 'Assigning', 'Attesting'] as const)
      PhaseDurations.set(s.env.state, p, 0n);
    expect(s.submit(ALICE, actions(s.cid, BOB).Petition)).toBe(err('MathError'));
  });

  it('QUIRK §10 item 20: the payload is not validated at submission', () => {
    const s = setupDemocracy();
    const unknown = { geohash: ascii('zzzzz'), digest: Uint8Array.of(9, 9, 9, 9) };
    expect(s.submit(ALICE, action('UpdateDemurrage', [unknown, 5n * ONE]))).toBe('ok');
    expect(s.submit(ALICE, action('IssueSwapNativeOption', [s.cid, BOB, swapNativeOption(s.cid2)]))).toBe(
      'ok',
    );
    expect(
      s.submit(
        ALICE,
        action('UpdateCommunityMetadata', [s.cid, { ...NEW_METADATA, name: new Uint8Array(0) }]),
      ),
    ).toBe('ok');
  });

  it('economy §9: onboarding actions are refused when no extension is configured', () => {
    const s = setupDemocracy();
    const onboard = action('OnboardCommunity', {
      cid: s.cid,
      spec_hash: new Uint8Array(32),
      dossier: ascii('Qm'),
    });
    expect(s.submit(ALICE, onboard)).toBe('Other');
    expect(s.submit(ALICE, action('SetOnboardingExponent', [1, 2]))).toBe('Other');
  });
});
