// spec: economy §9.5–§9.9 (where the onboarding design plugs into the democracy pallet; not implemented here)
/**
 * Extension points for proposal kinds beyond economy §6: the `Federated` access policy and the actions
 * `OnboardCommunity` / `SetOnboardingExponent` of economy §9. The democracy pallet keeps one submission path,
 * one vote path, one state machine and one enactment queue; an extension only supplies what differs.
 */
import type { Type } from '../../../primitives/codec/types.js';
import type {
  CommunityIdentifier,
  Proposal,
  ProposalAction,
  ProposalState,
  Tally,
  Vote,
} from '../../../primitives/scale/index.js';
import type { CeremonyPhaseType } from '../../../primitives/scale/scheduler.js';
import type { CallDecl, ConstantDecl, Env, ErrorsDecl } from '../../framework/pallet.js';
import type { StateReader } from '../../framework/state.js';
import type { StorageItemInfo } from '../../framework/storage.js';
import type { AccountId } from '../../types/substrate.js';
import type { VotingWindow } from './window.js';

export interface SubmissionContext {
  readonly who: AccountId;
  readonly action: ProposalAction;
  readonly startCindex: number;
  readonly window: VotingWindow;
}

/** What an extension decided at submission, before the proposal id is assigned. */
export interface PreparedSubmission {
  /** The electorate to store (required for `Federated` actions, e.g. Σ E_c of the snapshot). */
  readonly electorateSize?: bigint;
  /** Runs after the proposal is stored and `ProposalSubmitted` emitted (store snapshots, emit events). */
  readonly afterStored?: (id: bigint) => void;
}

export interface VoteContext {
  readonly proposalId: bigint;
  readonly proposal: Proposal;
  readonly who: AccountId;
  readonly vote: Vote;
  readonly reputations: readonly (readonly [CommunityIdentifier, number])[];
  readonly window: VotingWindow;
  /** Commits `(cid, cindex)` of the voter for this proposal; false when refused (no verified reputation, used). */
  readonly commit: (cid: CommunityIdentifier, cindex: number) => boolean;
}

export interface PassingContext {
  readonly proposalId: bigint;
  readonly proposal: Proposal;
  readonly tally: Tally;
  readonly minTurnout: bigint;
}

/** The hooks of the `Federated` access policy (economy §9.7, §9.8). */
export interface FederatedHooks {
  /** Counts a vote (per-community tallies are the extension's); returns the votes to add to `Tallies[id]`. */
  readonly countVotes: (env: Env, ctx: VoteContext) => bigint;
  /** The passing test of the proposal (replaces §6.7 in the state machine). */
  readonly isPassing: (state: StateReader, ctx: PassingContext) => boolean;
}

export interface DemocracyExtension {
  /** Extra storage items, listed after the pallet's own. */
  readonly storage?: readonly StorageItemInfo[];
  /** The full error enum: `democracyErrorsWith(appended)`. */
  // biome-ignore lint/suspicious/noExplicitAny: error names are the extension's
  readonly errors?: ErrorsDecl<any>;
  /** The full event enum: `democracyEventsWith(appended)`. */
  // biome-ignore lint/suspicious/noExplicitAny: the event enum's value type is the extension's
  readonly events?: Type<any>;
  /** Extra constants, listed after the pallet's own (e.g. `OnboardingDeposit`). */
  // biome-ignore lint/suspicious/noExplicitAny: constant types are heterogeneous
  readonly constants?: Record<string, ConstantDecl<any>>;
  /** Extra calls (e.g. `register_whitelisted_community` at index 3). */
  // biome-ignore lint/suspicious/noExplicitAny: call argument types are heterogeneous
  readonly calls?: Record<string, CallDecl<any>>;
  /** Whether the extension handles this action (submission and enactment); base actions never reach it. */
  readonly handles: (action: ProposalAction) => boolean;
  /**
   * Runs after the signed-origin check and before the id is assigned, for every action. May throw to refuse
   * the submission (the call is transactional).
   */
  readonly prepareSubmission?: (env: Env, ctx: SubmissionContext) => PreparedSubmission | undefined;
  readonly federated?: FederatedHooks;
  /** Runs on every transition into a final state (`Approved`, `Rejected`, `SupersededBy`). */
  readonly onConcluded?: (env: Env, id: bigint, proposal: Proposal, state: ProposalState) => void;
  /** Enacts an action the extension handles; throws to make the enactment fail. */
  readonly enact?: (env: Env, id: bigint, action: ProposalAction) => void;
  /** Runs on every phase change, after the democracy enactment (e.g. whitelist expiry at Registering). */
  readonly onPhaseChange?: (env: Env, phase: CeremonyPhaseType) => void;
}
