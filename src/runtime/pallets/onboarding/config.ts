// spec: economy §9.4 (onboarding parameters: deposit, quorum, approval, whitelist validity)
import type { NativeCurrency } from '../balances/currency.js';
import { type CommunitiesLimits, DEV_COMMUNITIES_LIMITS } from '../communities/communities.js';

/** One native unit: 10^12 plancks (12 decimals). */
export const NATIVE_UNIT = 10n ** 12n;

/** §9.4 default `OnboardingDeposit`: 10 native units, the order of the dev faucet reserve. */
export const DEFAULT_ONBOARDING_DEPOSIT = 10n * NATIVE_UNIT;

/** What the onboarding extension needs from the assembled runtime. */
export interface OnboardingConfig {
  /** The native currency the deposit is reserved in. */
  readonly currency: NativeCurrency;
  /** `OnboardingDeposit` (plancks), reserved from the applicant at submission, released at Approved/Rejected. */
  readonly deposit: bigint;
  /** Bounds of the communities pallet, applied when a whitelisted community registers. */
  readonly communitiesLimits: CommunitiesLimits;
}

/** The preset-dependent part of the configuration (the runtime adds the currency). */
export type OnboardingSettings = Omit<OnboardingConfig, 'currency'>;

/** Both presets use the §9.4 defaults. */
export const DEFAULT_ONBOARDING_SETTINGS: OnboardingSettings = {
  deposit: DEFAULT_ONBOARDING_DEPOSIT,
  communitiesLimits: DEV_COMMUNITIES_LIMITS,
};
