/**
 * One ceremony, in-process (ARCHITECTURE §7: cost must grow linearly with participants), for 1 000, 10 000 and
 * 100 000 participants of one community on the dev runtime. Calls go through the runtime's transactional dispatch
 * without extrinsic signatures; a block is closed every BLOCK_SIZE calls (its events dropped, the block number
 * advanced), as a chain would. Stages: `register` (every participant), `assign` (the Assigning phase change),
 * `attest` (the Attesting phase change, then every participant attests the rest of its meetup), `next phase` (the
 * Registering phase change) and `claim` (`claim_rewards` for every meetup, which pays everyone).
 *
 * Population (the first ceremony admits only bootstrappers, so the setup seeds what earlier cycles would have left):
 * 10 bootstrappers, 10 % reputables registering with real ed25519 proofs of attendance (verified by the pallet;
 * node's ed25519 verify is only a few thousand per second on a small machine, so not everyone carries one), 30 %
 * newbies (below the newbie cap) and the rest endorsees (endorsements written into storage for the previous cycle).
 * Locations: a grid, ten per geohash bucket, far enough apart for the dev distance rules, added with `addLocation`.
 *
 * Prints, per size and stage, wall and CPU time and the CPU µs per participant (CPU time, because the machine may
 * be shared; it includes V8's GC helper threads). The last line is the ratio of the per-participant cost at the
 * largest size to that at the smallest: 1.0 is perfectly linear.
 *
 * Run: `npm run bench:ceremony` (or `npm run bench:ceremony -- 1000 10000` for other sizes).
 */
import { generateKeyPairSync, type KeyObject, sign } from 'node:crypto';
import { concatBytes, uintToLe } from '../src/primitives/common/bytes.js';
import { blake2_256 } from '../src/primitives/common/hashing.js';
import { ONE } from '../src/primitives/fixed/fixed.js';
import { type Location, locationFromDegrees } from '../src/primitives/geo/location.js';
import type {
  CommunityIdentifier,
  CommunityMetadata,
  ProofOfAttendance,
} from '../src/primitives/scale/index.js';
import { createEncointerRuntime } from '../src/runtime/encointerRuntime.js';
import { type Origin, ROOT, type RuntimeCallValue, signed } from '../src/runtime/framework/pallet.js';
import { createTestEnv, type TestEnv } from '../src/runtime/framework/testEnv.js';
import { getMeetupParticipants } from '../src/runtime/pallets/ceremonies/assignment.js';
import {
  AssignmentCounts,
  Endorsees,
  MeetupCount,
  ParticipantReputation,
} from '../src/runtime/pallets/ceremonies/storage.js';
import { addLocation, registerCommunity } from '../src/runtime/pallets/communities/communities.js';
import { issue } from '../src/runtime/pallets/encointerBalances/balances.js';
import { CurrentCeremonyIndex } from '../src/runtime/pallets/scheduler/storage.js';
import type { AccountId } from '../src/runtime/types/substrate.js';

const WARM_UP_SIZE = 1_000;
const BLOCK_SIZE = 500;
const BOOTSTRAPPERS = 10;
const MEETUP_SIZE = 15;
const SIZES = process.argv
  .slice(2)
  .map(Number)
  .filter((n) => Number.isInteger(n) && n > BOOTSTRAPPERS * 2);
const sizes = SIZES.length > 0 ? SIZES : [1_000, 10_000, 100_000];
const LOCATIONS_PER_BUCKET = 10;
// A 5-character geohash cell is 180/4096 = 360/8192 degrees on each side.
const CELL_DEG = 180 / 4096;

const ascii = (s: string) => Uint8Array.from(s, (c) => c.charCodeAt(0));
const METADATA: CommunityMetadata = {
  name: ascii('Bench Community'),
  symbol: ascii('BEN'),
  assets: ascii('QmRgHZwX9ryGd5ZQpnMYAyvNmkd3SRmKnUKmLAuDufWKqK'),
  theme: undefined,
  url: undefined,
  announcement_signer: undefined,
  rules: 'LoCo',
};

