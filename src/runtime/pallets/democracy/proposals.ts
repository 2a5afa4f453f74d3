// spec: economy §6.6 (submit_proposal, vote, update_proposal_state), §8 (one commitment purpose per proposal)
import { cidEquals } from '../../../primitives/cid/communityIdentifier.js';
import type { CommunityIdentifier, Proposal, ProposalAction, Vote } from '../../../primitives/scale/index.js';
import { DESCRIPTOR_MAX } from '../../../primitives/scale/reputationCommitments.js';
import { BadOriginError, DispatchOtherError, PalletError } from '../../framework/errors.js';
import type { Env, Origin } from '../../framework/pallet.js';
import type { AccountId } from '../../types/substrate.js';
import { commitReputation, registerPurpose } from '../reputationCommitments/commitments.js';
import { CurrentCeremonyIndex } from '../scheduler/storage.js';
import { Now } from '../timestamp/timestamp.js';
import { accessPolicyOf, identifierOf, isBaseAction, purposeDescriptor } from './actions.js';
import type { DemocracyConfig } from './config.js';
import { democracyErrors, PALLET } from './declarations.js';
import type { PreparedSubmission, VoteContext } from './extension.js';
import { updateProposalState } from './stateMachine.js';
import { EnactmentQueue, ProposalCount, Proposals, PurposeIds, Tallies } from './storage.js';
import { electorateOf, inWindow, type VotingWindow, votingWindow } from './window.js';

const fail = democracyErrors.fail;
const U128_MAX = (1n << 128n) - 1n;

const signer = (origin: Origin, call: string): AccountId => {
  if (origin.kind !== 'Signed') throw new BadOriginError(`EncointerDemocracy.${call} needs a signed origin`);
  return origin.who;
};

/**
 * `submit_proposal`: refuses an identifier waiting for enactment (checked before the origin), then stores an
 * `Ongoing` proposal with id `ProposalCount + 1`, the current cindex and time, the electorate of its window, a
 * fresh commitment purpose `democracyProposal<id>` and an empty tally. The payload is not validated (QUIRK:
 * economy §10 item 20). Returns the new id.
 */
export const submitProposal = (
  env: Env,
  origin: Origin,
  action: ProposalAction,
  config: DemocracyConfig,
): bigint => {
  if (EnactmentQueue.exists(env.state, identifierOf(action))) throw fail('ProposalWaitingForEnactment');
  const who = signer(origin, 'submit_proposal');
  const extension = config.extension;
  const handled = extension?.handles(action) === true;
  if (!isBaseAction(action) && !handled) {
    throw new DispatchOtherError(`${action.tag} proposals are not enabled in this runtime`);
  }
  const policy = accessPolicyOf(action);
  const startCindex = CurrentCeremonyIndex.get(env.state);
  let window: VotingWindow | undefined;
  const windowOf = (): VotingWindow => {
    window ??= votingWindow(env.state, startCindex, config.proposalLifetime);
    return window;
  };
  let prepared: PreparedSubmission | undefined;
  if (extension?.prepareSubmission !== undefined) {
    prepared = extension.prepareSubmission(env, {
      who,
      action,
      startCindex,
      get window() {
        return windowOf();
      },
    });
  }
  const id = ProposalCount.get(env.state) + 1n;
  if (id > U128_MAX) throw fail('ProposalIdOutOfBounds');
  const start = Now.get(env.state);
  let electorate: bigint;
  if (policy.tag === 'Federated') {
    if (prepared?.electorateSize === undefined || extension?.federated === undefined) {
      throw new DispatchOtherError(`${action.tag} proposals need a federated electorate from the extension`);
    }
    electorate = prepared.electorateSize;
  } else {
    electorate = prepared?.electorateSize ?? electorateOf(env.state, policy, windowOf());
  }
  const descriptor = purposeDescriptor(id);
  if (descriptor.length > DESCRIPTOR_MAX) throw fail('PurposeIdCreationFailed');
  const purposeId = registerPurpose(env, descriptor);
  const proposal: Proposal = {
    start,
    start_cindex: startCindex,
    action,
    state: { tag: 'Ongoing', value: undefined },
    electorate_size: electorate,
  };
  Proposals.set(env.state, id, proposal);
  PurposeIds.set(env.state, id, purposeId);
  ProposalCount.set(env.state, id);
  Tallies.set(env.state, id, { turnout: 0n, ayes: 0n });
  env.deposit(PALLET, { tag: 'ProposalSubmitted', value: { proposal_id: id, proposal_action: action } });
  prepared?.afterStored?.(id);
  return id;
};

