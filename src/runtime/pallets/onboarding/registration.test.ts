// spec: economy §9.9 (enactment into the whitelist, register_whitelisted_community steps 1–8, expiry purge),
// §9.10 (whitelist purge at Registering, registration only in Registering)
import { describe, expect, it } from 'vitest';
import { computeCid } from '../../../primitives/cid/computeCid.js';
import { ONE } from '../../../primitives/fixed/fixed.js';
import type { RegistrationSpec } from '../../../primitives/scale/index.js';
import { loc, METADATA } from '../ceremonies/testRuntime.js';
import { communityExists, getBootstrappers, getNominalIncome } from '../communities/communities.js';
import { DemurragePerBlock } from '../encointerBalances/storage.js';
import { CurrentCeremonyIndex } from '../scheduler/storage.js';
import { OnboardingWhitelist } from './storage.js';
import { applicationFor, bootstrappersOf, person, setupOnboarding } from './testSupport.js';

const ascii = (s: string) => new TextEncoder().encode(s);
const APPLICANT = person(200, 0);
const [B0, B1, B2] = bootstrappersOf(201) as [Uint8Array, Uint8Array, Uint8Array];
/** A full spec: demurrage and nominal income set, so every argument is pinned by the hash. */
const SPEC: RegistrationSpec = [loc(50, 50), [B0, B1, B2], METADATA, ONE / 1_000_000n, 3n * ONE];
const APP = applicationFor(SPEC);
const err = (name: string) => `EncointerDemocracy.${name}`;

/**
 * An approved application for `spec`, enacted at the Assigning phase of cindex 7 (expires_after = 10), now in
 * the Attesting phase of cindex 7.
 */
const whitelisted = (spec: RegistrationSpec = SPEC) => {
  const s = setupOnboarding();
  const c1 = s.populate(s.cid, 10, { 4: 4 });
  const c2 = s.populate(s.cid2, 11, { 4: 4 });
  const app = applicationFor(spec);
  expect(s.apply(APPLICANT, app)).toBe('ok');
  s.cast(1n, 'Aye', c1, 4);
  s.cast(1n, 'Aye', c2, 4);
  s.setTime(60_001n);
  s.update(1n);
  s.clearEvents();
  s.goTo('Assigning');
  s.nextPhase(); // Attesting
  return { s, app };
};

