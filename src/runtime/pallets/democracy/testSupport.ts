/**
 * Test harness for the democracy pallet (not used by production code): a runtime of System, Balances,
 * Timestamp, scheduler, ceremonies, communities, community balances, reputation commitments, faucet and
 * democracy, wired as the reference runtime wires them (democracy's phase hook before the ceremonies hook), in
 * the setting of the reference unit-test mock (economy §6.3: 1-day phases, lifetime 240 000 ms, …).
 */

import type {
  CommunityIdentifier,
  ProposalAction,
  Reputation,
  Vote,
} from '../../../primitives/scale/index.js';
import type { CeremonyPhaseType } from '../../../primitives/scale/scheduler.js';
import { REFERENCE_VERSION_BASE, referenceShellConfig } from '../../executive/config.js';
import { createShell } from '../../executive/shell.js';
import { type Env, type Origin, ROOT, signed } from '../../framework/pallet.js';
import { type DispatchResult, Runtime } from '../../framework/runtime.js';
import { createTestEnv, type TestEnv } from '../../framework/testEnv.js';
import type { AccountId } from '../../types/substrate.js';
import { MOCK_CEREMONIES_CONFIG } from '../ceremonies/config.js';
import { applyCeremoniesGenesis, MOCK_CEREMONIES_GENESIS } from '../ceremonies/genesis.js';
import { createCeremoniesPallet } from '../ceremonies/pallet.js';
import { onCeremonyPhaseChange } from '../ceremonies/phaseChange.js';
import { GlobalReputationCount, ParticipantReputation, ReputationCount } from '../ceremonies/storage.js';
import { loc, METADATA } from '../ceremonies/testRuntime.js';
import { registerCommunity } from '../communities/communities.js';
import { applyCommunitiesGenesis, TEST_COMMUNITIES_GENESIS } from '../communities/genesis.js';
import { createCommunitiesPallet, DEV_COMMUNITIES_CONFIG } from '../communities/pallet.js';
import { createEncointerBalancesPallet } from '../encointerBalances/pallet.js';
import { applyFaucetGenesis, createFaucetPallet, MOCK_FAUCET_GENESIS } from '../faucet/pallet.js';
import { createReputationCommitmentsPallet } from '../reputationCommitments/pallet.js';
import { createSchedulerPallet } from '../scheduler/pallet.js';
import { CurrentCeremonyIndex, CurrentPhase, PhaseDurations } from '../scheduler/storage.js';
import { createTimestampPallet, Now } from '../timestamp/timestamp.js';
import { createTreasuriesPallet, treasuriesContext } from '../treasuries/pallet.js';
import type { Paymaster } from '../treasuries/treasuries.js';
import { type DemocracyConfig, MOCK_DEMOCRACY_CONFIG } from './config.js';
import { PALLET } from './declarations.js';
import { onDemocracyPhaseChange } from './enactment.js';
import { applyDemocracyGenesis, DEV_DEMOCRACY_GENESIS } from './genesis.js';
import { createDemocracyPallet } from './pallet.js';
import { Proposals, Tallies } from './storage.js';

export const DAY = 86_400_000n;
/** The mock's block time (economy §6.8 timeline). */
export const BLOCK = 6_000n;

/** A distinct account per small number. */
export const acct = (n: number): AccountId => new Uint8Array(32).fill(n);
export const ALICE = acct(1);
export const BOB = acct(2);
export const CHARLIE = acct(3);
export const DAVE = acct(4);

const VERIFIED: Reputation = { tag: 'VerifiedUnlinked', value: undefined };

export interface DemocracySetupOptions {
  readonly config?: Partial<DemocracyConfig>;
  /** Extra phase hooks run after democracy and before ceremonies (to observe the order). */
  readonly betweenHooks?: readonly ((env: Env, phase: CeremonyPhaseType) => void)[];
  /** The treasuries' asset paymaster (the dev runtime's refuses every payout). */
  readonly paymaster?: Paymaster;
}

