// spec: economy §9.11 (read side: explain an onboarding application), new since spec 30
import { z } from 'zod';
import { option, u128 } from '../../../primitives/codec/describe.js';
import { formatFixed } from '../../../primitives/fixed/decimal.js';
import { U64F64 } from '../../../primitives/fixed/fixed.js';
import { OnboardingStatus } from '../../../runtime/pallets/onboarding/runtimeApi.js';
import { blockAt } from '../blocks.js';
import { cidJson } from '../encointerJson.js';
import { defineMethod } from '../method.js';
import { at } from '../params.js';

const weight = (bits: bigint): string => formatFixed(U64F64, bits);

/**
 * Explains an onboarding application (a democracy proposal of kind `OnboardCommunity`) at a block (default: best):
 * per snapshot community its electorate, distinct reputables, weight N^α (decimal), tally, turnout ‰, AQB
 * threshold and decision, then the Aye/Nay/abstaining/decided/total weights, the three tests and the result.
 * `null` when the proposal is not an onboarding application.
 *
 * @example
 * // → {"jsonrpc":"2.0","id":1,"method":"encointer_getOnboardingStatus","params":[1]}
 * // ← {"jsonrpc":"2.0","id":1,"result":{"proposalId":"1","state":"Ongoing","communities":[…],"passing":false,…}}
 */
export const encointer_getOnboardingStatus = defineMethod({
  name: 'encointer_getOnboardingStatus',
  params: z.tuple([z.union([z.number().int().nonnegative(), z.string().regex(/^\d+$/)]), at]),
  exampleParams: [1],
  handler: (ctx, [id, hash]) => {
    const out = ctx.node.chain.call(
      'OnboardingApi_onboarding_status',
      u128.enc(BigInt(id)),
      blockAt(ctx, hash),
    );
    const status = option(OnboardingStatus).dec(out);
    if (status === undefined) return null;
    return {
      proposalId: status.proposal_id.toString(),
      cid: cidJson(status.application.cid),
      state: status.state.tag,
      deposit: status.deposit.toString(),
      exponent: status.exponent,
      minTurnoutPermille: status.min_turnout.toString(),
      communities: status.communities.map((c) => ({
        cid: cidJson(c.cid),
        electorate: c.electorate.toString(),
        reputables: c.reputables.toString(),
        weight: weight(c.weight),
        turnout: c.turnout.toString(),
        ayes: c.ayes.toString(),
        turnoutPermille: c.turnout_permille.toString(),
        threshold: c.threshold === undefined ? null : weight(c.threshold),
        decision: c.decision,
      })),
      ayeWeight: weight(status.aye_weight),
      nayWeight: weight(status.nay_weight),
      abstainWeight: weight(status.abstain_weight),
      decidedWeight: weight(status.decided_weight),
      totalWeight: weight(status.total_weight),
      ayeCount: status.aye_count,
      nayCount: status.nay_count,
      abstainCount: status.abstain_count,
      requiredAyeCount: status.required_aye_count,
      quorumMet: status.quorum_met,
      approvalMet: status.approval_met,
      ayeCountMet: status.aye_count_met,
      passing: status.passing,
    };
  },
});
