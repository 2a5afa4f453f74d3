// spec: economy §6 end to end with real ceremonies — §8 votes weighted by attendances (reputations earned in
// ceremonies, committed once per proposal), §6.5 electorate from ReputationCount, §6.9 enactment before rewards
import { describe, expect, it } from 'vitest';
import { ONE } from '../../../primitives/fixed/fixed.js';
import type { CommunityIdentifier } from '../../../primitives/scale/index.js';
import { signed } from '../../framework/pallet.js';
import { ParticipantReputation, ReputationCount } from '../ceremonies/storage.js';
import { getBootstrappers } from '../communities/communities.js';
import { balanceOf } from '../encointerBalances/balances.js';
import { action } from './fixtures.js';
import { setupDemocracy } from './testSupport.js';

describe('economy §6 + §8 with ceremonies: reputations earned in meetups vote, the approved income is paid', () => {
  it('three bootstrappers attend two ceremonies, vote with both attendances, and the new income applies', () => {
    const s = setupDemocracy();
    const ceremonies = (who: Uint8Array, name: string, args: object) =>
      s.env.apply(signed(who), { tag: 'EncointerCeremonies', value: { tag: name, value: args } });
    const group = getBootstrappers(s.env.state, s.cid);
    /** One ceremony of the bootstrappers, attested fully, rewards claimed; ends in the next Registering phase. */
    const ceremony = (cid: CommunityIdentifier) => {
      for (const b of group)
        expect(ceremonies(b, 'register_participant', { cid, proof: undefined }).ok).toBe(true);
      s.goTo('Attesting');
      for (const b of group) {
        const others = group.filter((o) => o !== b);
        const r = ceremonies(b, 'attest_attendees', {
          cid,
          number_of_participants_vote: group.length,
          attestations: others,
        });
        expect(r.ok).toBe(true);
      }
      s.goTo('Registering');
      expect(ceremonies(group[0]!, 'claim_rewards', { cid, maybe_meetup_index: undefined }).ok).toBe(true);
    };
    ceremony(s.cid); // cindex 1
    ceremony(s.cid); // cindex 2
    expect([1, 2].map((k) => ReputationCount.get(s.env.state, [s.cid, k]))).toEqual([3n, 3n]);
    expect(ParticipantReputation.get(s.env.state, [s.cid, 1], group[0]!).tag).toBe('VerifiedUnlinked');
    // At cindex 4 the window is W(4) = [max(4 − 5, 0) + 1, 2] = {1, 2}: electorate 6.
    for (let i = 0; i < 3; i++) s.nextPhase();
    s.setTime(1_000n);
    expect(s.submit(group[0]!, action('UpdateNominalIncome', [s.cid, 3n * ONE]))).toBe('ok');
    const p = s.proposal(1n)!;
    expect([p.start_cindex, p.electorate_size]).toEqual([4, 6n]);
    // Each attendance is one vote; the second listing of a reputation is refused by its commitment.
    expect(
      s.vote(group[0]!, 1n, 'Aye', [
        [s.cid, 1],
        [s.cid, 2],
        [s.cid, 1],
      ]),
    ).toBe('ok');
    expect(
      s.vote(group[1]!, 1n, 'Aye', [
        [s.cid, 1],
        [s.cid, 2],
      ]),
    ).toBe('ok');
    expect(s.vote(group[2]!, 1n, 'Nay', [[s.cid, 2]])).toBe('ok');
    expect(s.tally(1n)).toEqual({ turnout: 5n, ayes: 4n });
    // e 6, t 5, a 4: 833 ‰, threshold √6·√5 / (√6/√5 + 1) ≈ 2.89 → passing.
    expect(s.stateOf(1n)).toEqual({ tag: 'Confirming', value: { since: 1_000n } });
    s.setTime(61_001n);
    expect(s.update(1n)).toBe('ok');
    expect(s.stateOf(1n)?.tag).toBe('Approved');
    // Ceremony 4: enactment at Assigning precedes the meetup; the rewards of cindex 4 use the new income.
    for (const b of group)
      expect(ceremonies(b, 'register_participant', { cid: s.cid, proof: undefined }).ok).toBe(true);
    const before = balanceOf(s.env.state, s.cid, group[1]!, s.env.blockNumber);
    s.nextPhase();
    expect(s.stateOf(1n)?.tag).toBe('Enacted');
    s.goTo('Attesting');
    for (const b of group) {
      ceremonies(b, 'attest_attendees', {
        cid: s.cid,
        number_of_participants_vote: group.length,
        attestations: group.filter((o) => o !== b),
      });
    }
    s.goTo('Registering');
    expect(ceremonies(group[0]!, 'claim_rewards', { cid: s.cid, maybe_meetup_index: undefined }).ok).toBe(
      true,
    );
    const after = balanceOf(s.env.state, s.cid, group[1]!, s.env.blockNumber);
    expect(after - before).toBe(3n * ONE);
  });
});
