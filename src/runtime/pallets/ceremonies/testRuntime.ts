/**
 * Test harness for the ceremonies pallet (not used by production code): a runtime of scheduler, ceremonies,
 * communities and community balances as in the reference's unit-test mock (ceremonies §9.13 setting: zero seed,
 * one-day phases, cindex 1 / Registering), deterministic ed25519 accounts that can sign proofs of attendance,
 * and helpers that drive the pallet through calls and phase changes.
 */
import { createPrivateKey, createPublicKey, type KeyObject, sign } from 'node:crypto';
import { concatBytes, uintToLe } from '../../../primitives/common/bytes.js';
import { blake2_256 } from '../../../primitives/common/hashing.js';
import { ONE } from '../../../primitives/fixed/fixed.js';
import { type Location, locationFromDegrees } from '../../../primitives/geo/location.js';
import type {
  CommunityIdentifier,
  CommunityMetadata,
  ProofOfAttendance,
} from '../../../primitives/scale/index.js';
import { type Origin, ROOT, signed } from '../../framework/pallet.js';
import { type DispatchResult, Runtime } from '../../framework/runtime.js';
import { createTestEnv, type TestEnv } from '../../framework/testEnv.js';
import { addLocation, registerCommunity } from '../communities/communities.js';
import { applyCommunitiesGenesis, TEST_COMMUNITIES_GENESIS } from '../communities/genesis.js';
import { createCommunitiesPallet, DEV_COMMUNITIES_CONFIG } from '../communities/pallet.js';
import { issue } from '../encointerBalances/balances.js';
import { createEncointerBalancesPallet } from '../encointerBalances/pallet.js';
import { createSchedulerPallet } from '../scheduler/pallet.js';
import { CurrentCeremonyIndex, CurrentPhase, PhaseDurations } from '../scheduler/storage.js';
import { type CeremoniesConfig, MOCK_CEREMONIES_CONFIG } from './config.js';
import { applyCeremoniesGenesis, type CeremoniesGenesis, MOCK_CEREMONIES_GENESIS } from './genesis.js';
import { createCeremoniesPallet } from './pallet.js';
import { onCeremonyPhaseChange } from './phaseChange.js';

export const DAY = 86_400_000n;

/** A deterministic ed25519 account: the public key is the AccountId. */
export interface TestAccount {
  readonly name: string;
  readonly id: Uint8Array;
  readonly key: KeyObject;
}

// PKCS#8 header of an Ed25519 private key (RFC 8410); the 32-byte seed follows.
const PKCS8_ED25519 = Uint8Array.of(
  0x30,
  0x2e,
  0x02,
  0x01,
  0x00,
  0x30,
  0x05,
  0x06,
  0x03,
  0x2b,
  0x65,
  0x70,
  0x04,
  0x22,
  0x04,
  0x20,
);

/** An ed25519 account whose seed is blake2_256(name). */
export const account = (name: string): TestAccount => {
  const der = new Uint8Array(PKCS8_ED25519.length + 32);
  der.set(PKCS8_ED25519);
  der.set(blake2_256(new TextEncoder().encode(name)), PKCS8_ED25519.length);
  const key = createPrivateKey({ key: Buffer.from(der), format: 'der', type: 'pkcs8' });
  const spki = createPublicKey(key).export({ format: 'der', type: 'spki' });
  return { name, id: new Uint8Array(spki.subarray(spki.length - 32)), key };
};

export const ALICE = account('Alice');
export const BOB = account('Bob');
export const CHARLIE = account('Charlie');
export const DAVE = account('Dave');
export const EVE = account('Eve');
export const FERDIE = account('Ferdie');
/** §9.13: the six bootstrappers in registration order (registry indices 1..6). */
export const SIX = [ALICE, BOB, FERDIE, CHARLIE, DAVE, EVE];

/** `n` further accounts named `<prefix><i>`. */
export const accounts = (prefix: string, n: number): TestAccount[] =>
  Array.from({ length: n }, (_, i) => account(`${prefix}${i}`));

/** A proof that `attendee` attended `(cid, cindex)`, for `prover`, signed by the attendee. */
export const proofOf = (
  prover: TestAccount,
  attendee: TestAccount,
  cid: CommunityIdentifier,
  cindex: number,
  signer: TestAccount = attendee,
): ProofOfAttendance => ({
  prover_public: prover.id,
  ceremony_index: cindex,
  community_identifier: cid,
  attendee_public: attendee.id,
  attendee_signature: {
    tag: 'Ed25519',
    // §7.4: the 36-byte message prover ‖ u32-le(cindex), built here independently of the pallet's codec.
    value: new Uint8Array(sign(null, concatBytes(prover.id, uintToLe(BigInt(cindex), 4)), signer.key)),
  },
});

const ascii = (s: string) => Uint8Array.from(s, (c) => c.charCodeAt(0));
export const METADATA: CommunityMetadata = {
  name: ascii('Test Community'),
  symbol: ascii('TST'),
  assets: ascii('QmRgHZwX9ryGd5ZQpnMYAyvNmkd3SRmKnUKmLAuDufWKqK'),
  theme: undefined,
  url: undefined,
  announcement_signer: undefined,
  rules: 'LoCo',
};

export const loc = (lat: number, lon: number): Location => locationFromDegrees(lat, lon);

export interface SetupOptions {
  readonly config?: Partial<CeremoniesConfig>;
  readonly genesis?: Partial<CeremoniesGenesis>;
  readonly randomSeed?: Uint8Array;
}

