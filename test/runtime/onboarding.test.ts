// spec: economy §9 (permissionless community onboarding: §9.3 snapshot, §9.6 submission, §9.7 voting with
// reputation commitments, §9.8 federated rule, §9.9 whitelist at the next Assigning and registration in
// Registering); ceremonies §7 (registration, assignment, attestation, rewards)
/**
 * Acceptance scenario on the assembled dev runtime, in-process, with signed extrinsics in blocks built by the
 * executive. Three communities grow through two ceremonies (A: 9 bootstrappers and 4 newbies, B: 4 bootstrappers,
 * C: 3 bootstrappers). At cindex 4 two communities apply (D honestly, E whose bootstrapper later tampers): each
 * application pins the hash of its registration arguments, links a dossier and reserves the deposit. Members vote
 * in their communities with their reputations; the result follows the federated rule; both applicants are
 * whitelisted at the next Assigning; D registers in the next Registering phase with exactly the hashed arguments
 * and its bootstrappers start their first ceremony; E's registration with a forged bootstrapper list (same CRC-32
 * digest, so the same cid) fails with SpecMismatch. Expected numbers are derived here from the spec's rules.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { bootstrapperDigest, computeCid } from '../../src/primitives/cid/computeCid.js';
import { option, u128 } from '../../src/primitives/codec/describe.js';
import { bytesEqual, concatBytes, toHex } from '../../src/primitives/common/bytes.js';
import { ONE } from '../../src/primitives/fixed/fixed.js';
import { locationFromDegrees } from '../../src/primitives/geo/location.js';
import { registrationSpecHash } from '../../src/primitives/onboarding/registration.js';
import {
  AggregatedAccountData,
  type CommunityIdentifier,
  CommunityIdentifier as CommunityIdentifierType,
  type CommunityMetadata,
  type OnboardingApplication,
  type RegistrationSpec,
} from '../../src/primitives/scale/index.js';
import { devKey, type TestKey } from '../../src/runtime/executive/testSupport.js';
import type { RuntimeCallValue } from '../../src/runtime/framework/pallet.js';
import { communityExists } from '../../src/runtime/pallets/communities/communities.js';
import { PurposeIds } from '../../src/runtime/pallets/democracy/storage.js';
import { OnboardingStatus } from '../../src/runtime/pallets/onboarding/runtimeApi.js';
import { Commitments } from '../../src/runtime/pallets/reputationCommitments/storage.js';
import { Account } from '../../src/runtime/pallets/system/storage.js';
import { Now } from '../../src/runtime/pallets/timestamp/timestamp.js';
import { type Chain, createChain, devSigner, NEXT_PHASE, type Tx } from './chain.js';

const ascii = (s: string) => new TextEncoder().encode(s);
const range = (n: number) => Array.from({ length: n }, (_, i) => i);

// dev runtime (economy §6.3, §9.4): MinTurnout 1 ‰, confirmation 5 min, deposit 10 native units.
const CONFIRMATION_MS = 300_000n;
const DEPOSIT = 10n * 10n ** 12n;
const DOSSIER = ascii('QmW6WLLhUPsosBcKebejveknjrSQjZjq5eYFVBRaAZAs9N');

const ALICE = devSigner('Alice');
const keys = (name: string, n: number) => range(n).map((i) => devKey(`//Onboarding//${name}${i}`, 'Sr25519'));
const A = keys('A', 9);
const A_NEWBIES = keys('An', 4);
const B = keys('B', 4);
const C = keys('C', 3);
const D = keys('D', 3);
const E = keys('E', 3);
const MALLORY = devKey('//Onboarding//Mallory', 'Sr25519');

const metadata = (name: string, symbol: string): CommunityMetadata => ({
  name: ascii(name),
  symbol: ascii(symbol),
  assets: ascii('QmRgHZwX9ryGd5ZQpnMYAyvNmkd3SRmKnUKmLAuDufWKqK'),
  theme: undefined,
  url: undefined,
  announcement_signer: undefined,
  rules: 'LoCo',
});
const specOf = (lat: number, members: readonly TestKey[], name: string, symbol: string): RegistrationSpec => [
  locationFromDegrees(lat, lat),
  members.map((k) => k.publicKey),
  metadata(name, symbol),
  undefined,
  ONE,
];
const SPEC_A = specOf(10, A, 'Alpha', 'ALP');
const SPEC_B = specOf(20, B, 'Bravo', 'BRV');
const SPEC_C = specOf(30, C, 'Charlie', 'CHA');
const SPEC_D = specOf(40, D, 'Delta', 'DLT');
const SPEC_E = specOf(45, E, 'Echo', 'ECH');
const cidOf = (spec: RegistrationSpec) => computeCid(spec[0], spec[1]);
const [CID_A, CID_B, CID_C, CID_D, CID_E] = [SPEC_A, SPEC_B, SPEC_C, SPEC_D, SPEC_E].map(cidOf) as [
  CommunityIdentifier,
  CommunityIdentifier,
  CommunityIdentifier,
  CommunityIdentifier,
  CommunityIdentifier,
];

/** The application of a registration spec: cid, blake2b-256 of the exact SCALE arguments, dossier. */
const applicationOf = (spec: RegistrationSpec): OnboardingApplication => ({
  cid: cidOf(spec),
  spec_hash: registrationSpecHash(spec),
  dossier: DOSSIER,
});

