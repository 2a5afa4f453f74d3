// spec: economy §9.11 (read API `OnboardingApi`: onboarding_status, onboarding_whitelist) — new since spec 30
import { getChainMetadata } from '../common/metadata.js';
import type { Connection } from '../connection/connect.js';
import { UnsupportedByChainError } from '../tx/errors.js';

/** Throws UnsupportedByChainError when the runtime does not offer `OnboardingApi` (e.g. the Kusama parachain). */
export const requireOnboardingApi = async (conn: Connection): Promise<void> => {
  const { metadata } = await getChainMetadata(conn);
  const apis = (metadata as { apis?: { name: string }[] }).apis ?? [];
  if (!apis.some((a) => a.name === 'OnboardingApi')) {
    throw new UnsupportedByChainError(
      'OnboardingApi runtime API',
      'permissionless community onboarding (economy §9) is not part of this runtime',
    );
  }
};