/** A runtime at cindex 1, Registering, time 0, with 1-day phases and two registered communities. */
export const setupDemocracy = (options: DemocracySetupOptions = {}) => {
  let runtime: Runtime | undefined;
  const shell = createShell(
    referenceShellConfig(() => ({ ...REFERENCE_VERSION_BASE, apis: [] })),
    () => runtime!,
  );
  const treasuries = treasuriesContext({
    currency: shell.currency,
    ...(options.paymaster === undefined ? {} : { paymaster: options.paymaster }),
  });
  const config: DemocracyConfig = {
    ...MOCK_DEMOCRACY_CONFIG,
    runtime: () => runtime!,
    treasuries,
    ...options.config,
  };
  const isRoot = (o: Origin) => o.kind === 'Root';
  runtime = new Runtime({
    crate: 'test',
    pallets: [
      shell.pallets.system,
      shell.pallets.balances,
      createTimestampPallet({ minimumPeriod: 1n, onTimestampSet: [] }),
      createSchedulerPallet({
        momentsPerDay: DAY,
        isCeremonyMaster: isRoot,
        onPhaseChange: [
          (env, phase) => onDemocracyPhaseChange(env, phase, config),
          ...(options.betweenHooks ?? []),
          (env, phase) => onCeremonyPhaseChange(env, phase, MOCK_CEREMONIES_CONFIG),
        ],
      }),
      createCeremoniesPallet(MOCK_CEREMONIES_CONFIG),
      createCommunitiesPallet(DEV_COMMUNITIES_CONFIG),
      createEncointerBalancesPallet({ isCeremonyMaster: isRoot }),
      createReputationCommitmentsPallet(),
      createFaucetPallet({ currency: shell.currency, maxReserves: 128, isController: isRoot }),
      createTreasuriesPallet({
        currency: shell.currency,
        ...(options.paymaster === undefined ? {} : { paymaster: options.paymaster }),
      }),
      createDemocracyPallet(config),
    ],
  });
  const env: TestEnv = createTestEnv(runtime);
  CurrentCeremonyIndex.set(env.state, 1);
  for (const p of ['Registering', 'Assigning', 'Attesting'] as const) PhaseDurations.set(env.state, p, DAY);
  applyCommunitiesGenesis(env.state, TEST_COMMUNITIES_GENESIS);
  applyCeremoniesGenesis(env.state, { ...MOCK_CEREMONIES_GENESIS, reputationLifetime: 5 });
  applyFaucetGenesis(env.state, MOCK_FAUCET_GENESIS);
  applyDemocracyGenesis(env.state, DEV_DEMOCRACY_GENESIS);
  Now.set(env.state, 0n);

  const bootstrappers = (base: number) => [acct(base), acct(base + 1), acct(base + 2)];
  const cid = registerCommunity(env, {
    location: loc(1, 1),
    bootstrappers: bootstrappers(100),
    community_metadata: METADATA,
  });
  const cid2 = registerCommunity(env, {
    location: loc(10, 10),
    bootstrappers: bootstrappers(110),
    community_metadata: METADATA,
  });
  env.events.length = 0;

  const outcome = (r: DispatchResult): string => (r.ok ? 'ok' : runtime!.describeError(r.error));
  const call = (origin: Origin, name: string, args: object): string =>
    outcome(env.apply(origin, { tag: PALLET, value: { tag: name, value: args } }));
  const submit = (who: AccountId, action: ProposalAction, origin: Origin = signed(who)) =>
    call(origin, 'submit_proposal', { proposal_action: action });
  const vote = (
    who: AccountId,
    id: bigint,
    v: Vote,
    reputations: readonly (readonly [CommunityIdentifier, number])[],
  ) => call(signed(who), 'vote', { proposal_id: id, vote: v, reputations });
  const update = (id: bigint, who: AccountId = ALICE) =>
    call(signed(who), 'update_proposal_state', { proposal_id: id });

  /** Writes a reputation and, for verified ones, counts it as the ceremonies pallet does when rewarding. */
  const giveReputation = (
    who: AccountId,
    c: CommunityIdentifier,
    cindex: number,
    r: Reputation = VERIFIED,
  ) => {
    ParticipantReputation.set(env.state, [c, cindex], who, r);
    if (r.tag === 'VerifiedUnlinked' || r.tag === 'VerifiedLinked') {
      ReputationCount.mutate(env.state, [c, cindex], (n) => n + 1n);
      GlobalReputationCount.mutate(env.state, cindex, (n) => n + 1n);
    }
  };
  /** Sets `ReputationCount` (and the global count) directly, for electorate sizes without accounts. */
  const setReputationCount = (c: CommunityIdentifier, cindex: number, n: bigint) => {
    const before = ReputationCount.get(env.state, [c, cindex]);
    ReputationCount.set(env.state, [c, cindex], n);
    GlobalReputationCount.mutate(env.state, cindex, (g) => g - before + n);
  };
  const setTime = (t: bigint) => Now.set(env.state, t);
  const setCindex = (c: number) => CurrentCeremonyIndex.set(env.state, c);
  const nextPhase = () => {
    const r = env.apply(ROOT, { tag: 'EncointerScheduler', value: { tag: 'next_phase', value: {} } });
    if (!r.ok) throw new Error(`next_phase failed: ${runtime!.describeError(r.error)}`);
    return CurrentPhase.get(env.state);
  };
  /** Phase changes until the scheduler enters `phase`. */
  const goTo = (phase: CeremonyPhaseType) => {
    while (nextPhase() !== phase);
  };
  const proposal = (id: bigint) => Proposals.get(env.state, id);
  const stateOf = (id: bigint) => Proposals.get(env.state, id)?.state;
  const tally = (id: bigint) => Tallies.get(env.state, id);
  const events = () => env.eventsOf(PALLET);
  const clearEvents = () => {
    env.events.length = 0;
  };

  return {
    runtime,
    shell,
    env,
    config,
    cid,
    cid2,
    call,
    submit,
    vote,
    update,
    giveReputation,
    setReputationCount,
    setTime,
    setCindex,
    nextPhase,
    goTo,
    proposal,
    stateOf,
    tally,
    events,
    clearEvents,
  };
};

export type DemocracySetup = ReturnType<typeof setupDemocracy>;

/** `EncointerDemocracy.<name>` as `call` reports it. */
export const err = (name: string): string => `${PALLET}.${name}`;