/**
 * CRC-32 is affine over GF(2) for messages of one length: flipping bit j of the last four bytes of
 * `list[index]` changes the digest by a fixed vector. Solving that 32×32 system gives an account that makes the
 * list's digest equal `target` — a different bootstrapper list with the same cid (economy §9.9 step 6).
 */
const forgeBootstrapper = (list: Uint8Array[], index: number, target: Uint8Array): Uint8Array => {
  const digestWith = (x: number) => {
    const forged = Uint8Array.from(list[index]!);
    for (let b = 0; b < 4; b++) forged[28 + b] = (x >>> (8 * b)) & 0xff;
    const l = [...list];
    l[index] = forged;
    return { forged, d: new DataView(bootstrapperDigest(l).buffer).getUint32(0) };
  };
  const f0 = digestWith(0).d;
  const basis = new Map<number, [number, number]>();
  for (let j = 0; j < 32; j++) {
    let v = (digestWith((1 << j) >>> 0).d ^ f0) >>> 0;
    let c = (1 << j) >>> 0;
    while (v !== 0) {
      const p = 31 - Math.clz32(v);
      const row = basis.get(p);
      if (row === undefined) {
        basis.set(p, [v, c]);
        break;
      }
      v = (v ^ row[0]) >>> 0;
      c = (c ^ row[1]) >>> 0;
    }
  }
  let t = (new DataView(Uint8Array.from(target).buffer).getUint32(0) ^ f0) >>> 0;
  let x = 0;
  while (t !== 0) {
    const row = basis.get(31 - Math.clz32(t))!;
    t = (t ^ row[0]) >>> 0;
    x = (x ^ row[1]) >>> 0;
  }
  return digestWith(x).forged;
};

/** floor(√n · 2^64), by bisection: the α = 1/2 weight, computed independently of the runtime. */
const sqrtWeight = (n: bigint): bigint => {
  const x = n << 128n;
  let lo = 0n;
  let hi = 1n << 80n;
  while (lo < hi) {
    const mid = (lo + hi + 1n) / 2n;
    if (mid * mid <= x) lo = mid;
    else hi = mid - 1n;
  }
  return lo;
};

const ceremonies = (tag: string, value: object): RuntimeCallValue => ({
  tag: 'EncointerCeremonies',
  value: { tag, value },
});
const democracy = (tag: string, value: object): RuntimeCallValue => ({
  tag: 'EncointerDemocracy',
  value: { tag, value },
});
const newCommunity = (spec: RegistrationSpec): RuntimeCallValue => ({
  tag: 'EncointerCommunities',
  value: {
    tag: 'new_community',
    value: {
      location: spec[0],
      bootstrappers: spec[1],
      community_metadata: spec[2],
      demurrage: spec[3],
      nominal_income: spec[4],
    },
  },
});
const registerWhitelisted = (by: TestKey, spec: RegistrationSpec, fails?: string): Tx => ({
  by,
  call: democracy('register_whitelisted_community', {
    location: spec[0],
    bootstrappers: spec[1],
    community_metadata: spec[2],
    demurrage: spec[3],
    nominal_income: spec[4],
  }),
  ...(fails === undefined ? {} : { fails }),
});
const fund = (to: TestKey, amount = 10n ** 12n): Tx => ({
  by: ALICE,
  call: {
    tag: 'Balances',
    value: { tag: 'transfer_keep_alive', value: { dest: { tag: 'Id', value: to.publicKey }, value: amount } },
  },
});
const vote = (
  by: TestKey,
  id: bigint,
  v: 'Aye' | 'Nay',
  reputations: [CommunityIdentifier, number][],
): Tx => ({
  by,
  call: democracy('vote', { proposal_id: id, vote: v, reputations }),
});

