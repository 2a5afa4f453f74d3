// spec: economy §9.9 (register_whitelisted_community, democracy call 3)
import type { CommunityIdentifier } from '../../../primitives/cid/communityIdentifier.js';
import { InvalidCoordinateRangeError } from '../../../primitives/geo/errors.js';
import { checkWhitelistedRegistration } from '../../../primitives/onboarding/registration.js';
import type { RegistrationSpec } from '../../../primitives/scale/index.js';
import type { Env } from '../../framework/pallet.js';
import type { AccountId } from '../../types/substrate.js';
import { type NewCommunityArgs, registerCommunity } from '../communities/communities.js';
import { communitiesErrors } from '../communities/errors.js';
import { CurrentCeremonyIndex, CurrentPhase } from '../scheduler/storage.js';
import type { OnboardingConfig } from './config.js';
import { asOnboardingError, PALLET } from './declarations.js';
import { OnboardingWhitelist } from './storage.js';

/**
 * `register_whitelisted_community`: steps 1–6 (sender is a bootstrapper, Registering phase, cid from location and
 * bootstrappers, whitelisted, not expired, arguments hash to the approved `spec_hash`), then the registration of
 * `new_community` with all its checks and events, then the entry is consumed (`WhitelistedCommunityRegistered`).
 * Returns the new cid.
 */
export const registerWhitelistedCommunity = (
  env: Env,
  sender: AccountId,
  args: NewCommunityArgs,
  config: Pick<OnboardingConfig, 'communitiesLimits'>,
): CommunityIdentifier => {
  const { state } = env;
  const spec: RegistrationSpec = [
    args.location,
    [...args.bootstrappers],
    args.community_metadata,
    args.demurrage,
    args.nominal_income,
  ];
  let checked: ReturnType<typeof checkWhitelistedRegistration>;
  try {
    checked = checkWhitelistedRegistration({
      sender,
      phase: CurrentPhase.get(state),
      currentCindex: CurrentCeremonyIndex.get(state),
      spec,
      whitelistOf: (cid) => OnboardingWhitelist.get(state, cid),
    });
  } catch (e) {
    if (e instanceof InvalidCoordinateRangeError) throw communitiesErrors.fail('InvalidLocation');
    throw asOnboardingError(e);
  }
  const cid = registerCommunity(env, args, config.communitiesLimits);
  OnboardingWhitelist.remove(state, checked.cid);
  env.deposit(PALLET, {
    tag: 'WhitelistedCommunityRegistered',
    value: { cid, proposal_id: checked.entry.proposal_id },
  });
  return cid;
};
