// spec: ceremonies §9.13 "purging", "inactivity", §7.9 (Registering hook), §7.10; QUIRKs §10 items 19, 20, 23
import { Twox128 } from '@polkadot-api/substrate-bindings';
import { describe, expect, it } from 'vitest';
import { toHex } from '../../../primitives/common/bytes.js';
import type { CommunityIdentifier } from '../../../primitives/scale/index.js';
import {
  communityExists,
  getCommunityIdentifiers,
  purgeCommunity as removeCommunity,
} from '../communities/communities.js';
import { totalIssuance } from '../encointerBalances/balances.js';
import { purgeInactiveCommunity, updateInactivityCounters } from './purge.js';
import {
  BootstrapperIndex,
  BurnedBootstrapperNewbieTickets,
  GlobalReputationCount,
  InactivityCounters,
  IssuedRewards,
  ParticipantReputation,
  ReputationCount,
} from './storage.js';
import { ALICE, account, accounts, err, loc, type Setup, SIX, setup } from './testRuntime.js';

const prefixOf = (pallet: string) => toHex(Twox128(new TextEncoder().encode(pallet)));
const PALLETS = ['EncointerCeremonies', 'EncointerCommunities', 'EncointerBalances'];
const keysOf = (s: Setup) => PALLETS.flatMap((p) => s.env.state.keys(prefixOf(p)));

const cidOf = (n: number): CommunityIdentifier => ({
  geohash: Uint8Array.of(n, n, n, n, n),
  digest: Uint8Array.of(n, 0, 0, 0),
});

describe('purging (ceremonies §9.13, §7.9, §7.10)', () => {
  it('a registration at cindex 1 survives 6 cycles (lifetime 6) and is purged on entering cindex 8', () => {
    const s = setup({ genesis: { inactivityTimeout: 100 } });
    const cid = s.newCommunity();
    expect(s.register(ALICE, cid)).toBe('ok');
    s.cycles(6);
    expect(s.cindex()).toBe(7);
    expect(BootstrapperIndex.get(s.env.state, [cid, 1], ALICE.id)).toBe(1n);
    s.cycles(1);
    expect(s.cindex()).toBe(8);
    expect(BootstrapperIndex.exists(s.env.state, [cid, 1], ALICE.id)).toBe(false);
    expect(s.events()).toContainEqual({ tag: 'CommunityCeremonyHistoryPurged', value: [cid, 1] });
  });

  it('purge_community leaves no key of the ceremonies, communities or balances pallets behind (storage leak)', () => {
    const s = setup();
    const genesisKeys = keysOf(s);
    const cid = s.newCommunity(SIX, [loc(1, 1), loc(1, 1.01)]);
    s.bootstrap(cid);
    // Every kind of per-community data: registrations with a proof, endorsements, tickets, attestations, votes.
    const zoran = account('Zoran');
    ParticipantReputation.set(s.env.state, [cid, 1], zoran.id, { tag: 'VerifiedUnlinked', value: undefined });
    for (const b of SIX) expect(s.register(b, cid)).toBe('ok');
    expect(s.call(s.as(ALICE), 'endorse_newcomer', { cid, newbie: zoran.id })).toBe('ok');
    expect(s.call(s.as(zoran), 'endorse_newcomer', { cid, newbie: account('Zed').id })).toBe('ok');
    expect(s.register(account('Newbie'), cid)).toBe('ok');
    s.goTo('Attesting');
    s.attestAll(cid, SIX);
    expect(s.claim(ALICE, cid)).toBe('ok');
    expect(keysOf(s).length).toBeGreaterThan(genesisKeys.length + 50);
    purgeInactiveCommunity(s.env, cid);
    expect(keysOf(s)).toEqual(genesisKeys);
    expect(communityExists(s.env.state, cid)).toBe(false);
    expect(s.env.eventsOf('EncointerCommunities').at(-1)).toEqual({ tag: 'CommunityPurged', value: cid });
  });

  it("QUIRK §10.19: the communities pallet's own purge leaves the ceremonies history; ours removes both", () => {
    const s = setup();
    const cid = s.newCommunity();
    s.bootstrap(cid);
    removeCommunity(s.env, cid);
    expect(communityExists(s.env.state, cid)).toBe(false);
    expect(ParticipantReputation.exists(s.env.state, [cid, 1], ALICE.id)).toBe(true);
    purgeInactiveCommunity(s.env, cid);
    expect(ParticipantReputation.exists(s.env.state, [cid, 1], ALICE.id)).toBe(false);
  });

  it('QUIRK §10.20: purging one community ceremony wipes the global count of every community', () => {
    const s = setup();
    const [a, b] = [accounts('a', 3), accounts('b', 3)];
    const cidA = s.newCommunity(a, [loc(1, 1)]);
    const cidB = s.newCommunity(b, [loc(10, 10)]);
    for (const [cid, group] of [
      [cidA, a],
      [cidB, b],
    ] as const)
      for (const who of group) s.register(who, cid);
    s.goTo('Attesting');
    s.attestAll(cidA, a);
    s.attestAll(cidB, b);
    s.goTo('Registering');
    s.claim(a[0]!, cidA);
    s.claim(b[0]!, cidB);
    expect(GlobalReputationCount.get(s.env.state, 1)).toBe(6n);
    expect(s.call({ kind: 'Root' }, 'purge_community_ceremony', { community_ceremony: [cidA, 1] })).toBe(
      'ok',
    );
    expect(s.lastEvent()).toEqual({ tag: 'CommunityCeremonyHistoryPurged', value: [cidA, 1] });
    expect(GlobalReputationCount.exists(s.env.state, 1)).toBe(false);
    expect(ReputationCount.get(s.env.state, [cidB, 1])).toBe(3n);
    expect(s.call(s.as(ALICE), 'purge_community_ceremony', { community_ceremony: [cidA, 1] })).toBe(
      'BadOrigin',
    );
  });
});