/** One ceremony of one community with a single location: everyone registered meets, attests all, one claims. */
const ceremony = (chain: Chain, cid: CommunityIdentifier, members: readonly TestKey[]) => ({
  register: members.map(
    (m): Tx => ({ by: m, call: ceremonies('register_participant', { cid, proof: undefined }) }),
  ),
  attest: members.map(
    (m): Tx => ({
      by: m,
      call: ceremonies('attest_attendees', {
        cid,
        number_of_participants_vote: members.length,
        attestations: members.filter((o) => o !== m).map((o) => o.publicKey),
      }),
    }),
  ),
  claim: { by: members[0]!, call: ceremonies('claim_rewards', { cid, maybe_meetup_index: 1n }) } as Tx,
  chain,
});

const run = () => {
  const chain = createChain('dev', { randomSeed: () => new Uint8Array(32) });
  const { rt, state, block } = chain;
  const nextPhase = () => block([{ by: ALICE, call: NEXT_PHASE }]);
  const meetupOf = (cid: CommunityIdentifier, who: TestKey) =>
    AggregatedAccountData.dec(
      rt.call(
        state,
        'CeremoniesApi_get_aggregated_account_data',
        concatBytes(CommunityIdentifierType.enc(cid), who.publicKey),
      ),
    ).personal;
  const status = (id: bigint) =>
    option(OnboardingStatus).dec(rt.call(state, 'OnboardingApi_onboarding_status', u128.enc(id)));

  // Block 1: the three communities through the direct path (dev: any signed account), newcomers funded.
  block(
    [newCommunity(SPEC_A), newCommunity(SPEC_B), newCommunity(SPEC_C)].map((call) => ({ by: ALICE, call })),
  );
  block([...A, ...A_NEWBIES, ...B, ...C, MALLORY].map((k) => fund(k)));
  block([...D, ...E].map((k) => fund(k, 100n * DEPOSIT)));

  // Cycles 1 and 2: bootstrappers attend; A also takes four newbies in cycle 2 (newbie cap (9 + 0) / 2 = 4).
  const cycle = (members: [CommunityIdentifier, TestKey[]][]) => {
    const cs = members.map(([cid, m]) => ceremony(chain, cid, m));
    block(cs.flatMap((c) => c.register));
    nextPhase(); // Assigning
    nextPhase(); // Attesting
    block(cs.flatMap((c) => c.attest));
    block(cs.map((c) => c.claim)); // early: every meetup is perfect
    nextPhase(); // Registering of the next cindex
  };
  cycle([
    [CID_A, A],
    [CID_B, B],
    [CID_C, C],
  ]);
  cycle([
    [CID_A, [...A, ...A_NEWBIES]],
    [CID_B, B],
    [CID_C, C],
  ]);
  nextPhase();
  nextPhase();
  nextPhase(); // Registering of cindex 4: W(4) = {1, 2} (dev: L = 337, P = 1)

  // Two applications; D's first bootstrapper is the applicant of D, E's of E.
  const APP_D = applicationOf(SPEC_D);
  const APP_E = applicationOf(SPEC_E);
  const freeBefore = Account.get(state, D[0]!.publicKey).data.free;
  block([
    {
      by: D[0]!,
      call: democracy('submit_proposal', { proposal_action: { tag: 'OnboardCommunity', value: APP_D } }),
    },
    {
      by: E[0]!,
      call: democracy('submit_proposal', { proposal_action: { tag: 'OnboardCommunity', value: APP_E } }),
    },
    // A duplicate for D is refused while D's proposal is pending.
    {
      by: E[1]!,
      call: democracy('submit_proposal', { proposal_action: { tag: 'OnboardCommunity', value: APP_D } }),
      fails: 'EncointerDemocracy.OnboardingAlreadyPending',
    },
  ]);
  const reservedAfterSubmit = Account.get(state, D[0]!.publicKey).data.reserved;

  // Votes: in A four bootstrappers (two attendances each) and two newbies (one) vote Aye: t = a = 10 of E = 22;
  // in B two bootstrappers Aye: t = a = 4 of E = 8; in C two bootstrappers Nay: t = 4, a = 0 of E = 6.
  const both = (cid: CommunityIdentifier): [CommunityIdentifier, number][] => [
    [cid, 1],
    [cid, 2],
  ];
  const votesOn = (id: bigint): Tx[] => [
    ...A.slice(0, 4).map((k) => vote(k, id, 'Aye', both(CID_A))),
    ...A_NEWBIES.slice(0, 2).map((k) => vote(k, id, 'Aye', [[CID_A, 2]])),
    ...B.slice(0, 2).map((k) => vote(k, id, 'Aye', both(CID_B))),
    ...C.slice(0, 2).map((k) => vote(k, id, 'Nay', both(CID_C))),
    // Not counted: a newbie has no cindex-1 reputation; cindex 3 is outside W(4); B's reputation used twice.
    vote(A_NEWBIES[2]!, id, 'Nay', [[CID_A, 1]]),
    vote(A[8]!, id, 'Nay', [[CID_A, 3]]),
    vote(B[0]!, id, 'Nay', both(CID_B)),
  ];
  const voteBlock = block([...votesOn(1n), ...votesOn(2n)]);
  const statusAfterVotes = status(1n);

  // Confirmation: still passing after more than the confirmation period → Approved (deposits released).
  const t0 = Now.get(state);
  block([], t0 + CONFIRMATION_MS + 6_000n);
  const approveBlock = block([
    { by: MALLORY, call: democracy('update_proposal_state', { proposal_id: 1n }) },
    { by: MALLORY, call: democracy('update_proposal_state', { proposal_id: 2n }) },
    // Approved but not enacted yet: not whitelisted, and the cid is queued.
    registerWhitelisted(D[0]!, SPEC_D, 'EncointerDemocracy.NotWhitelisted'),
    {
      by: MALLORY,
      call: democracy('submit_proposal', { proposal_action: { tag: 'OnboardCommunity', value: APP_D } }),
      fails: 'EncointerDemocracy.ProposalWaitingForEnactment',
    },
  ]);
  const reservedAfterApproval = Account.get(state, D[0]!.publicKey).data.reserved;

  const enactBlock = nextPhase(); // Assigning of cindex 4: enactment → whitelist
  block([registerWhitelisted(D[1]!, SPEC_D, 'EncointerDemocracy.RegistrationPhaseRequired')]);
  nextPhase(); // Attesting
  nextPhase(); // Registering of cindex 5

  // D registers with exactly the hashed arguments; its bootstrappers register for their first ceremony.
  // E's first bootstrapper swaps the third for Mallory's key with four bytes forged: same digest, same cid.
  const forged = forgeBootstrapper([E[0]!.publicKey, E[1]!.publicKey, MALLORY.publicKey], 2, CID_E.digest);
  const TAMPERED_E: RegistrationSpec = [
    SPEC_E[0],
    [E[0]!.publicKey, E[1]!.publicKey, forged],
    ...SPEC_E.slice(2),
  ] as RegistrationSpec;
  const registerBlock = block([
    registerWhitelisted(D[2]!, SPEC_D),
    ...ceremony(chain, CID_D, D).register,
    registerWhitelisted(E[0]!, TAMPERED_E, 'EncointerDemocracy.SpecMismatch'),
  ]);
  nextPhase(); // Assigning of cindex 5
  const meetups = D.map((k) => meetupOf(CID_D, k));

  return {
    chain,
    APP_D,
    APP_E,
    TAMPERED_E,
    forged,
    freeBefore,
    reservedAfterSubmit,
    reservedAfterApproval,
    statusAfterVotes,
    status,
    voteBlock,
    approveBlock,
    enactBlock,
    registerBlock,
    meetups,
  };
};

