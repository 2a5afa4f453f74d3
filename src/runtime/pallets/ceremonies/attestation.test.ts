// spec: ceremonies §7.7 (attest_attendees), §9.12 "error paths of §7.7", QUIRK §10 item 9
import { describe, expect, it } from 'vitest';
import type { CommunityIdentifier } from '../../../primitives/scale/index.js';
import { removeLocation } from '../communities/communities.js';
import { PhaseDurations } from '../scheduler/storage.js';
import {
  AttestationCount,
  AttestationIndex,
  AttestationRegistry,
  MeetupParticipantCountVote,
} from './storage.js';
import {
  ALICE,
  account,
  accounts,
  BOB,
  CHARLIE,
  DAVE,
  EVE,
  err,
  FERDIE,
  loc,
  type Setup,
  type SetupOptions,
  SIX,
  setup,
} from './testRuntime.js';

const OUTSIDER = account('Outsider');

const sixInAttesting = (options: SetupOptions = {}): { s: Setup; cid: CommunityIdentifier } => {
  const s = setup(options);
  const cid = s.newCommunity();
  for (const b of SIX) expect(s.register(b, cid)).toBe('ok');
  s.goTo('Attesting');
  return { s, cid };
};

const listOf = (s: Setup, cid: CommunityIdentifier, who: { id: Uint8Array }) =>
  AttestationRegistry.get(s.env.state, [cid, 1], AttestationIndex.get(s.env.state, [cid, 1], who.id));

describe('attest_attendees (ceremonies §7.7)', () => {
  it('stores the vote and the list (reversed), emits AttestationsRegistered, and overwrites on re-submission', () => {
    const { s, cid } = sixInAttesting();
    expect(s.attest(ALICE, cid, 4, [BOB, CHARLIE, DAVE])).toBe('ok');
    expect(s.lastEvent()).toEqual({ tag: 'AttestationsRegistered', value: [cid, 1n, 3, ALICE.id] });
    expect(MeetupParticipantCountVote.get(s.env.state, [cid, 1], ALICE.id)).toBe(4);
    expect(listOf(s, cid, ALICE)).toEqual([DAVE.id, CHARLIE.id, BOB.id]);
    expect(s.attest(BOB, cid, 6, [ALICE])).toBe('ok');
    expect(AttestationCount.get(s.env.state, [cid, 1])).toBe(2n);
    expect(s.attest(ALICE, cid, 6, [EVE, FERDIE])).toBe('ok');
    expect(AttestationIndex.get(s.env.state, [cid, 1], ALICE.id)).toBe(1n);
    expect(AttestationCount.get(s.env.state, [cid, 1])).toBe(2n);
    expect(listOf(s, cid, ALICE)).toEqual([FERDIE.id, EVE.id]);
    expect(MeetupParticipantCountVote.get(s.env.state, [cid, 1], ALICE.id)).toBe(6);
  });

  it('drops the sender and outsiders; with nothing left it fails and keeps the earlier submission', () => {
    const { s, cid } = sixInAttesting();
    expect(s.attest(ALICE, cid, 5, [ALICE, OUTSIDER, BOB])).toBe('ok');
    expect(listOf(s, cid, ALICE)).toEqual([BOB.id]);
    expect(s.attest(ALICE, cid, 2, [ALICE, OUTSIDER])).toBe(err('NoValidAttestations'));
    expect(MeetupParticipantCountVote.get(s.env.state, [cid, 1], ALICE.id)).toBe(5);
    expect(listOf(s, cid, ALICE)).toEqual([BOB.id]);
  });

  it('TooManyAttestations counts the raw list: 5 attendees plus 1 outsider in a meetup of 6', () => {
    const { s, cid } = sixInAttesting();
    const others = SIX.filter((p) => p !== ALICE);
    expect(s.attest(ALICE, cid, 6, [...others, OUTSIDER])).toBe(err('TooManyAttestations'));
    expect(s.attest(ALICE, cid, 6, others)).toBe('ok');
  });

  it('TooManyAttestationsInBoundedVec when the kept list exceeds MaxAttestations', () => {
    const { s, cid } = sixInAttesting({ config: { maxAttestations: 3 } });
    expect(s.attest(ALICE, cid, 6, [BOB, CHARLIE, DAVE, EVE])).toBe(err('TooManyAttestationsInBoundedVec'));
    expect(s.attest(ALICE, cid, 6, [BOB, CHARLIE, DAVE])).toBe('ok');
  });

  it('phase, community and assignment errors', () => {
    const s = setup();
    const cid = s.newCommunity();
    s.seedIssuance(cid);
    for (const b of SIX) s.register(b, cid);
    const newbies = accounts('newbie', 3);
    for (const n of newbies) s.register(n, cid);
    expect(s.attest(ALICE, cid, 6, [BOB])).toBe(err('AttestationPhaseRequired'));
    s.goTo('Assigning');
    expect(s.attest(ALICE, cid, 6, [BOB])).toBe(err('AttestationPhaseRequired'));
    s.goTo('Attesting');
    expect(s.attest(ALICE, { ...cid, digest: Uint8Array.of(0, 0, 0, 0) }, 6, [BOB])).toBe(
      err('InexistentCommunity'),
    );
    expect(s.attest(OUTSIDER, cid, 6, [BOB])).toBe(err('ParticipantIsNotRegistered'));
    // 6 bootstrappers / divider 3: only the first 2 newbies have a seat.
    expect(s.attest(newbies[2]!, cid, 6, [BOB])).toBe(err('ParticipantIsNotRegistered'));
    expect(s.attest(newbies[1]!, cid, 6, [BOB])).toBe('ok');
  });

  it('MeetupLocationNotFound when the community lost its locations; MeetupTimeCalculationError before time 0', () => {
    const a = sixInAttesting();
    removeLocation(a.s.env, a.cid, loc(1, 1));
    expect(a.s.attest(ALICE, a.cid, 6, [BOB])).toBe(err('MeetupLocationNotFound'));
    const b = sixInAttesting();
    PhaseDurations.set(b.s.env.state, 'Attesting', 10n ** 12n);
    expect(b.s.attest(ALICE, b.cid, 6, [BOB])).toBe(err('MeetupTimeCalculationError'));
  });
});
