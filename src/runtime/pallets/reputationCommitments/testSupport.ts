/**
 * Test fixtures for the reputation-commitments, faucet and treasuries tests (not used by production code): a
 * runtime of the shell pallets (System, Balances, …) with a configurable native existential deposit, scheduler,
 * ceremonies, communities, community balances and the three pallets, plus accounts, cids and reputations.
 */
import type { CommunityIdentifier, Reputation } from '../../../primitives/scale/index.js';
import { REFERENCE_VERSION_BASE, referenceShellConfig } from '../../executive/config.js';
import { createShell } from '../../executive/shell.js';
import { type Origin, type Pallet, ROOT, type RuntimeCallValue } from '../../framework/pallet.js';
import { type DispatchResult, Runtime } from '../../framework/runtime.js';
import { createTestEnv, type TestEnv } from '../../framework/testEnv.js';
import type { AccountId } from '../../types/substrate.js';
import { applyBalancesGenesis } from '../balances/genesis.js';
import { MOCK_CEREMONIES_CONFIG } from '../ceremonies/config.js';
import { applyCeremoniesGenesis, MOCK_CEREMONIES_GENESIS } from '../ceremonies/genesis.js';
import { createCeremoniesPallet } from '../ceremonies/pallet.js';
import { onCeremonyPhaseChange as ceremoniesPhaseChange } from '../ceremonies/phaseChange.js';
import { ParticipantReputation } from '../ceremonies/storage.js';
import { applyCommunitiesGenesis, TEST_COMMUNITIES_GENESIS } from '../communities/genesis.js';
import { createCommunitiesPallet, DEV_COMMUNITIES_CONFIG } from '../communities/pallet.js';
import { CommunityIdentifiers } from '../communities/storage.js';
import { createEncointerBalancesPallet } from '../encointerBalances/pallet.js';
import { applyFaucetGenesis, createFaucetPallet } from '../faucet/pallet.js';
import { createSchedulerPallet } from '../scheduler/pallet.js';
import type { CeremonyPhase } from '../scheduler/schedule.js';
import { CurrentCeremonyIndex, PhaseDurations } from '../scheduler/storage.js';
import { createTreasuriesPallet, type TreasuriesConfig, treasuriesContext } from '../treasuries/pallet.js';
import { onCeremonyPhaseChange as commitmentsPhaseChange } from './commitments.js';
import { createReputationCommitmentsPallet } from './pallet.js';

export const account = (n: number): AccountId => new Uint8Array(32).fill(n);
export const ALICE = account(1);
export const BOB = account(2);
export const CHARLIE = account(3);
export const DAVE = account(4);

const ascii = (s: string) => Uint8Array.from(s, (c) => c.charCodeAt(0));
export const cidOf = (geohash: string, digest: number[]): CommunityIdentifier => ({
  geohash: ascii(geohash),
  digest: Uint8Array.from(digest),
});
export const CID = cidOf('gbsuv', [0xde, 0xad, 0xbe, 0xef]);
export const CID2 = cidOf('u0qj9', [1, 2, 3, 4]);
/** Not registered. */
export const CID3 = cidOf('sqm1v', [9, 9, 9, 9]);

export const VERIFIED: Reputation = { tag: 'VerifiedUnlinked', value: undefined };

export interface SetupOptions {
  /** Native existential deposit (the reference unit-test mocks use 1). */
  readonly ed?: bigint;
  readonly endowed?: readonly (readonly [AccountId, bigint])[];
  /** `EncointerFaucet.ReserveAmount` at genesis (mock: 13). */
  readonly reserveAmount?: bigint;
  readonly paymaster?: TreasuriesConfig['paymaster'];
  /** Wire the commitments purge hook into the scheduler (the reference runtimes do not). */
  readonly purgeHook?: boolean;
  /** The faucet's `ControllerOrigin` (Root by default). */
  readonly isFaucetController?: (origin: Origin) => boolean;
}

/** A runtime with the three pallets at cindex 1 / Registering, two registered communities and endowed accounts. */
export const setup = (options: SetupOptions = {}) => {
  const ed = options.ed ?? 1n;
  let runtime: Runtime | undefined;
  const base = referenceShellConfig(() => ({ ...REFERENCE_VERSION_BASE, apis: [] }));
  const config = { ...base, balances: { ...base.balances, existentialDeposit: ed } };
  const shell = createShell(config, () => runtime!);
  const isRoot = (o: Origin) => o.kind === 'Root';
  const hooks: ((env: Parameters<typeof ceremoniesPhaseChange>[0], phase: CeremonyPhase) => void)[] = [
    (env, phase) => ceremoniesPhaseChange(env, phase, MOCK_CEREMONIES_CONFIG),
  ];
  if (options.purgeHook) hooks.push(commitmentsPhaseChange);
  const pallets: Pallet[] = [
    ...Object.values(shell.pallets),
    createSchedulerPallet({ momentsPerDay: 86_400_000n, isCeremonyMaster: isRoot, onPhaseChange: hooks }),
    createCeremoniesPallet(MOCK_CEREMONIES_CONFIG),
    createCommunitiesPallet(DEV_COMMUNITIES_CONFIG),
    createEncointerBalancesPallet({ isCeremonyMaster: isRoot }),
    createReputationCommitmentsPallet(),
    createFaucetPallet({
      currency: shell.currency,
      maxReserves: 50,
      isController: options.isFaucetController ?? isRoot,
    }),
    createTreasuriesPallet({
      currency: shell.currency,
      ...(options.paymaster === undefined ? {} : { paymaster: options.paymaster }),
    }),
  ];
  runtime = new Runtime({ crate: 'test', pallets });
  const env: TestEnv = createTestEnv(runtime);
  applyBalancesGenesis(env.state, { balances: options.endowed ?? [] }, ed);
  CurrentCeremonyIndex.set(env.state, 1);
  for (const p of ['Registering', 'Assigning', 'Attesting'] as const)
    PhaseDurations.set(env.state, p, 86_400_000n);
  applyCommunitiesGenesis(env.state, TEST_COMMUNITIES_GENESIS);
  applyCeremoniesGenesis(env.state, MOCK_CEREMONIES_GENESIS);
  applyFaucetGenesis(env.state, { reserveAmount: options.reserveAmount ?? 13n });
  CommunityIdentifiers.set(env.state, [CID, CID2]);

  /** `ok`, `BadOrigin`, `Pallet.Error` or `Token.Kind`. */
  const outcome = (r: DispatchResult): string => (r.ok ? 'ok' : runtime!.describeError(r.error));
  const call = (origin: Origin, pallet: string, name: string, args: object = {}): string =>
    outcome(env.apply(origin, { tag: pallet, value: { tag: name, value: args } } as RuntimeCallValue));
  const setReputation = (
    who: AccountId,
    cid: CommunityIdentifier,
    cindex: number,
    r: Reputation = VERIFIED,
  ) => ParticipantReputation.set(env.state, [cid, cindex], who, r);
  const nextPhase = (): void => {
    const r = env.apply(ROOT, { tag: 'EncointerScheduler', value: { tag: 'next_phase', value: {} } });
    if (!r.ok) throw new Error(`next_phase failed: ${runtime!.describeError(r.error)}`);
  };
  const treasuries = treasuriesContext({
    currency: shell.currency,
    ...(options.paymaster === undefined ? {} : { paymaster: options.paymaster }),
  });
  return {
    runtime,
    env,
    shell,
    currency: shell.currency,
    treasuries,
    outcome,
    call,
    setReputation,
    nextPhase,
  };
};

export type Setup = ReturnType<typeof setup>;
