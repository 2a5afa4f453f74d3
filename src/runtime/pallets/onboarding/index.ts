// spec: economy §9 — permissionless community onboarding, an extension of the EncointerDemocracy pallet
export { communityCensus, countReputables } from './census.js';
export {
  DEFAULT_ONBOARDING_DEPOSIT,
  DEFAULT_ONBOARDING_SETTINGS,
  NATIVE_UNIT,
  type OnboardingConfig,
  type OnboardingSettings,
} from './config.js';
export {
  asOnboardingError,
  ONBOARDING_ERRORS,
  type OnboardingErrorName,
  type OnboardingEvent,
  onboardingErrors,
  onboardingEvents,
} from './declarations.js';
export { enactOnboardingAction } from './enactment.js';
export { onOnboardingPhaseChange } from './expiry.js';
export { createOnboardingExtension } from './extension.js';
export { registerWhitelistedCommunity } from './registration.js';
export {
  CommunityDecision,
  CommunityOnboardingStatus,
  createOnboardingApi,
  OnboardingStatus,
  type OnboardingStatusValue,
  onboardingWhitelist,
  statusValue,
} from './runtimeApi.js';
export { evaluateOnboarding, type OnboardingReport, onboardingReport } from './status.js';
export * from './storage.js';
export { prepareOnboardingSubmission } from './submission.js';
export { countOnboardingVotes } from './voting.js';