/** `n` locations: LOCATIONS_PER_BUCKET per geohash cell, ~110 m apart around the cell centres (north-east of 10°N 20°E). */
const locationGrid = (n: number): Location[] => {
  const out: Location[] = [];
  for (let i = 0; out.length < n; i++) {
    const cell = Math.floor(i / LOCATIONS_PER_BUCKET);
    const row = Math.floor(cell / 100);
    const col = cell % 100;
    const k = i % LOCATIONS_PER_BUCKET;
    const lat = (Math.floor((10 + 90) / CELL_DEG) + row + 0.5) * CELL_DEG - 90 + (k - 4.5) * 0.001;
    const lon = (Math.floor((20 + 180) / CELL_DEG) + col + 0.5) * CELL_DEG - 180;
    out.push(locationFromDegrees(lat, lon));
  }
  return out;
};

/** A 32-byte account id derived from a name (no key: these participants never sign anything). */
const idOf = (name: string): AccountId => blake2_256(ascii(name));

interface Reputable {
  readonly id: AccountId;
  readonly key: KeyObject;
}

/** `n` reputables with ed25519 keys. */
const makeReputables = (n: number): Reputable[] =>
  Array.from({ length: n }, () => {
    const { publicKey, privateKey } = generateKeyPairSync('ed25519');
    const spki = publicKey.export({ format: 'der', type: 'spki' });
    return { id: new Uint8Array(spki.subarray(spki.length - 32)), key: privateKey };
  });

interface Population {
  readonly bootstrappers: AccountId[];
  readonly reputables: Reputable[];
  readonly endorsees: AccountId[];
  readonly newbies: AccountId[];
}

let runs = 0;

/**
 * A fresh population of `n` for each run: accounts are never shared between runs, so no run finds them in the
 * runtime's caches (hashed storage-key parts) from an earlier one.
 */
const populationOf = (n: number): Population => {
  const run = runs++;
  const reputables = makeReputables(Math.floor(n / 10));
  const newbies = Math.floor((n * 3) / 10);
  const endorsees = n - BOOTSTRAPPERS - reputables.length - newbies;
  return {
    bootstrappers: Array.from({ length: BOOTSTRAPPERS }, (_, i) => idOf(`run${run}/bootstrapper${i}`)),
    reputables,
    endorsees: Array.from({ length: endorsees }, (_, i) => idOf(`run${run}/endorsee${i}`)),
    newbies: Array.from({ length: newbies }, (_, i) => idOf(`run${run}/newbie${i}`)),
  };
};

/** Dispatches like an extrinsic; closes a block every BLOCK_SIZE calls. Throws on a failed call. */
class Chain {
  private inBlock = 0;
  constructor(
    readonly env: TestEnv,
    private readonly describe: (r: ReturnType<TestEnv['apply']>) => string,
  ) {}

  apply(origin: Origin, call: RuntimeCallValue): void {
    if (this.inBlock === BLOCK_SIZE) this.closeBlock();
    this.inBlock += 1;
    const r = this.env.apply(origin, call);
    if (!r.ok) throw new Error(`${call.value.tag} failed: ${this.describe(r)}`);
  }

  /** System.Events is reset at every block start; the test env's event list stands in for it. */
  closeBlock(): void {
    this.inBlock = 0;
    this.env.events.length = 0;
    this.env.blockNumber += 1;
  }
}

const ceremonies = (tag: string, value: object): RuntimeCallValue => ({
  tag: 'EncointerCeremonies',
  value: { tag, value },
});
const NEXT_PHASE: RuntimeCallValue = { tag: 'EncointerScheduler', value: { tag: 'next_phase', value: {} } };

interface Prepared {
  readonly chain: Chain;
  readonly cid: CommunityIdentifier;
  readonly registrations: [AccountId, ProofOfAttendance | undefined][];
}

