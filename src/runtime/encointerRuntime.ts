/**
 * The assembled Encointer runtime: the chain shell, Timestamp and the Encointer pallets wired with one preset,
 * the executive that applies blocks, the runtime APIs (`state_call`) and genesis. The node, the simulator and
 * in-process tests all start here.
 */

import { RuntimeApis } from './apis/registry.js';
import { registerStandardApis } from './apis/standard.js';
import { REFERENCE_VERSION_BASE, type RuntimeVersionBase, referenceShellConfig } from './executive/config.js';
import type { Executive } from './executive/executive.js';
import { createExecutive, createShell } from './executive/shell.js';
import type { Origin } from './framework/pallet.js';
import { Runtime } from './framework/runtime.js';
import type { OverlayState, StateReader } from './framework/state.js';
import { applyBalancesGenesis } from './pallets/balances/genesis.js';
import { createBazaarPallet } from './pallets/bazaar/pallet.js';
import { BAZAAR_API } from './pallets/bazaar/runtimeApi.js';
import { applyCeremoniesGenesis } from './pallets/ceremonies/genesis.js';
import { createCeremoniesPallet } from './pallets/ceremonies/pallet.js';
import { onCeremonyPhaseChange } from './pallets/ceremonies/phaseChange.js';
import { createCeremoniesApi } from './pallets/ceremonies/runtimeApi.js';
import { applyCommunitiesGenesis } from './pallets/communities/genesis.js';
import { createCommunitiesPallet } from './pallets/communities/pallet.js';
import { COMMUNITIES_API } from './pallets/communities/runtimeApi.js';
import { onDemocracyPhaseChange } from './pallets/democracy/enactment.js';
import { applyDemocracyGenesis, DEV_DEMOCRACY_GENESIS } from './pallets/democracy/genesis.js';
import { createDemocracyPallet } from './pallets/democracy/pallet.js';
import { communityFeeCharger } from './pallets/encointerBalances/fees.js';
import {
  applyEncointerBalancesGenesis,
  createEncointerBalancesPallet,
  DEV_ENCOINTER_BALANCES_GENESIS,
} from './pallets/encointerBalances/pallet.js';
import { BALANCES_TX_PAYMENT_API } from './pallets/encointerBalances/runtimeApi.js';
import { applyFaucetGenesis, createFaucetPallet, DEV_FAUCET_GENESIS } from './pallets/faucet/pallet.js';
import { createOnboardingExtension } from './pallets/onboarding/extension.js';
import { createOnboardingApi } from './pallets/onboarding/runtimeApi.js';
import { createReputationCommitmentsPallet } from './pallets/reputationCommitments/pallet.js';
import { createSchedulerPallet, type SchedulerConfig, scheduleConfig } from './pallets/scheduler/pallet.js';
import { onTimestampSet } from './pallets/scheduler/schedule.js';
import {
  CurrentCeremonyIndex,
  CurrentPhase,
  NextPhaseTimestamp,
  PhaseDurations,
} from './pallets/scheduler/storage.js';
import { applySudoGenesis } from './pallets/sudo/sudo.js';
import { applySystemGenesis } from './pallets/system/genesis.js';
import { createTimestampPallet } from './pallets/timestamp/timestamp.js';
import { applyTransactionPaymentGenesis } from './pallets/transactionPayment/pallet.js';
import { createTreasuriesPallet, treasuriesContext } from './pallets/treasuries/pallet.js';
import { TREASURIES_API } from './pallets/treasuries/runtimeApi.js';
import { type Preset, type PresetName, presetByName } from './presets.js';

/** Our runtime's version: the reference's names, a spec version above spec 30 because the wire format moved on. */
export const ENCOINTER_VERSION_BASE: RuntimeVersionBase = {
  ...REFERENCE_VERSION_BASE,
  impl_name: 'encointer-ts',
  spec_version: 31,
};

export const RUNTIME_CRATE = 'encointer_node_notee_runtime';

export interface EncointerRuntime {
  readonly preset: Preset;
  readonly runtime: Runtime;
  readonly executive: Executive;
  readonly apis: RuntimeApis;
  /** Metadata bytes (magic + version + body) of version 14 or 15; undefined for other versions. */
  readonly metadataAt: (version: number) => Uint8Array | undefined;
  /** Writes the preset's genesis storage into an empty state. */
  readonly applyGenesis: (state: OverlayState) => void;
  /** Answers a runtime API call (`state_call`): SCALE in, SCALE out, without changing `state`. */
  readonly call: (state: StateReader, method: string, input: Uint8Array) => Uint8Array;
}

export interface EncointerRuntimeOptions {
  /** Overrides the per-block randomness seed (collective flip by default), e.g. zeros in tests. */
  readonly randomSeed?: (state: StateReader, blockNumber: number) => Uint8Array;
}

