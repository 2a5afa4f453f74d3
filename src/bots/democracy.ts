// spec: tooling §3.6 (proposal updates in every phase, the recurring `update-nominal-income 1.1` proposal, voting)
/**
 * The bots' base democracy: keep proposal states fresh, propose a nominal income of 1.1 every ceremony, and vote
 * on open proposals with reputations, the outcome drawn from the seeded RNG.
 * QUIRK: tooling §3.6 — upstream announced one voter as "will not vote" (printing its mnemonic) and voted with it
 * anyway; here nothing is announced and no secret is printed.
 */

import { toPapiCid } from '../client/common/convert.js';
import {
  type DemocracyParameters,
  getDemocracyParameters,
} from '../client/democracy/getDemocracyParameters.js';
import { getProposals, type Proposal } from '../client/democracy/getProposals.js';
import { accessPolicyOf, toPapiProposalAction } from '../client/democracy/proposalAction.js';
import { votingWindow } from '../client/democracy/votingWindow.js';
import { getReputationEntries } from '../client/reputation/getReputationEntries.js';
import { isVerified } from '../client/reputation/types.js';
import { formatCid } from '../primitives/cid/cidString.js';
import { U64F64 } from '../primitives/fixed/fixed.js';
import { fromF64 } from '../primitives/fixed/float.js';
import { isReputable } from './agents.js';
import { accountKey, type BotContext, communityOf, rngOf } from './botContext.js';
import type { TxRequest } from './tx/txBatch.js';
import { runStep } from './txStep.js';

/** The income the recurring proposal asks for (CC per attendee). */
export const PROPOSED_NOMINAL_INCOME = 1.1;

const isOpen = (p: Proposal): boolean => p.state === 'Ongoing' || p.state === 'Confirming';

/** `update_proposal_state` for every Ongoing or Confirming proposal, signed by the first agent. */
export const updateProposals = async (ctx: BotContext): Promise<Proposal[]> => {
  const proposals = await getProposals(ctx.conn);
  const open = proposals.filter(isOpen);
  const signer = ctx.agents[0]?.account;
  if (signer === undefined || open.length === 0) return proposals;
  await runStep(
    ctx,
    'update proposals',
    open.map((p) => ({
      signer,
      call: ctx.conn.api.tx.EncointerDemocracy.update_proposal_state({ proposal_id: p.id }),
      tag: p.id,
    })),
  );
  return getProposals(ctx.conn);
};

/** The first reputable agent proposes `UpdateNominalIncome(cid, 1.1)` (every ceremony, as upstream). */
export const proposeNominalIncome = async (ctx: BotContext): Promise<void> => {
  const proposer = ctx.agents.find(isReputable);
  if (proposer === undefined) return;
  const action = toPapiProposalAction({
    type: 'UpdateNominalIncome',
    cid: communityOf(ctx),
    nominalIncome: fromF64(U64F64, PROPOSED_NOMINAL_INCOME),
  });
  await runStep(ctx, 'propose nominal income 1.1', [
    {
      signer: proposer.account,
      call: ctx.conn.api.tx.EncointerDemocracy.submit_proposal({ proposal_action: action }),
      tag: undefined,
    },
  ]);
};

/**
 * Which agents may vote on `proposal` with which ceremony indices of the bot community: verified reputations
 * inside the proposal's voting window (economy §6.5), oldest first, at most `MaxReputationCount`. Read from
 * storage, one query per ceremony of the window (runtime API calls for each voter stalled papi, see the report).
 */
const votingReputations = async (
  ctx: BotContext,
  proposal: Proposal,
  params: DemocracyParameters,
  cache: Map<number, Set<string>>,
): Promise<Map<string, number[]>> => {
  const byAgent = new Map<string, number[]>();
  const cid = communityOf(ctx);
  const policy = accessPolicyOf(proposal.action);
  if (policy === undefined || policy.type === 'Federated') return byAgent;
  if (policy.type === 'Community' && formatCid(policy.cid) !== cid) return byAgent;
  const window = votingWindow({
    startCindex: proposal.startCindex,
    reputationLifetime: params.reputationLifetime,
    proposalLifetime: params.proposalLifetime,
    cycleDuration: params.cycleDuration,
  });
  for (let k = Math.max(window.first, 1); k <= window.last; k++) {
    let verified = cache.get(k);
    if (verified === undefined) {
      const entries = await getReputationEntries(ctx.conn, { cid, cindex: k });
      verified = new Set(entries.filter((e) => isVerified(e.reputation)).map((e) => accountKey(e.account)));
      cache.set(k, verified);
    }
    for (const key of verified) {
      const list = byAgent.get(key) ?? [];
      if (list.length < params.maxReputationCount) list.push(k);
      byAgent.set(key, list);
    }
  }
  return byAgent;
};

/**
 * For every Ongoing proposal with turnout ≤ 1: target approval and turnout are drawn uniformly from the seeded
 * RNG (one stream per ceremony and proposal); the first round(N × turnout) agents vote with all their usable
 * reputations, aye with probability = target approval.
 */
export const voteOnProposals = async (ctx: BotContext, cindex: number): Promise<number> => {
  const open = (await getProposals(ctx.conn)).filter((p) => p.state === 'Ongoing' && p.turnout <= 1n);
  if (open.length === 0) return 0;
  const params = await getDemocracyParameters(ctx.conn);
  const cache = new Map<number, Set<string>>();
  const cid = toPapiCid(communityOf(ctx));
  const requests: TxRequest<bigint>[] = [];
  for (const proposal of open) {
    const rng = rngOf(ctx, `votes/${cindex}/${proposal.id}`);
    const approval = rng.next();
    const turnout = rng.next();
    const voters = ctx.agents.slice(0, Math.round(ctx.agents.length * turnout));
    const usable = await votingReputations(ctx, proposal, params, cache);
    for (const voter of voters) {
      const aye = rng.chance(approval);
      const reputations = usable.get(accountKey(voter.record.address)) ?? [];
      if (reputations.length === 0) continue;
      requests.push({
        signer: voter.account,
        call: ctx.conn.api.tx.EncointerDemocracy.vote({
          proposal_id: proposal.id,
          vote: { type: aye ? 'Aye' : 'Nay', value: undefined },
          reputations: reputations.map((k) => [cid, k]),
        }),
        tag: proposal.id,
      });
    }
    ctx.log.note(
      `proposal ${proposal.id} (${proposal.action.type}): target approval ${approval.toFixed(2)}, turnout ${turnout.toFixed(2)}, ${voters.length} voter(s)`,
    );
  }
  const report = await runStep(ctx, 'vote', requests);
  return report.ok;
};

/** One line per state: `Ongoing: #3 (turnout 12, ayes 7)…`, for the run log. */
export const democracySummary = (proposals: readonly Proposal[]): string => {
  const byState = new Map<string, string[]>();
  for (const p of proposals) {
    const list = byState.get(p.state) ?? [];
    list.push(`#${p.id} ${p.action.type} (turnout ${p.turnout}, ayes ${p.ayes})`);
    byState.set(p.state, list);
  }
  return [...byState].map(([state, list]) => `${state}: ${list.join(', ')}`).join('\n') || 'no proposals';
};
