// spec: economy §6.3 (Config and runtime values), tooling §0 (dev democracy values)

import type { Runtime } from '../../framework/runtime.js';
import { type CommunitiesLimits, DEV_COMMUNITIES_LIMITS } from '../communities/communities.js';
import type { TreasuriesContext } from '../treasuries/treasuries.js';
import type { DemocracyExtension } from './extension.js';

const MINUTE = 60_000n;
const DAY = 86_400_000n;

/** The reference pallet's `Config` constants, plus what enactment needs from the assembled runtime. */
export interface DemocracyConfig {
  /** `MaxReputationCount`: bound of the `reputations` list of one `vote` call. */
  readonly maxReputationCount: number;
  /** `ConfirmationPeriod` (ms): how long a proposal must keep passing before it is approved (strict `>`). */
  readonly confirmationPeriod: bigint;
  /** `ProposalLifetime` (ms): an ongoing proposal older than this (strict `>`) is rejected. */
  readonly proposalLifetime: bigint;
  /** `MinTurnout` in per-mille of the electorate. */
  readonly minTurnout: bigint;
  /** Bounds of the communities pallet, used when an approved `AddLocation` is enacted. */
  readonly communitiesLimits?: CommunitiesLimits;
  /**
   * The assembled runtime, read lazily: it turns a failed enactment's error into the `DispatchError` of
   * `EnactmentFailed` (module errors need the pallet index). Without it such errors are reported as `Other`.
   */
  readonly runtime?: () => Runtime;
  /** Native currency and paymaster for `SpendNative`/`SpendAsset` (absent: those enactments fail with Other). */
  readonly treasuries?: TreasuriesContext;
  /** Plug-in for the proposal kinds of economy §9 (onboarding); absent = those actions are refused. */
  readonly extension?: DemocracyExtension;
}

/** Dev ("notee") runtime: 5 min confirmation, 20 min lifetime, 1 ‰ minimum turnout. */
export const DEV_DEMOCRACY_CONFIG: DemocracyConfig = {
  maxReputationCount: 64,
  confirmationPeriod: 5n * MINUTE,
  proposalLifetime: 20n * MINUTE,
  minTurnout: 1n,
  communitiesLimits: DEV_COMMUNITIES_LIMITS,
};

/** Production-like (Kusama) values: 2 days confirmation, 9 days lifetime, 50 ‰ (5 %) minimum turnout. */
export const PRODUCTION_LIKE_DEMOCRACY_CONFIG: DemocracyConfig = {
  maxReputationCount: 64,
  confirmationPeriod: 2n * DAY,
  proposalLifetime: 9n * DAY,
  minTurnout: 50n,
  communitiesLimits: DEV_COMMUNITIES_LIMITS,
};

/** The reference's unit-test mock (6 s blocks): 10 blocks confirmation, 40 blocks lifetime, 20 ‰. */
export const MOCK_DEMOCRACY_CONFIG: DemocracyConfig = {
  maxReputationCount: 10,
  confirmationPeriod: 60_000n,
  proposalLifetime: 240_000n,
  minTurnout: 20n,
  communitiesLimits: DEV_COMMUNITIES_LIMITS,
};
