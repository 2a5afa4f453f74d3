// spec: economy §9.9 (enactment at the Assigning transition: whitelist entry, exponent update)
import { validateExponent } from '../../../primitives/onboarding/exponent.js';
import { whitelistExpiresAfter } from '../../../primitives/onboarding/registration.js';
import type { ProposalAction } from '../../../primitives/scale/index.js';
import { DispatchOtherError } from '../../framework/errors.js';
import type { Env } from '../../framework/pallet.js';
import { communityExists } from '../communities/communities.js';
import { CurrentCeremonyIndex } from '../scheduler/storage.js';
import { asOnboardingError, onboardingErrors, PALLET } from './declarations.js';
import { OnboardingExponent, OnboardingInfos, OnboardingWhitelist } from './storage.js';

/**
 * The extension's `enact`. `OnboardCommunity`: whitelists the cid with the approved spec hash through cindex
 * `current + 3` (`CommunityWhitelisted`); fails with `CommunityAlreadyRegistered` when the cid was registered
 * meanwhile (the democracy pallet reports `EnactmentFailed`). `SetOnboardingExponent`: validates and stores the
 * exponent for later applications (`OnboardingExponentUpdated`); running proposals keep their snapshot.
 */
export const enactOnboardingAction = (env: Env, id: bigint, action: ProposalAction): void => {
  const { state } = env;
  if (action.tag === 'SetOnboardingExponent') {
    try {
      validateExponent(action.value);
    } catch (e) {
      throw asOnboardingError(e);
    }
    const [num, den] = action.value;
    OnboardingExponent.set(state, [num, den]);
    env.deposit(PALLET, { tag: 'OnboardingExponentUpdated', value: { num, den } });
    return;
  }
  if (action.tag !== 'OnboardCommunity') {
    throw new DispatchOtherError(`${action.tag} is not an onboarding action`);
  }
  const app = action.value;
  if (communityExists(state, app.cid)) throw onboardingErrors.fail('CommunityAlreadyRegistered');
  const info = OnboardingInfos.get(state, id);
  // Unreachable: every stored onboarding proposal has its info.
  if (info === undefined)
    throw new DispatchOtherError(`onboarding proposal ${id} has no OnboardingInfos entry`);
  const expiresAfter = whitelistExpiresAfter(CurrentCeremonyIndex.get(state));
  OnboardingWhitelist.set(state, app.cid, {
    spec_hash: app.spec_hash,
    proposal_id: id,
    applicant: info.applicant,
    expires_after: expiresAfter,
  });
  env.deposit(PALLET, {
    tag: 'CommunityWhitelisted',
    value: { cid: app.cid, proposal_id: id, expires_after: expiresAfter },
  });
};
