// spec: ceremonies §5 (scheduler), §6.6 (new_community, add_location), §7.3–§7.10 (registration types, proofs of
// attendance, endorsement tickets, assignment, attestation, rewards, reputation lifetime), §9.13; economy §2.4
/**
 * Acceptance test of the runtime: three full ceremony cycles of the Mediterranea community
 * (test-locations-mediterranean.json), driven in-process through the assembled dev runtime and its executive with
 * signed extrinsics in real blocks. Every expected value is derived in this file from the spec's rules (allowance,
 * swap-remove, ticket burning, reputation life cycle, lazy demurrage); none is read back from the pallets.
 *
 * Cycle 1: the six bootstrappers meet and claim early (Attesting). Cycle 2: bootstrappers, endorsees (endorsed with
 * bootstrapper tickets before anyone had reputation, then with reputable tickets) and newbies, one of them
 * converted to endorsee by a late endorsement; the newbie cap leaves two unassigned; claims are late (Registering).
 * Cycle 3: the twelve cycle-2 attendees come back as reputables with proofs of attendance (one moved to a new key,
 * a bootstrapper proves its own attendance), endorsees of reputables, newbies; one meetup claims early, one late.
 * (Cycle 2 has no reputables: the only reputation of cycle 1 is the bootstrappers', which §7.4 check 5 makes
 * untransferable within their community.)
 */
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { beforeAll, describe, expect, it } from 'vitest';
import { type CommunitySpec, readCommunitySpecFile, specCid } from '../../src/client/specFile.js';
import { vec } from '../../src/primitives/codec/describe.js';
import { concatBytes, toHex, uintToLe } from '../../src/primitives/common/bytes.js';
import { demurrageFactor, rateFromHalfLife } from '../../src/primitives/demurrage/index.js';
import { ONE } from '../../src/primitives/fixed/fixed.js';
import {
  AggregatedAccountData,
  type AggregatedAccountDataPersonal,
  type CommunityIdentifier,
  CommunityIdentifier as CommunityIdentifierType,
  Location,
  type ProofOfAttendance,
  Reputations,
} from '../../src/primitives/scale/index.js';
import { devKey, type TestKey } from '../../src/runtime/executive/testSupport.js';
import type { RuntimeCallValue } from '../../src/runtime/framework/pallet.js';
import {
  AssignmentCounts,
  BurnedBootstrapperNewbieTickets,
  BurnedReputableNewbieTickets,
  EndorseeRegistry,
  Endorsees,
  EndorseesCount,
  GlobalReputationCount,
  MeetupCount,
  NewbieRegistry,
  ReputationCount,
} from '../../src/runtime/pallets/ceremonies/storage.js';
import { balanceOf, totalIssuance } from '../../src/runtime/pallets/encointerBalances/balances.js';
import { Balance, TotalIssuance } from '../../src/runtime/pallets/encointerBalances/storage.js';
import { createChain, devSigner, NEXT_PHASE, type Tx } from './chain.js';

const repoRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
const SPEC_FILE = path.resolve(
  repoRoot,
  '../shared/test-data/encointer-node/test-locations-mediterranean.json',
);

// ceremonies §7.1 / §8, dev runtime: seats per meetup, minimum meetup size, newbie divider, tickets, lifetime.
const MEETUP_SIZE_TARGET = 15n;
const MEETUP_MIN_SIZE = 3n;
const NEWBIE_LIMIT_DIVIDER = 2n;
const TICKETS_PER_BOOTSTRAPPER = 5;
const TICKETS_PER_REPUTABLE = 5;
const REPUTATION_LIFETIME = 337;
const NATIVE_FUNDING = 10n ** 12n;

// ---------------------------------------------------------------------------------------------------------------
// Accounts. The spec file's bootstrappers are the sr25519 dev accounts; newcomers are fresh sr25519/ed25519 keys.

const dev = devSigner;
const range = (n: number) => Array.from({ length: n }, (_, i) => i);

const [ALICE, BOB, CHARLIE, DAVE, EVE, FERDIE] = ['Alice', 'Bob', 'Charlie', 'Dave', 'Eve', 'Ferdie'].map(
  dev,
) as [TestKey, TestKey, TestKey, TestKey, TestKey, TestKey];
const BOOTSTRAPPERS = [ALICE, BOB, CHARLIE, DAVE, EVE, FERDIE];
/** Endorsed for cycle 2 (sr25519). */
const E = range(6).map((i) => devKey(`//Endorsee${i}`, 'Sr25519'));
/** Newbies of cycle 2 (ed25519). */
const N = range(8).map((i) => devKey(`//Newbie${i}`, 'Ed25519'));
/** The new key E[0] moves its cycle-2 reputation to in cycle 3. */
const E0_NEW = devKey('//Endorsee0//rotated', 'Ed25519');
/** Endorsed for cycle 3 by reputables. */
const X = range(3).map((i) => devKey(`//Endorsee3_${i}`, 'Ed25519'));
/** New newbies of cycle 3. */
const Y = range(4).map((i) => devKey(`//Newbie3_${i}`, 'Sr25519'));
const ALICE_STASH = dev('Alice//stash');
/** Accounts Eve endorses only to spend her bootstrapper tickets; they never sign anything. */
const GHOSTS = range(TICKETS_PER_BOOTSTRAPPER + 1).map((i) => devKey(`//Ghost${i}`, 'Ed25519'));
const NEWCOMERS = [...E, ...N, E0_NEW, ...X, ...Y];

