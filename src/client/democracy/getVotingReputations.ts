// spec: economy §6.6 step 3 (which reputations count: verified, inside W(s), of the policy's community), §9.7
import { formatCid } from '../../primitives/cid/cidString.js';
import { type CommunityIdentifier, cidEquals } from '../../primitives/cid/communityIdentifier.js';
import { InvalidInputError } from '../../primitives/common/errors.js';
import { fromPapiCid } from '../common/convert.js';
import { resolveBlock } from '../common/resolveBlock.js';
import type { AccountInput, ReadOptions } from '../common/types.js';
import type { Connection } from '../connection/connect.js';
import { getReputations } from '../reputation/getReputations.js';
import { isVerified } from '../reputation/types.js';
import { getDemocracyParameters } from './getDemocracyParameters.js';
import { accessPolicyOf, fromPapiProposalAction } from './proposalAction.js';
import { inVotingWindow, type VotingWindow, votingWindow } from './votingWindow.js';

export interface VotingReputation {
  readonly cid: CommunityIdentifier;
  readonly cidString: string;
  readonly cindex: number;
}

export interface GetVotingReputationsReturnType {
  readonly window: VotingWindow;
  /** Oldest first, at most `MaxReputationCount`. */
  readonly reputations: VotingReputation[];
  /** Usable reputations left out because of `MaxReputationCount`. */
  readonly omitted: number;
}

/**
 * The reputations of `account` that can count on a proposal: verified, inside the proposal's voting window, and of
 * its community (Community policy) or of a snapshot community (onboarding). Reputations already used on this
 * proposal are not filtered out; the chain skips them.
 */
export const getVotingReputations = async (
  conn: Connection,
  p: { account: AccountInput; proposalId: bigint | number } & ReadOptions,
): Promise<GetVotingReputationsReturnType> => {
  const block = await resolveBlock(conn, p.at);
  const id = BigInt(p.proposalId);
  const q = conn.api.query.EncointerDemocracy;
  const raw = (await q.Proposals.getValue(id, { at: block.hash })) as
    | { start_cindex: number; action: { type: string; value: unknown } }
    | undefined;
  if (raw === undefined) throw new InvalidInputError('proposal-id', `there is no proposal ${id}`);
  const [params, all] = await Promise.all([
    getDemocracyParameters(conn, { at: block.hash }),
    getReputations(conn, { account: p.account, at: block.hash }),
  ]);
  const window = votingWindow({
    startCindex: Number(raw.start_cindex),
    reputationLifetime: params.reputationLifetime,
    proposalLifetime: params.proposalLifetime,
    cycleDuration: params.cycleDuration,
  });
  const policy = accessPolicyOf(fromPapiProposalAction(raw.action));
  let allowed: ((cid: CommunityIdentifier) => boolean) | undefined;
  if (policy?.type === 'Community') allowed = (cid) => cidEquals(cid, policy.cid);
  if (policy?.type === 'Federated') {
    const snapshot = ((await q.OnboardingSnapshots.getValue(id, { at: block.hash })) ?? []) as {
      cid: unknown;
    }[];
    const cids = snapshot.map((e) => fromPapiCid(e.cid));
    allowed = (cid) => cids.some((c) => cidEquals(c, cid));
  }
  const usable = all
    .filter((r) => isVerified(r.reputation) && inVotingWindow(window, r.cindex))
    .filter((r) => allowed === undefined || allowed(r.cid))
    .map((r) => ({ cid: r.cid, cidString: formatCid(r.cid), cindex: r.cindex }));
  return {
    window,
    reputations: usable.slice(0, params.maxReputationCount),
    omitted: Math.max(usable.length - params.maxReputationCount, 0),
  };
};
