// spec: economy §6.6 vote (steps 1–6, QUIRK §10 item 16), §6.11 scope, §8 (one commitment per reputation and proposal)
import { describe, expect, it } from 'vitest';
import type { CommunityIdentifier, Reputation } from '../../../primitives/scale/index.js';
import { NONE } from '../../framework/pallet.js';
import { ReputationLifetime } from '../ceremonies/storage.js';
import { hasCommitted } from '../reputationCommitments/commitments.js';
import { PhaseDurations } from '../scheduler/storage.js';
import { action, actions } from './fixtures.js';
import { PurposeIds, Tallies } from './storage.js';
import { ALICE, BOB, CHARLIE, err, setupDemocracy } from './testSupport.js';

const UNVERIFIED_REPUTABLE: Reputation = { tag: 'UnverifiedReputable', value: undefined };
const LINKED: Reputation = { tag: 'VerifiedLinked', value: 8 };
const ascii = (s: string) => new TextEncoder().encode(s);

/** The §6.6 mock setting: s = 7, W = {3, 4, 5}. */
const atCindex7 = () => {
  const s = setupDemocracy();
  s.setCindex(7);
  return s;
};

describe('economy §6.6 — vote vectors (mock, s = 7, W = {3, 4, 5})', () => {
  it('Aye with (cid,3) unverified, (cid,4), (cid,5) verified → 2/2; then Nay with six reputations → 3/2', () => {
    const s = atCindex7();
    s.giveReputation(ALICE, s.cid, 3, UNVERIFIED_REPUTABLE);
    s.giveReputation(ALICE, s.cid, 4);
    s.giveReputation(ALICE, s.cid, 5, LINKED);
    s.giveReputation(ALICE, s.cid2, 4, UNVERIFIED_REPUTABLE);
    s.giveReputation(ALICE, s.cid2, 5);
    s.giveReputation(ALICE, s.cid2, 6);
    s.giveReputation(ALICE, s.cid, 2);
    // A global proposal, so that both communities' reputations count.
    expect(s.submit(BOB, action('Petition', [undefined, ascii('global')]))).toBe('ok');
    s.clearEvents();
    expect(
      s.vote(ALICE, 1n, 'Aye', [
        [s.cid, 3],
        [s.cid, 4],
        [s.cid, 5],
      ]),
    ).toBe('ok');
    expect(s.tally(1n)).toEqual({ turnout: 2n, ayes: 2n });
    const again: [CommunityIdentifier, number][] = [
      [s.cid, 2], // outside the window
      [s.cid, 4], // already used for this proposal
      [s.cid2, 4], // unverified
      [s.cid2, 5], // valid
      [s.cid2, 6], // outside the window
      [s.cid2, 3], // no reputation at all
    ];
    expect(s.vote(ALICE, 1n, 'Nay', again)).toBe('ok');
    expect(s.tally(1n)).toEqual({ turnout: 3n, ayes: 2n });
    expect(s.events().filter((e) => e.tag.startsWith('Vote'))).toEqual([
      { tag: 'VotePlaced', value: { proposal_id: 1n, vote: 'Aye', num_votes: 2n } },
      { tag: 'VotePlaced', value: { proposal_id: 1n, vote: 'Nay', num_votes: 1n } },
    ]);
  });

  it('VerifiedUnlinked and VerifiedLinked count, UnverifiedReputable does not', () => {
    const s = atCindex7();
    s.giveReputation(ALICE, s.cid, 3, UNVERIFIED_REPUTABLE);
    s.giveReputation(BOB, s.cid, 3);
    s.giveReputation(CHARLIE, s.cid, 3, LINKED);
    s.submit(BOB, actions(s.cid, BOB).Petition);
    for (const who of [ALICE, BOB, CHARLIE]) s.vote(who, 1n, 'Aye', [[s.cid, 3]]);
    expect(s.tally(1n)).toEqual({ turnout: 2n, ayes: 2n });
  });

  it('a reputation repeated in one call counts once (the commitment refuses the repeat)', () => {
    const s = atCindex7();
    s.giveReputation(ALICE, s.cid, 4);
    s.giveReputation(ALICE, s.cid, 5);
    s.submit(BOB, actions(s.cid, BOB).Petition);
    s.vote(ALICE, 1n, 'Aye', [
      [s.cid, 4],
      [s.cid, 4],
      [s.cid, 5],
      [s.cid, 5],
    ]);
    expect(s.tally(1n)).toEqual({ turnout: 2n, ayes: 2n });
  });

  it('§8: each counted reputation is committed under the proposal purpose; it votes again on another proposal', () => {
    const s = atCindex7();
    s.giveReputation(ALICE, s.cid, 4);
    s.submit(BOB, actions(s.cid, BOB).Petition);
    s.submit(BOB, actions(s.cid, BOB).UpdateNominalIncome);
    s.vote(ALICE, 1n, 'Aye', [[s.cid, 4]]);
    const p1 = PurposeIds.get(s.env.state, 1n)!;
    const p2 = PurposeIds.get(s.env.state, 2n)!;
    expect(hasCommitted(s.env.state, ALICE, s.cid, 4, p1)).toBe(true);
    expect(hasCommitted(s.env.state, ALICE, s.cid, 4, p2)).toBe(false);
    s.vote(ALICE, 1n, 'Nay', [[s.cid, 4]]);
    expect(s.tally(1n)).toEqual({ turnout: 1n, ayes: 1n });
    s.vote(ALICE, 2n, 'Nay', [[s.cid, 4]]);
    expect(s.tally(2n)).toEqual({ turnout: 1n, ayes: 0n });
  });

  it('§8: a reputation used for a faucet drip can still vote (commitments are per purpose)', () => {
    const s = atCindex7();
    s.giveReputation(ALICE, s.cid, 4);
    s.shell.currency.depositCreating(s.env, BOB, 1_000_000n);
    const faucet = (name: string, args: object) =>
      s.env.apply(
        { kind: 'Signed', who: BOB },
        { tag: 'EncointerFaucet', value: { tag: name, value: args } },
      );
    expect(
      faucet('create_faucet', {
        name: ascii('F'),
        amount: 10_000n,
        whitelist: undefined,
        drip_amount: 1_000n,
      }).ok,
    ).toBe(true);
    const account = s.env.eventsOf('EncointerFaucet')[0]!.value as [Uint8Array, Uint8Array];
    const drip = s.env.apply(
      { kind: 'Signed', who: ALICE },
      {
        tag: 'EncointerFaucet',
        value: { tag: 'drip', value: { faucet_account: account[0], cid: s.cid, cindex: 4 } },
      },
    );
    expect(drip.ok).toBe(true);
    s.submit(BOB, actions(s.cid, BOB).Petition);
    s.vote(ALICE, 1n, 'Aye', [[s.cid, 4]]);
    expect(s.tally(1n)).toEqual({ turnout: 1n, ayes: 1n });
  });

  it('§6.11: a community proposal counts only its own community; a global one counts every community one-for-one', () => {
    const s = atCindex7();
    s.giveReputation(ALICE, s.cid, 4);
    s.giveReputation(ALICE, s.cid2, 4);
    s.giveReputation(ALICE, s.cid2, 5);
    s.submit(BOB, actions(s.cid, BOB).Petition);
    s.submit(BOB, action('Petition', [undefined, ascii('all')]));
    const mine: [CommunityIdentifier, number][] = [
      [s.cid, 4],
      [s.cid2, 4],
      [s.cid2, 5],
    ];
    s.vote(ALICE, 1n, 'Aye', mine);
    s.vote(ALICE, 2n, 'Aye', mine);
    expect([s.tally(1n), s.tally(2n)]).toEqual([
      { turnout: 1n, ayes: 1n },
      { turnout: 3n, ayes: 3n },
    ]);
    // The cid2 reputations were not committed for the community proposal.
    s.submit(BOB, actions(s.cid2, BOB).Petition);
    s.vote(ALICE, 3n, 'Aye', mine);
    expect(s.tally(3n)).toEqual({ turnout: 2n, ayes: 2n });
  });

  it('no countable reputation: VoteFailed, the call still succeeds', () => {
    const s = atCindex7();
    s.submit(BOB, actions(s.cid, BOB).Petition);
    s.clearEvents();
    expect(s.vote(ALICE, 1n, 'Nay', [[s.cid, 4]])).toBe('ok');
    expect(s.vote(ALICE, 1n, 'Aye', [])).toBe('ok');
    expect(s.events()).toEqual([
      { tag: 'VoteFailed', value: { proposal_id: 1n, vote: 'Nay' } },
      { tag: 'VoteFailed', value: { proposal_id: 1n, vote: 'Aye' } },
    ]);
  });

  it('QUIRK §10 item 19: the window uses the current reputation lifetime and cycle, the electorate stays', () => {
    const s = atCindex7();
    s.giveReputation(ALICE, s.cid, 3);
    s.giveReputation(BOB, s.cid, 3);
    s.submit(BOB, actions(s.cid, BOB).Petition);
    expect(s.proposal(1n)?.electorate_size).toBe(2n);
    ReputationLifetime.set(s.env.state, 4); // W(7) = {4, 5}
    s.vote(ALICE, 1n, 'Aye', [[s.cid, 3]]);
    expect(s.tally(1n)).toEqual({ turnout: 0n, ayes: 0n });
    ReputationLifetime.set(s.env.state, 5);
    s.vote(ALICE, 1n, 'Aye', [[s.cid, 3]]);
    expect(s.tally(1n)).toEqual({ turnout: 1n, ayes: 1n });
    // A shorter cycle makes P = 2 (lifetime 240 000 ms > 2 min cycle): W(7) = {4, 5}, so (cid, 3) is out again.
    for (const p of ['Registering', 'Assigning', 'Attesting'] as const)
      PhaseDurations.set(s.env.state, p, 40_000n);
    s.vote(BOB, 1n, 'Aye', [[s.cid, 3]]);
    expect(s.tally(1n)).toEqual({ turnout: 1n, ayes: 1n });
    expect(s.proposal(1n)?.electorate_size).toBe(2n);
  });

  it('errors: BadOrigin, InexistentProposal, VoteCountOverflow, MathError', () => {
    const s = atCindex7();
    // Electorate 0 (turnout 0 ‰): the huge tally below never reaches the AQB arithmetic.
    s.submit(BOB, actions(s.cid, BOB).Petition);
    s.giveReputation(ALICE, s.cid, 4);
    expect(s.call(NONE, 'vote', { proposal_id: 1n, vote: 'Aye', reputations: [] })).toBe('BadOrigin');
    expect(s.vote(ALICE, 2n, 'Aye', [[s.cid, 4]])).toBe(err('InexistentProposal'));
    Tallies.set(s.env.state, 1n, { turnout: (1n << 128n) - 1n, ayes: 0n });
    expect(s.vote(ALICE, 1n, 'Aye', [[s.cid, 4]])).toBe(err('VoteCountOverflow'));
    expect(hasCommitted(s.env.state, ALICE, s.cid, 4, PurposeIds.get(s.env.state, 1n)!)).toBe(false);
    Tallies.set(s.env.state, 1n, { turnout: 0n, ayes: 0n });
    for (const p of ['Registering', 'Assigning', 'Attesting'] as const)
      PhaseDurations.set(s.env.state, p, 0n);
    expect(s.vote(ALICE, 1n, 'Aye', [[s.cid, 4]])).toBe(err('MathError'));
  });

  it('AQBError surfaces from the pre-vote state update when MinTurnout is 0 and nobody voted yet', () => {
    const s = setupDemocracy({ config: { minTurnout: 0n } });
    s.setCindex(7);
    s.giveReputation(ALICE, s.cid, 4);
    s.submit(BOB, actions(s.cid, BOB).Petition);
    expect(s.vote(ALICE, 1n, 'Aye', [[s.cid, 4]])).toBe(err('AQBError'));
    expect(s.update(1n)).toBe(err('AQBError'));
  });

  it('more reputations than MaxReputationCount (10 in the mock) are refused', () => {
    const s = atCindex7();
    s.submit(BOB, actions(s.cid, BOB).Petition);
    const eleven = Array.from({ length: 11 }, () => [s.cid, 4] as [CommunityIdentifier, number]);
    expect(s.vote(ALICE, 1n, 'Aye', eleven)).toBe('Other');
    expect(s.vote(ALICE, 1n, 'Aye', eleven.slice(1))).toBe('ok');
  });
});