const NAMES = new Map<string, string>();
for (const [name, key] of [
  ...['Alice', 'Bob', 'Charlie', 'Dave', 'Eve', 'Ferdie'].map((n, i) => [n, BOOTSTRAPPERS[i]!] as const),
  ...E.map((k, i) => [`E${i}`, k] as const),
  ...N.map((k, i) => [`N${i}`, k] as const),
  ['E0new', E0_NEW] as const,
  ...X.map((k, i) => [`X${i}`, k] as const),
  ...Y.map((k, i) => [`Y${i}`, k] as const),
]) {
  NAMES.set(toHex(key.publicKey), name);
}
const hex = (id: Uint8Array) => toHex(id);
const nameOf = (id: Uint8Array) => NAMES.get(hex(id)) ?? hex(id);

// ---------------------------------------------------------------------------------------------------------------
// Independent models of the spec's rules.

const minB = (...xs: bigint[]) => {
  let m = xs[0]!;
  for (const x of xs) if (x < m) m = x;
  return m;
};
const isPrime = (n: bigint) => {
  if (n < 2n) return false;
  for (let d = 2n; d * d <= n; d++) if (n % d === 0n) return false;
  return true;
};
/** ceremonies §4/§10 item 3: the largest prime ≤ n, and 2 for n ≤ 2. */
const findPrimeBelow = (n: bigint) => {
  for (let p = n; p > 2n; p--) if (isPrime(p)) return p;
  return 2n;
};

interface Registered {
  readonly B: number;
  readonly R: number;
  readonly E: number;
  readonly N: number;
}

/** ceremonies §7.6 steps A and B with the dev constants: the assigned counts and the number of meetups. */
const expectedAssignment = (locations: number, r: Registered) => {
  const [B, R, En, Nn, L] = [r.B, r.R, r.E, r.N, locations].map(BigInt) as [
    bigint,
    bigint,
    bigint,
    bigint,
    bigint,
  ];
  const maxMeetups = minB(L, findPrimeBelow(B + R));
  let seats = maxMeetups * MEETUP_SIZE_TARGET - B;
  if (seats < 0n) throw new Error('this scenario must not reach the allowance underflow (QUIRK §10 item 7)');
  const reputables = minB(R, seats);
  seats -= reputables;
  const endorsees = minB(En, seats);
  seats -= endorsees;
  const newbies = minB(Nn, seats, (B + reputables + endorsees) / NEWBIE_LIMIT_DIVIDER);
  const total = B + reputables + endorsees + newbies;
  const meetups = total < MEETUP_MIN_SIZE ? 0n : (total + MEETUP_SIZE_TARGET - 1n) / MEETUP_SIZE_TARGET;
  return { counts: { bootstrappers: B, reputables, endorsees, newbies }, meetups };
};

interface Entry {
  principal: bigint;
  last: number;
}

/**
 * economy §2.4/§2.6: lazy demurrage. Each issue first decays the holder's entry and the total issuance to the
 * current block (`floor(principal · f(elapsed))`), then adds the reward; reads decay without writing.
 */
class Ledger {
  readonly entries = new Map<string, Entry>();
  readonly rewardBlocks = new Map<string, number[]>();
  total: Entry = { principal: 0n, last: 0 };

  constructor(private readonly rate: bigint) {}

  decay(e: Entry, now: number): Entry {
    if (e.last === now) return e;
    if (e.principal === 0n) return { principal: 0n, last: now };
    const f = demurrageFactor(this.rate, BigInt(now - e.last));
    return { principal: (e.principal * f) >> 64n, last: now };
  }

  issue(who: Uint8Array, amount: bigint, block: number): void {
    const e = this.decay(this.entries.get(hex(who)) ?? { principal: 0n, last: 0 }, block);
    this.entries.set(hex(who), { principal: e.principal + amount, last: block });
    const t = this.decay(this.total, block);
    this.total = { principal: t.principal + amount, last: block };
    this.rewardBlocks.set(hex(who), [...(this.rewardBlocks.get(hex(who)) ?? []), block]);
  }

  balanceAt(who: Uint8Array, block: number): bigint {
    const e = this.entries.get(hex(who));
    return e === undefined ? 0n : this.decay(e, block).principal;
  }

  /** The idealised Σ over rewards of 1.0 · f(now − issue block), each floored on its own. */
  idealAt(who: Uint8Array, reward: bigint, block: number): bigint {
    return (this.rewardBlocks.get(hex(who)) ?? []).reduce(
      (sum, b) => sum + ((reward * demurrageFactor(this.rate, BigInt(block - b))) >> 64n),
      0n,
    );
  }
}

