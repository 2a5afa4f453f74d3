// spec: economy §9.8 (passing test of Federated proposals from storage), §9.11 (read API onboarding_status)
import { explainOnboarding, type OnboardingStatus } from '../../../primitives/onboarding/federatedPassing.js';
import type {
  OnboardingApplication,
  OnboardingExponent,
  ProposalState,
} from '../../../primitives/scale/index.js';
import type { StateReader } from '../../framework/state.js';
import type { AccountId } from '../../types/substrate.js';
import { Proposals } from '../democracy/storage.js';
import { CommunityTallies, OnboardingInfos, OnboardingSnapshots } from './storage.js';

/**
 * The federated passing test over the stored snapshot, per-community tallies and `W_tot`, explained step by step;
 * `undefined` when `id` is not an onboarding proposal.
 */
export const evaluateOnboarding = (
  state: StateReader,
  id: bigint,
  minTurnoutPermille: bigint,
): OnboardingStatus | undefined => {
  const snapshot = OnboardingSnapshots.get(state, id);
  const info = OnboardingInfos.get(state, id);
  if (snapshot === undefined || info === undefined) return undefined;
  return explainOnboarding({
    snapshot,
    tallyOf: (cid) => CommunityTallies.get(state, id, cid),
    totalWeight: info.total_weight,
    minTurnoutPermille,
  });
};

/** `onboarding_status(id)`: the application, its state and everything the passing test looks at. */
export interface OnboardingReport extends OnboardingStatus {
  readonly proposalId: bigint;
  readonly application: OnboardingApplication;
  readonly state: ProposalState;
  readonly applicant: AccountId;
  readonly deposit: bigint;
  readonly exponent: OnboardingExponent;
  /** The runtime's `MinTurnout` (‰) the community decisions were made with. */
  readonly minTurnoutPermille: bigint;
}

/**
 * Explains an onboarding proposal: per snapshot community its electorate `E_c`, reputables `N_c`, weight, tally,
 * turnout and decision; then `A`, `N`, `W_tot`, quorum, approval, Aye-community count and the result.
 * `undefined` for an unknown id or a proposal that is not an onboarding application.
 */
export const onboardingReport = (
  state: StateReader,
  id: bigint,
  minTurnoutPermille: bigint,
): OnboardingReport | undefined => {
  const proposal = Proposals.get(state, id);
  const info = OnboardingInfos.get(state, id);
  const status = evaluateOnboarding(state, id, minTurnoutPermille);
  if (proposal?.action.tag !== 'OnboardCommunity' || info === undefined || status === undefined)
    return undefined;
  return {
    ...status,
    proposalId: id,
    application: proposal.action.value,
    state: proposal.state,
    applicant: info.applicant,
    deposit: info.deposit,
    exponent: info.exponent,
    minTurnoutPermille,
  };
};