const isRoot = (origin: Origin): boolean => origin.kind === 'Root';

/** Builds the runtime for a preset. */
export const createEncointerRuntime = (
  presetOrName: Preset | PresetName = 'dev',
  options: EncointerRuntimeOptions = {},
): EncointerRuntime => {
  const preset = typeof presetOrName === 'string' ? presetByName(presetOrName) : presetOrName;
  const apis = new RuntimeApis();
  const shellConfig = referenceShellConfig(() => apis.runtimeVersion(ENCOINTER_VERSION_BASE));
  let runtime: Runtime | undefined;
  const shell = createShell(shellConfig, () => runtime!);

  const ceremoniesConfig = preset.ceremonies;
  const treasuriesConfig = { currency: shell.currency };
  const democracyConfig = {
    ...preset.democracy,
    runtime: () => runtime!,
    treasuries: treasuriesContext(treasuriesConfig),
    // economy §9: onboarding applications, the whitelist and register_whitelisted_community (democracy call 3).
    extension: createOnboardingExtension({ ...preset.onboarding, currency: shell.currency }),
  };
  const schedulerConfig: SchedulerConfig = {
    momentsPerDay: ceremoniesConfig.momentsPerDay,
    isCeremonyMaster: isRoot,
    // ceremonies §5.3: democracy enacts at Assigning before the ceremonies hook reads the parameters.
    onPhaseChange: [
      (env, phase) => onDemocracyPhaseChange(env, phase, democracyConfig),
      (env, phase) => onCeremonyPhaseChange(env, phase, ceremoniesConfig),
    ],
  };
  const schedule = scheduleConfig(schedulerConfig);
  const timestamp = createTimestampPallet({
    minimumPeriod: preset.blockTimeMs / 2n,
    onTimestampSet: [
      preset.timeDrivenPhases
        ? (env, now) => onTimestampSet(env, now, schedule)
        : // Only anchor the schedule on the first block; phases then move by `next_phase` alone.
          (env, now) => {
            if (NextPhaseTimestamp.get(env.state) === 0n) onTimestampSet(env, now, schedule);
          },
    ],
  });

  runtime = new Runtime({
    crate: RUNTIME_CRATE,
    pallets: [
      ...Object.values(shell.pallets),
      timestamp,
      createSchedulerPallet(schedulerConfig),
      createCeremoniesPallet(ceremoniesConfig),
      createCommunitiesPallet(preset.communities),
      createEncointerBalancesPallet({ isCeremonyMaster: isRoot }),
      createBazaarPallet(),
      createReputationCommitmentsPallet(),
      createFaucetPallet({
        currency: shell.currency,
        maxReserves: shellConfig.balances.maxReserves,
        isController: isRoot,
      }),
      createDemocracyPallet(democracyConfig),
      createTreasuriesPallet(treasuriesConfig),
    ],
  });
  const executive = createExecutive(runtime, shell, {
    assetFeeCharger: communityFeeCharger,
    ...(options.randomSeed === undefined ? {} : { randomSeed: options.randomSeed }),
  });
  const metadataAt = registerStandardApis(apis, executive);
  // The reference's order of the Encointer APIs in RuntimeVersion.apis (reference-metadata-spec30).
  apis.register(createCeremoniesApi(ceremoniesConfig));
  apis.register(COMMUNITIES_API);
  apis.register(BAZAAR_API);
  apis.register(BALANCES_TX_PAYMENT_API);
  apis.register(TREASURIES_API);
  apis.register(createOnboardingApi(preset.democracy.minTurnout));

  const applyGenesis = (state: OverlayState): void => {
    applySystemGenesis(state, { version: shellConfig.version() });
    applyTransactionPaymentGenesis(state);
    applyBalancesGenesis(state, { balances: preset.endowed }, shellConfig.balances.existentialDeposit);
    applySudoGenesis(state, { key: preset.sudoKey });
    CurrentCeremonyIndex.set(state, 1);
    CurrentPhase.set(state, 'Registering');
    for (const [phase, duration] of Object.entries(preset.phaseDurations)) {
      PhaseDurations.set(state, phase as keyof Preset['phaseDurations'], duration);
    }
    applyCeremoniesGenesis(state, preset.ceremoniesGenesis);
    applyCommunitiesGenesis(state, preset.communitiesGenesis);
    applyEncointerBalancesGenesis(state, DEV_ENCOINTER_BALANCES_GENESIS);
    applyFaucetGenesis(state, DEV_FAUCET_GENESIS);
    applyDemocracyGenesis(state, DEV_DEMOCRACY_GENESIS);
  };

  return {
    preset,
    runtime,
    executive,
    apis,
    metadataAt,
    applyGenesis,
    call: (state, name, input) => apis.call(state, name, input),
  };
};