type Rep =
  | { tag: 'Unverified' }
  | { tag: 'UnverifiedReputable' }
  | { tag: 'VerifiedUnlinked' }
  | { tag: 'VerifiedLinked'; value: number };

/** ceremonies §7.4 life cycle, per (cindex, account). */
class ReputationModel {
  readonly reps = new Map<string, Rep>();
  readonly counts = new Map<number, bigint>();
  private key = (cindex: number, who: Uint8Array) => `${cindex}:${hex(who)}`;
  get(cindex: number, who: Uint8Array): Rep {
    return this.reps.get(this.key(cindex, who)) ?? { tag: 'Unverified' };
  }
  set(cindex: number, who: Uint8Array, rep: Rep): void {
    this.reps.set(this.key(cindex, who), rep);
  }
  rewarded(cindex: number, who: Uint8Array): void {
    this.set(cindex, who, { tag: 'VerifiedUnlinked' });
    this.counts.set(cindex, (this.counts.get(cindex) ?? 0n) + 1n);
  }
  /** `has_reputation`: verified (linked or not) at some cindex in [current − lifetime, current]. */
  hasReputation(who: Uint8Array, current: number): boolean {
    for (let c = Math.max(current - REPUTATION_LIFETIME, 0); c <= current; c++) {
      const t = this.get(c, who).tag;
      if (t === 'VerifiedUnlinked' || t === 'VerifiedLinked') return true;
    }
    return false;
  }
}

/** ceremonies §7.5 step 4: a reputable ticket first (per target cycle), else a bootstrapper ticket (for life). */
class TicketModel {
  readonly bootstrapperBurned = new Map<string, number>();
  readonly reputableBurned = new Map<string, number>();
  constructor(
    private readonly reps: ReputationModel,
    private readonly bootstrappers: readonly Uint8Array[],
  ) {}
  /** Returns which ticket an endorsement burns, or `undefined` when it must fail with NoMoreNewbieTickets. */
  endorse(sender: Uint8Array, current: number, target: number): 'reputable' | 'bootstrapper' | undefined {
    const rk = `${target}:${hex(sender)}`;
    const burned = this.reputableBurned.get(rk) ?? 0;
    if (this.reps.hasReputation(sender, current) && burned < TICKETS_PER_REPUTABLE) {
      this.reputableBurned.set(rk, burned + 1);
      return 'reputable';
    }
    const bk = hex(sender);
    const bBurned = this.bootstrapperBurned.get(bk) ?? 0;
    if (this.bootstrappers.some((b) => hex(b) === bk) && bBurned < TICKETS_PER_BOOTSTRAPPER) {
      this.bootstrapperBurned.set(bk, bBurned + 1);
      return 'bootstrapper';
    }
    return undefined;
  }
}

/** The 36-byte message of a proof of attendance (§7.4): prover ‖ u32-le(ceremony index), signed by the attendee. */
const proofOf = (
  cid: CommunityIdentifier,
  prover: TestKey,
  attendee: TestKey,
  cindex: number,
): ProofOfAttendance => ({
  prover_public: prover.publicKey,
  ceremony_index: cindex,
  community_identifier: cid,
  attendee_public: attendee.publicKey,
  attendee_signature: {
    tag: attendee.scheme as 'Sr25519' | 'Ed25519',
    value: attendee.sign(concatBytes(prover.publicKey, uintToLe(BigInt(cindex), 4))),
  },
});

// ---------------------------------------------------------------------------------------------------------------
// The scenario.

const ceremonies = (tag: string, value: object): RuntimeCallValue => ({
  tag: 'EncointerCeremonies',
  value: { tag, value },
});
const fund = (to: TestKey): Tx => ({
  by: ALICE,
  call: {
    tag: 'Balances',
    value: {
      tag: 'transfer_keep_alive',
      value: { dest: { tag: 'Id', value: to.publicKey }, value: NATIVE_FUNDING },
    },
  },
});

const ascii = (s: string) => Uint8Array.from(s, (c) => c.charCodeAt(0));

interface Snapshot {
  counts: unknown;
  meetupCount: bigint;
}