describe('economy §9.9 whitelist and register_whitelisted_community (democracy call 3)', () => {
  it('enactment at Assigning whitelists the cid with the approved spec hash, valid through cindex + 3', () => {
    const { s, app } = whitelisted();
    expect(s.events().slice(0, 2)).toEqual([
      { tag: 'CommunityWhitelisted', value: { cid: app.cid, proposal_id: 1n, expires_after: 10 } },
      { tag: 'ProposalEnacted', value: { proposal_id: 1n } },
    ]);
    expect(OnboardingWhitelist.get(s.env.state, app.cid)).toEqual({
      spec_hash: app.spec_hash,
      proposal_id: 1n,
      applicant: APPLICANT,
      expires_after: 10,
    });
    expect(s.stateOf(1n)?.tag).toBe('Enacted');
  });

  it('registration only in Registering: Assigning and Attesting give RegistrationPhaseRequired', () => {
    const { s } = whitelisted();
    expect(s.registerWhitelisted(B1, SPEC)).toBe(err('RegistrationPhaseRequired'));
    s.nextPhase(); // Registering of cindex 8
    s.nextPhase(); // Assigning
    expect(s.registerWhitelisted(B1, SPEC)).toBe(err('RegistrationPhaseRequired'));
    expect(communityExists(s.env.state, APP.cid)).toBe(false);
  });

  it('a bootstrapper registers with exactly the hashed arguments: new_community effects, entry consumed', () => {
    const { s } = whitelisted();
    s.nextPhase(); // Registering, cindex 8
    s.clearEvents();
    expect(s.registerWhitelisted(B2, SPEC)).toBe('ok');
    expect(s.events()).toEqual([
      { tag: 'WhitelistedCommunityRegistered', value: { cid: APP.cid, proposal_id: 1n } },
    ]);
    expect(s.env.eventsOf('EncointerCommunities')).toContainEqual({
      tag: 'CommunityRegistered',
      value: APP.cid,
    });
    expect(communityExists(s.env.state, APP.cid)).toBe(true);
    expect(getBootstrappers(s.env.state, APP.cid)).toEqual([B0, B1, B2]);
    expect(getNominalIncome(s.env.state, APP.cid)).toBe(3n * ONE);
    expect(DemurragePerBlock.get(s.env.state, APP.cid)).toBe(ONE / 1_000_000n);
    expect(OnboardingWhitelist.exists(s.env.state, APP.cid)).toBe(false);
    // Consumed: a second registration finds no entry (the cid is registered anyway).
    expect(s.registerWhitelisted(B0, SPEC)).toBe(err('NotWhitelisted'));
  });

  it.each<[string, string, () => [Uint8Array, RegistrationSpec]]>([
    ['a non-bootstrapper signs', 'NotABootstrapper', () => [person(200, 0), SPEC]],
    [
      'another location (another cid)',
      'NotWhitelisted',
      () => [B0, [loc(50.5, 50.5), SPEC[1], SPEC[2], SPEC[3], SPEC[4]]],
    ],
    [
      'the bootstrappers reordered (another digest)',
      'NotWhitelisted',
      () => [B0, [SPEC[0], [B1, B0, B2], SPEC[2], SPEC[3], SPEC[4]]],
    ],
    [
      'other metadata (same cid)',
      'SpecMismatch',
      () => [B0, [SPEC[0], SPEC[1], { ...METADATA, name: ascii('Squatter') }, SPEC[3], SPEC[4]]],
    ],
    ['no demurrage (same cid)', 'SpecMismatch', () => [B0, [SPEC[0], SPEC[1], SPEC[2], undefined, SPEC[4]]]],
    [
      'another nominal income (same cid)',
      'SpecMismatch',
      () => [B0, [SPEC[0], SPEC[1], SPEC[2], SPEC[3], ONE]],
    ],
  ])('%s → %s', (_what, error, make) => {
    const { s } = whitelisted();
    s.nextPhase(); // Registering
    const [who, spec] = make();
    expect(s.registerWhitelisted(who, spec)).toBe(err(error));
    expect(OnboardingWhitelist.exists(s.env.state, APP.cid)).toBe(true);
  });

  it('the checks come in the order of §9.9: bootstrapper, phase, cid, whitelist, expiry, hash', () => {
    const { s } = whitelisted();
    // Not a bootstrapper and wrong phase: NotABootstrapper first.
    expect(s.registerWhitelisted(person(200, 0), SPEC)).toBe(err('NotABootstrapper'));
    s.nextPhase(); // Registering, cindex 8
    // An expired entry still in storage (the purge only runs when Registering starts): WhitelistExpired
    // before the hash is compared.
    const entry = OnboardingWhitelist.get(s.env.state, APP.cid)!;
    OnboardingWhitelist.set(s.env.state, APP.cid, { ...entry, expires_after: 7 });
    const tampered: RegistrationSpec = [SPEC[0], SPEC[1], SPEC[2], undefined, SPEC[4]];
    expect(s.registerWhitelisted(B0, tampered)).toBe(err('WhitelistExpired'));
    // An out-of-range location is the communities pallet's InvalidLocation (step 3).
    const far: RegistrationSpec = [{ lat: 100n * ONE, lon: 0n }, SPEC[1], SPEC[2], SPEC[3], SPEC[4]];
    expect(s.registerWhitelisted(B0, far)).toBe('EncointerCommunities.InvalidLocation');
  });

  it('step 7 runs every new_community check: an approved spec with two bootstrappers fails there', () => {
    const two: RegistrationSpec = [loc(50, 50), [B0, B1], METADATA, undefined, undefined];
    const { s } = whitelisted(two);
    s.nextPhase();
    expect(s.registerWhitelisted(B0, two)).toBe('EncointerCommunities.InvalidAmountBootstrappers');
    expect(OnboardingWhitelist.exists(s.env.state, computeCid(two[0], two[1]))).toBe(true);
  });

  it('expiry: usable in the Registering phases of cindex 8, 9, 10; purged on entering Registering of 11', () => {
    const { s } = whitelisted();
    for (const cindex of [8, 9, 10]) {
      s.goTo('Registering');
      expect(CurrentCeremonyIndex.get(s.env.state)).toBe(cindex);
      expect(OnboardingWhitelist.exists(s.env.state, APP.cid)).toBe(true);
    }
    s.clearEvents();
    s.goTo('Registering');
    expect(CurrentCeremonyIndex.get(s.env.state)).toBe(11);
    expect(s.events()).toEqual([{ tag: 'WhitelistEntryExpired', value: { cid: APP.cid } }]);
    expect(OnboardingWhitelist.exists(s.env.state, APP.cid)).toBe(false);
    expect(s.registerWhitelisted(B0, SPEC)).toBe(err('NotWhitelisted'));
    // The cid may apply again. (The inactive C1 and C2 were purged meanwhile; W(11) = {7, 8, 9}.)
    expect(communityExists(s.env.state, s.cid)).toBe(false);
    s.populate(s.addCommunity(20, 20, 103), 12, { 8: 2 });
    expect(s.apply(APPLICANT, APP)).toBe('ok');
  });

  it('a registration in the last valid Registering phase (cindex 10) succeeds', () => {
    const { s } = whitelisted();
    s.goTo('Registering');
    s.goTo('Registering');
    s.goTo('Registering');
    expect(CurrentCeremonyIndex.get(s.env.state)).toBe(10);
    expect(s.registerWhitelisted(B1, SPEC)).toBe('ok');
  });
});
