// spec: ceremonies §9.13 "endorsements", §7.5 endorse_newcomer, §7.3 is_endorsed; QUIRKs §10 items 15, 16
import { describe, expect, it } from 'vitest';
import type { CommunityIdentifier } from '../../../primitives/scale/index.js';
import { CurrentCeremonyIndex } from '../scheduler/storage.js';
import { isEndorsed } from './reputation.js';
import {
  BurnedBootstrapperNewbieTickets,
  BurnedReputableNewbieTickets,
  EndorseeIndex,
  Endorsees,
  EndorseesCount,
  NewbieIndex,
  ParticipantReputation,
} from './storage.js';
import { ALICE, account, accounts, BOB, err, type Setup, setup, type TestAccount } from './testRuntime.js';

const ZORAN = account('Zoran');

const endorse = (s: Setup, by: TestAccount, cid: CommunityIdentifier, newbie: TestAccount) =>
  s.call(s.as(by), 'endorse_newcomer', { cid, newbie: newbie.id });

describe('endorse_newcomer (ceremonies §9.13)', () => {
  it('a bootstrapper endorses exactly EndorsementTicketsPerBootstrapper (50) newbies, each with an event', () => {
    const s = setup({ genesis: { endorsementTicketsPerReputable: 0 } });
    const cid = s.newCommunity();
    const newbies = accounts('newbie', 51);
    for (const n of newbies.slice(0, 50)) {
      expect(endorse(s, ALICE, cid, n)).toBe('ok');
      expect(s.lastEvent()).toEqual({ tag: 'EndorsedParticipant', value: [cid, ALICE.id, n.id] });
    }
    expect(endorse(s, ALICE, cid, newbies[50]!)).toBe(err('NoMoreNewbieTickets'));
    expect(BurnedBootstrapperNewbieTickets.get(s.env.state, cid, ALICE.id)).toBe(50);
    expect(EndorseesCount.get(s.env.state, [cid, 1])).toBe(50n);
  });

  it('QUIRK §10.16: bootstrapper tickets never refill, reputable tickets do every cycle', () => {
    const s = setup({ genesis: { endorsementTicketsPerBootstrapper: 1, endorsementTicketsPerReputable: 1 } });
    const cid = s.newCommunity();
    const [n1, n2, n3, n4] = accounts('n', 4);
    expect(endorse(s, ALICE, cid, n1!)).toBe('ok');
    s.cycles(1);
    expect(endorse(s, ALICE, cid, n2!)).toBe(err('NoMoreNewbieTickets'));
    ParticipantReputation.set(s.env.state, [cid, 1], BOB.id, { tag: 'VerifiedUnlinked', value: undefined });
    expect(endorse(s, BOB, cid, n2!)).toBe('ok');
    expect(endorse(s, BOB, cid, n3!)).toBe('ok'); // reputable ticket used up: falls back to Bob's bootstrapper ticket
    expect(endorse(s, BOB, cid, n4!)).toBe(err('NoMoreNewbieTickets'));
    s.cycles(1);
    expect(endorse(s, BOB, cid, n4!)).toBe('ok');
    expect(BurnedReputableNewbieTickets.get(s.env.state, [cid, 3], BOB.id)).toBe(1);
    expect(BurnedBootstrapperNewbieTickets.get(s.env.state, cid, BOB.id)).toBe(1);
  });

  it('in Assigning and Attesting the endorsement targets the next cycle', () => {
    const s = setup();
    const cid = s.newCommunity();
    s.goTo('Assigning');
    expect(endorse(s, ALICE, cid, ZORAN)).toBe('ok');
    expect(Endorsees.exists(s.env.state, [cid, 2], ZORAN.id)).toBe(true);
    s.goTo('Attesting');
    const other = account('Other');
    expect(endorse(s, ALICE, cid, other)).toBe('ok');
    expect(Endorsees.exists(s.env.state, [cid, 2], other.id)).toBe(true);
    expect(Endorsees.exists(s.env.state, [cid, 1], other.id)).toBe(false);
  });

  it('endorsing twice is refused, also across cycles (lifetime lookback); an endorsement survives idle cycles', () => {
    const s = setup();
    const cid = s.newCommunity();
    s.cycles(1);
    expect(endorse(s, ALICE, cid, ZORAN)).toBe('ok');
    expect(endorse(s, BOB, cid, ZORAN)).toBe(err('AlreadyEndorsed'));
    s.cycles(1);
    expect(endorse(s, BOB, cid, ZORAN)).toBe(err('AlreadyEndorsed'));
    s.cycles(1);
    expect(s.cindex()).toBe(4);
    expect(isEndorsed(s.env.state, ZORAN.id, [cid, 4])).toBe(2);
  });

  it('endorsing a registered newbie during Registering turns it into an endorsee', () => {
    const s = setup();
    const cid = s.newCommunity();
    s.seedIssuance(cid);
    expect(s.register(ZORAN, cid)).toBe('ok');
    expect(NewbieIndex.get(s.env.state, [cid, 1], ZORAN.id)).toBe(1n);
    expect(endorse(s, ALICE, cid, ZORAN)).toBe('ok');
    expect(NewbieIndex.exists(s.env.state, [cid, 1], ZORAN.id)).toBe(false);
    expect(EndorseeIndex.get(s.env.state, [cid, 1], ZORAN.id)).toBe(1n);
    // The re-registration consumed the endorsement.
    expect(Endorsees.exists(s.env.state, [cid, 1], ZORAN.id)).toBe(false);
  });

  it('QUIRK §10.15: endorsing a registered newbie fails in Attesting (WrongPhaseForUnregistering)', () => {
    const s = setup();
    const cid = s.newCommunity();
    s.seedIssuance(cid);
    s.goTo('Attesting');
    expect(s.register(ZORAN, cid)).toBe('ok');
    expect(endorse(s, ALICE, cid, ZORAN)).toBe(err('WrongPhaseForUnregistering'));
    expect(Endorsees.exists(s.env.state, [cid, 2], ZORAN.id)).toBe(false);
    expect(BurnedBootstrapperNewbieTickets.get(s.env.state, cid, ALICE.id)).toBe(0);
  });

  it('a reputable endorses EndorsementTicketsPerReputable (2) newbies; others have no tickets', () => {
    const s = setup();
    const cid = s.newCommunity();
    s.cycles(1);
    const reputable = account('Reputable');
    ParticipantReputation.set(s.env.state, [cid, 1], reputable.id, {
      tag: 'VerifiedUnlinked',
      value: undefined,
    });
    const [n1, n2, n3] = accounts('fresh', 3);
    expect(endorse(s, reputable, cid, n1!)).toBe('ok');
    expect(BurnedReputableNewbieTickets.get(s.env.state, [cid, 2], reputable.id)).toBe(1);
    expect(endorse(s, reputable, cid, n2!)).toBe('ok');
    expect(BurnedReputableNewbieTickets.get(s.env.state, [cid, 2], reputable.id)).toBe(2);
    expect(BurnedBootstrapperNewbieTickets.get(s.env.state, cid, reputable.id)).toBe(0);
    expect(endorse(s, reputable, cid, n3!)).toBe(err('NoMoreNewbieTickets'));
    expect(endorse(s, account('Nobody'), cid, n3!)).toBe(err('NoMoreNewbieTickets'));
    expect(endorse(s, ALICE, { ...cid, digest: Uint8Array.of(0, 0, 0, 0) }, n3!)).toBe(
      err('InexistentCommunity'),
    );
  });

  it('is_endorsed looks back ReputationLifetime (6) cycles', () => {
    const s = setup();
    const cid = s.newCommunity();
    CurrentCeremonyIndex.set(s.env.state, 4);
    expect(isEndorsed(s.env.state, ALICE.id, [cid, 4])).toBeUndefined();
    Endorsees.set(s.env.state, [cid, 2], ALICE.id, undefined);
    expect(isEndorsed(s.env.state, ALICE.id, [cid, 4])).toBe(2);
    expect(isEndorsed(s.env.state, ALICE.id, [cid, 9])).toBeUndefined();
    expect(isEndorsed(s.env.state, ALICE.id, [cid, 8])).toBe(2);
  });
});