/**
 * Tries to commit the voter's reputation `(cid, cindex)` for the proposal's purpose: false (and no trace) when
 * the commitments pallet refuses it (no verified reputation, already used for this proposal, …).
 */
const tryCommit = (env: Env, who: AccountId, purposeId: bigint, cid: CommunityIdentifier, cindex: number) => {
  try {
    env.state.transactional(() => commitReputation(env, who, cid, cindex, purposeId));
    return true;
  } catch (e) {
    if (e instanceof PalletError) return false;
    throw e;
  }
};

/** Counts a vote of a `Community` or `Global` proposal: eligible cindex, matching cid, fresh commitment. */
const countVotes = (ctx: VoteContext): bigint => {
  const policy = accessPolicyOf(ctx.proposal.action);
  const only = policy.tag === 'Community' ? policy.value : undefined;
  let n = 0n;
  for (const [cid, cindex] of ctx.reputations) {
    if (!inWindow(ctx.window, cindex)) continue;
    if (only !== undefined && !cidEquals(cid, only)) continue;
    if (ctx.commit(cid, cindex)) n += 1n;
  }
  return n;
};

/**
 * `vote`: updates the state, counts each given reputation that lies in the window, belongs to the proposal's
 * community (if any) and can be committed for this proposal, adds the count to the tally, updates the state
 * again and emits `VotePlaced` (n > 0) or `VoteFailed` (the call succeeds either way).
 * QUIRK: economy §10 item 16 — when the first update finalises the proposal, the vote fails with
 * `ProposalCannotBeUpdated` and is reverted.
 */
export const vote = (
  env: Env,
  origin: Origin,
  proposalId: bigint,
  choice: Vote,
  reputations: readonly (readonly [CommunityIdentifier, number])[],
  config: DemocracyConfig,
): bigint => {
  const who = signer(origin, 'vote');
  if (reputations.length > config.maxReputationCount) {
    throw new DispatchOtherError(
      `at most ${config.maxReputationCount} reputations per vote (MaxReputationCount), got ${reputations.length}`,
    );
  }
  if (!Tallies.exists(env.state, proposalId)) throw fail('InexistentProposal');
  updateProposalState(env, proposalId, config);
  const proposal = Proposals.get(env.state, proposalId)!;
  const purposeId = PurposeIds.get(env.state, proposalId);
  // Unreachable: every stored proposal has a purpose.
  if (purposeId === undefined) throw fail('InexistentProposal');
  const ctx: VoteContext = {
    proposalId,
    proposal,
    who,
    vote: choice,
    reputations,
    window: votingWindow(env.state, proposal.start_cindex, config.proposalLifetime),
    commit: (cid, cindex) => tryCommit(env, who, purposeId, cid, cindex),
  };
  const federated = config.extension?.federated;
  const n =
    accessPolicyOf(proposal.action).tag === 'Federated' && federated !== undefined
      ? federated.countVotes(env, ctx)
      : countVotes(ctx);
  const tally = Tallies.get(env.state, proposalId)!;
  const turnout = tally.turnout + n;
  const ayes = choice === 'Aye' ? tally.ayes + n : tally.ayes;
  if (turnout > U128_MAX || ayes > U128_MAX) throw fail('VoteCountOverflow');
  Tallies.set(env.state, proposalId, { turnout, ayes });
  updateProposalState(env, proposalId, config);
  env.deposit(
    PALLET,
    n > 0n
      ? { tag: 'VotePlaced', value: { proposal_id: proposalId, vote: choice, num_votes: n } }
      : { tag: 'VoteFailed', value: { proposal_id: proposalId, vote: choice } },
  );
  return n;
};
