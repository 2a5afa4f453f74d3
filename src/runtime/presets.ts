/**
 * The two genesis presets (ARCHITECTURE §4). `dev` follows the upstream dev chain (ceremonies §8, tooling §0) but
 * leaves phase changes to `next_phase` (the phase controller or a person); `production-like` uses the reference
 * parameter values, time-driven phases and privileged community registration.
 */
import { devAccountIds, devKeyPair } from '../primitives/common/devAccounts.js';
import { ONE } from '../primitives/fixed/fixed.js';
import type { Origin } from './framework/pallet.js';
import type { CeremoniesConfig } from './pallets/ceremonies/config.js';
import { DEV_CEREMONIES_CONFIG } from './pallets/ceremonies/config.js';
import { type CeremoniesGenesis, DEV_CEREMONIES_GENESIS } from './pallets/ceremonies/genesis.js';
import { type CommunitiesGenesis, DEV_COMMUNITIES_GENESIS } from './pallets/communities/genesis.js';
import { type CommunitiesConfig, DEV_COMMUNITIES_CONFIG } from './pallets/communities/pallet.js';
import {
  DEV_DEMOCRACY_CONFIG,
  type DemocracyConfig,
  PRODUCTION_LIKE_DEMOCRACY_CONFIG,
} from './pallets/democracy/config.js';
import { DEFAULT_ONBOARDING_SETTINGS, type OnboardingSettings } from './pallets/onboarding/config.js';
import type { AccountId } from './types/substrate.js';

export type PresetName = 'dev' | 'production-like';
export const PRESET_NAMES: readonly PresetName[] = ['dev', 'production-like'];

const MINUTE = 60_000n;
const DAY = 86_400_000n;

export interface Preset {
  readonly name: PresetName;
  /** Whether the block timestamp advances the phase (ceremonies §5.2) or only `next_phase` does. */
  readonly timeDrivenPhases: boolean;
  readonly phaseDurations: {
    readonly Registering: bigint;
    readonly Assigning: bigint;
    readonly Attesting: bigint;
  };
  readonly ceremonies: CeremoniesConfig;
  readonly ceremoniesGenesis: CeremoniesGenesis;
  readonly communities: CommunitiesConfig;
  readonly communitiesGenesis: CommunitiesGenesis;
  /** Democracy timing and turnout (its runtime-bound parts are added at assembly). */
  readonly democracy: DemocracyConfig;
  /**
   * Permissionless onboarding (economy §9): deposit and bounds. Both presets enable it; `dev` also keeps
   * `new_community` open to any signed account, `production-like` leaves that path to the CommunityMaster.
   */
  readonly onboarding: OnboardingSettings;
  /** Native endowments at genesis. */
  readonly endowed: readonly (readonly [AccountId, bigint])[];
  readonly sudoKey: AccountId | undefined;
  /** The block time the node produces blocks at, in ms (Timestamp.MinimumPeriod is half of it). */
  readonly blockTimeMs: bigint;
}

const rootOnly = (origin: Origin): boolean => origin.kind === 'Root';

/** Upstream dev chain: 20-minute phases, dev accounts endowed with 2^60, sudo //Alice. */
export const DEV_PRESET: Preset = {
  name: 'dev',
  timeDrivenPhases: false,
  phaseDurations: { Registering: 20n * MINUTE, Assigning: 20n * MINUTE, Attesting: 20n * MINUTE },
  ceremonies: DEV_CEREMONIES_CONFIG,
  ceremoniesGenesis: DEV_CEREMONIES_GENESIS,
  communities: DEV_COMMUNITIES_CONFIG,
  communitiesGenesis: DEV_COMMUNITIES_GENESIS,
  democracy: DEV_DEMOCRACY_CONFIG,
  onboarding: DEFAULT_ONBOARDING_SETTINGS,
  endowed: devAccountIds().map((id) => [id, 1n << 60n] as const),
  sudoKey: devKeyPair('//Alice').publicKey,
  blockTimeMs: 6_000n,
};

/**
 * Reference values of a production chain: a 10-day cycle with boundaries at 00:00 UTC (Registering 7 d,
 * Assigning 1 d, Attesting 2 d), reputation lifetime 5 (book), communities registered by the CommunityMaster
 * only; everyone else applies through permissionless onboarding (economy §9). No sudo; only //Alice is
 * endowed so that a test can pay fees.
 */
export const PRODUCTION_LIKE_PRESET: Preset = {
  name: 'production-like',
  timeDrivenPhases: true,
  phaseDurations: { Registering: 7n * DAY, Assigning: DAY, Attesting: 2n * DAY },
  ceremonies: DEV_CEREMONIES_CONFIG,
  ceremoniesGenesis: { ...DEV_CEREMONIES_GENESIS, reputationLifetime: 5, ceremonyReward: ONE },
  communities: { ...DEV_COMMUNITIES_CONFIG, isTrustableForNonDestructiveAction: rootOnly },
  communitiesGenesis: { minSolarTripTimeS: 1, maxSpeedMps: 83 },
  democracy: PRODUCTION_LIKE_DEMOCRACY_CONFIG,
  onboarding: DEFAULT_ONBOARDING_SETTINGS,
  endowed: [[devKeyPair('//Alice').publicKey, 1n << 60n]],
  sudoKey: undefined,
  blockTimeMs: 6_000n,
};

export const presetByName = (name: PresetName): Preset =>
  name === 'dev' ? DEV_PRESET : PRODUCTION_LIKE_PRESET;
