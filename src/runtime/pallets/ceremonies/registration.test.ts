// spec: ceremonies §9.13 (registration scenarios), §7.3–§7.5; QUIRKs §10 items 8, 12, 13, 14
import { describe, expect, it } from 'vitest';
import type { CommunityIdentifier, Reputation } from '../../../primitives/scale/index.js';
import { proofSignatureIsValid, registerParticipant } from './registration.js';
import { registryOf } from './registry.js';
import {
  BootstrapperIndex,
  EndorseeIndex,
  Endorsees,
  NewbieIndex,
  NewbieRegistry,
  ParticipantReputation,
  ReputableIndex,
  ReputationLifetime,
} from './storage.js';
import {
  ALICE,
  account,
  BOB,
  CHARLIE,
  DAVE,
  EVE,
  err,
  loc,
  proofOf,
  type Setup,
  SIX,
  setup,
  type TestAccount,
} from './testRuntime.js';

const ZORAN = account('Zoran');
const ZORAN_NEW = account('ZoranNew');
const YURI = account('Yuri');

const VERIFIED: Reputation = { tag: 'VerifiedUnlinked', value: undefined };
const linked = (c: number): Reputation => ({ tag: 'VerifiedLinked', value: c });
const rep = (s: Setup, cid: CommunityIdentifier, c: number, who: TestAccount) =>
  ParticipantReputation.get(s.env.state, [cid, c], who.id);
const registeredEvent = (cid: CommunityIdentifier, type: string, who: TestAccount) => ({
  tag: 'ParticipantRegistered',
  value: [cid, type, who.id],
});

/** A community after its bootstrapping ceremony: (cindex 2, Registering), total issuance 6.0. */
const bootstrapped = () => {
  const s = setup();
  const cid = s.newCommunity();
  s.bootstrap(cid);
  return { s, cid };
};