const run = async () => {
  const spec: CommunitySpec = await readCommunitySpecFile(SPEC_FILE);
  const chain = createChain('dev', { randomSeed: () => new Uint8Array(32), label: nameOf });
  const { rt, state, block } = chain;
  const cid = specCid(spec);
  const rate = rateFromHalfLife(spec.demurrageHalvingBlocks!);
  const reward = spec.nominalIncome!;
  const ledger = new Ledger(rate);
  const reps = new ReputationModel();
  const tickets = new TicketModel(
    reps,
    BOOTSTRAPPERS.map((b) => b.publicKey),
  );
  const assignments = new Map<number, Snapshot>();
  const registries: Record<string, string[]> = {};
  const expectedEndorsements: [string, string][] = [];
  const rewardsIssued: [number, bigint, number][] = [];
  let current = 1;
  let phase: 'Registering' | 'Assigning' | 'Attesting' = 'Registering';

  const nextPhase = () => {
    block([{ by: ALICE, call: NEXT_PHASE }]);
    phase = phase === 'Registering' ? 'Assigning' : phase === 'Assigning' ? 'Attesting' : 'Registering';
    if (phase === 'Registering') current += 1;
    if (phase === 'Assigning') {
      assignments.set(current, {
        counts: AssignmentCounts.get(state, [cid, current]),
        meetupCount: MeetupCount.get(state, [cid, current]),
      });
    }
  };
  const register = (by: TestKey, proof?: ProofOfAttendance, fails?: string): Tx => ({
    by,
    call: ceremonies('register_participant', { cid, proof }),
    ...(fails === undefined ? {} : { fails }),
  });
  /** An endorsement, with the outcome the ticket model predicts. */
  const endorse = (by: TestKey, newbie: TestKey): Tx => {
    const target = phase === 'Registering' ? current : current + 1;
    const burned = tickets.endorse(by.publicKey, current, target);
    if (burned !== undefined) expectedEndorsements.push([nameOf(by.publicKey), nameOf(newbie.publicKey)]);
    return {
      by,
      call: ceremonies('endorse_newcomer', { cid, newbie: newbie.publicKey }),
      ...(burned === undefined ? { fails: 'EncointerCeremonies.NoMoreNewbieTickets' } : {}),
    };
  };
  /** `register_participant` with a proof of `attendee`'s attendance at `cindex`, and its §7.4 effects. */
  const registerWithProof = (prover: TestKey, attendee: TestKey, cindex: number): Tx => {
    reps.set(cindex, attendee.publicKey, { tag: 'VerifiedLinked', value: current });
    reps.set(current, prover.publicKey, { tag: 'UnverifiedReputable' });
    return register(prover, proofOf(cid, prover, attendee, cindex));
  };
  const personal = (who: TestKey): AggregatedAccountDataPersonal | undefined =>
    AggregatedAccountData.dec(
      rt.call(
        state,
        'CeremoniesApi_get_aggregated_account_data',
        concatBytes(CommunityIdentifierType.enc(cid), who.publicKey),
      ),
    ).personal;

  /**
   * Attesting: every assigned participant asks the runtime API for its meetup (as a wallet does) and attests
   * everyone else in it with vote = meetup size. Returns the meetups (index → members in API order).
   */
  const attestAll = (participants: readonly TestKey[]): Map<bigint, TestKey[]> => {
    const meetups = new Map<bigint, TestKey[]>();
    const registryOf = new Map<bigint, string[]>();
    for (const p of participants) {
      const data = personal(p);
      if (data?.meetup_index === undefined) throw new Error(`${nameOf(p.publicKey)} is not assigned`);
      meetups.set(data.meetup_index, [...(meetups.get(data.meetup_index) ?? []), p]);
      registryOf.set(data.meetup_index, data.meetup_registry!.map(hex));
    }
    for (const [m, members] of meetups) {
      // The registry each member was shown is exactly the set of members that reported this meetup.
      expect([...registryOf.get(m)!].sort()).toEqual(members.map((k) => hex(k.publicKey)).sort());
      expect(members.length, `meetup ${m} must have at least MeetupMinSize members`).toBeGreaterThanOrEqual(
        3,
      );
    }
    block(
      [...meetups.values()].flatMap((members) =>
        members.map((p) => ({
          by: p,
          call: ceremonies('attest_attendees', {
            cid,
            number_of_participants_vote: members.length,
            attestations: members.filter((o) => o !== p).map((o) => o.publicKey),
          }),
        })),
      ),
    );
    return meetups;
  };
  /** Claims the given meetups in one block (early in Attesting, late in Registering) and books the rewards. */
  const claim = (claimer: TestKey, meetups: readonly [bigint, TestKey[]][]) => {
    const cindex = phase === 'Attesting' ? current : current - 1;
    const b = block(
      meetups.map(([m]) => ({
        by: claimer,
        call: ceremonies('claim_rewards', { cid, maybe_meetup_index: m }),
      })),
    );
    for (const [m, members] of meetups) {
      rewardsIssued.push([cindex, m, members.length]);
      for (const p of members) {
        ledger.issue(p.publicKey, reward, b);
        reps.rewarded(cindex, p.publicKey);
      }
    }
    return b;
  };
  const snapshotRegistries = (label: string, cindex: number) => {
    registries[`${label}.newbies`] = NewbieRegistry.entries(state)
      .filter(([[, i]]) => i === cindex)
      .sort((a, b) => Number(a[1] - b[1]))
      .map(([, , who]) => nameOf(who));
    registries[`${label}.endorsees`] = EndorseeRegistry.entries(state)
      .filter(([[, i]]) => i === cindex)
      .sort((a, b) => Number(a[1] - b[1]))
      .map(([, , who]) => nameOf(who));
  };

  // Genesis block: the community of the spec file, registered at its first location by a signed account (any
  // signed origin is TrustableForNonDestructiveAction on dev), then its other locations; newcomers get native funds.
  block([
    {
      by: ALICE,
      call: {
        tag: 'EncointerCommunities',
        value: {
          tag: 'new_community',
          value: {
            location: spec.locations[0]!,
            bootstrappers: spec.bootstrappers,
            community_metadata: {
              name: ascii(spec.meta.name),
              symbol: ascii(spec.meta.symbol),
              assets: ascii(spec.meta.assets),
              theme: spec.meta.theme === undefined ? undefined : ascii(spec.meta.theme),
              url: spec.meta.url === undefined ? undefined : ascii(spec.meta.url),
              announcement_signer:
                spec.meta.announcementSigner === undefined
                  ? undefined
                  : { tag: 'Bip340', value: spec.meta.announcementSigner },
              rules: spec.meta.rules,
            },
            demurrage: rate,
            nominal_income: reward,
          },
        },
      },
    },
    ...spec.locations.slice(1).map((location) => ({
      by: ALICE,
      call: { tag: 'EncointerCommunities', value: { tag: 'add_location', value: { cid, location } } },
    })),
  ]);
  block(NEWCOMERS.map(fund));
  const locations = vec(Location).dec(
    rt.call(state, 'CommunitiesApi_get_locations', CommunityIdentifierType.enc(cid)),
  );

  // ---- Cycle 1: only bootstrappers may register before any income exists (§7.3 rule 2).
  block([
    ...BOOTSTRAPPERS.map((b) => register(b)),
    register(ALICE_STASH, undefined, 'EncointerCeremonies.OnlyBootstrappers'),
  ]);
  nextPhase(); // Assigning
  // Nobody has reputation yet: these burn bootstrapper tickets; they target cycle 2 (phase ≠ Registering).
  // Eve spends all her tickets: the sixth endorsement fails with NoMoreNewbieTickets.
  block([
    endorse(ALICE, E[0]!),
    endorse(ALICE, E[1]!),
    endorse(BOB, E[2]!),
    ...GHOSTS.map((g) => endorse(EVE, g)),
  ]);
  nextPhase(); // Attesting
  const m1 = attestAll(BOOTSTRAPPERS);
  claim(ALICE, [...m1]); // early: the meetup is perfect
  // Charlie now has reputation (cindex 1): the endorsement burns a reputable ticket of target cycle 2.
  block([endorse(CHARLIE, E[3]!)]);
  nextPhase(); // Registering, cindex 2
  for (let i = 0; i < 5; i++) block(); // idle blocks: demurrage runs

  // ---- Cycle 2.
  block([endorse(DAVE, E[4]!)]);
  block([
    ...BOOTSTRAPPERS.map((b) => register(b)),
    ...E.slice(0, 5).map((e) => register(e)),
    ...N.slice(0, 5).map((n) => register(n)),
    register(E[5]!), // not endorsed yet: a Newbie, newbie index 6
    ...N.slice(5).map((n) => register(n)),
  ]);
  // Endorsing a registered newbie during Registering re-registers it as Endorsee (§7.5 step 6): swap-remove of
  // index 6 moves the last newbie (N7, index 9) into its place.
  block([endorse(ALICE, E[5]!)]);
  snapshotRegistries('cycle2', 2);
  const unconsumedEndorsements = E.filter((e) => Endorsees.exists(state, [cid, 2], e.publicKey)).length;
  nextPhase(); // Assigning
  nextPhase(); // Attesting
  const assigned2 = [...BOOTSTRAPPERS, ...E, ...N.slice(0, 5), N[7]!];
  const unassigned2 = [N[5]!, N[6]!].map((n) => personal(n));
  const m2 = attestAll(assigned2);
  nextPhase(); // Registering, cindex 3
  for (let i = 0; i < 3; i++) block();

  // ---- Cycle 3: late claims of cycle 2 first (reputables need the verified attendance to prove).
  claim(
    BOB,
    [...m2].sort((a, b) => Number(a[0] - b[0])),
  );
  block([
    {
      by: CHARLIE,
      call: ceremonies('claim_rewards', { cid, maybe_meetup_index: 1n }),
      fails: 'EncointerCeremonies.RewardsAlreadyIssued',
    },
  ]);
  const cycle2Attendees = [...E, ...N.slice(0, 5), N[7]!];
  block([
    ...BOOTSTRAPPERS.filter((b) => b !== BOB).map((b) => register(b)),
    // A bootstrapper may prove its own attendance: it stays a Bootstrapper, the proof is still linked (§7.3 rule 1).
    registerWithProof(BOB, BOB, 2),
    // Key rotation: E0's attendance moves to a new key; E0 itself can then not use it in this cycle.
    registerWithProof(E0_NEW, E[0]!, 2),
    register(E[0]!, proofOf(cid, E[0]!, E[0]!, 2), 'EncointerCeremonies.AttendanceUnverifiedOrAlreadyUsed'),
    ...cycle2Attendees.slice(1).map((a) => registerWithProof(a, a, 2)),
    ...[N[5]!, N[6]!, ...Y].map((n) => register(n)),
  ]);
  block([
    endorse(E[1]!, X[0]!), // a reputable of cycle 2: reputable tickets of cycle 3
    endorse(E[1]!, X[1]!),
    endorse(BOB, X[2]!), // a bootstrapper with reputation also burns a reputable ticket first
    endorse(N[5]!, Y[0]!), // neither reputation nor bootstrapper: NoMoreNewbieTickets
  ]);
  block(X.map((x) => register(x)));
  nextPhase(); // Assigning
  nextPhase(); // Attesting
  const reputables3 = [E0_NEW, ...cycle2Attendees.slice(1)];
  const assigned3 = [...BOOTSTRAPPERS, ...reputables3, ...X, N[5]!, N[6]!, ...Y];
  const m3 = [...attestAll(assigned3)].sort((a, b) => Number(a[0] - b[0]));
  claim(m3[0]![1][0]!, [m3[0]!]); // early
  nextPhase(); // Registering, cindex 4
  for (let i = 0; i < 4; i++) block();
  claim(FERDIE, m3.slice(1)); // late
  for (let i = 0; i < 7; i++) block();

  return {
    spec,
    chain,
    cid,
    rate,
    reward,
    ledger,
    reps,
    tickets,
    assignments,
    registries,
    expectedEndorsements,
    rewardsIssued,
    unconsumedEndorsements,
    unassigned2,
    locations,
    registered: {
      1: { B: 6, R: 0, E: 0, N: 0 },
      2: { B: 6, R: 0, E: 6, N: 8 },
      3: { B: 6, R: reputables3.length, E: X.length, N: 2 + Y.length },
    } as Record<number, Registered>,
  };
};

