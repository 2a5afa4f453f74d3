// spec: economy §9.7 (vote on a Federated proposal: one tally per snapshot community)
import { cidEquals } from '../../../primitives/cid/communityIdentifier.js';
import type { Env } from '../../framework/pallet.js';
import { democracyErrors } from '../democracy/declarations.js';
import type { VoteContext } from '../democracy/extension.js';
import { inWindow } from '../democracy/window.js';
import { PALLET } from './declarations.js';
import { CommunityTallies, OnboardingSnapshots } from './storage.js';

const U128_MAX = (1n << 128n) - 1n;

/**
 * Counts a vote on an onboarding proposal: each listed reputation `(c, k)` with `k` in the (current) window,
 * `c` in the snapshot and a fresh commitment is one vote in `c`'s own tally. Tallies are updated and
 * `OnboardingVoteCounted` emitted per community, in snapshot order. Returns the total (added to `Tallies[id]`).
 * A person with reputations in several communities votes in each of them.
 */
export const countOnboardingVotes = (env: Env, ctx: VoteContext): bigint => {
  const snapshot = OnboardingSnapshots.get(env.state, ctx.proposalId) ?? [];
  const counts = snapshot.map(() => 0n);
  for (const [cid, cindex] of ctx.reputations) {
    if (!inWindow(ctx.window, cindex)) continue;
    // Communities registered after submission, or ineligible then, have no say.
    const at = snapshot.findIndex((e) => cidEquals(e.cid, cid));
    if (at < 0) continue;
    if (ctx.commit(cid, cindex)) counts[at]! += 1n;
  }
  let total = 0n;
  snapshot.forEach(({ cid }, i) => {
    const n = counts[i]!;
    if (n === 0n) return;
    const tally = CommunityTallies.get(env.state, ctx.proposalId, cid) ?? { turnout: 0n, ayes: 0n };
    const turnout = tally.turnout + n;
    const ayes = ctx.vote === 'Aye' ? tally.ayes + n : tally.ayes;
    if (turnout > U128_MAX || ayes > U128_MAX) throw democracyErrors.fail('VoteCountOverflow');
    CommunityTallies.set(env.state, ctx.proposalId, cid, { turnout, ayes });
    env.deposit(PALLET, {
      tag: 'OnboardingVoteCounted',
      value: { proposal_id: ctx.proposalId, cid, vote: ctx.vote, num_votes: n },
    });
    total += n;
  });
  return total;
};