describe('register with reputation (ceremonies §9.13, §7.4)', () => {
  it('links the proven attendance; re-use is refused in the same cycle but allowed in the next (QUIRK §10.12)', () => {
    const { s, cid } = bootstrapped();
    expect(s.cindex()).toBe(2);
    ParticipantReputation.set(s.env.state, [cid, 1], ZORAN.id, VERIFIED);
    const proof = proofOf(ZORAN_NEW, ZORAN, cid, 1);
    expect(s.register(YURI, cid, proof)).toBe(err('WrongProofSubject'));
    expect(s.register(ZORAN_NEW, cid, proof)).toBe('ok');
    expect(s.lastEvent()).toEqual(registeredEvent(cid, 'Reputable', ZORAN_NEW));
    expect(rep(s, cid, 2, ZORAN_NEW)).toEqual({ tag: 'UnverifiedReputable', value: undefined });
    expect(rep(s, cid, 1, ZORAN)).toEqual(linked(2));
    expect(s.register(YURI, cid, proofOf(YURI, ZORAN, cid, 1))).toBe(
      err('AttendanceUnverifiedOrAlreadyUsed'),
    );
    expect(s.register(YURI, cid, proofOf(YURI, YURI, cid, 1))).toBe(err('AttendanceUnverifiedOrAlreadyUsed'));
    s.cycles(1);
    expect(s.cindex()).toBe(3);
    // A no-show is tolerated: the same attendance proves reputation once per cycle.
    expect(s.register(ZORAN_NEW, cid, proof)).toBe('ok');
    expect(rep(s, cid, 1, ZORAN)).toEqual(linked(3));
    expect(s.register(YURI, cid, proofOf(YURI, ZORAN, cid, 1))).toBe(
      err('AttendanceUnverifiedOrAlreadyUsed'),
    );
  });

  it('rejects acausal, outdated and badly signed proofs, and leaves no trace of a failed registration', () => {
    const { s, cid } = bootstrapped();
    ParticipantReputation.set(s.env.state, [cid, 1], ZORAN.id, VERIFIED);
    ParticipantReputation.set(s.env.state, [cid, 2], ZORAN.id, VERIFIED);
    expect(s.register(ZORAN, cid, proofOf(ZORAN, ZORAN, cid, 2))).toBe(err('ProofAcausal'));
    expect(s.register(ZORAN, cid, proofOf(ZORAN, ZORAN, cid, 1, YURI))).toBe(
      err('BadProofOfAttendanceSignature'),
    );
    const sr25519 = {
      ...proofOf(ZORAN, ZORAN, cid, 1),
      attendee_signature: { tag: 'Sr25519', value: new Uint8Array(64) },
    };
    expect(s.register(ZORAN, cid, sr25519 as never)).toBe(err('BadProofOfAttendanceSignature'));
    expect(rep(s, cid, 1, ZORAN)).toEqual(VERIFIED);
    ReputationLifetime.set(s.env.state, 0);
    expect(s.register(ZORAN, cid, proofOf(ZORAN, ZORAN, cid, 1))).toBe(err('ProofOutdated'));
    expect(s.register(ZORAN, cid)).toBe('ok');
    expect(s.register(ZORAN, cid)).toBe(err('ParticipantAlreadyRegistered'));
  });

  it('QUIRK §10.13: reputation from another community is accepted, and the signature does not cover the cid', () => {
    const s = setup();
    const cidA = s.newCommunity(SIX, [loc(1, 1)]);
    const cidB = s.newCommunity([ALICE, BOB, CHARLIE], [loc(20, 20)]);
    s.seedIssuance(cidB);
    s.cycles(1);
    ParticipantReputation.set(s.env.state, [cidA, 1], ZORAN.id, VERIFIED);
    const proof = proofOf(ZORAN, ZORAN, cidA, 1);
    expect(proofSignatureIsValid({ ...proof, community_identifier: cidB })).toBe(true);
    expect(s.register(ZORAN, cidB, proof)).toBe('ok');
    expect(s.lastEvent()).toEqual(registeredEvent(cidB, 'Reputable', ZORAN));
    expect(rep(s, cidA, 1, ZORAN)).toEqual(linked(2));
  });

  it('bootstrapper reputation is not transferable; the bootstrapper itself registers fine', () => {
    const { s, cid } = bootstrapped();
    expect(s.register(ZORAN, cid, proofOf(ZORAN, ALICE, cid, 1))).toBe(
      err('BootstrapperReputationIsUntransferrable'),
    );
    expect(s.register(ALICE, cid)).toBe('ok');
    expect(s.lastEvent()).toEqual(registeredEvent(cid, 'Bootstrapper', ALICE));
  });

  it('bootstrapper re-registration: with and without proofs, unregister with refund, register again', () => {
    const { s, cid } = bootstrapped();
    ParticipantReputation.set(s.env.state, [cid, 1], CHARLIE.id, linked(1));
    expect(s.register(ALICE, cid)).toBe('ok');
    expect(s.register(BOB, cid, proofOf(BOB, BOB, cid, 1))).toBe('ok');
    // The registration type stays Bootstrapper, but the proof's effects happen.
    expect(s.lastEvent()).toEqual(registeredEvent(cid, 'Bootstrapper', BOB));
    expect(rep(s, cid, 1, BOB)).toEqual(linked(2));
    // A link to another cycle does not block the proof.
    expect(s.register(CHARLIE, cid, proofOf(CHARLIE, CHARLIE, cid, 1))).toBe('ok');
    expect(rep(s, cid, 1, CHARLIE)).toEqual(linked(2));
    const unregister = (who: TestAccount, cc?: [CommunityIdentifier, number]) =>
      s.call(s.as(who), 'unregister_participant', { cid, maybe_reputation_community_ceremony: cc });
    expect(unregister(ALICE)).toBe('ok');
    expect(unregister(BOB, [cid, 1])).toBe('ok');
    expect(unregister(CHARLIE, [cid, 1])).toBe('ok');
    expect(rep(s, cid, 1, BOB)).toEqual(VERIFIED);
    expect(ParticipantReputation.exists(s.env.state, [cid, 2], BOB.id)).toBe(false);
    expect(s.register(ALICE, cid)).toBe('ok');
    expect(s.register(BOB, cid, proofOf(BOB, BOB, cid, 1))).toBe('ok');
    expect(s.register(CHARLIE, cid, proofOf(CHARLIE, CHARLIE, cid, 1))).toBe('ok');
  });
});