type World = Awaited<ReturnType<typeof run>>;

describe('three ceremony cycles of Mediterranea on the dev runtime (ceremonies §5–§7, §9.13; economy §2)', () => {
  let w: World;
  const ALL = [...BOOTSTRAPPERS, ...NEWCOMERS];
  const events = (pallet: string, name: string) => w.chain.events(pallet, name);

  beforeAll(async () => {
    w = await run();
  }, 60_000);

  it('registers the community of the spec file: its CID, its 9 locations, bootstrappers = the dev accounts', () => {
    expect(w.spec.bootstrappers.map(hex)).toEqual(BOOTSTRAPPERS.map((b) => hex(b.publicKey)));
    expect(events('EncointerCommunities', 'CommunityRegistered').map((e) => e.value)).toEqual([w.cid]);
    expect(events('EncointerCommunities', 'LocationAdded')).toHaveLength(8);
    expect(w.locations).toHaveLength(9);
    expect(w.reward).toBe(ONE);
  });

  it('changes phase only by next_phase: three full cycles, now at (4, Registering)', () => {
    expect(events('EncointerScheduler', 'PhaseChangedTo').map((e) => e.value)).toEqual(
      Array(3).fill(['Assigning', 'Attesting', 'Registering']).flat(),
    );
    const info = w.chain.rt.call(w.chain.state, 'CeremoniesApi_get_ceremony_info', new Uint8Array());
    expect(toHex(info)).toBe('0x0004000000'); // Registering = 0, cindex 4 (u32 le)
  });

  it.each([1, 2, 3])('cycle %i: assigned counts and meetup count follow the allowance rules (§7.6)', (c) => {
    const expected = expectedAssignment(w.locations.length, w.registered[c]!);
    expect(w.assignments.get(c)).toEqual({ counts: expected.counts, meetupCount: expected.meetups });
  });

  it('expected meetup counts: 1, 2, 2 (cycle 2 caps newbies at (6 + 6) / 2 = 6 of 8)', () => {
    expect([1, 2, 3].map((c) => expectedAssignment(9, w.registered[c]!).meetups)).toEqual([1n, 2n, 2n]);
    expect(expectedAssignment(9, w.registered[2]!).counts.newbies).toBe(6n);
  });

  it('registration types: bootstrappers, endorsees (consumed), newbies, reputables via proofs (§7.3)', () => {
    const byCycle = (block0: number, block1: number) =>
      events('EncointerCeremonies', 'ParticipantRegistered')
        .filter((e) => e.block >= block0 && e.block < block1)
        .map((e) => {
          const [, type, who] = e.value as [unknown, string, Uint8Array];
          return `${type}:${nameOf(who)}`;
        })
        .sort();
    const phaseBlocks = events('EncointerScheduler', 'PhaseChangedTo').map((e) => e.block);
    const [, , reg2, , , reg3, , , reg4] = phaseBlocks as number[];
    const sorted = (xs: string[]) => [...xs].sort();
    expect(byCycle(0, reg2!)).toEqual(
      sorted(BOOTSTRAPPERS.map((b) => `Bootstrapper:${nameOf(b.publicKey)}`)),
    );
    expect(byCycle(reg2!, reg3!)).toEqual(
      sorted([
        ...BOOTSTRAPPERS.map((b) => `Bootstrapper:${nameOf(b.publicKey)}`),
        ...['E0', 'E1', 'E2', 'E3', 'E4'].map((n) => `Endorsee:${n}`),
        ...['N0', 'N1', 'N2', 'N3', 'N4', 'E5', 'N5', 'N6', 'N7'].map((n) => `Newbie:${n}`),
      ]),
    );
    expect(byCycle(reg3!, reg4!)).toEqual(
      sorted([
        ...BOOTSTRAPPERS.map((b) => `Bootstrapper:${nameOf(b.publicKey)}`),
        ...['E0new', 'E1', 'E2', 'E3', 'E4', 'E5', 'N0', 'N1', 'N2', 'N3', 'N4', 'N7'].map(
          (n) => `Reputable:${n}`,
        ),
        ...['X0', 'X1', 'X2'].map((n) => `Endorsee:${n}`),
        ...['N5', 'N6', 'Y0', 'Y1', 'Y2', 'Y3'].map((n) => `Newbie:${n}`),
      ]),
    );
  });

  it('a late endorsement converts a registered newbie; the swap-remove lets the last newbie take its seat', () => {
    // Newbie registry before: N0..N4, E5, N5, N6, N7 (1..9). Removing index 6 moves index 9 there.
    const before = ['N0', 'N1', 'N2', 'N3', 'N4', 'E5', 'N5', 'N6', 'N7'];
    const after = [...before];
    after[5] = after.pop()!;
    expect(w.registries['cycle2.newbies']).toEqual(after);
    expect(w.registries['cycle2.endorsees']).toEqual(['E0', 'E1', 'E2', 'E3', 'E4', 'E5']);
    expect(w.unconsumedEndorsements).toBe(0); // every endorsement was consumed by the registration
    // The first 6 newbies by index are assigned: N5 and N6 (registered before N7) are not.
    for (const p of w.unassigned2) {
      expect(p?.participant_type).toBe('Newbie');
      expect(p?.meetup_index).toBeUndefined();
    }
  });

  it('every assigned participant attested, every meetup was paid in full (RewardsIssued per meetup)', () => {
    expect(events('EncointerCeremonies', 'RewardsIssued').map((e) => e.value)).toEqual(
      w.rewardsIssued.map(([, m, n]) => [w.cid, m, n]),
    );
    expect(
      w.rewardsIssued
        .map(([c, , n]) => [c, n])
        .reduce<Record<number, number>>((acc, [c, n]) => {
          acc[c!] = (acc[c!] ?? 0) + n!;
          return acc;
        }, {}),
    ).toEqual({ 1: 6, 2: 18, 3: 27 });
    const attested = events('EncointerCeremonies', 'AttestationsRegistered');
    expect(attested).toHaveLength(6 + 18 + 27);
    expect(events('EncointerCeremonies', 'NoReward')).toEqual([]);
    const issued = events('EncointerBalances', 'Issued').map((e) => e.value as [unknown, Uint8Array, bigint]);
    expect(issued).toHaveLength(51);
    expect(new Set(issued.map(([, , amount]) => amount))).toEqual(new Set([ONE]));
  });

  it('inactivity counters: 1 after the empty cycle 0, then reset by cycles 1 and 2 (§7.10)', () => {
    expect(events('EncointerCeremonies', 'InactivityCounterUpdated').map((e) => e.value)).toEqual([
      [w.cid, 1],
      [w.cid, 0],
      [w.cid, 0],
    ]);
  });

  it('reputation per account and cindex follows the §7.4 life cycle (read through CeremoniesApi_get_reputations)', () => {
    for (const who of ALL) {
      const got = Reputations.dec(
        w.chain.rt.call(w.chain.state, 'CeremoniesApi_get_reputations', who.publicKey),
      )
        .map(([c, r]) => `${c}:${JSON.stringify(r.reputation)}`)
        .sort();
      const want = [1, 2, 3, 4]
        .map((c) => [c, w.reps.get(c, who.publicKey)] as const)
        .filter(([, r]) => r.tag !== 'Unverified')
        .map(([c, r]) => `${c}:${JSON.stringify(r)}`)
        .sort();
      expect(got, nameOf(who.publicKey)).toEqual(want);
    }
    // Spot checks of the rules the model encodes.
    expect(w.reps.get(2, E[0]!.publicKey)).toEqual({ tag: 'VerifiedLinked', value: 3 });
    expect(w.reps.get(3, E0_NEW.publicKey)).toEqual({ tag: 'VerifiedUnlinked' });
    expect(w.reps.get(2, BOB.publicKey)).toEqual({ tag: 'VerifiedLinked', value: 3 });
    expect(w.reps.get(2, N[5]!.publicKey)).toEqual({ tag: 'Unverified' });
  });

  it('reputation counts: 6, 18 and 27 per cindex, in the community and globally', () => {
    for (const c of [1, 2, 3]) {
      expect(ReputationCount.get(w.chain.state, [w.cid, c])).toBe(w.reps.counts.get(c));
      expect(GlobalReputationCount.get(w.chain.state, c)).toBe(w.reps.counts.get(c));
    }
    expect([1, 2, 3].map((c) => w.reps.counts.get(c))).toEqual([6n, 18n, 27n]);
  });

  it('endorsement tickets: bootstrapper tickets left = 5 − burned for life; reputable tickets per target cycle', () => {
    expect(
      events('EncointerCeremonies', 'EndorsedParticipant').map((e) => {
        const [, by, newbie] = e.value as [unknown, Uint8Array, Uint8Array];
        return [nameOf(by), nameOf(newbie)];
      }),
    ).toEqual(w.expectedEndorsements);
    for (const b of BOOTSTRAPPERS) {
      const left = TICKETS_PER_BOOTSTRAPPER - (w.tickets.bootstrapperBurned.get(hex(b.publicKey)) ?? 0);
      expect(
        TICKETS_PER_BOOTSTRAPPER - BurnedBootstrapperNewbieTickets.get(w.chain.state, w.cid, b.publicKey),
      ).toBe(left);
    }
    expect(BOOTSTRAPPERS.map((b) => w.tickets.bootstrapperBurned.get(hex(b.publicKey)) ?? 0)).toEqual([
      2, 1, 0, 0, 5, 0,
    ]);
    expect(w.expectedEndorsements.filter(([by]) => by === 'Eve')).toHaveLength(TICKETS_PER_BOOTSTRAPPER);
    for (const c of [2, 3]) {
      for (const who of ALL) {
        expect(
          BurnedReputableNewbieTickets.get(w.chain.state, [w.cid, c], who.publicKey),
          `${c} ${nameOf(who.publicKey)}`,
        ).toBe(w.tickets.reputableBurned.get(`${c}:${hex(who.publicKey)}`) ?? 0);
      }
    }
    expect(
      [...w.tickets.reputableBurned].map(
        ([k, n]) => `${k.split(':')[0]}:${NAMES.get(k.split(':')[1]!)}=${n}`,
      ),
    ).toEqual(['2:Charlie=1', '2:Dave=1', '2:Alice=1', '3:E1=2', '3:Bob=1']);
    expect(EndorseesCount.get(w.chain.state, [w.cid, 2])).toBe(6n + BigInt(TICKETS_PER_BOOTSTRAPPER));
    expect(EndorseesCount.get(w.chain.state, [w.cid, 3])).toBe(3n);
  });

  it('balances: the stored entries and the demurraged balances equal the lazy-demurrage model, bit for bit', () => {
    const now = w.chain.height;
    for (const who of ALL) {
      const model = w.ledger.entries.get(hex(who.publicKey));
      const stored = Balance.get(w.chain.state, w.cid, who.publicKey);
      expect(stored, nameOf(who.publicKey)).toEqual(
        model === undefined
          ? { principal: 0n, last_update: 0 }
          : { principal: model.principal, last_update: model.last },
      );
      for (const at of [now, now + 100_000, now + 7_884_000]) {
        expect(balanceOf(w.chain.state, w.cid, who.publicKey, at), `${nameOf(who.publicKey)} at ${at}`).toBe(
          w.ledger.balanceAt(who.publicKey, at),
        );
      }
    }
    // Bootstrappers were paid three times, the cycle-2 newcomers once or twice: all below n·1.0 after demurrage.
    const alice = w.ledger.balanceAt(ALICE.publicKey, now);
    expect(alice < 3n * ONE && alice > 3n * ONE - ONE / 10_000n).toBe(true);
    expect(w.ledger.rewardBlocks.get(hex(ALICE.publicKey))).toHaveLength(3);
  });

  it('balances are Σ over rewards of 1.0 · f(now − issue block) up to the floors of the lazy touches', () => {
    const now = w.chain.height;
    for (const who of ALL) {
      const ideal = w.ledger.idealAt(who.publicKey, w.reward, now);
      const actual = balanceOf(w.chain.state, w.cid, who.publicKey, now);
      const rewards = BigInt(w.ledger.rewardBlocks.get(hex(who.publicKey))?.length ?? 0);
      const diff = actual > ideal ? actual - ideal : ideal - actual;
      expect(diff <= 4n * rewards, `${nameOf(who.publicKey)}: ${actual} vs ${ideal}`).toBe(true);
    }
    // After one halving period every balance has (about) halved.
    const later = w.chain.height + Number(w.spec.demurrageHalvingBlocks!);
    const alice = balanceOf(w.chain.state, w.cid, ALICE.publicKey, later);
    const aliceNow = balanceOf(w.chain.state, w.cid, ALICE.publicKey, now);
    expect(Number(aliceNow - 2n * alice) / Number(aliceNow)).toBeLessThan(1e-9);
  });

  it('total issuance: the lazily demurraged sum of all rewards, ≥ the sum of the balances', () => {
    const now = w.chain.height;
    const t = TotalIssuance.get(w.chain.state, w.cid);
    expect(t).toEqual({ principal: w.ledger.total.principal, last_update: w.ledger.total.last });
    expect(totalIssuance(w.chain.state, w.cid, now)).toBe(w.ledger.decay(w.ledger.total, now).principal);
    const sum = ALL.reduce((s, who) => s + balanceOf(w.chain.state, w.cid, who.publicKey, now), 0n);
    const total = totalIssuance(w.chain.state, w.cid, now);
    expect(total >= sum - BigInt(ALL.length) && total - sum <= 4n * 51n).toBe(true);
  });
});