describe('QUIRK economy §10 item 16 — no vote once the pre-vote update finalises the proposal', () => {
  it('after the confirmation period the vote fails with ProposalCannotBeUpdated and is reverted', () => {
    const s = atCindex7();
    s.setReputationCount(s.cid, 4, 9n);
    s.giveReputation(ALICE, s.cid, 4);
    s.giveReputation(BOB, s.cid, 4);
    s.giveReputation(CHARLIE, s.cid, 5);
    s.submit(BOB, actions(s.cid, BOB).Petition);
    s.vote(ALICE, 1n, 'Aye', [[s.cid, 4]]);
    s.vote(BOB, 1n, 'Aye', [[s.cid, 4]]);
    expect(s.stateOf(1n)).toEqual({ tag: 'Confirming', value: { since: 0n } });
    s.setTime(60_001n);
    s.clearEvents();
    expect(s.vote(CHARLIE, 1n, 'Aye', [[s.cid, 5]])).toBe(err('ProposalCannotBeUpdated'));
    expect(s.stateOf(1n)).toEqual({ tag: 'Confirming', value: { since: 0n } });
    expect(s.tally(1n)).toEqual({ turnout: 2n, ayes: 2n });
    expect(s.events()).toEqual([]);
    expect(s.update(1n)).toBe('ok');
    expect(s.stateOf(1n)?.tag).toBe('Approved');
  });

  it('after the lifetime an ongoing proposal cannot be voted on either', () => {
    const s = atCindex7();
    s.giveReputation(ALICE, s.cid, 4);
    s.submit(BOB, actions(s.cid, BOB).Petition);
    s.setTime(240_001n);
    expect(s.vote(ALICE, 1n, 'Aye', [[s.cid, 4]])).toBe(err('ProposalCannotBeUpdated'));
    expect(s.stateOf(1n)?.tag).toBe('Ongoing');
  });
});