/** Genesis, the community with its locations, one empty cycle, then what the previous cycle would have left. */
const prepare = (pop: Population): Prepared => {
  const er = createEncointerRuntime('dev');
  const env = createTestEnv(er.runtime);
  er.applyGenesis(env.state);
  const chain = new Chain(env, (r) => (r.ok ? 'ok' : er.runtime.describeError(r.error)));
  const n = pop.bootstrappers.length + pop.reputables.length + pop.endorsees.length + pop.newbies.length;
  const locations = locationGrid(Math.ceil(n / MEETUP_SIZE));
  const cid = registerCommunity(env, {
    location: locations[0]!,
    bootstrappers: pop.bootstrappers,
    community_metadata: METADATA,
  });
  for (const l of locations.slice(1)) addLocation(env, cid, l);
  for (let i = 0; i < 3; i++) chain.apply(ROOT, NEXT_PHASE);
  chain.closeBlock();
  const previous = CurrentCeremonyIndex.get(env.state) - 1;
  // Total issuance > 0 opens registration beyond bootstrappers.
  issue(env, cid, pop.bootstrappers[0]!, ONE);
  for (const r of pop.reputables) {
    ParticipantReputation.set(env.state, [cid, previous], r.id, {
      tag: 'VerifiedUnlinked',
      value: undefined,
    });
  }
  for (const e of pop.endorsees) Endorsees.set(env.state, [cid, previous], e, undefined);
  const proofOf = (r: Reputable): ProofOfAttendance => ({
    prover_public: r.id,
    ceremony_index: previous,
    community_identifier: cid,
    attendee_public: r.id,
    attendee_signature: {
      tag: 'Ed25519',
      value: new Uint8Array(sign(null, concatBytes(r.id, uintToLe(BigInt(previous), 4)), r.key)),
    },
  });
  // Interleave the classes, as people register in no particular order.
  const rest: [AccountId, ProofOfAttendance | undefined][] = [
    ...pop.reputables.map((r): [AccountId, ProofOfAttendance] => [r.id, proofOf(r)]),
    ...pop.endorsees.map((e): [AccountId, undefined] => [e, undefined]),
    ...pop.newbies.map((w): [AccountId, undefined] => [w, undefined]),
  ];
  const shuffled = rest.map((r, i) => [r, (i * 2_654_435_761) % 4_294_967_291] as const);
  shuffled.sort((a, b) => a[1] - b[1]);
  const registrations = [
    ...pop.bootstrappers.map((b): [AccountId, undefined] => [b, undefined]),
    ...shuffled.map(([r]) => r),
  ];
  return { chain, cid, registrations };
};

const STAGES = ['register', 'assign', 'attest', 'next phase', 'claim'] as const;
type Stage = (typeof STAGES)[number];

interface Result {
  readonly n: number;
  /** Wall-clock time per stage. */
  readonly ms: Record<Stage, number>;
  /** CPU time of this process per stage: the comparable figure on a shared machine. */
  readonly cpuMs: Record<Stage, number>;
  readonly rewarded: number;
}