describe('inactivity (ceremonies §9.13, §7.10)', () => {
  it('update_inactivity_counters with timeout 1 over [c0, c1]', () => {
    const s = setup();
    const [c0, c1] = [cidOf(1), cidOf(2)];
    const rewarded = (cid: CommunityIdentifier, c: number) =>
      IssuedRewards.set(s.env.state, [cid, c], 1n, 'Ok');
    rewarded(c0, 5);
    rewarded(c1, 5);
    rewarded(c0, 6);
    expect(updateInactivityCounters(s.env, 5, 1, [c0, c1])).toEqual([]);
    expect(updateInactivityCounters(s.env, 6, 1, [c0, c1])).toEqual([]);
    expect(updateInactivityCounters(s.env, 7, 1, [c0, c1])).toEqual([c1]);
    expect(updateInactivityCounters(s.env, 8, 1, [c0, c1])).toEqual([c0, c1]);
    expect(s.events().map((e) => e.value)).toEqual([
      [c0, 0],
      [c1, 0],
      [c0, 0],
      [c1, 1],
      [c0, 1],
    ]);
  });

  it('integration with timeout 3: counts 1, 2, reset to 0 by a reward, 1, 2, 3, then the community is purged', () => {
    const s = setup();
    const cid = s.newCommunity();
    // A bootstrapping ceremony without a claim.
    for (const b of SIX) s.register(b, cid);
    s.goTo('Attesting');
    s.attestAll(cid, SIX);
    s.goTo('Registering');
    expect(InactivityCounters.get(s.env.state, cid)).toBe(1);
    s.goTo('Assigning');
    expect(s.env.events.at(-2)?.event).toEqual({ tag: 'InactivityCounterUpdated', value: [cid, 2] });
    expect(InactivityCounters.get(s.env.state, cid)).toBe(2);
    IssuedRewards.set(s.env.state, [cid, s.cindex()], 1n, 'Ok');
    s.cycles(1);
    expect(InactivityCounters.get(s.env.state, cid)).toBe(0);
    for (const expected of [1, 2, 3]) {
      s.cycles(1);
      expect(InactivityCounters.get(s.env.state, cid)).toBe(expected);
    }
    BurnedBootstrapperNewbieTickets.set(s.env.state, cid, ALICE.id, 1);
    s.cycles(1);
    expect(getCommunityIdentifiers(s.env.state)).toEqual([]);
    expect(InactivityCounters.get(s.env.state, cid)).toBeUndefined();
    expect(BurnedBootstrapperNewbieTickets.exists(s.env.state, cid, ALICE.id)).toBe(false);
    expect(s.env.eventsOf('EncointerCommunities').at(-1)).toEqual({ tag: 'CommunityPurged', value: cid });
    // A purged community cannot be registered for any more.
    s.goTo('Registering');
    expect(s.register(ALICE, cid)).toBe(err('InexistentCommunity'));
  });

  it('QUIRK §10.23: a failed evaluation recorded in Registering counts as activity', () => {
    const s = setup();
    const cid = s.newCommunity();
    for (const b of SIX) s.register(b, cid);
    s.goTo('Attesting');
    s.goTo('Registering');
    expect(s.claim(ALICE, cid)).toBe('ok');
    expect(IssuedRewards.get(s.env.state, [cid, 1], 1n)).toBe('VotesNotDependable');
    expect(totalIssuance(s.env.state, cid, s.env.blockNumber)).toBe(0n);
    s.goTo('Assigning');
    expect(InactivityCounters.get(s.env.state, cid)).toBe(0);
  });
});
