// spec: economy §6.9 (enactment at the transition into Assigning, before the ceremonies hook)

import { EncointerError } from '../../../primitives/common/errors.js';
import type { ProposalAction } from '../../../primitives/scale/index.js';
import type { CeremonyPhaseType } from '../../../primitives/scale/scheduler.js';
import { DispatchOtherError } from '../../framework/errors.js';
import type { Env } from '../../framework/pallet.js';
import type { DispatchErrorValue } from '../../types/substrate.js';
import { setInactivityTimeout } from '../ceremonies/setters.js';
import {
  addLocation,
  removeLocation,
  updateCommunityMetadata,
  updateDemurrage,
  updateNominalIncome,
} from '../communities/communities.js';
import { dispatchErrorOf } from '../system/dispatchErrors.js';
import type { TreasuriesContext } from '../treasuries/treasuries.js';
import {
  issueSwapAssetOption,
  issueSwapNativeOption,
  spendAsset,
  spendNative,
} from '../treasuries/treasuries.js';
import { typed } from './actions.js';
import type { DemocracyConfig } from './config.js';
import { democracyErrors, PALLET } from './declarations.js';
import { EnactmentQueue, Proposals } from './storage.js';

/** Carries out an approved action by calling into the pallet it concerns; throws that pallet's error. */
const treasuriesOf = (config: DemocracyConfig): TreasuriesContext => {
  if (config.treasuries === undefined) throw new DispatchOtherError('no treasury is configured for spends');
  return config.treasuries;
};

const applyAction = (env: Env, id: bigint, untyped: ProposalAction, config: DemocracyConfig): void => {
  const action = typed(untyped);
  switch (action.tag) {
    case 'AddLocation': {
      const [cid, location] = action.value;
      if (config.communitiesLimits === undefined) addLocation(env, cid, location);
      else addLocation(env, cid, location, config.communitiesLimits);
      break;
    }
    case 'RemoveLocation':
      removeLocation(env, ...action.value);
      break;
    case 'UpdateCommunityMetadata':
      updateCommunityMetadata(env, ...action.value);
      break;
    case 'UpdateDemurrage':
      updateDemurrage(env, ...action.value);
      break;
    case 'UpdateNominalIncome':
      updateNominalIncome(env, ...action.value);
      break;
    case 'SetInactivityTimeout':
      setInactivityTimeout(env, action.value);
      break;
    case 'Petition': {
      const [cid, text] = action.value;
      env.deposit(PALLET, { tag: 'PetitionApproved', value: { cid, text } });
      break;
    }
    case 'SpendNative':
      spendNative(env, ...action.value, treasuriesOf(config));
      break;
    case 'IssueSwapNativeOption':
      // QUIRK: economy §10 item 20 — stored under the action's cid; the option's own cid is not checked.
      issueSwapNativeOption(env, ...action.value);
      break;
    case 'SpendAsset': {
      const [cid, beneficiary, amount, asset] = action.value;
      spendAsset(env, cid, beneficiary, asset, amount, treasuriesOf(config));
      break;
    }
    case 'IssueSwapAssetOption':
      issueSwapAssetOption(env, ...action.value);
      break;
    case 'OnboardCommunity':
    case 'SetOnboardingExponent': {
      const enact = config.extension?.enact;
      if (enact === undefined || config.extension?.handles(untyped) !== true) {
        throw new DispatchOtherError(`${action.tag} cannot be enacted: onboarding is not enabled`);
      }
      enact(env, id, untyped);
      break;
    }
  }
};

/**
 * `enact_proposal(id)`: applies the action, then marks the proposal `Enacted` and emits `ProposalEnacted`.
 * Throws the error of the called function (the proposal then stays `Approved`).
 */
export const enactProposal = (env: Env, id: bigint, config: DemocracyConfig): void => {
  const proposal = Proposals.get(env.state, id);
  if (proposal === undefined) throw democracyErrors.fail('InexistentProposal');
  applyAction(env, id, proposal.action, config);
  Proposals.set(env.state, id, { ...proposal, state: { tag: 'Enacted', value: undefined } });
  env.deposit(PALLET, { tag: 'ProposalEnacted', value: { proposal_id: id } });
};

/** The `DispatchError` of a failed enactment; errors that are not dispatch failures (bugs) propagate. */
const reasonOf = (e: unknown, config: DemocracyConfig): DispatchErrorValue => {
  const runtime = config.runtime?.();
  if (runtime !== undefined) {
    const reason = dispatchErrorOf(runtime, e);
    if (reason !== undefined) return reason;
  } else if (e instanceof EncointerError) {
    // Without the runtime a module error cannot be given its pallet index.
    return { tag: 'Other', value: undefined };
  }
  throw e;
};

/**
 * The democracy part of `OnCeremonyPhaseChange` (wired before the ceremonies hook): on entering Assigning, enacts
 * every queued proposal (queues in storage-key order, ids in insertion order), reporting failures with
 * `EnactmentFailed` (no retry: the proposal stays `Approved`), then clears the whole queue. Not transactional:
 * writes made by a failing enactment before its error stay, as in a FRAME hook.
 */
export const onDemocracyPhaseChange = (env: Env, phase: CeremonyPhaseType, config: DemocracyConfig): void => {
  if (phase === 'Assigning') {
    for (const [, ids] of EnactmentQueue.entries(env.state)) {
      for (const id of ids) {
        try {
          enactProposal(env, id, config);
        } catch (e) {
          env.deposit(PALLET, {
            tag: 'EnactmentFailed',
            value: { proposal_id: id, reason: reasonOf(e, config) },
          });
        }
      }
    }
    EnactmentQueue.clear(env.state);
  }
  config.extension?.onPhaseChange?.(env, phase);
};
