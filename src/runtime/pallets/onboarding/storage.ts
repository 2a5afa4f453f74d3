// spec: economy §9.5 (storage additions to the democracy pallet, under its prefix)

import { DEFAULT_ONBOARDING_EXPONENT } from '../../../primitives/onboarding/exponent.js';
import {
  CommunityIdentifier,
  OnboardingExponent as OnboardingExponentType,
  OnboardingInfo,
  OnboardingSnapshot,
  ProposalId,
  Tally,
  WhitelistEntry,
} from '../../../primitives/scale/index.js';
import { key, storageOf } from '../../framework/storage.js';
import { PALLET } from './declarations.js';

// §9.5 names the items but not their hashers: Blake2_128Concat as for every other democracy map.
const storage = storageOf(PALLET);
const byId = key('Blake2_128Concat', ProposalId);
const byCid = key('Blake2_128Concat', CommunityIdentifier);

/** α = num/den of the community weights `N_c^α`; changed only by an enacted `SetOnboardingExponent`. */
export const OnboardingExponent = storage.value('OnboardingExponent', OnboardingExponentType, {
  default: DEFAULT_ONBOARDING_EXPONENT,
  docs: [' exponent (num, den) of the community weights of onboarding votes'],
});
/** The eligible communities at submission (`E_c`, `N_c`, `w_c`), in `CommunityIdentifiers` order. */
export const OnboardingSnapshots = storage.map('OnboardingSnapshots', byId, OnboardingSnapshot, {
  docs: [' per onboarding proposal: the eligible communities with electorate, reputables and weight'],
});
/** Applicant, reserved deposit, exponent and `W_tot` of each onboarding proposal. */
export const OnboardingInfos = storage.map('OnboardingInfos', byId, OnboardingInfo, {
  docs: [' per onboarding proposal: applicant, deposit, exponent and total weight'],
});
/** The tally of each snapshot community on an onboarding proposal (absent = no votes). */
export const CommunityTallies = storage.doubleMap('CommunityTallies', byId, byCid, Tally, {
  docs: [' per onboarding proposal and community: turnout and ayes'],
});
/** The open (Ongoing/Confirming) onboarding proposal of a cid: at most one. */
export const PendingOnboarding = storage.map('PendingOnboarding', byCid, ProposalId, {
  docs: [' the open onboarding proposal of a community identifier'],
});
/** Approved and enacted applications that may register (until `expires_after`, inclusive). */
export const OnboardingWhitelist = storage.map('OnboardingWhitelist', byCid, WhitelistEntry, {
  docs: [' communities allowed to register through register_whitelisted_community'],
});

export const onboardingStorage = [
  OnboardingExponent,
  OnboardingSnapshots,
  OnboardingInfos,
  CommunityTallies,
  PendingOnboarding,
  OnboardingWhitelist,
];
