// spec: ceremonies §3 (shared RNG), §7.6 (assignment hook and queries), §9.13 setting; QUIRKs §10 items 3, 4, 5,
// 7, 8
import { describe, expect, it } from 'vitest';
import { generateMeetupAssignment } from '../../../primitives/assignment/index.js';
import { blake2_256 } from '../../../primitives/common/hashing.js';
import { RandomNumberGenerator } from '../../../primitives/random/index.js';
import type { CommunityIdentifier } from '../../../primitives/scale/index.js';
import { removeLocation } from '../communities/communities.js';
import {
  fromStoredAssignment,
  getMeetupIndex,
  getMeetupLocationIndex,
  getMeetupParticipants,
  toStoredAssignment,
} from './assignment.js';
import { assignmentConfigOf } from './config.js';
import { AssignmentCounts, Assignments, Endorsees, MeetupCount } from './storage.js';
import { accounts, loc, type Setup, SIX, setup, type TestAccount } from './testRuntime.js';

const ZERO = { m: 0n, s1: 0n, s2: 0n };

const registerAll = (s: Setup, cid: CommunityIdentifier, who: readonly TestAccount[]) => {
  for (const a of who) expect(s.register(a, cid)).toBe('ok');
};

describe('meetup assignment at the Assigning transition (ceremonies §7.6)', () => {
  it('six bootstrappers, one location, zero seed: br params {5,1,1}, location params {1,0,2}', () => {
    const s = setup();
    const cid = s.newCommunity();
    registerAll(s, cid, SIX);
    s.goTo('Assigning');
    expect(AssignmentCounts.get(s.env.state, [cid, 1])).toEqual({
      bootstrappers: 6n,
      reputables: 0n,
      endorsees: 0n,
      newbies: 0n,
    });
    expect(MeetupCount.get(s.env.state, [cid, 1])).toBe(1n);
    expect(Assignments.get(s.env.state, [cid, 1])).toEqual({
      bootstrappers_reputables: { m: 5n, s1: 1n, s2: 1n },
      endorsees: { m: 2n, s1: 1n, s2: 1n },
      newbies: { m: 2n, s1: 1n, s2: 1n },
      locations: { m: 1n, s1: 0n, s2: 2n },
    });
    for (const b of SIX) expect(getMeetupIndex(s.env.state, [cid, 1], b.id)).toBe(1n);
  });

  it('QUIRK §10.3: with two locations the location params are {2,1,2} (s2 equals m)', () => {
    const s = setup();
    const cid = s.newCommunity(SIX, [loc(1, 1), loc(1, 1.01)]);
    registerAll(s, cid, SIX);
    s.goTo('Assigning');
    expect(Assignments.get(s.env.state, [cid, 1]).locations).toEqual({ m: 2n, s1: 1n, s2: 2n });
  });

  it('QUIRK §10.5: the location index is the assignment function of the 1-based meetup index', () => {
    const s = setup();
    const cid = s.newCommunity(SIX, [loc(1, 1), loc(1, 1.01)]);
    registerAll(s, cid, SIX);
    s.goTo('Assigning');
    // {m: 2, s1: 1, s2: 2}: meetup 1 → ((1·1 + 2) mod 2) mod 2 = 1, not the 0 a 0-based index would give.
    expect(getMeetupLocationIndex(s.env.state, [cid, 1], 1n)).toBe(1n);
  });

  it('fewer than MeetupMinSize participants: nothing is stored and nobody is assigned', () => {
    const s = setup();
    const cid = s.newCommunity();
    registerAll(s, cid, SIX.slice(0, 2));
    s.goTo('Assigning');
    expect(MeetupCount.get(s.env.state, [cid, 1])).toBe(0n);
    expect(Assignments.exists(s.env.state, [cid, 1])).toBe(false);
    expect(AssignmentCounts.exists(s.env.state, [cid, 1])).toBe(false);
    expect(getMeetupIndex(s.env.state, [cid, 1], SIX[0]!.id)).toBeUndefined();
  });

  it('QUIRK §10.4: one RNG is shared by all communities in CommunityIdentifiers order', () => {
    const [a, b] = [accounts('a', 10), accounts('b', 7)];
    // A zero seed would hide the sharing: its first 32 bytes all draw the same value.
    const seed = blake2_256(new TextEncoder().encode('Assigning'));
    const run = (withA: boolean) => {
      const s = setup({ randomSeed: seed });
      const cidA = withA ? s.newCommunity(a, [loc(1, 1)]) : undefined;
      const cidB = s.newCommunity(b, [loc(10, 10)]);
      if (cidA !== undefined) registerAll(s, cidA, a);
      registerAll(s, cidB, b);
      s.goTo('Assigning');
      return Assignments.get(s.env.state, [cidB, 1]);
    };
    const alone = run(false);
    const afterA = run(true);
    expect(afterA).not.toEqual(alone);
    // What the primitives give when B draws from the generator A has used first.
    const config = assignmentConfigOf(setup().config);
    const rng = new RandomNumberGenerator(seed);
    const input = (n: number) => ({
      locationCount: 1n,
      registered: { bootstrappers: BigInt(n), reputables: 0n, endorsees: 0n, newbies: 0n },
    });
    generateMeetupAssignment(input(10), rng, config);
    expect(fromStoredAssignment(afterA)).toEqual(generateMeetupAssignment(input(7), rng, config)!.assignment);
  });

  it('a community without locations is skipped without drawing randomness', () => {
    const b = accounts('b', 7);
    const seed = blake2_256(new TextEncoder().encode('Assigning'));
    const assignmentOfB = (withEmptyA: boolean) => {
      const s = setup({ randomSeed: seed });
      if (withEmptyA) {
        const cidA = s.newCommunity(accounts('a', 10), [loc(1, 1)]);
        registerAll(s, cidA, accounts('a', 10));
        removeLocation(s.env, cidA, loc(1, 1));
      }
      const cidB = s.newCommunity(b, [loc(10, 10)]);
      registerAll(s, cidB, b);
      s.goTo('Assigning');
      return Assignments.get(s.env.state, [cidB, 1]);
    };
    expect(assignmentOfB(true)).toEqual(assignmentOfB(false));
    expect(assignmentOfB(true).bootstrappers_reputables).not.toEqual(ZERO);
  });

  it('QUIRK §10.7: more bootstrappers than seats wraps the seat count, leaving endorsees uncapped', () => {
    const s = setup();
    const bootstrappers = accounts('boot', 16);
    const cid = s.newCommunity(bootstrappers, [loc(1, 1)]);
    s.seedIssuance(cid);
    registerAll(s, cid, bootstrappers);
    const endorsees = accounts('endorsee', 10);
    for (const e of endorsees) Endorsees.set(s.env.state, [cid, 1], e.id, undefined);
    registerAll(s, cid, endorsees);
    registerAll(s, cid, accounts('newbie', 20));
    s.goTo('Assigning');
    // 15·1 − 16 wraps; endorsees all get seats, newbies (16 + 10) / 3 = 8; ceil(34 / 15) = 3 meetups.
    expect(AssignmentCounts.get(s.env.state, [cid, 1])).toEqual({
      bootstrappers: 16n,
      reputables: 0n,
      endorsees: 10n,
      newbies: 8n,
    });
    expect(MeetupCount.get(s.env.state, [cid, 1])).toBe(3n);
    // More meetups than locations: they share location 0.
    for (const m of [1n, 2n, 3n]) expect(getMeetupLocationIndex(s.env.state, [cid, 1], m)).toBe(0n);
    const everyone = [1n, 2n, 3n].flatMap((m) => getMeetupParticipants(s.env.state, [cid, 1], m));
    expect(everyone).toHaveLength(34);
  });

  it('QUIRK §10.8: newbies are first come, first served; a swap-remove moves the last one forward', () => {
    const assignedNewbies = (unregisterFirst: boolean, divider = 3n) => {
      const s = setup({ config: { meetupNewbieLimitDivider: divider } });
      const cid = s.newCommunity();
      s.seedIssuance(cid);
      registerAll(s, cid, SIX);
      const newbies = accounts('newbie', 5);
      registerAll(s, cid, newbies);
      if (unregisterFirst) {
        const r = s.call(s.as(newbies[0]!), 'unregister_participant', {
          cid,
          maybe_reputation_community_ceremony: undefined,
        });
        expect(r).toBe('ok');
      }
      s.goTo('Assigning');
      return newbies.map((n) => getMeetupIndex(s.env.state, [cid, 1], n.id) !== undefined);
    };
    // 6 bootstrappers / divider 3 = 2 newbie seats.
    expect(assignedNewbies(false)).toEqual([true, true, false, false, false]);
    expect(assignedNewbies(true)).toEqual([false, true, false, false, true]);
    // The dev runtime's divider 2 gives 3 seats.
    expect(assignedNewbies(false, 2n)).toEqual([true, true, true, false, false]);
  });

  it('the storage conversion of Assignment round-trips', () => {
    const a = {
      bootstrappersReputables: { m: 5n, s1: 1n, s2: 2n },
      endorsees: { m: 3n, s1: 2n, s2: 1n },
      newbies: { m: 2n, s1: 1n, s2: 1n },
      locations: { m: 7n, s1: 3n, s2: 7n },
    };
    expect(toStoredAssignment(a).bootstrappers_reputables).toEqual(a.bootstrappersReputables);
    expect(fromStoredAssignment(toStoredAssignment(a))).toEqual(a);
  });
});
