// spec: economy §9.9 (expiry: purge stale whitelist entries on entering Registering)
import { isWhitelistActive } from '../../../primitives/onboarding/registration.js';
import type { CeremonyPhaseType } from '../../../primitives/scale/scheduler.js';
import type { Env } from '../../framework/pallet.js';
import { CurrentCeremonyIndex } from '../scheduler/storage.js';
import { PALLET } from './declarations.js';
import { OnboardingWhitelist } from './storage.js';

/**
 * The extension's phase hook: on entering Registering (the cindex is already the new one), deletes every
 * whitelist entry whose last valid cindex has passed and emits `WhitelistEntryExpired` for each (in storage order).
 */
export const onOnboardingPhaseChange = (env: Env, phase: CeremonyPhaseType): void => {
  if (phase !== 'Registering') return;
  const current = CurrentCeremonyIndex.get(env.state);
  for (const [cid, entry] of OnboardingWhitelist.entries(env.state)) {
    if (isWhitelistActive(entry, current)) continue;
    OnboardingWhitelist.remove(env.state, cid);
    env.deposit(PALLET, { tag: 'WhitelistEntryExpired', value: { cid } });
  }
};