type World = ReturnType<typeof run>;

describe('permissionless onboarding on the assembled dev runtime (economy §9)', () => {
  let w: World;
  const events = (name: string) => w.chain.events('EncointerDemocracy', name);
  const hex = (b: Uint8Array) => toHex(b);

  beforeAll(() => {
    w = run();
  }, 60_000);

  it('submission snapshots the three communities: E_c and N_c from the two ceremonies, w_c = √N_c', () => {
    // A: 9 (cindex 1) + 13 (cindex 2) attendances by 13 people; B: 4 + 4 by 4; C: 3 + 3 by 3.
    const census = w.statusAfterVotes!.communities.map((c) => [
      hex(CommunityIdentifierType.enc(c.cid)),
      c.electorate,
      c.reputables,
      c.weight,
    ]);
    expect(census).toEqual([
      [hex(CommunityIdentifierType.enc(CID_A)), 22n, 13n, sqrtWeight(13n)],
      [hex(CommunityIdentifierType.enc(CID_B)), 8n, 4n, 2n * ONE],
      [hex(CommunityIdentifierType.enc(CID_C)), 6n, 3n, sqrtWeight(3n)],
    ]);
    const taken = events('OnboardingSnapshotTaken').map(
      (e) => e.value as { proposal_id: bigint; eligible_communities: number; total_weight: bigint },
    );
    expect(taken.map((t) => [t.proposal_id, t.eligible_communities, t.total_weight])).toEqual([
      [1n, 3, sqrtWeight(13n) + 2n * ONE + sqrtWeight(3n)],
      [2n, 3, sqrtWeight(13n) + 2n * ONE + sqrtWeight(3n)],
    ]);
  });

  it('the application pins the spec hash and dossier; the deposit is reserved until approval', () => {
    expect(w.statusAfterVotes!.application).toEqual(w.APP_D);
    expect(w.statusAfterVotes!.deposit).toBe(DEPOSIT);
    expect(w.reservedAfterSubmit).toBe(DEPOSIT);
    expect(w.reservedAfterApproval).toBe(0n);
    expect(events('OnboardingDepositReleased').map((e) => e.value)).toEqual([
      { proposal_id: 1n, who: D[0]!.publicKey, amount: DEPOSIT },
      { proposal_id: 2n, who: E[0]!.publicKey, amount: DEPOSIT },
    ]);
  });

  it('members vote in their own community with their reputations, each committed once per proposal', () => {
    const counted = events('OnboardingVoteCounted')
      .filter((e) => e.block === w.voteBlock && (e.value as { proposal_id: bigint }).proposal_id === 1n)
      .map((e) => {
        const v = e.value as { cid: CommunityIdentifier; vote: string; num_votes: bigint };
        return [hex(CommunityIdentifierType.enc(v.cid)), v.vote, v.num_votes];
      });
    const a = hex(CommunityIdentifierType.enc(CID_A));
    const b = hex(CommunityIdentifierType.enc(CID_B));
    const c = hex(CommunityIdentifierType.enc(CID_C));
    expect(counted).toEqual([
      ...Array(4).fill([a, 'Aye', 2n]),
      ...Array(2).fill([a, 'Aye', 1n]),
      ...Array(2).fill([b, 'Aye', 2n]),
      ...Array(2).fill([c, 'Nay', 2n]),
    ]);
    // The three votes that could not count: VoteFailed, nothing added.
    expect(events('VoteFailed').filter((e) => e.block === w.voteBlock)).toHaveLength(6);
    const { state } = w.chain;
    const purpose = PurposeIds.get(state, 1n)!;
    expect(Commitments.exists(state, [CID_A, 1], [purpose, A[0]!.publicKey])).toBe(true);
    expect(Commitments.exists(state, [CID_A, 1], [purpose, A_NEWBIES[2]!.publicKey])).toBe(false);
  });

  it('the result follows the rule: A and B Aye, C Nay; quorum ≥ 1/3, Aye > 2/3 of decided weight, 2 Aye communities', () => {
    const s = w.statusAfterVotes!;
    expect(s.communities.map((c) => [c.turnout, c.ayes, c.decision])).toEqual([
      [10n, 10n, 'Aye'],
      [4n, 4n, 'Aye'],
      [4n, 0n, 'Nay'],
    ]);
    const ayeWeight = sqrtWeight(13n) + 2n * ONE;
    const nayWeight = sqrtWeight(3n);
    const total = ayeWeight + nayWeight;
    expect([s.aye_weight, s.nay_weight, s.decided_weight, s.total_weight]).toEqual([
      ayeWeight,
      nayWeight,
      total,
      total,
    ]);
    // The rule, evaluated here: D·3 ≥ W_tot, A·3 > D·2, at least min(2, 3) Aye communities.
    expect(total * 3n >= total).toBe(true);
    expect(ayeWeight * 3n > total * 2n).toBe(true);
    expect([s.quorum_met, s.approval_met, s.aye_count, s.required_aye_count, s.passing]).toEqual([
      true,
      true,
      2,
      2,
      true,
    ]);
    expect(s.state).toEqual({ tag: 'Confirming', value: { since: expect.any(BigInt) } });
  });

  it('approved after the confirmation period, whitelisted at the next Assigning (valid through cindex 4 + 3)', () => {
    const approved = events('ProposalStateUpdated').filter((e) => e.block === w.approveBlock);
    expect(approved.map((e) => e.value)).toEqual([
      { proposal_id: 1n, proposal_state: { tag: 'Approved', value: undefined } },
      { proposal_id: 2n, proposal_state: { tag: 'Approved', value: undefined } },
    ]);
    const whitelisted = events('CommunityWhitelisted').filter((e) => e.block === w.enactBlock);
    expect(whitelisted.map((e) => e.value)).toEqual(
      expect.arrayContaining([
        { cid: CID_D, proposal_id: 1n, expires_after: 7 },
        { cid: CID_E, proposal_id: 2n, expires_after: 7 },
      ]),
    );
    expect(w.status(1n)?.state).toEqual({ tag: 'Enacted', value: undefined });
  });

  it('D registers in Registering with exactly the hashed arguments and starts its first ceremony', () => {
    expect(w.chain.events('EncointerCommunities', 'CommunityRegistered').map((e) => e.value)).toEqual([
      CID_A,
      CID_B,
      CID_C,
      CID_D,
    ]);
    expect(events('WhitelistedCommunityRegistered').map((e) => [e.block, e.value])).toEqual([
      [w.registerBlock, { cid: CID_D, proposal_id: 1n }],
    ]);
    expect(communityExists(w.chain.state, CID_D)).toBe(true);
    // Its three bootstrappers registered for cindex 5 and were assigned meetup 1 together.
    expect(w.meetups.map((m) => [m?.participant_type, m?.meetup_index])).toEqual(
      Array(3).fill(['Bootstrapper', 1n]),
    );
    expect(w.meetups[0]!.meetup_registry!.map(hex).sort()).toEqual(D.map((k) => hex(k.publicKey)).sort());
  });

  it("E's tampered bootstrapper list has the same cid but fails with SpecMismatch; E stays whitelisted", () => {
    expect(bytesEqual(bootstrapperDigest(w.TAMPERED_E[1]), CID_E.digest)).toBe(true);
    expect(bytesEqual(w.forged, E[2]!.publicKey)).toBe(false);
    expect(bytesEqual(w.forged.slice(0, 28), MALLORY.publicKey.slice(0, 28))).toBe(true);
    expect(communityExists(w.chain.state, CID_E)).toBe(false);
    const list = w.chain.rt.call(w.chain.state, 'OnboardingApi_onboarding_whitelist', new Uint8Array());
    // One entry (E's): 0x04 = compact length 1, then E's cid.
    expect(hex(list).startsWith(`0x04${hex(CommunityIdentifierType.enc(CID_E)).slice(2)}`)).toBe(true);
  });
});

describe('production-like preset: new communities come through onboarding (economy §9.1, §9.2)', () => {
  it('new_community needs the CommunityMaster; a signed application reaches the onboarding checks', () => {
    const chain = createChain('production-like');
    chain.block([
      { by: ALICE, call: newCommunity(SPEC_D), fails: 'BadOrigin' },
      {
        by: ALICE,
        call: democracy('submit_proposal', {
          proposal_action: { tag: 'OnboardCommunity', value: applicationOf(SPEC_D) },
        }),
        // No community exists yet: the first ones come from genesis or the CommunityMaster.
        fails: 'EncointerDemocracy.NoEligibleCommunities',
      },
      {
        by: ALICE,
        call: registerWhitelisted(ALICE, SPEC_D).call,
        fails: 'EncointerDemocracy.NotABootstrapper',
      },
    ]);
    const none = chain.rt.call(chain.state, 'OnboardingApi_onboarding_status', u128.enc(1n));
    expect(toHex(none)).toBe('0x00');
  });
});
