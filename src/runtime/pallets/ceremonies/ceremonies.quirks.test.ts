// spec: ceremonies §7.10 (inactivity purge), §10 item 20; economy §10 item 25
import { describe, expect, it } from 'vitest';
import { getCommunityIdentifiers } from '../communities/communities.js';
import { GlobalReputationCount, InactivityCounters, ReputationCount } from './storage.js';
import { accounts, loc, setup } from './testRuntime.js';

describe('QUIRK ceremonies §10 item 20: an inactivity purge wipes the global reputation counts of everyone', () => {
  it('purging inactive community A deletes GlobalReputationCount[1..3], though B was rewarded in all three', () => {
    const s = setup({ genesis: { inactivityTimeout: 1 } });
    const [a, b] = [accounts('a', 3), accounts('b', 3)];
    const cidA = s.newCommunity(a, [loc(1, 1)]);
    const cidB = s.newCommunity(b, [loc(10, 10)]);
    const meet = (groups: readonly (readonly [typeof cidA, typeof a])[]) => {
      for (const [cid, group] of groups) for (const who of group) expect(s.register(who, cid)).toBe('ok');
      s.goTo('Attesting');
      for (const [cid, group] of groups) s.attestAll(cid, group);
      s.goTo('Registering');
      for (const [cid, group] of groups) expect(s.claim(group[0]!, cid)).toBe('ok');
    };
    meet([
      [cidA, a],
      [cidB, b],
    ]); // cindex 1: both communities meet
    meet([[cidB, b]]); // cindex 2 and 3: only B
    meet([[cidB, b]]);
    expect(s.cindex()).toBe(4);
    expect([1, 2, 3].map((c) => GlobalReputationCount.get(s.env.state, c))).toEqual([6n, 3n, 3n]);
    expect(InactivityCounters.get(s.env.state, cidA)).toBe(1);

    // Timeout 1: the second consecutive empty ceremony of A (cindex 3) makes it inactive at this Assigning.
    s.goTo('Assigning');
    expect(getCommunityIdentifiers(s.env.state)).toEqual([cidB]);
    for (const c of [1, 2, 3]) {
      expect(GlobalReputationCount.exists(s.env.state, c), `cindex ${c}`).toBe(false);
      expect(ReputationCount.get(s.env.state, [cidB, c])).toBe(3n);
    }
  });
});
