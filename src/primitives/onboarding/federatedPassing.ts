// spec: economy §9.8 (passing test for Federated proposals), §9.11 (read API onboarding_status)
import { concatBytes, toHex } from '../common/bytes.js';
import { InvalidInputError } from '../common/errors.js';
import type { CommunityIdentifier } from '../scale/common.js';
import type { SnapshotEntry } from '../scale/onboarding.js';
import { type CommunityDecision, type CommunityTally, evaluateCommunity } from './decision.js';
import { sumWeights } from './snapshot.js';

/** An exact fraction `num/den` (den may be 0 when nothing was decided). */
export interface Ratio {
  readonly num: bigint;
  readonly den: bigint;
}

/** Quorum: decided weight ≥ 1/3 of `W_tot` (inclusive). */
export const ONBOARDING_QUORUM: Ratio = { num: 1n, den: 3n };
/** Approval: Aye weight > 2/3 of the decided weight (strict). */
export const ONBOARDING_APPROVAL: Ratio = { num: 2n, den: 3n };
/** Minimum number of Aye communities, capped at the number of eligible communities. */
export const MIN_AYE_COMMUNITIES = 2;

/** Reads `CommunityTallies[(id, c)]`; undefined stands for no votes yet. */
export type TallyOf = (cid: CommunityIdentifier) => CommunityTally | undefined;

export interface FederatedPassingInput {
  /** `OnboardingSnapshots[id]`. */
  readonly snapshot: readonly SnapshotEntry[];
  readonly tallyOf: TallyOf;
  /** `OnboardingInfos[id].total_weight`; defaults to the sum of the snapshot weights (what submission stores). */
  readonly totalWeight?: bigint;
  /** The runtime's `MinTurnout` in ‰ (Kusama 50). */
  readonly minTurnoutPermille: bigint;
}

/** One snapshot community in the read API: its census, weight, tally and decision. */
export interface CommunityStatus {
  readonly cid: CommunityIdentifier;
  readonly electorate: bigint;
  readonly reputables: bigint;
  /** U64F64 bits. */
  readonly weight: bigint;
  readonly turnout: bigint;
  readonly ayes: bigint;
  readonly nays: bigint;
  readonly turnoutPermille: bigint;
  /** AQB threshold (U64F64 bits) the ayes were compared with; undefined when abstaining. */
  readonly threshold: bigint | undefined;
  readonly decision: CommunityDecision;
}

/** `onboarding_status(id)`: everything the federated passing test looked at, as plain data. */
export interface OnboardingStatus {
  readonly communities: CommunityStatus[];
  /** `A`, `N`, `D = A + N`, the abstaining weight and `W_tot`; all U64F64 bits. */
  readonly ayeWeight: bigint;
  readonly nayWeight: bigint;
  readonly decidedWeight: bigint;
  readonly abstainWeight: bigint;
  readonly totalWeight: bigint;
  readonly ayeCount: number;
  readonly nayCount: number;
  readonly abstainCount: number;
  /** `min(2, |snapshot|)`. */
  readonly requiredAyeCount: number;
  /** `D / W_tot`, compared with ONBOARDING_QUORUM. */
  readonly decidedShare: Ratio;
  /** `A / D`, compared with ONBOARDING_APPROVAL. */
  readonly approvalShare: Ratio;
  readonly quorumMet: boolean;
  readonly approvalMet: boolean;
  readonly ayeCountMet: boolean;
  readonly passing: boolean;
}

const cidKey = (cid: CommunityIdentifier): string => toHex(concatBytes(cid.geohash, cid.digest));

/**
 * A TallyOf over a list of `CommunityTallies` entries. Throws InvalidInputError when a cid appears twice.
 * @example tallyLookup([{ cid, turnout: 120n, ayes: 100n }])(cid) // { turnout: 120n, ayes: 100n }
 */
export function tallyLookup(
  entries: readonly (CommunityTally & { readonly cid: CommunityIdentifier })[],
): TallyOf {
  const byCid = new Map<string, CommunityTally>();
  entries.forEach(({ cid, turnout, ayes }, i) => {
    const key = cidKey(cid);
    if (byCid.has(key)) throw new InvalidInputError(`tallies[${i}].cid`, `community ${key} appears twice`);
    byCid.set(key, { turnout, ayes });
  });
  return (cid) => byCid.get(cidKey(cid));
}

/**
 * Evaluates a Federated (onboarding) proposal like the pallet's passing test and explains every step: per
 * community decision, weights, quorum (`D·3 ≥ W_tot`), approval (`A·3 > D·2`) and Aye-community count.
 * Tallies of communities outside the snapshot are never read. Throws InvalidInputError on malformed tallies.
 * @example explainOnboarding({ snapshot, tallyOf, minTurnoutPermille: 50n }).passing
 */
export function explainOnboarding(input: FederatedPassingInput): OnboardingStatus {
  const { snapshot, tallyOf, minTurnoutPermille } = input;
  const totalWeight = input.totalWeight ?? sumWeights(snapshot);
  if (totalWeight < 0n) throw new InvalidInputError('totalWeight', `${totalWeight} is negative`);
  const communities = snapshot.map((entry): CommunityStatus => {
    const tally = tallyOf(entry.cid) ?? { turnout: 0n, ayes: 0n };
    const verdict = evaluateCommunity(entry.electorate, tally, minTurnoutPermille);
    return {
      cid: entry.cid,
      electorate: entry.electorate,
      reputables: entry.reputables,
      weight: entry.weight,
      turnout: tally.turnout,
      ayes: tally.ayes,
      nays: tally.turnout - tally.ayes,
      ...verdict,
    };
  });
  const weightOf = (d: CommunityDecision) => sumWeights(communities.filter((c) => c.decision === d));
  const countOf = (d: CommunityDecision) => communities.filter((c) => c.decision === d).length;
  const ayeWeight = weightOf('Aye');
  const nayWeight = weightOf('Nay');
  const decidedWeight = ayeWeight + nayWeight;
  const ayeCount = countOf('Aye');
  const requiredAyeCount = Math.min(MIN_AYE_COMMUNITIES, snapshot.length);
  const quorumMet = decidedWeight * ONBOARDING_QUORUM.den >= totalWeight * ONBOARDING_QUORUM.num;
  const approvalMet = ayeWeight * ONBOARDING_APPROVAL.den > decidedWeight * ONBOARDING_APPROVAL.num;
  const ayeCountMet = ayeCount >= requiredAyeCount;
  return {
    communities,
    ayeWeight,
    nayWeight,
    decidedWeight,
    abstainWeight: weightOf('Abstain'),
    totalWeight,
    ayeCount,
    nayCount: countOf('Nay'),
    abstainCount: countOf('Abstain'),
    requiredAyeCount,
    decidedShare: { num: decidedWeight, den: totalWeight },
    approvalShare: { num: ayeWeight, den: decidedWeight },
    quorumMet,
    approvalMet,
    ayeCountMet,
    passing: quorumMet && approvalMet && ayeCountMet,
  };
}

/**
 * Whether a Federated proposal is passing (§9.8); `update_state` uses this instead of `is_passing`.
 * @example isFederatedPassing({ snapshot, tallyOf, minTurnoutPermille: 50n }) // true
 */
export const isFederatedPassing = (input: FederatedPassingInput): boolean => explainOnboarding(input).passing;