/** A fresh runtime at (cindex 1, Registering) with one-day phases and the mock genesis. */
export const setup = (options: SetupOptions = {}) => {
  const config: CeremoniesConfig = { ...MOCK_CEREMONIES_CONFIG, ...options.config };
  const isRoot = (o: Origin) => o.kind === 'Root';
  const runtime = new Runtime({
    crate: 'test',
    pallets: [
      createSchedulerPallet({
        momentsPerDay: DAY,
        isCeremonyMaster: isRoot,
        onPhaseChange: [(env, phase) => onCeremonyPhaseChange(env, phase, config)],
      }),
      createCeremoniesPallet(config),
      createCommunitiesPallet(DEV_COMMUNITIES_CONFIG),
      createEncointerBalancesPallet({ isCeremonyMaster: isRoot }),
    ],
  });
  const env: TestEnv = createTestEnv(
    runtime,
    options.randomSeed === undefined ? {} : { randomSeed: options.randomSeed },
  );
  CurrentCeremonyIndex.set(env.state, 1);
  for (const p of ['Registering', 'Assigning', 'Attesting'] as const) PhaseDurations.set(env.state, p, DAY);
  applyCommunitiesGenesis(env.state, TEST_COMMUNITIES_GENESIS);
  applyCeremoniesGenesis(env.state, { ...MOCK_CEREMONIES_GENESIS, ...options.genesis });

  /** `ok`, `BadOrigin`, or `EncointerCeremonies.<Error>` (or another pallet's error). */
  const outcome = (r: DispatchResult): string => (r.ok ? 'ok' : runtime.describeError(r.error));
  const call = (origin: Origin, name: string, args: object = {}): string =>
    outcome(env.apply(origin, { tag: 'EncointerCeremonies', value: { tag: name, value: args } }));
  const as = (who: TestAccount) => signed(who.id);

  /** A community with these bootstrappers and locations (the first one registers it). */
  const newCommunity = (
    bootstrappers: readonly TestAccount[] = SIX,
    locations: readonly Location[] = [loc(1, 1)],
  ): CommunityIdentifier => {
    const cid = registerCommunity(env, {
      location: locations[0]!,
      bootstrappers: bootstrappers.map((b) => b.id),
      community_metadata: METADATA,
    });
    for (const l of locations.slice(1)) addLocation(env, cid, l);
    return cid;
  };

  const nextPhase = (): void => {
    const r = env.apply(ROOT, { tag: 'EncointerScheduler', value: { tag: 'next_phase', value: {} } });
    if (!r.ok) throw new Error(`next_phase failed: ${runtime.describeError(r.error)}`);
  };
  /** Advances until the scheduler is in `phase` (at least one step). */
  const goTo = (phase: 'Registering' | 'Assigning' | 'Attesting'): void => {
    do nextPhase();
    while (CurrentPhase.get(env.state) !== phase);
  };
  /** Runs `n` full cycles (three phase changes each). */
  const cycles = (n: number): void => {
    for (let i = 0; i < 3 * n; i++) nextPhase();
  };

  const register = (who: TestAccount, cid: CommunityIdentifier, proof?: ProofOfAttendance): string =>
    call(as(who), 'register_participant', { cid, proof });
  const attest = (
    who: TestAccount,
    cid: CommunityIdentifier,
    vote: number,
    attestees: readonly TestAccount[],
  ) =>
    call(as(who), 'attest_attendees', {
      cid,
      number_of_participants_vote: vote,
      attestations: attestees.map((a) => a.id),
    });
  /** Each attests every other with vote = group size. */
  const attestAll = (cid: CommunityIdentifier, group: readonly TestAccount[], vote = group.length): void => {
    for (const who of group) {
      const r = attest(
        who,
        cid,
        vote,
        group.filter((o) => o !== who),
      );
      if (r !== 'ok') throw new Error(`attest by ${who.name} failed: ${r}`);
    }
  };
  const claim = (who: TestAccount, cid: CommunityIdentifier, meetupIndex?: bigint): string =>
    call(as(who), 'claim_rewards', { cid, maybe_meetup_index: meetupIndex });
  /** Issues 1.0 to someone so the community has total issuance (registration beyond bootstrappers opens). */
  const seedIssuance = (cid: CommunityIdentifier): void => issue(env, cid, account('issuer').id, ONE);
  /**
   * A bootstrapping ceremony: the bootstrappers register, meet (fully attested) and are paid in the next
   * Registering phase. Ends at (cindex + 1, Registering).
   */
  const bootstrap = (cid: CommunityIdentifier, group: readonly TestAccount[] = SIX): void => {
    for (const b of group) if (register(b, cid) !== 'ok') throw new Error(`register ${b.name} failed`);
    goTo('Attesting');
    attestAll(cid, group);
    goTo('Registering');
    const r = claim(group[0]!, cid);
    if (r !== 'ok') throw new Error(`claim failed: ${r}`);
  };
  const events = () => env.eventsOf('EncointerCeremonies');
  const lastEvent = () => env.events[env.events.length - 1]?.event;
  const cindex = () => CurrentCeremonyIndex.get(env.state);

  return {
    runtime,
    env,
    config,
    outcome,
    call,
    as,
    newCommunity,
    nextPhase,
    goTo,
    cycles,
    register,
    attest,
    attestAll,
    claim,
    seedIssuance,
    bootstrap,
    events,
    lastEvent,
    cindex,
  };
};

export type Setup = ReturnType<typeof setup>;

/** `EncointerCeremonies.<name>` as `outcome` reports it. */
export const err = (name: string): string => `EncointerCeremonies.${name}`;