const runCeremony = (pop: Population): Result => {
  const { chain, cid, registrations } = prepare(pop);
  const { env } = chain;
  const n = registrations.length;
  const ms = {} as Record<Stage, number>;
  const cpuMs = {} as Record<Stage, number>;
  const timed = (stage: Stage, fn: () => void) => {
    const t = performance.now();
    const c = process.cpuUsage();
    fn();
    const used = process.cpuUsage(c);
    ms[stage] = performance.now() - t;
    cpuMs[stage] = (used.user + used.system) / 1000;
  };

  timed('register', () => {
    for (const [who, proof] of registrations)
      chain.apply(signed(who), ceremonies('register_participant', { cid, proof }));
    chain.closeBlock();
  });
  timed('assign', () => {
    chain.apply(ROOT, NEXT_PHASE);
    chain.closeBlock();
  });

  // What each participant's wallet learns from the chain before the meetup (not part of the runtime's cost).
  const cc: [CommunityIdentifier, number] = [cid, CurrentCeremonyIndex.get(env.state)];
  const meetups = Number(MeetupCount.get(env.state, cc));
  const groups = Array.from({ length: meetups }, (_, i) =>
    getMeetupParticipants(env.state, cc, BigInt(i + 1)),
  );
  const counts = AssignmentCounts.get(env.state, cc);
  const assigned = Number(counts.bootstrappers + counts.reputables + counts.endorsees + counts.newbies);
  if (assigned !== n) throw new Error(`only ${assigned} of ${n} participants were assigned`);

  timed('attest', () => {
    chain.apply(ROOT, NEXT_PHASE);
    chain.closeBlock();
    for (const group of groups) {
      for (const who of group) {
        const others = group.filter((o) => o !== who);
        chain.apply(
          signed(who),
          ceremonies('attest_attendees', {
            cid,
            number_of_participants_vote: group.length,
            attestations: others,
          }),
        );
      }
    }
    chain.closeBlock();
  });
  timed('next phase', () => {
    chain.apply(ROOT, NEXT_PHASE);
    chain.closeBlock();
  });
  let rewarded = 0;
  timed('claim', () => {
    groups.forEach((group, i) => {
      chain.apply(signed(group[0]!), ceremonies('claim_rewards', { cid, maybe_meetup_index: BigInt(i + 1) }));
      for (const e of env.eventsOf('EncointerCeremonies')) {
        if (e.tag === 'RewardsIssued') rewarded += (e.value as [unknown, bigint, number])[2];
      }
      env.events.length = 0;
    });
    chain.closeBlock();
  });
  return { n, ms, cpuMs, rewarded };
};

const sum = (per: Record<Stage, number>): number => STAGES.reduce((s, st) => s + per[st], 0);
const perParticipantUs = (ms: number, n: number): number => (ms * 1000) / n;
const fmt = (x: number, digits: number) =>
  x.toLocaleString('en-US', { minimumFractionDigits: digits, maximumFractionDigits: digits });
/** Short runs are the noisiest: the best of a few. */
const repeatsFor = (n: number): number => (n <= 1_000 ? 5 : n <= 10_000 ? 2 : 1);

const main = () => {
  // Warm the JIT first, so the smallest size is not charged for compilation.
  runCeremony(populationOf(WARM_UP_SIZE));
  console.log(
    `one ceremony, dev runtime, in-process, no extrinsic signatures; ${BOOTSTRAPPERS} bootstrappers, ` +
      `10 % reputables (ed25519 proofs), 30 % newbies, rest endorsees; ${BLOCK_SIZE} calls per block; ` +
      'CPU time of this process (best of 5 / 2 / 1 runs for ≤1k / ≤10k / larger)',
  );
  console.log(
    `${'participants'.padStart(12)}  ${'stage'.padEnd(10)}  ${'wall ms'.padStart(10)}  ${'cpu ms'.padStart(10)}  ` +
      `${'cpu µs/participant'.padStart(18)}`,
  );
  const results: Result[] = [];
  for (const size of sizes) {
    let best: Result | undefined;
    for (let i = 0; i < repeatsFor(size); i++) {
      const r = runCeremony(populationOf(size));
      if (r.rewarded !== r.n) throw new Error(`only ${r.rewarded} of ${r.n} participants were rewarded`);
      if (best === undefined || sum(r.cpuMs) < sum(best.cpuMs)) best = r;
    }
    const r = best!;
    results.push(r);
    for (const stage of [...STAGES, 'total'] as const) {
      const wall = stage === 'total' ? sum(r.ms) : r.ms[stage];
      const cpu = stage === 'total' ? sum(r.cpuMs) : r.cpuMs[stage];
      console.log(
        `${fmt(r.n, 0).padStart(12)}  ${stage.padEnd(10)}  ${fmt(wall, 1).padStart(10)}  ${fmt(cpu, 1).padStart(10)}  ` +
          `${fmt(perParticipantUs(cpu, r.n), 2).padStart(18)}`,
      );
    }
  }
  const first = results[0]!;
  const last = results[results.length - 1]!;
  const ratio = perParticipantUs(sum(last.cpuMs), last.n) / perParticipantUs(sum(first.cpuMs), first.n);
  console.log(`per-participant cost ratio ${fmt(last.n, 0)} / ${fmt(first.n, 0)}: ${ratio.toFixed(2)}`);
};

main();