describe('registration phases and classes (ceremonies §9.13, §7.3)', () => {
  it('Assigning is refused; Attesting registers for the next cycle; an endorsee consumes its endorsement', () => {
    const s = setup();
    const cid = s.newCommunity();
    s.seedIssuance(cid);
    s.goTo('Assigning');
    expect(s.register(ZORAN, cid)).toBe(err('RegisteringOrAttestationPhaseRequired'));
    s.goTo('Attesting');
    expect(s.register(ZORAN, cid)).toBe('ok');
    expect(NewbieIndex.get(s.env.state, [cid, 2], ZORAN.id)).toBe(1n);
    expect(NewbieIndex.get(s.env.state, [cid, 1], ZORAN.id)).toBe(0n);
    Endorsees.set(s.env.state, [cid, 2], YURI.id, undefined);
    expect(s.register(YURI, cid)).toBe('ok');
    expect(s.lastEvent()).toEqual(registeredEvent(cid, 'Endorsee', YURI));
    expect(EndorseeIndex.get(s.env.state, [cid, 2], YURI.id)).toBe(1n);
    expect(Endorsees.exists(s.env.state, [cid, 2], YURI.id)).toBe(false);
  });

  it('before the first issuance only bootstrappers may register; afterwards all types can', () => {
    const s = setup();
    const cid = s.newCommunity();
    expect(s.register(ALICE, cid)).toBe('ok');
    expect(s.register(ZORAN, cid)).toBe(err('OnlyBootstrappers'));
    ParticipantReputation.set(s.env.state, [cid, 0], YURI.id, VERIFIED);
    expect(s.register(YURI, cid, proofOf(YURI, YURI, cid, 0))).toBe(err('OnlyBootstrappers'));
    // The proof's effects were rolled back with the call.
    expect(rep(s, cid, 0, YURI)).toEqual(VERIFIED);
    Endorsees.set(s.env.state, [cid, 1], DAVE.id, undefined);
    expect(s.register(account('Endorsed'), cid)).toBe(err('OnlyBootstrappers'));
    s.cycles(1);
    s.seedIssuance(cid);
    ParticipantReputation.set(s.env.state, [cid, 1], YURI.id, VERIFIED);
    const endorsed = account('Endorsed');
    Endorsees.set(s.env.state, [cid, 2], endorsed.id, undefined);
    expect(s.register(YURI, cid, proofOf(YURI, YURI, cid, 1))).toBe('ok');
    expect(s.register(endorsed, cid)).toBe('ok');
    expect(s.register(ZORAN, cid)).toBe('ok');
    expect(
      s
        .events()
        .filter((e) => e.tag === 'ParticipantRegistered')
        .slice(-3)
        .map((e) => (e.value as unknown[])[1]),
    ).toEqual(['Reputable', 'Endorsee', 'Newbie']);
  });

  it('QUIRK §10.8: unregistering swap-removes, the last newbie takes the freed index', () => {
    const s = setup();
    const cid = s.newCommunity();
    s.seedIssuance(cid);
    const [a, b, c, e] = [account('A'), account('B'), account('C'), account('E')];
    for (const who of [a, b, c, e]) expect(s.register(who, cid)).toBe('ok');
    const unregister = (who: TestAccount) =>
      s.call(s.as(who), 'unregister_participant', { cid, maybe_reputation_community_ceremony: undefined });
    expect(unregister(b)).toBe('ok');
    expect(registryOf(s.env.state, [cid, 1], 'Newbie')).toEqual([a.id, e.id, c.id]);
    expect(NewbieIndex.get(s.env.state, [cid, 1], b.id)).toBe(0n);
    expect(NewbieIndex.get(s.env.state, [cid, 1], e.id)).toBe(2n);
    expect(unregister(c)).toBe('ok');
    expect(registryOf(s.env.state, [cid, 1], 'Newbie')).toEqual([a.id, e.id]);
    expect(NewbieRegistry.get(s.env.state, [cid, 1], 3n)).toBeUndefined();
    // QUIRK §10.14: unregistering emits no event.
    expect(s.events().filter((ev) => ev.tag !== 'ParticipantRegistered')).toEqual([]);
  });
});

