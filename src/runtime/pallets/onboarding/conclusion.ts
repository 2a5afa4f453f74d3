// spec: economy §9.8 (on Approved or Rejected: release the deposit, clear the pending marker)
import type { Proposal, ProposalState } from '../../../primitives/scale/index.js';
import type { Env } from '../../framework/pallet.js';
import type { OnboardingConfig } from './config.js';
import { PALLET } from './declarations.js';
import { OnboardingInfos, PendingOnboarding } from './storage.js';

/**
 * The extension's `onConcluded`: when an onboarding proposal becomes final, its deposit is unreserved
 * (`OnboardingDepositReleased` with what was actually unreserved) and the cid may be applied for again.
 * Resubmission stays blocked by the enactment queue until enactment and by the whitelist afterwards.
 */
export const concludeOnboarding = (
  env: Env,
  id: bigint,
  proposal: Proposal,
  _state: ProposalState,
  config: OnboardingConfig,
): void => {
  if (proposal.action.tag !== 'OnboardCommunity') return;
  const { cid } = proposal.action.value;
  const pending = PendingOnboarding.get(env.state, cid);
  if (pending === id) PendingOnboarding.remove(env.state, cid);
  const info = OnboardingInfos.get(env.state, id);
  if (info === undefined) return;
  const left = config.currency.unreserve(env, info.applicant, info.deposit);
  env.deposit(PALLET, {
    tag: 'OnboardingDepositReleased',
    value: { proposal_id: id, who: info.applicant, amount: info.deposit - left },
  });
};
