// spec: economy §9.6 (submit_proposal with OnboardCommunity / SetOnboardingExponent)
import { validateOnboardingApplication } from '../../../primitives/onboarding/application.js';
import { validateExponent } from '../../../primitives/onboarding/exponent.js';
import { isWhitelistActive } from '../../../primitives/onboarding/registration.js';
import { buildSnapshot } from '../../../primitives/onboarding/snapshot.js';
import type { OnboardingApplication } from '../../../primitives/scale/index.js';
import type { Env } from '../../framework/pallet.js';
import { communityExists } from '../communities/communities.js';
import { democracyErrors } from '../democracy/declarations.js';
import type { PreparedSubmission, SubmissionContext } from '../democracy/extension.js';
import { communityCensus } from './census.js';
import type { OnboardingConfig } from './config.js';
import { asOnboardingError, onboardingErrors, PALLET } from './declarations.js';
import {
  OnboardingExponent,
  OnboardingInfos,
  OnboardingSnapshots,
  OnboardingWhitelist,
  PendingOnboarding,
} from './storage.js';

const U128_MAX = (1n << 128n) - 1n;
const fail = onboardingErrors.fail;

const rethrow = (e: unknown): never => {
  throw asOnboardingError(e);
};

/**
 * Checks 1–7 of §9.6 for an onboarding application, in order: dossier, cid geohash, not registered, not
 * whitelisted (unexpired), not pending, snapshot with at least one eligible community (current exponent), then
 * the deposit is reserved. The snapshot, info and pending marker are stored once the proposal id exists.
 */
const prepareApplication = (
  env: Env,
  ctx: SubmissionContext,
  app: OnboardingApplication,
  config: OnboardingConfig,
): PreparedSubmission => {
  const { state } = env;
  try {
    validateOnboardingApplication(app);
  } catch (e) {
    rethrow(e);
  }
  if (communityExists(state, app.cid)) throw fail('CommunityAlreadyRegistered');
  const listed = OnboardingWhitelist.get(state, app.cid);
  if (listed !== undefined && isWhitelistActive(listed, ctx.startCindex)) {
    throw fail('CommunityAlreadyWhitelisted');
  }
  if (PendingOnboarding.exists(state, app.cid)) throw fail('OnboardingAlreadyPending');
  const exponent = OnboardingExponent.get(state);
  let snapshot: ReturnType<typeof buildSnapshot>;
  try {
    snapshot = buildSnapshot(communityCensus(state, ctx.window), exponent);
  } catch (e) {
    return rethrow(e);
  }
  config.currency.reserve(env, ctx.who, config.deposit);
  const electorateSize = snapshot.entries.reduce((sum, e) => sum + e.electorate, 0n);
  if (electorateSize > U128_MAX) throw democracyErrors.fail('MathError');
  return {
    electorateSize,
    afterStored: (id) => {
      OnboardingSnapshots.set(state, id, snapshot.entries);
      OnboardingInfos.set(state, id, {
        applicant: ctx.who,
        deposit: config.deposit,
        exponent,
        total_weight: snapshot.totalWeight,
      });
      PendingOnboarding.set(state, app.cid, id);
      env.deposit(PALLET, {
        tag: 'OnboardingSnapshotTaken',
        value: {
          proposal_id: id,
          cid: app.cid,
          eligible_communities: snapshot.entries.length,
          total_weight: snapshot.totalWeight,
        },
      });
    },
  };
};

/**
 * The extension's `prepareSubmission`: onboarding applications get their checks, snapshot and deposit;
 * `SetOnboardingExponent` is validated (`InvalidExponent`); other actions pass untouched.
 */
export const prepareOnboardingSubmission = (
  env: Env,
  ctx: SubmissionContext,
  config: OnboardingConfig,
): PreparedSubmission | undefined => {
  const { action } = ctx;
  if (action.tag === 'SetOnboardingExponent') {
    try {
      validateExponent(action.value);
    } catch (e) {
      rethrow(e);
    }
    return undefined;
  }
  if (action.tag === 'OnboardCommunity') return prepareApplication(env, ctx, action.value, config);
  return undefined;
};