describe('unregister and upgrade (ceremonies §9.13, §7.5)', () => {
  it('upgrade turns a newbie into a reputable; errors as specified', () => {
    const { s, cid } = bootstrapped();
    ParticipantReputation.set(s.env.state, [cid, 1], ZORAN.id, VERIFIED);
    const upgrade = (who: TestAccount, c: CommunityIdentifier = cid) =>
      s.call(s.as(who), 'upgrade_registration', { cid: c, proof: proofOf(who, who, cid, 1) });
    const unknown = { ...cid, digest: Uint8Array.of(0, 0, 0, 0) };
    expect(upgrade(ZORAN)).toBe(err('ParticipantIsNotRegistered'));
    expect(s.register(ALICE, cid)).toBe('ok');
    expect(upgrade(ALICE)).toBe(err('MustBeNewbieToUpgradeRegistration'));
    expect(s.register(ZORAN, cid)).toBe('ok');
    expect(upgrade(ZORAN)).toBe('ok');
    expect(s.lastEvent()).toEqual(registeredEvent(cid, 'Reputable', ZORAN));
    expect(NewbieIndex.get(s.env.state, [cid, 2], ZORAN.id)).toBe(0n);
    expect(ReputableIndex.get(s.env.state, [cid, 2], ZORAN.id)).toBe(1n);
    s.goTo('Assigning');
    // upgrade checks the community before the phase; register and unregister the phase first.
    expect(upgrade(ZORAN, unknown)).toBe(err('InexistentCommunity'));
    expect(s.register(ZORAN, unknown)).toBe(err('RegisteringOrAttestationPhaseRequired'));
    expect(upgrade(ZORAN)).toBe(err('RegisteringOrAttestationPhaseRequired'));
    s.goTo('Attesting');
    // In Attesting the target is the next cycle, but removal from a registry needs Registering.
    expect(s.register(YURI, cid)).toBe('ok');
    ParticipantReputation.set(s.env.state, [cid, 1], YURI.id, VERIFIED);
    expect(upgrade(YURI)).toBe(err('WrongPhaseForUnregistering'));
  });

  it('unregister: errors, the refund needs the linked reputation of the sender (QUIRK §10.14)', () => {
    const { s, cid } = bootstrapped();
    const unregister = (who: TestAccount, cc?: [CommunityIdentifier, number], c: CommunityIdentifier = cid) =>
      s.call(s.as(who), 'unregister_participant', { cid: c, maybe_reputation_community_ceremony: cc });
    expect(unregister(ZORAN)).toBe(err('ParticipantIsNotRegistered'));
    expect(unregister(ZORAN, undefined, { ...cid, digest: Uint8Array.of(1, 1, 1, 1) })).toBe(
      err('InexistentCommunity'),
    );
    ParticipantReputation.set(s.env.state, [cid, 1], ZORAN.id, VERIFIED);
    expect(s.register(ZORAN_NEW, cid, proofOf(ZORAN_NEW, ZORAN, cid, 1))).toBe('ok');
    expect(unregister(ZORAN_NEW)).toBe(err('ReputationCommunityCeremonyRequired'));
    // The linked reputation is Zoran's, but the refund looks up the sender.
    expect(unregister(ZORAN_NEW, [cid, 1])).toBe(err('ReputationMustBeLinked'));
    ParticipantReputation.set(s.env.state, [cid, 1], YURI.id, VERIFIED);
    expect(s.register(YURI, cid, proofOf(YURI, YURI, cid, 1))).toBe('ok');
    ReputationLifetime.set(s.env.state, 0);
    expect(unregister(YURI, [cid, 1])).toBe(err('ProofOutdated'));
    ReputationLifetime.set(s.env.state, 6);
    expect(unregister(YURI, [cid, 1])).toBe('ok');
    expect(rep(s, cid, 1, YURI)).toEqual(VERIFIED);
    s.goTo('Assigning');
    expect(unregister(ZORAN_NEW, [cid, 1])).toBe(err('RegisteringOrAttestationPhaseRequired'));
    s.goTo('Attesting');
    expect(s.register(DAVE, cid)).toBe('ok');
    expect(unregister(DAVE)).toBe(err('WrongPhaseForUnregistering'));
  });

  it('register_participant needs a signed origin and an existing community', () => {
    const s = setup();
    const cid = s.newCommunity();
    expect(s.call({ kind: 'None' }, 'register_participant', { cid, proof: undefined })).toBe('BadOrigin');
    expect(s.register(ALICE, { ...cid, digest: Uint8Array.of(9, 9, 9, 9) })).toBe(err('InexistentCommunity'));
    expect(() => registerParticipant(s.env, EVE.id, cid, undefined)).not.toThrow();
    expect(BootstrapperIndex.get(s.env.state, [cid, 1], EVE.id)).toBe(1n);
  });
});
