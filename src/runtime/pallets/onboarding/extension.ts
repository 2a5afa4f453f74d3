// spec: economy §9.5–§9.11 (the onboarding extension of the democracy pallet)
import { option, tuple, u32, vec } from '../../../primitives/codec/describe.js';
import { ONBOARDING_APPROVAL, ONBOARDING_QUORUM } from '../../../primitives/onboarding/federatedPassing.js';
import { WHITELIST_VALIDITY_CYCLES } from '../../../primitives/onboarding/registration.js';
import {
  AccountId,
  CommunityMetadata,
  Demurrage,
  Location,
  NativeBalance,
  NominalIncome,
} from '../../../primitives/scale/index.js';
import { BadOriginError } from '../../framework/errors.js';
import { call, constant } from '../../framework/pallet.js';
import type { DemocracyExtension } from '../democracy/extension.js';
import { concludeOnboarding } from './conclusion.js';
import type { OnboardingConfig } from './config.js';
import { onboardingErrors, onboardingEvents } from './declarations.js';
import { enactOnboardingAction } from './enactment.js';
import { onOnboardingPhaseChange } from './expiry.js';
import { registerWhitelistedCommunity } from './registration.js';
import { evaluateOnboarding } from './status.js';
import { onboardingStorage } from './storage.js';
import { prepareOnboardingSubmission } from './submission.js';
import { countOnboardingVotes } from './voting.js';

/** `(num, den)` of a fraction constant. */
const RATIO = tuple(u32, u32);

/**
 * The democracy extension of economy §9: `OnboardCommunity` applications voted on per community (`Federated`),
 * `SetOnboardingExponent` (a global proposal), the whitelist and `register_whitelisted_community` (call 3).
 * Pass it as `DemocracyConfig.extension`.
 */
export const createOnboardingExtension = (config: OnboardingConfig): DemocracyExtension => ({
  storage: onboardingStorage,
  errors: onboardingErrors,
  events: onboardingEvents,
  constants: {
    OnboardingDeposit: constant(NativeBalance, config.deposit, [
      'Native deposit reserved from an onboarding applicant until the proposal is approved or rejected.',
    ]),
    WhitelistValidityCycles: constant(u32, WHITELIST_VALIDITY_CYCLES, [
      'Cycles after enactment during which a whitelisted community may register.',
    ]),
    OnboardingQuorum: constant<[number, number]>(
      RATIO,
      [Number(ONBOARDING_QUORUM.num), Number(ONBOARDING_QUORUM.den)],
      ['Quorum (num, den): the deciding communities hold at least this share of the total weight.'],
    ),
    OnboardingApproval: constant<[number, number]>(
      RATIO,
      [Number(ONBOARDING_APPROVAL.num), Number(ONBOARDING_APPROVAL.den)],
      ['Approval (num, den): Aye communities hold more than this share of the deciding weight.'],
    ),
  },
  calls: {
    register_whitelisted_community: call({
      index: 3,
      args: {
        location: { type: Location, typeName: 'Location' },
        bootstrappers: { type: vec(AccountId), typeName: 'Vec<T::AccountId>' },
        community_metadata: { type: CommunityMetadata, typeName: 'CommunityMetadataType' },
        demurrage: { type: option(Demurrage), typeName: 'Option<Demurrage>' },
        nominal_income: { type: option(NominalIncome), typeName: 'Option<NominalIncomeType>' },
      },
      docs: [
        'Register a whitelisted community during a Registering phase (any of its bootstrappers), with exactly',
        'the arguments whose hash the approved onboarding application pinned.',
      ],
      dispatch: (env, origin, args) => {
        if (origin.kind !== 'Signed') {
          throw new BadOriginError('EncointerDemocracy.register_whitelisted_community needs a signed origin');
        }
        registerWhitelistedCommunity(env, origin.who, args, config);
      },
    }),
  },
  handles: (action) => action.tag === 'OnboardCommunity' || action.tag === 'SetOnboardingExponent',
  prepareSubmission: (env, ctx) => prepareOnboardingSubmission(env, ctx, config),
  federated: {
    countVotes: countOnboardingVotes,
    isPassing: (state, ctx) => evaluateOnboarding(state, ctx.proposalId, ctx.minTurnout)?.passing ?? false,
  },
  onConcluded: (env, id, proposal, state) => concludeOnboarding(env, id, proposal, state, config),
  enact: enactOnboardingAction,
  onPhaseChange: onOnboardingPhaseChange,
});
